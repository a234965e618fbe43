package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.given.Given;
import dev.leibniz.objects.fixtures.given.Step;
import dev.leibniz.objects.fixtures.given.Turn;
import dev.leibniz.oracle.LinkedFixtures;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * New objects made in a marked method and given to open methods of another class that only read them (*Objects given to
 * calls*; {@code Callees.confinesExact}): Team 254's {@code Pose2d.log} giving {@code new Rotation2d(a, -b, false)} to
 * {@code Translation2d.rotateBy}, which reads it through {@code rotation.cos()} and {@code sin()}, getters a subclass
 * could override. An object made by {@code new Turn(...)} is of exactly that class, so those calls run Turn's code, which
 * keeps nothing. Each shape in both modes against the analytic gradient and central differences, and the dot-product
 * test. A callee that keeps the object stays refused ({@code badinput.KeptGivenObjectsTest}).
 */
class GivenNewObjectsTest {
  /** Step's and Turn's own companions (rotateBy is marked) are linked, as the agent would transform them. */
  static final LinkedFixtures L = LinkedFixtures.of(Given.class, Step.class, Turn.class);
  static final Transformed T = Transformed.loaded(L.get(Given.class), L.result(Given.class));
  static final Class<?> D = double.class;

  static Object fixture() {
    try {
      return T.type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double value(String name, double a, double b) {
    return (double) call(T.method(name, D, D), fixture(), a, b);
  }

  static Object call(Method m, Object receiver, Object... args) {
    try {
      return m.invoke(receiver, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e.getCause() == null ? e : e.getCause());
    }
  }

  /** The companions take the receiver's shadow (its origin, a step with shadows): zero, its own derivatives not asked. */
  static void check(String name, double[] x, double[] exact) {
    Method tangent = T.method(name + "$tangent", T.type, D, D, D, D);
    Method adjoint = T.method(name + "$adjoint", T.type, D, D, D, double[].class);
    T.checkGradient(name, x, exact, v -> new double[] {value(name, v[0], v[1])},
        (v, d) -> {
          Object g = fixture();
          return new double[] {(double) call(tangent, g, Derivatives.zeroShadow(g), v[0], d[0], v[1], d[1])};
        },
        (v, w) -> {
          double[] grad = new double[2];
          Object g = fixture();
          double r = (double) call(adjoint, g, Derivatives.zeroShadow(g), v[0], v[1], w[0], grad);
          assertTrue(r == value(name, v[0], v[1]), name + ": the adjoint returns the value");
          return grad;
        });
  }

  static final double[][] POINTS = {{0.7, -1.3}, {-1.1, 0.4}, {2.2, 1.9}};

  /** f = qx qy, qx = 1.5 b C - 0.5 S, qy = -1.5 S - 0.5 b C, with C = cos(a/2), S = sin(a/2): the origin (1.5, -0.5) turned. */
  @Test
  void aNewTurnGivenToAnOpenMethodOfAnotherClassReadingItThroughOpenGetters() {
    for (double[] x : POINTS) {
      double a = x[0], b = x[1], c = Math.cos(a / 2), s = Math.sin(a / 2);
      double qx = 1.5 * b * c - 0.5 * s, qy = -1.5 * s - 0.5 * b * c;
      double qxa = -0.75 * b * s - 0.25 * c, qxb = 1.5 * c, qya = -0.75 * c + 0.25 * b * s, qyb = -0.5 * c;
      check("rotated", x, new double[] {qxa * qy + qx * qya, qxb * qy + qx * qyb});
    }
  }

  /** f = b^2 (1.5 a^2 + a - 0.5): the turn (a b, b) handed on by along(turn) to dot(turn), d = 1.5 a b - 0.5 b, q = d (a b, b). */
  @Test
  void aNewTurnHandedOnByTheCalleeToAFinalMethod() {
    for (double[] x : POINTS) {
      double a = x[0], b = x[1];
      check("projected", x, new double[] {b * b * (3 * a + 1), 2 * b * (1.5 * a * a + a - 0.5)});
    }
  }
}
