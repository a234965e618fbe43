package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.OverflowedTangentFixtures;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * An overflowing {@code exp}, {@code cosh} brought back to a finite value ({@link OverflowedTangentFixtures}): forward
 * mode gave NaN at Burn's f32 sigmoid {@code exp(-log(exp(-x) + 1))} at {@code x = -90} (log's partial {@code 1/∞ = 0}
 * times the overflowed tangent {@code -∞}), without a warning, where the reverse and the differences give 0: the
 * program's value is constant where the call overflows. Checked at the overflow and at a regular point: both modes
 * against finite differences and the analytic derivative, and the dot-product test.
 */
class OverflowedTangentTest {
  static final Transformed T = Transformed.of(OverflowedTangentFixtures.class);

  /** Both modes against {@code expected} and central differences, and the dot-product test ({@link JacobianCheck}). */
  static void check(String name, double expected, double x) {
    JacobianCheck.checkScalarExact(new ScalarFunction(T.type, name, double.class), new double[] {expected}, x);
  }

  @Test
  void sigmoidAtAnOverflowingExp() {
    check("sigmoid", 0, -710);
    check("sigmoid", 0, -800);
    double s = 1 / (1 + Math.exp(-0.8762));
    check("sigmoid", s * (1 - s), 0.8762);
  }

  @Test
  void reciprocalOfAnOverflowingExp() {
    check("reciprocalOfExp", 0, 720);
    check("reciprocalOfExp", -Math.exp(-2), 2);
  }

  @Test
  void atanOfAnOverflowingCosh() {
    check("atanOfCosh", 0, 720);
    check("atanOfCosh", Math.sinh(1.5) / (1 + Math.cosh(1.5) * Math.cosh(1.5)), 1.5);
  }

  @Test
  void floatSigmoidAtAnOverflowingExp() throws Exception {
    Method tangent = method("sigmoidFloat$tangent");
    Method adjoint = method("sigmoidFloat$adjoint");
    assertEquals(0f, ((Number) tangent.invoke(null, -90f, 1f)).floatValue(), 0, "float tangent at -90");
    float[] grad = new float[1];
    Object[] args = adjointArgs(adjoint, -90f, grad);
    adjoint.invoke(null, args);
    assertEquals(0f, gradientOf(args), 0, "float adjoint at -90");
    float s = (float) (1 / (1 + Math.exp(-0.8762)));
    assertEquals(s * (1 - s), ((Number) tangent.invoke(null, 0.8762f, 1f)).floatValue(), 1e-6f, "float tangent");
  }

  private static Method method(String name) {
    return Arrays.stream(T.type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
  }

  /** The float adjoint's arguments: x, then the seed 1 and a holder for x's adjoint, in the order of its signature. */
  private static Object[] adjointArgs(Method adjoint, float x, float[] grad) {
    Class<?>[] p = adjoint.getParameterTypes();
    Object[] args = new Object[p.length];
    args[0] = x;
    for (int k = 1; k < p.length; k++) args[k] = p[k] == float.class ? (Object) 1f : p[k] == float[].class
        ? new float[1] : new double[1];
    return args;
  }

  private static float gradientOf(Object[] args) {
    Object holder = args[args.length - 1];
    return holder instanceof float[] f ? f[0] : (float) ((double[]) holder)[0];
  }
}
