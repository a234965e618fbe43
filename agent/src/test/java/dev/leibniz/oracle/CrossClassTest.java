package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.CrossClass;
import dev.leibniz.oracle.fixtures.CallsRefusedMarked;
import dev.leibniz.oracle.fixtures.CrossClassRefused;
import dev.leibniz.oracle.fixtures.lib.Scaler;
import dev.leibniz.testing.Transformed;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Callees in another package that carry no annotation are differentiated from their own
 * bytecode, their companions generated into the calling class (private members reached through
 * {@code leibniz$access}): both modes against finite differences, the exact derivative and the
 * dot-product test.
 */
class CrossClassTest {
  static final Transformed T = Transformed.of(CrossClass.class);

  static double p(double x) {
    return 1 - 0.5 * x + 0.25 * x * x + 0.125 * x * x * x;
  }

  static double dp(double x) {
    return -0.5 + 0.5 * x + 0.375 * x * x;
  }

  @Test
  void privateTableOfAnotherClass() {
    for (double x : new double[] {-1.5, 0.3, 2}) {
      checkExact("poly", x, p(x) + x * dp(x));
    }
  }

  @Test
  void privateHelperReadingAPrivateStatic() {
    for (double x : new double[] {0.4, 1.7}) {
      checkExact("mixed", x, 2 * Math.cos(x) * p(x) + 2 * Math.sin(x) * dp(x) + 1 / x);
    }
  }

  @Test
  void packagePrivateClassOfTheLibrary() {
    checkExact("hidden", 0.7, 3 * 0.7 * 0.7 + 1);
  }

  @Test
  void recursionAcrossClassesTerminates() {
    for (int n : new int[] {0, 1, 4}) {
      JacobianCheck.checkScalar(new ScalarFunction(T.type, "ping", double.class, int.class), 0.8, n);
    }
  }

  @Test
  void arraysThroughLibraryCalls() {
    double a = 1.5;
    double[] v = {0.5, -1, 2};
    double[][] exact = new double[1][4];
    for (int i = 0; i < 3; i++) exact[0][i] = 4 * a * a * Math.pow(v[i], 3);
    for (int i = 0; i < 3; i++) exact[0][3] += 2 * a * Math.pow(v[i], 4);
    JacobianCheck.check("arrays", new double[] {v[0], v[1], v[2], a},
        x -> one(d(T.call("arrays", new double[] {x[0], x[1], x[2]}, x[3]))),
        (x, xd) -> one(d(T.call("arrays$tangent", new double[] {x[0], x[1], x[2]}, new double[] {xd[0], xd[1], xd[2]}, x[3], xd[3]))),
        (x, yb) -> {
          double[] vb = new double[3], sb = new double[1];
          T.call("arrays$adjoint", new double[] {x[0], x[1], x[2]}, vb, x[3], yb[0], sb);
          return new double[] {vb[0], vb[1], vb[2], sb[0]};
        },
        exact);
  }

  @Test
  void finalClassInstanceMethodWithPrivateState() {
    Scaler s = new Scaler(3);
    double x = 0.9, exact = 4 * 3 * x + 1;
    assertEquals(exact, d(callOn(null, T.type, "scaler$tangent", s, x, 1.0)), 1e-14);
    double[] g = new double[1];
    callOn(null, T.type, "scaler$adjoint", s, x, 1.0, g);
    assertEquals(exact, g[0], 1e-14);
    assertTrue(T.result.generated().stream().anyMatch(m -> m.contains("leibniz$dev_leibniz_oracle_fixtures_lib_Scaler$apply$tangent(Ldev/leibniz/oracle/fixtures/lib/Scaler;DD)D")),
        () -> "instance callee hosted as a static with the receiver first: " + T.result.generated());
  }

