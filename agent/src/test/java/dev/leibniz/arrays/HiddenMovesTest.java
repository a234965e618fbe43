package dev.leibniz.arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.arrays.fixtures.FlippedBuffers;
import dev.leibniz.arrays.fixtures.VirtualRows;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Moves by reference that the static view of a method does not show as moved rows of a {@code double[][]} parameter: an
 * override swapping rows reached through a virtual call whose declared code moves none, and two arrays held in fields of
 * a parameter exchanged by reference ({@code double[] t = b.cur; b.cur = b.next; b.next = t;}). The first is never a
 * silent wrong derivative: the declared code is the companion only for receivers that run it (checked at run time), and
 * an override that writes gets no companion of its own (OnDemand), so both modes fail at the call with the class named.
 * The second was silently wrong in adjoint mode (the seed of the final {@code cur} reached the array that was {@code
 * cur} before the call) and is refused there with its line; its tangent is right.
 */
class HiddenMovesTest {
  static final Transformed VIRTUAL = Transformed.of(VirtualRows.class, true);
  static final Transformed FLIPPED = Transformed.of(FlippedBuffers.class, true);

  @Test
  void aRowSwappingOverrideReachedThroughItsBaseTypeFailsAtTheCallInBothModes() {
    MovedRowsTest.assertNoDiagnostic(VIRTUAL, "arranged");
    double[] x = {0.5, 1.2, 2.0};
    VirtualRows.Arranger swapper = new VirtualRows.Swapper();
    for (Runnable mode : new Runnable[] {() -> arranged(x, new double[] {1, 0, 0}, swapper),
        () -> arrangedAdjoint(x, new double[] {1, 0, 0, 0}, swapper)}) {
      AssertionError e = assertThrows(AssertionError.class, mode::run);
      assertTrue(e.getCause() instanceof IllegalStateException && e.getCause().getMessage().contains("VirtualRows$Swapper"),
          String.valueOf(e.getCause()));
    }
    // the declared code, which moves no row, is differentiated in both modes: rows (x0, x0 x1), (2 x1, x2)
    VirtualRows.Arranger plain = new VirtualRows.Arranger();
    JacobianCheck.check("arranged", x, p -> arranged(p, null, plain), (p, pd) -> arranged(p, pd, plain),
        (p, w) -> arrangedAdjoint(p, w, plain), new double[][] {{1, 0, 0}, {x[1], x[0], 0}, {0, 2, 0}, {0, 0, 1}});
  }

  @Test
  void arraysOfAParametersFieldsExchangedByReferenceAreRefusedInAdjointModeOnly() {
    List<Diagnostic> ds = FLIPPED.result.diagnostics();
    assertTrue(ds.stream().anyMatch(d -> d.method().startsWith("flip(") && d.line() > 0 && d.mode().equals("adjoint")
        && d.reason().contains("an array the method did not make is assigned to field cur of")
        && d.reason().contains("instead of exchanging array references")), ds::toString);
    assertTrue(Arrays.stream(FLIPPED.type.getDeclaredMethods()).noneMatch(m -> m.getName().equals("flip$adjoint")));
    // the tangent: outputs the result 3 x0 x1, then the final cur[0] = 3 x1 and next[0] = x0
    for (double[] x : new double[][] {{0.5, 1.2}, {-1.5, 0.7}}) {
      double[][] exact = {{3 * x[1], 3 * x[0]}, {0, 3}, {1, 0}};
      for (int j = 0; j < 2; j++) {
        double[] e = new double[2];
        e[j] = 1;
        double[] col = flip(x, e);
        FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(p -> flip(p, null), x, e);
        for (int i = 0; i < 3; i++) {
          assertEquals(exact[i][j], col[i], 1e-12, "flip tangent vs analytic J[" + i + "][" + j + "]");
          assertEquals(fd[i].value(), col[i], fd[i].tolerance(1e-7), "flip tangent vs differences J[" + i + "][" + j + "]");
        }
      }
    }
  }

  static double[] arranged(double[] x, double[] xd, VirtualRows.Arranger receiver) {
    double[][] v = new double[2][2], vd = new double[2][2];
    if (xd == null) {
      MovedRowsTest.invoke(VIRTUAL, "arranged", x, v, receiver);
      return new double[] {v[0][0], v[0][1], v[1][0], v[1][1]};
    }
    MovedRowsTest.invoke(VIRTUAL, "arranged$tangent", x, xd, v, vd, receiver);
    return new double[] {vd[0][0], vd[0][1], vd[1][0], vd[1][1]};
  }

  static double[] arrangedAdjoint(double[] x, double[] w, VirtualRows.Arranger receiver) {
    double[][] v = new double[2][2], vb = {{w[0], w[1]}, {w[2], w[3]}};
    double[] xb = new double[3];
    MovedRowsTest.invoke(VIRTUAL, "arranged$adjoint", x, xb, v, vb, receiver);
    return xb;
  }

  static Object buffers(double cur, double next) {
    try {
      return FLIPPED.type.getConstructor(double[].class, double[].class).newInstance(new double[] {cur}, new double[] {next});
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double first(Object b, String field) {
    try {
      return ((double[]) FLIPPED.type.getField(field).get(b))[0];
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] flip(double[] x, double[] xd) {
    Object b = buffers(0, 0);
    if (xd == null) {
      double r = (double) MovedRowsTest.invoke(FLIPPED, "flip", x, b);
      return new double[] {r, first(b, "cur"), first(b, "next")};
    }
    Object bd = buffers(0, 0);
    double r = (double) MovedRowsTest.invoke(FLIPPED, "flip$tangent", x, xd, b, bd);
    return new double[] {r, first(bd, "cur"), first(bd, "next")};
  }

}
