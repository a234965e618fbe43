package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.shadowdispatch.ColMat;
import dev.leibniz.oracle.fixtures.shadowdispatch.CountingMat;
import dev.leibniz.oracle.fixtures.shadowdispatch.Forms;
import dev.leibniz.oracle.fixtures.shadowdispatch.Mat;
import dev.leibniz.oracle.fixtures.shadowdispatch.RowMat;
import dev.leibniz.testing.FirstDispatchInstalled;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A marked method reads objects that are its inputs through an abstract getter of a library class
 * (EJML's {@code innerProdA}: {@code DMatrixD1.unsafe_get} on a {@code DMatrixRMaj}): the getter's
 * companions take the receiver's shadow and are generated at the first dispatch, with the calling
 * class's shadow classes (docs/architecture.md, "Companions at first dispatch"). The receiver is
 * an input here, so a companion without its shadow (or a null shadow) would drop the derivative
 * with respect to the matrix: checked in both modes against central differences, the analytic
 * gradient of x' A x and the dot-product test, for two storage classes met by one call site.
 */
@ExtendWith(FirstDispatchInstalled.class)
class ShadowDispatchTest {
  private static final Class<?> F = LinkedFixtures.of(Forms.class).get(Forms.class);

  @Test
  void abstractGetterOfInputMatricesRowAndColumnMajor() {
    for (int round = 0; round < 2; round++) { // the second round runs on linked call sites
      check("row-major", RowMat::new, new double[] {0.5, -1.2, 1.0, -2.5, 0.3, 4.0}, false);
      check("column-major", ColMat::new, new double[] {0.5, -1.2, 1.0, -2.5, 0.3, 4.0}, true);
      check("row-major at another point", RowMat::new, new double[] {-0.7, 2.1, 0.4, 1.5, -3.0, 0.2}, false);
    }
  }

  /** A getter that writes its receiver's state would run twice: no companion, a located run-time error. */
  @Test
  void getterWritingItsReceiverIsRefusedAtRunTime() {
    for (String mode : new String[] {"tangent", "adjoint"}) {
      AssertionError e = assertThrows(AssertionError.class, () -> {
        Mat x = new CountingMat(2, 1, 1.0, 2.0), a = new CountingMat(2, 2, 1.0, 2.0, 3.0, 4.0);
        Mat xs = new CountingMat(2, 1, 0.0, 0.0), as = new CountingMat(2, 2, 0.0, 0.0, 0.0, 0.0);
        if (mode.equals("tangent")) callOn(null, F, "quadratic$tangent", x, xs, a, as);
        else callOn(null, F, "quadratic$adjoint", x, xs, a, as, 1.0);
      });
      String m = String.valueOf(e.getCause().getMessage());
      assertTrue(e.getCause() instanceof IllegalStateException && m.startsWith("leibniz:")
          && m.contains("double " + CountingMat.class.getSimpleName() + ".get(int, int) may write a field"), m);
    }
  }

  /**
   * A transposed view only reads, through the abstract getter of the matrix it wraps, whose
   * implementations may write: still refused (that inner call is not checked at its own first
   * dispatch), but the message names the abstract call rather than saying the view writes (R10-F7).
   */
  @Test
  void delegatingGetterNamesTheAbstractMethodItCalls() {
    for (String mode : new String[] {"tangent", "adjoint"}) {
      AssertionError e = assertThrows(AssertionError.class, () -> {
        Mat x = new RowMat(2, 1, 1.0, 2.0), a = new dev.leibniz.oracle.fixtures.shadowdispatch.TMat(new RowMat(2, 2, 1.0, 2.0, 3.0, 4.0));
        Mat xs = new RowMat(2, 1, 0.0, 0.0), as = new dev.leibniz.oracle.fixtures.shadowdispatch.TMat(new RowMat(2, 2, 0.0, 0.0, 0.0, 0.0));
        if (mode.equals("tangent")) callOn(null, F, "quadratic$tangent", x, xs, a, as);
        else callOn(null, F, "quadratic$adjoint", x, xs, a, as, 1.0);
      });
      String m = String.valueOf(e.getCause().getMessage());
      assertTrue(e.getCause() instanceof IllegalStateException && m.startsWith("leibniz:")
          && m.contains("double TMat.get(int, int) calls double Mat.get(int, int), an abstract method whose implementations may write"), m);
    }
  }

  /**
   * Stages in an array field whose own companions take their shadow (they write their state): the
   * caller holds them without shadows, and one stage twice in the array reads, in its second call,
   * the state its first wrote from the input. No companion: a run-time error saying why, never the
   * derivative without the state's (1 + 0.5 here, where the stage's own companions would need the
   * first call's state tangent).
   */
  @Test
  void stagesHeldWithoutShadowsThatWriteTheirStateAreRefusedAtRunTime() {
    Class<?> chain = LinkedFixtures.allowingDiagnostics(dev.leibniz.oracle.fixtures.shadowdispatch.Chain.class,
        dev.leibniz.oracle.fixtures.shadowdispatch.Leaky.class).get(dev.leibniz.oracle.fixtures.shadowdispatch.Chain.class);
    for (String mode : new String[] {"tangent", "adjoint"}) {
      AssertionError e = assertThrows(AssertionError.class, () -> {
        ClassLoader l = chain.getClassLoader();
        Object stage = l.loadClass(dev.leibniz.oracle.fixtures.shadowdispatch.Leaky.class.getName()).getConstructor().newInstance();
        Object[] stages = (Object[]) java.lang.reflect.Array.newInstance(l.loadClass(dev.leibniz.oracle.fixtures.shadowdispatch.Stage.class.getName()), 2);
        stages[0] = stage;
        stages[1] = stage;
        Object c = chain.getConstructor(stages.getClass()).newInstance((Object) stages);
        if (mode.equals("tangent")) callOn(c, chain, "filter$tangent", 0.3, 1.0);
        else callOn(c, chain, "filter$adjoint", 0.3, 1.0, new double[1]);
      }, mode);
      String m = String.valueOf(e.getCause().getMessage());
      assertTrue(e.getCause() instanceof IllegalStateException && m.startsWith("leibniz:") && m.contains("Leaky")
          && m.contains("take the receiver's shadow") && m.contains("lose its derivative"), m);
    }
  }

  /** f(x, A) = x' A x over the storage (x: 2 numbers, A: 4 numbers in the storage's order). */
  private static void check(String what, MatMaker make, double[] point, boolean columnMajor) {
    JacobianCheck.check("quadratic " + what, point,
        v -> new double[] {d(callOn(null, F, "quadratic", make.of(2, 1, v[0], v[1]), make.of(2, 2, v[2], v[3], v[4], v[5])))},
        (v, vd) -> new double[] {d(callOn(null, F, "quadratic$tangent", make.of(2, 1, v[0], v[1]), make.of(2, 1, vd[0], vd[1]),
            make.of(2, 2, v[2], v[3], v[4], v[5]), make.of(2, 2, vd[2], vd[3], vd[4], vd[5])))},
        (v, yb) -> {
          Mat xb = make.of(2, 1, 0.0, 0.0), ab = make.of(2, 2, 0.0, 0.0, 0.0, 0.0);
          callOn(null, F, "quadratic$adjoint", make.of(2, 1, v[0], v[1]), xb, make.of(2, 2, v[2], v[3], v[4], v[5]), ab, yb[0]);
          return new double[] {xb.data[0], xb.data[1], ab.data[0], ab.data[1], ab.data[2], ab.data[3]};
        },
        new double[][] {gradient(point, columnMajor)});
  }

  /** d(x' A x)/dx_k = sum_j (A_kj + A_jk) x_j, d/dA_ij = x_i x_j, at A's storage index. */
  private static double[] gradient(double[] v, boolean columnMajor) {
    double[] x = {v[0], v[1]};
    BiFunction<Integer, Integer, Integer> at = (i, j) -> columnMajor ? j * 2 + i : i * 2 + j;
    double[] g = new double[6];
    for (int k = 0; k < 2; k++) {
      for (int j = 0; j < 2; j++) g[k] += (v[2 + at.apply(k, j)] + v[2 + at.apply(j, k)]) * x[j];
    }
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) g[2 + at.apply(i, j)] = x[i] * x[j];
    }
    return g;
  }

  @FunctionalInterface
  private interface MatMaker {
    Mat of(int rows, int cols, double... data);
  }
}