  @Test
  void refusalsAreLocatedAndCallersAreReported() {
    Transformed r = Transformed.of(CrossClassRefused.class, true);
    List<Diagnostic> ds = r.result.diagnostics();
    String all = ds.stream().map(Diagnostic::message).collect(Collectors.joining("\n"));
    assertEquals(3, ds.size(), all);
    assertTrue(all.contains("cannot differentiate double dev.leibniz.oracle.fixtures.CrossClassRefused.bits(double)"), all);
    assertTrue(all.contains("double SpecialFunctions.bitTrick(double) cannot be differentiated (SpecialFunctions.java:"), all);
    assertTrue(all.contains("reads the bit pattern of an active value"), all);
    assertTrue(all.contains("CrossClassRefused.callsBits(double) at CrossClassRefused.java:"), all);
    assertTrue(all.contains("double SpecialFunctions.nativeCall(double) cannot be differentiated: it is a native method; give a rule"), all);
    assertTrue(!all.contains("annotate"), all);
    for (String m : r.result.generated()) {
      assertTrue(!m.contains("bits$") && !m.contains("callsBits$") && !m.contains("callsNative$"), "no companion that could only fail: " + m);
    }
    assertEquals(p(0.5) * 0 + dp(0.5), d(r.call("fine$tangent", 0.5, 1.0)), 1e-14);
  }

  /**
   * A marked callee of another class that gets no companions must not leave its caller with a
   * companion that calls it (the caller's companion used to throw NoSuchMethodError): the caller
   * is reported instead, with the callee's own located reason.
   */
  @Test
  void callerOfAMarkedCalleeThatFailsIsReported() {
    Transformed r = Transformed.of(CallsRefusedMarked.class, true);
    String all = r.result.diagnostics().stream().map(Diagnostic::message).collect(Collectors.joining("\n"));
    assertEquals(1, r.result.diagnostics().size(), all);
    assertTrue(all.contains("double dev.leibniz.oracle.fixtures.CallsRefusedMarked.viaRefused(double) at CallsRefusedMarked.java:"), all);
    assertTrue(all.contains("double MarkedButRefused.remember(double) cannot be differentiated (MarkedButRefused.java:"), all);
    // the callee's own located reason, not only a pointer to it
    assertTrue(all.contains("because its own diagnostic says: cannot differentiate double dev.leibniz.oracle.fixtures.lib."
        + "MarkedButRefused.remember(double) at MarkedButRefused.java:13: MarkedButRefused.last = …") && all.contains("writes an active value into field"), all);
    assertTrue(r.result.generated().stream().noneMatch(m -> m.contains("viaRefused$")), () -> r.result.generated().toString());
    Transformed lib = Transformed.of(dev.leibniz.oracle.fixtures.lib.MarkedButRefused.class, true);
    assertEquals(1, lib.result.diagnostics().size());
  }

  /** A companion that needs invokedynamic is refused in a class compiled for Java 6; the others are generated. */
  @Test
  void java6CallerGetsNoCompanionThatNeedsInvokedynamic() {
    byte[] bytes = Transformed.bytesOf(CrossClass.class).clone();
    bytes[6] = 0;
    bytes[7] = 50;
    var r = new dev.leibniz.core.ClassDifferentiator(dev.leibniz.core.ClassFinder.of(CrossClass.class.getClassLoader())).differentiate(bytes);
    String all = r.diagnostics().stream().map(Diagnostic::message).collect(Collectors.joining("\n"));
    assertTrue(all.contains("CrossClass.poly(double)") && all.contains("compiled for Java 6 or earlier; compile it for Java 7 or later"), all);
    assertTrue(r.generated().stream().anyMatch(m -> m.contains(".arrays$tangent")), () -> all + r.generated());
  }

  private static void checkExact(String name, double x, double exact) {
    ScalarFunction f = new ScalarFunction(T.type, name, double.class);
    JacobianCheck.checkScalar(f, x);
    assertEquals(exact, f.tangent(new double[] {x}, new double[] {1}), 1e-12 * Math.max(1, Math.abs(exact)), name);
  }
}
