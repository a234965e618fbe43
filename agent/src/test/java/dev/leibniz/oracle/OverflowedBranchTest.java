package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.FiniteDifferences.Estimate;
import dev.leibniz.oracle.fixtures.OverflowedBranchFixtures;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A discarded side of a conditional that overflows ({@link OverflowedBranchFixtures}): the reverse gave NaN along
 * {@code α} for NNlib's {@code elu(x, α)} at {@code x = 1000} ({@code ᾱ += 0 · (exp(x) - 1) = 0 · ∞}) where forward
 * mode and finite differences give 0. The strong zero of a product applied only where the other factor was itself a
 * call that may overflow, not a sum or product over one ({@code MathRules.mayBeNonFinite}). Checked at the overflow and
 * at a regular point: both modes exactly equal, against finite differences and the analytic gradient, and the
 * dot-product test.
 */
class OverflowedBranchTest {
  static final Transformed T = Transformed.of(OverflowedBranchFixtures.class);

  static ScalarFunction fn(String name) {
    return new ScalarFunction(T.type, name, double.class, double.class);
  }

  static void check(ScalarFunction f, double[] expected, double... x) {
    String at = f.name() + Arrays.toString(x);
    assertArrayEquals(expected, f.tangentGradient(x), 1e-12 * (1 + Math.abs(expected[1])), at + " tangent");
    assertArrayEquals(expected, f.gradient(x), 1e-12 * (1 + Math.abs(expected[1])), at + " adjoint");
    for (int j = 0; j < x.length; j++) {
      double[] e = new double[x.length];
      e[j] = 1;
      Estimate est = FiniteDifferences.directional(v -> new double[] {f.value(v)}, x, e)[0];
      assertEquals(expected[j], est.value(), est.tolerance(1e-7), at + " finite differences along " + j);
    }
    DotProductCheck.check(at, x, 1, (p, pd) -> new double[] {f.tangent(p, pd)}, (p, yb) -> {
      double[] g = new double[p.length];
      f.adjoint(p, yb[0], g);
      return g;
    }, 7, 3);
  }

  @Test
  void eluAtAnOverflowingExp() {
    ScalarFunction f = fn("elu");
    check(f, new double[] {1, 0}, 1000, 2);
    check(f, new double[] {1, 0}, 710, 2);
    check(f, new double[] {2 * Math.exp(-1), Math.exp(-1) - 1}, -1, 2); // regular: (α e^x, e^x - 1)
  }

  @Test
  void negatedSumBeforeTheProduct() {
    ScalarFunction f = fn("negatedSumFirst");
    check(f, new double[] {1, 0}, 1000, 0.5);
    check(f, new double[] {-0.5 * Math.exp(-2), -(Math.exp(-2) + 1)}, -2, 0.5);
  }

  @Test
  void productOverTheCall() {
    ScalarFunction f = fn("scaledExp");
    check(f, new double[] {1, 0}, 709.5, 0.5);
    check(f, new double[] {Math.exp(-2), 2 * Math.exp(-2)}, -2, 0.5);
  }

  @Test
  void floatEluAtAnOverflowingExp() throws Exception {
    Method adjoint = Arrays.stream(T.type.getDeclaredMethods()).filter(m -> m.getName().equals("floatElu$adjoint"))
        .findFirst().orElseThrow();
    Method tangent = Arrays.stream(T.type.getDeclaredMethods()).filter(m -> m.getName().equals("floatElu$tangent"))
        .findFirst().orElseThrow();
    float[] grad = new float[1];
    // (x, alpha, alphaBar holder, seed) in whatever order the contract gives: read it from the signature
    Object[] args = adjointArgs(adjoint, 100f, 2f, grad);
    Object value = adjoint.invoke(null, args);
    assertEquals(100f, ((Number) value).floatValue(), 0);
    assertEquals(0f, alphaBar(adjoint, args), 0, "float adjoint along alpha");
    assertEquals(0f, ((Number) tangent.invoke(null, 100f, 0f, 2f, 1f)).floatValue(), 0, "float tangent along alpha");
  }

  /** Builds the float adjoint's arguments: x, alpha, then the seed and the scalar adjoint holder. */
  private static Object[] adjointArgs(Method adjoint, float x, float alpha, float[] grad) {
    Class<?>[] p = adjoint.getParameterTypes();
    Object[] args = new Object[p.length];
    args[0] = x;
    args[1] = alpha;
    for (int k = 2; k < p.length; k++) args[k] = p[k] == float.class ? (Object) 1f : p[k] == float[].class
        ? new float[2] : new double[2];
    return args;
  }

  private static float alphaBar(Method adjoint, Object[] args) {
    Object holder = args[args.length - 1];
    return holder instanceof float[] f ? f[1] : (float) ((double[]) holder)[1];
  }
}
