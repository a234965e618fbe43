package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.FiniteDifferences.Estimate;
import dev.leibniz.oracle.fixtures.SingularPointFixtures;
import dev.leibniz.testing.Transformed;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A table of programs at a singular point of one of their rules ({@link SingularPointFixtures}):
 * each gives the same gradient in both modes (exactly, NaN where NaN), equal to the analytic one;
 * where the function is defined on both sides of the point, central finite differences agree and
 * the two modes pass the dot-product test there; at a regular point nearby, finite differences,
 * agreement of the modes and the dot-product test. The reverse once gave NaN where forward mode
 * gave the right 0 whenever a math function stood between the singular value and the zero factor
 * ({@code sin(∛x)·y} at (0, 0): {@code core.analysis.SingularCones#singlePath}). Where no
 * derivative exists ({@code cos(∛x)} at 0: ±∞ from each side) both modes say NaN, never a number.
 */
class SingularPointsTest {
  static final Transformed T = Transformed.of(SingularPointFixtures.class);
  static final double NAN = Double.NaN;

  /**
   * A program, its singular point, the gradient there (NaN: no derivative), whether it is defined
   * on both sides of the point (finite differences apply), and a regular point.
   */
  record Row(String name, double[] at, double[] gradient, boolean twoSided, double[] regular, String nanIn, int[] nanAt) {}

  static Row row(String name, double[] at, double[] gradient, boolean twoSided, double... regular) {
    return new Row(name, at, gradient, twoSided, regular, "", new int[0]);
  }

  /** A known difference: {@code mode} ("tangent" or "adjoint") says NaN at {@code nanAt}, honestly, where the other mode is right. */
  static Row nanIn(String mode, Row r, int... nanAt) {
    return new Row(r.name(), r.at(), r.gradient(), r.twoSided(), r.regular(), mode, nanAt);
  }

  static double[] p(double... v) {
    return v;
  }

  static final List<Row> TABLE = List.of(
      row("sinCbrtTimes", p(0, 0), p(0, 0), true, 1.3, 0.6),
      row("cosCbrtTimes", p(0, 0), p(1, 0), true, 1.3, -0.6),
      row("expSqrtTimes", p(0, 0), p(1, 0), false, 1.3, 0.6),
      row("sinPowTimes", p(0, 0), p(0, 0), false, 1.3, 0.6),
      row("cosAsinTimes", p(0, 1), p(Math.cos(Math.asin(1)), 0), false, 1.3, 0.6),
      row("expAcosTimes", p(0, -1), p(Math.exp(Math.PI), 0), false, 1.3, -0.6),
      // atan2 and hypot at the origin (partials 0/0): forward mode's NaN tangent meets an independent
      // zero with the strong zero, as the reverse's zero adjoint meets their partials
      row("sinAtan2Times", p(0, 0, 0), p(0, 0, 0), true, 1.3, 0.6, -0.4),
      row("expHypotTimes", p(0, 0, 0), p(1, 0, 0), true, 1.3, 0.6, -0.4),
      row("sinAtan2Times", p(1, 0, 0), p(0, NAN, NAN), false, 1.3, 0.6, -0.4),
      row("expHypotTimes", p(1, 0, 0), p(1, NAN, NAN), false, 1.3, 0.6, -0.4),
      row("logOnTakenBranchOnly", p(2, 0), p(1, 0), false, 1.3, 0.6),
      row("sinCbrtPlusOverTimes", p(0, 0, 1), p(-1 / 3.0, 0, 0), true, 1.3, 0.6, 0.7),
      row("sinCbrtThroughArray", p(0, 0), p(0, 0), true, 1.3, 0.6),
      row("sinCbrtThroughArray", p(1, 0), p(0, Double.POSITIVE_INFINITY), false, 1.3, 0.6),
      row("cosCbrtThroughArray", p(1, 0), p(1, NAN), false, 1.3, 0.6),
      // known: the derivative along x is 0, but the zero factor y is read from the array the
      // singular value went into, so both modes count it as the source's own: NaN, conservatively
      row("sinCbrtThroughArrayReadTwice", p(0, 0), p(0, NAN), false, 1.3, 0.6),
      row("sinCbrtThroughField", p(0, 0), p(0, 0), true, 1.3, 0.6),
      row("sinOfCalledCbrtTimes", p(0, 0), p(0, 0), true, 1.3, 0.6),
      row("calledSinCbrtTimes", p(0, 0), p(0, 0), true, 1.3, 0.6),
      row("cosCbrt", p(0), p(NAN), false, 0.6),
      row("cosOfCalledCbrt", p(0), p(NAN), false, -0.6),
      row("sinCbrtMinusCbrtTimes", p(1, 0), p(0, NAN), false, 1.3, 0.6),
      row("sinCbrtTimesInLoop", p(0, 0), p(0, 0), true, 1.3, 0.6),
      row("sinCbrtTimesInLoop", p(1, 0), p(0, Double.POSITIVE_INFINITY), false, 1.3, 0.6),
      row("sinCbrtTimesSquared", p(0, 0), p(0, 0), true, 1.3, 0.6),
      row("sinCbrtTimesSquared", p(1, 0), p(0, NAN), false, 1.3, 0.6),
      row("sinCbrtTimesOver", p(0, 0, 1), p(0, 0, 0), true, 1.3, 0.6, 0.7),
      row("maxOfSinCbrtTimes", p(1, 0, 1), p(0, 0, 1), true, 1.3, 0.6, -0.7),
      row("maxOfSinCbrtTimes", p(0, 0, 1), p(0, 0, 1), true, 1.3, 0.6, -0.7),
      row("maxOfSinCbrtTimes", p(1, 0, -1), p(0, Double.POSITIVE_INFINITY, 0), false, 1.3, 0.6, -0.7),
      row("minOfCbrt", p(0, -1), p(0, 1), true, 0.6, 0.7),
      row("minOfCbrt", p(0, 1), p(Double.POSITIVE_INFINITY, 0), false, 0.6, 0.7),
      row("sumOfSinCbrtTimes", p(0, 0), p(sumOfSinCbrt(), 0), true, 1.3, 0.6),
      row("sumOfSinCbrtTimes", p(1, 0), p(sumOfSinCbrt(), Double.POSITIVE_INFINITY), false, 1.3, 0.6),
      // the function is 0 (the trips' terms cancel for every x), but along x at y = 1 each trip's
      // term has an infinite derivative at 0 and their sum ∞ − ∞: NaN in both modes, conservatively
      row("cancellingTrips", p(1, 0), p(0, NAN), false, 1.3, 0.6),
      row("cancellingTrips", p(0, 0), p(0, 0), true, 1.3, 0.6));

  /** {@code sin ∛0 + sin ∛−1 + sin ∛−2}. */
  static double sumOfSinCbrt() {
    return Math.sin(Math.cbrt(0)) + Math.sin(Math.cbrt(-1)) + Math.sin(Math.cbrt(-2));
  }

  static ScalarFunction fn(Row r) {
    Class<?>[] params = new Class<?>[r.at().length];
    Arrays.fill(params, double.class);
    return new ScalarFunction(T.type, r.name(), params);
  }

  @TestFactory
  Stream<DynamicTest> eachProgramAtItsSingularPoint() {
    return TABLE.stream().map(r -> DynamicTest.dynamicTest(r.name() + Arrays.toString(r.at()), () -> check(r)));
  }

  static double[] expected(Row r, String mode) {
    double[] g = r.gradient().clone();
    if (r.nanIn().equals(mode)) for (int k : r.nanAt()) g[k] = NAN;
    return g;
  }

  static void check(Row r) {
    ScalarFunction f = fn(r);
    String at = r.name() + Arrays.toString(r.at());
    assertArrayEquals(expected(r, "tangent"), f.tangentGradient(r.at()), 1e-15, at + " tangent");
    assertArrayEquals(expected(r, "adjoint"), f.gradient(r.at()), 1e-15, at + " adjoint");
    if (r.twoSided() && r.nanIn().isEmpty()) {
      for (int j = 0; j < r.at().length; j++) {
        double[] e = new double[r.at().length];
        e[j] = 1;
        Estimate est = FiniteDifferences.directional(v -> new double[] {f.value(v)}, r.at(), e)[0];
        assertEquals(r.gradient()[j], est.value(), est.tolerance(1e-7), at + " finite differences along " + j);
      }
      JacobianCheck.checkScalar(f, r.at()); // modes agree with finite differences, dot-product test
    }
    JacobianCheck.checkScalar(f, r.regular());
  }

  /**
   * The run-time checks cost nothing where there is no singular source: the same shapes with
   * {@code sin} in place of {@code sin∘cbrt} (a product by itself, a loop's running sum, a local
   * array's cell) have adjoints with no floating comparison at all (no strong zero, no check),
   * while the singular ones have theirs.
   */
  @Test
  void shapesWithoutASingularSourceGetNoCheck() {
    for (String m : List.of("sinTimesSquared", "sinTimesInLoop", "sinThroughArray")) {
      assertEquals(0, floatingComparisons(m + "$adjoint"), m);
      JacobianCheck.checkScalar(new ScalarFunction(T.type, m, double.class, double.class), 1.3, 0.6);
    }
    for (String m : List.of("sinCbrtTimesSquared", "sinCbrtTimesInLoop", "sinCbrtThroughArray")) {
      assertTrue(floatingComparisons(m + "$adjoint") > 0, m);
    }
  }

  /** The floating comparisons ({@code dcmpl}, {@code dcmpg}) in the generated methods named {@code name} or {@code name$...}. */
  static int floatingComparisons(String name) {
    ClassNode cn = new ClassNode();
    new ClassReader(T.result.transformed()).accept(cn, 0);
    List<MethodNode> ms = cn.methods.stream().filter(x -> x.name.equals(name) || x.name.startsWith(name + "$")).toList();
    assertTrue(!ms.isEmpty(), name);
    int n = 0;
    for (MethodNode m : ms) {
      for (AbstractInsnNode i : m.instructions) {
        if (i.getOpcode() == Opcodes.DCMPL || i.getOpcode() == Opcodes.DCMPG) n++;
      }
    }
    return n;
  }

  /**
   * {@code Math.sqrt(x * x)} is {@code |x|}: at 0 no derivative exists (one-sided ±1, JAX says NaN),
   * and the companions give 0 (the square's zero tangent meets the root's infinite partial): the
   * user gets one located warning advising {@code Math.abs} (derivative ±1 at ±0). A norm's 0 at
   * the origin (the smallest subgradient) is the documented convention, not warned.
   */
  @Test
  void aRootOfASquareIsWarnedAndANormIsNot() {
    List<Diagnostic> warned = T.result.diagnostics().stream().filter(d -> d.reason().contains("of a square")).toList();
    assertEquals(1, warned.size(), warned::toString);
    assertTrue(warned.get(0).warning() && warned.get(0).method().startsWith("sqrtOfSquare("), warned::toString);
    assertTrue(warned.get(0).message().contains("Math.abs(x)"), warned::toString);
    ScalarFunction f = new ScalarFunction(T.type, "sqrtOfSquare", double.class);
    assertArrayEquals(new double[] {0}, f.tangentGradient(0), 0); // as warned
    assertArrayEquals(new double[] {0}, f.gradient(0), 0);
    JacobianCheck.checkScalar(f, -0.7);
    ScalarFunction n = new ScalarFunction(T.type, "norm", double.class, double.class);
    assertArrayEquals(new double[] {0, 0}, n.tangentGradient(0, 0), 0);
    assertArrayEquals(new double[] {0, 0}, n.gradient(0, 0), 0);
    assertArrayEquals(new double[] {0.6, -0.8}, n.gradient(0.3, -0.4), 1e-15);
    JacobianCheck.checkScalar(n, 0.3, -0.4);
  }
}
