package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.objects.StoreDestTest.Fn;
import dev.leibniz.objects.fixtures.statics.StaticIdentityOps;
import dev.leibniz.objects.fixtures.statics.Turn;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A constructor copying a static constant ({@code Turn()} = {@code this(IDENTITY)}) is blank: its object's shadow is zero.
 * That holds only while nothing differentiated wrote the constant. {@code scaledThenFresh(k, q)} writes {@code q}, then
 * makes {@code new Turn()}: called with {@code (Turn) Turn.IDENTITY} as {@code q}, the copy would hold active numbers
 * under a zero shadow (a silently wrong derivative: d r.c / dk = k instead of 2k at q = IDENTITY). Both companions refuse
 * that call at entry, naming the constant and the parameter, before writing anything; any other {@code q} is
 * differentiated right, in both modes against the analytic Jacobian, central differences and the dot-product test.
 */
class StaticConstantGuardTest {
  static final Class<?> T = Turn.class, D = double.class;
  static final Method TANGENT = StaticIdentityConstructorsTest.OPS.method("scaledThenFresh$tangent", D, D, T, T);
  static final Method ADJOINT = StaticIdentityConstructorsTest.OPS.method("scaledThenFresh$adjoint", D, T, T, T, double[].class);

  /** Inputs k, q's c and s; outputs the result's c and s (q's own values on exit given zero weight). */
  static Fn scaledThenFresh() {
    return new Fn("scaledThenFresh(k, q)", 3, 2,
        x -> StaticIdentityConstructorsTest.of(StaticIdentityOps.scaledThenFresh(x[0], new Turn(x[1], x[2]))),
        (x, v) -> StaticIdentityConstructorsTest.of((Turn) StoreDestTest.call(TANGENT, x[0], v[0], new Turn(x[1], x[2]),
            new Turn(v[1], v[2]))),
        (x, w) -> {
          double[] g = new double[1];
          Turn qBar = new Turn(0, 0);
          StoreDestTest.call(ADJOINT, x[0], new Turn(x[1], x[2]), qBar, new Turn(w[0], w[1]), g);
          return new double[] {g[0], qBar.c, qBar.s};
        },
        x -> {
          double k = x[0], qc = x[1], qs = x[2]; // r = (1, 0) copied, then r.c = k (qc + qs), r.s = qc k^2
          return new double[][] {{qc + qs, k, k}, {2 * qc * k, k * k, 0}};
        },
        new double[][] {{0.7, 0.6, -0.8}, {-1.3, 2.1, 0.4}});
  }

  @Test
  void anotherObjectIsDifferentiatedRightInBothModes() {
    List<Fn> fns = List.of(scaledThenFresh());
    StoreDestTest.againstTheAnalyticJacobian(fns);
    StoreDestTest.againstFiniteDifferences(fns);
    StoreDestTest.dotProduct(fns);
  }

  @Test
  void theConstantItselfIsRefusedByTheTangentNamingConstantAndParameter() {
    Turn identity = (Turn) Turn.IDENTITY;
    try {
      assertRefused(() -> TANGENT.invoke(null, 0.7, 1.0, identity, new Turn(0, 0)));
    } finally {
      identity.set(1, 0);
    }
  }

  @Test
  void theConstantItselfIsRefusedByTheAdjointNamingConstantAndParameter() {
    Turn identity = (Turn) Turn.IDENTITY;
    try {
      assertRefused(() -> ADJOINT.invoke(null, 0.7, identity, new Turn(0, 0), new Turn(1, 0), new double[1]));
    } finally {
      identity.set(1, 0);
    }
  }

  /** compose only reads {@code by}: the constant given as {@code by} is no hazard and is not refused. */
  @Test
  void theConstantAsAParameterOnlyReadIsNotRefused() throws Exception {
    Method tangent = StaticIdentityConstructorsTest.OPS.method("compose$tangent", D, D, T, T, T, T);
    Turn r = (Turn) StoreDestTest.call(tangent, 0.3, 1.0, (Turn) Turn.IDENTITY, new Turn(0, 0), null, null);
    assertEquals(-Math.sin(0.3), r.getC(), 1e-15, "d c / d angle with by = the identity");
    assertEquals(Math.cos(0.3), r.getS(), 1e-15, "d s / d angle with by = the identity");
    assertEquals(1.0, Turn.IDENTITY.getC(), 0, "the constant keeps its value");
  }

  interface Call {
    Object run() throws Exception;
  }

  /** The call throws before writing anything: the constant keeps its value. */
  static void assertRefused(Call call) {
    InvocationTargetException e = assertThrows(InvocationTargetException.class, call::run,
        "the constant passed as q: a zero shadow under active numbers would be silently wrong");
    Throwable cause = e.getCause();
    assertTrue(cause instanceof IllegalArgumentException, String.valueOf(cause));
    String message = cause.getMessage();
    assertTrue(message.contains("Turn.IDENTITY") && message.contains("parameter 1"), message);
    assertEquals(1.0, Turn.IDENTITY.getC(), 0, "refused before writing the constant");
  }
}
