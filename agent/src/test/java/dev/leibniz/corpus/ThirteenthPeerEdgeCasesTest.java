package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.corpus.peers13.MyGradTests;
import dev.leibniz.corpus.peers13.ZygoteFeatures;
import dev.leibniz.corpus.peers13.ZygoteNumber;
import dev.leibniz.oracle.ScalarFunction;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thirteenth peer round's asserted derivatives, in both modes, at the tests' own points: Zygote.jl's
 * test/features_tests.jl ({@code gradient(...) == ...} of each function, the exact values at its integer points), and
 * MyGrad's: the masked in-place updates at arange(9) (the mask's switch at 4 and the base 0 of {@code **=}, where
 * differences cannot serve), the chain-rule graphs, and the activations' docstring gradients; where a test's rule at a
 * tie differs from Leibniz's convention (README "Math functions and conventions at non-smooth points": max/min ties
 * take the first argument), both values are named and Leibniz's is asserted.
 */
class ThirteenthPeerEdgeCasesTest {
  private static final Class<?> D = double.class;
  private static final Class<?> I = int.class;
  private static final Transformed ZYGOTE = Transformed.of(ZygoteFeatures.class, true);
  private static final Transformed NUMBER = Transformed.of(ZygoteNumber.class, true);
  private static final Transformed MYGRAD = Transformed.of(MyGradTests.class, true);

  private static Method method(Transformed t, String name) {
    return Arrays.stream(t.type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
  }

  private static void gradient(Transformed t, String name, Class<?>[] params, double[] expected, double tol,
      double... x) {
    ScalarFunction f = new ScalarFunction(t.type, name, params);
    assertArrayEquals(expected, f.tangentGradient(x), tol, name + " tangent at " + Arrays.toString(x));
    assertArrayEquals(expected, f.gradient(x), tol, name + " adjoint at " + Arrays.toString(x));
  }

  private static void gradient2(Transformed t, String name, double da, double db, double a, double b) {
    gradient(t, name, new Class<?>[] {D, D}, new double[] {da, db}, 0, a, b);
  }

  private static void derivative(Transformed t, String name, double expected, double tol, double x) {
    gradient(t, name, new Class<?>[] {D}, new double[] {expected}, tol, x);
  }

  /**
   * The gradient of a double-valued method in its double[] arguments, by the adjoint (seed 1) and by the tangent (one
   * unit direction at a time), each mode's as one concatenated array; passive arguments (int, int[]) as given.
   */
  private static double[][] arrayGradients(Transformed t, String name, Object... args) throws Exception {
    Method adjoint = method(t, name + "$adjoint");
    Method tangent = method(t, name + "$tangent");
    List<Object> a = new ArrayList<>();
    List<double[]> shadows = new ArrayList<>();
    for (Object arg : args) {
      a.add(arg instanceof double[] d ? d.clone() : arg);
      if (arg instanceof double[] d) {
        double[] s = new double[d.length];
        shadows.add(s);
        a.add(s);
      }
    }
    a.add(1.0);
    adjoint.invoke(null, a.toArray());
    double[] byAdjoint = concat(shadows);
    double[] byTangent = new double[byAdjoint.length];
    for (int k = 0; k < byTangent.length; k++) {
      List<Object> ta = new ArrayList<>();
      int offset = 0;
      for (Object arg : args) {
        ta.add(arg instanceof double[] d ? d.clone() : arg);
        if (arg instanceof double[] d) {
          double[] dot = new double[d.length];
          if (k >= offset && k < offset + d.length) dot[k - offset] = 1;
          offset += d.length;
          ta.add(dot);
        }
      }
      byTangent[k] = (double) tangent.invoke(null, ta.toArray());
    }
    return new double[][] {byTangent, byAdjoint};
  }

  private static double[] concat(List<double[]> parts) {
    return parts.stream().flatMapToDouble(Arrays::stream).toArray();
  }

  private static void arrayGradient(Transformed t, String name, double[] expected, double tol, Object... args)
      throws Exception {
    double[][] g = arrayGradients(t, name, args);
    assertArrayEquals(expected, g[0], tol, name + " tangent");
    assertArrayEquals(expected, g[1], tol, name + " adjoint");
  }

  private static double[] range(int from, int to) {
    double[] r = new double[to - from + 1];
    for (int i = 0; i < r.length; i++) r[i] = from + i;
    return r;
  }

  // ---- Zygote.jl ----

  /** "misc": the two-argument products at (2, 3) are (3, 2); b, gglobal, the constant, the literals and throws. */
  @Test
  void zygoteMiscScalars() {
    for (String f : List.of("mul", "mulStruct", "mulTuple", "mulLambda", "mulSplat", "mulKw")) {
      gradient2(ZYGOTE, f, 3, 2, 2, 3);
    }
    gradient2(ZYGOTE, "reImPlusRe", 4, 2, 2, 3);
    gradient2(ZYGOTE, "abs2TimesRe", 456, 160, 4, 5);
    derivative(ZYGOTE, "b", 2, 0, 3); // dx == (8,) for the seed 4
    derivative(ZYGOTE, "bAfterGlobalFalse", 1, 0, 3);
    derivative(ZYGOTE, "gglobal", 5, 0, 2);
    derivative(ZYGOTE, "constant", 0, 0, 2); // (nothing,)
    derivative(ZYGOTE, "sumMatrixLiteral", 1, 0, 2);
    derivative(ZYGOTE, "throwIfNegative", 5, 0, 2);
    derivative(ZYGOTE, "emptyBranches", 2, 0, 1);
    derivative(ZYGOTE, "timesGlobalParam", 3, 0, 2);
    derivative(ZYGOTE, "powTry", 2, 0, 1);
    derivative(ZYGOTE, "timed", 1, 0, 0);
  }

  /** Three-way control flow merge: 2 at the test's 1, 3 at -1, and 1 at 0 (neither branch: x itself). */
  @Test
  void zygoteThreeWayMerge() {
    derivative(ZYGOTE, "threeWayMerge", 2, 0, 1);
    derivative(ZYGOTE, "threeWayMerge", 3, 0, -1);
    derivative(ZYGOTE, "threeWayMerge", 1, 0, 0);
  }

  /** pow, pow_mut, pow_rec, pow_simd: gradient(f, 2, 3) == (12, nothing); pow_rec at n = 0: the constant 1. */
  @Test
  void zygotePowers() {
    for (String f : List.of("pow", "powMut", "powRec", "powSimd")) {
      gradient(ZYGOTE, f, new Class<?>[] {D, I}, new double[] {12}, 0, 2, 3);
    }
    gradient(ZYGOTE, "powRec", new Class<?>[] {D, I}, new double[] {0}, 0, 2, 0);
  }

  /** "tuple getindex": (1.0, 1.0, nothing) and (2, 1, nothing). */
  @Test
  void zygoteTupleGetindex() {
    gradient(ZYGOTE, "tupleRange", new Class<?>[] {D, D, D}, new double[] {1, 1, 0}, 0, 7, 8.8, 9.9);
    gradient(ZYGOTE, "tupleIndexVector", new Class<?>[] {D, D, D}, new double[] {2, 1, 0}, 0, 1, 2, 3);
  }

  /** "mutable struct, including Ref", "mutable accum_param bugs", baz: 7, 48, 6, 1. */
  @Test
  void zygoteMutables() throws Exception {
    derivative(ZYGOTE, "baz", 1, 0, 1);
    derivative(ZYGOTE, "mutableSquarePlus", 7, 0, 3);
    derivative(ZYGOTE, "nestedCube", 48, 0, 4);
    derivative(ZYGOTE, "tupleOfMutable", 6, 0, 3);
    arrayGradient(ZYGOTE, "refSquarePlus", new double[] {7}, 0, (Object) new double[] {3});
  }

  /** Array gradients of "misc", "Iterators", "splats", "accumulation", "tricky broadcasting", "withgradient". */
  @Test
  void zygoteArrays() throws Exception {
    arrayGradient(ZYGOTE, "sumSquares", new double[] {2, 4, 6}, 0, (Object) new double[] {1, 2, 3});
    arrayGradient(ZYGOTE, "tupleProduct", new double[] {3, 2}, 0, (Object) new double[] {2, 3});
    arrayGradient(ZYGOTE, "myprod", new double[] {6, 3, 2}, 0, (Object) new double[] {1, 2, 3});
    arrayGradient(ZYGOTE, "enumeratePowers", new double[] {1, 4, 27, 256, 3125}, 0, (Object) range(1, 5));
    arrayGradient(ZYGOTE, "enumerateIndexPowers", new double[] {1, 20, 30000}, 0, (Object) new double[] {1, 10, 100});
    double[] zip = new double[15];
    for (int i = 0; i < 5; i++) {
      zip[i] = 1.0 / (i + 1);
      zip[5 + i] = -(10.0 + i) / ((i + 1) * (i + 1));
    }
    arrayGradient(ZYGOTE, "zipQuotients", zip, 1e-15, range(10, 14), range(1, 10));
    double[] product = new double[15];
    for (int i = 0; i < 10; i++) product[i] = 10 * (i + 1);
    Arrays.fill(product, 10, 15, 10);
    arrayGradient(ZYGOTE, "productSum", product, 0, range(1, 10), range(3, 7));
    arrayGradient(ZYGOTE, "enumerateProduct", new double[] {8, 36, 112, 2004}, 0, (Object) new double[] {2, 4, 3, 5});
    arrayGradient(ZYGOTE, "maxSplat", new double[] {0, 0, 1}, 0, (Object) new double[] {1, 2, 3});
    gradient(ZYGOTE, "minSplat", new Class<?>[] {D, D, D}, new double[] {1, 0, 0}, 0, 1, 2, 3);
    double[] ones = new double[100];
    Arrays.fill(ones, 1);
    double[] expected = new double[100];
    Arrays.fill(expected, 131072);
    arrayGradient(ZYGOTE, "accumulationLoss", expected, 0, (Object) ones);
    // [1,2,3]: x = 2 sits on x < 2's switch; the test asserts the taken branch's 4 (and 6), as the program's is
    arrayGradient(ZYGOTE, "typeUnstable", new double[] {0, 4, 6}, 0, (Object) new double[] {1, 2, 3});
    arrayGradient(ZYGOTE, "plusFirst", new double[] {4, 1, 1}, 0, (Object) new double[] {1, 2, 3});
    arrayGradient(ZYGOTE, "minusPositive", new double[] {1, 1, 1, 1, 1}, 0,
        (Object) new double[] {0.3, -1.2, 0.8, -0.5, 1.7});
    arrayGradient(ZYGOTE, "divideConstants", new double[] {1, 0.5, 0.25}, 0, (Object) new double[] {1, 2, Math.PI});
    arrayGradient(ZYGOTE, "integerPowers", new double[] {1, -0.25, 8}, 1e-15, new double[] {1, 2, 4},
        new int[] {1, -1, 2});
    arrayGradient(ZYGOTE, "negativePower", new double[] {-1, -0.25, -0.0625}, 1e-15, new double[] {1, 2, 4}, -1);
    arrayGradient(ZYGOTE, "firstOfThree", new double[] {Math.cos(1), Math.cos(2), Math.cos(3)}, 1e-15,
        (Object) new double[] {1, 2, 3});
    gradient2(ZYGOTE, "divOfNamedTuple", 0.25, -0.1875, 3, 4);
    derivative(ZYGOTE, "f760", 123.93054835019153, 1e-12, 3);
  }

  /** "Iterators" sum([A[i,j] for i in 1:1, j in 1:2]) == [1 1 0; 0 0 0], and withgradient's 1 ./ x. */
  @Test
  void zygoteMatrixAndWithgradient() throws Exception {
    double[][] a = {{0.3, 0.8, 0.1}, {0.6, 0.2, 0.9}};
    double[][] abar = new double[2][3];
    method(ZYGOTE, "comprehensionIndex$adjoint").invoke(null, a, abar, 1.0);
    assertArrayEquals(new double[] {1, 1, 0}, abar[0], 0);
    assertArrayEquals(new double[] {0, 0, 0}, abar[1], 0);
    double[] x = {1, 2, 4};
    double[] xbar = new double[3];
    double value = (double) method(ZYGOTE, "sumReciprocals$adjoint").invoke(null, x, xbar, new double[3],
        new double[3], 1.0);
    assertEquals(1.75, value, 0);
    assertArrayEquals(new double[] {-1.0, -0.25, -0.0625}, xbar, 0);
  }

  /**
   * "Iterators.Filter": sum(x^2 for x in 2:9 if iseven(x)) == [4, 0, 8, 0, 12, 0, 16, 0] for Zygote (the taken
   * branch's 2x at the even points). The filter holds exactly there and the sum is discontinuous (the term drops on
   * both sides): the core warns, and both companions return NaN for the derivative at the even points, 0 at the odd
   * ones (their term is absent on both sides).
   */
  @Test
  void zygoteFilterAtItsEvenPoints() throws Exception {
    double[][] g = arrayGradients(ZYGOTE, "evenSquares", (Object) range(2, 9));
    for (double[] mode : g) {
      for (int i = 0; i < 8; i++) {
        if (i % 2 == 0) assertTrue(Double.isNaN(mode[i]), "NaN at the even point " + (i + 2));
        else assertEquals(0, mode[i], 0, "0 at the odd point " + (i + 2));
      }
    }
  }

  /**
   * test/lib/number.jl "nograds" and "basics": floor, ceil, round at 1 are 0 (Zygote's too); Int32(2) is 1 for Zygote
   * (its rule passes the derivative through the conversion) and 0 for Leibniz (README: casts to integers are
   * piecewise constant); +, // and the complex numbers' abs2 and real ∘ Complex as asserted.
   */
  @Test
  void zygoteNumberBasics() {
    for (String f : List.of("floor", "ceil", "round")) derivative(NUMBER, f, 0, 0, 1);
    derivative(NUMBER, "toInt32", 0, 0, 2); // Zygote: 1.0
    gradient(NUMBER, "plus4", new Class<?>[] {D, D, D, D}, new double[] {1, 1, 1, 1}, 0, 2, 3, 4, 5);
    gradient2(NUMBER, "rational", 0.5, -0.75, 3, 2);
    derivative(NUMBER, "abs2", 6, 0, 3);
    gradient2(NUMBER, "abs2Complex", 6, 4, 3, 2);
    gradient2(NUMBER, "realOfComplex", 1, 0, 3, 2);
  }

  /**
   * "literal_pow at zero (#1598)": sqrt(x^2) is 0 at the cusp 0.0 (the inner derivative 0 times sqrt's infinite one:
   * a strong zero, not NaN), 1 at 2.0, -1 at -2.0; x^2 and x^3 are 0 at 0.0, x^2 is 6 at 3.0; and broadcast.
   */
  @Test
  void zygoteLiteralPowAtZero() throws Exception {
    derivative(NUMBER, "sqrtOfSquare", 0, 0, 0);
    derivative(NUMBER, "sqrtOfSquare", 1, 0, 2);
    derivative(NUMBER, "sqrtOfSquare", -1, 0, -2);
    derivative(NUMBER, "square", 0, 0, 0);
    derivative(NUMBER, "cube", 0, 0, 0);
    derivative(NUMBER, "square", 6, 0, 3);
    arrayGradient(NUMBER, "sumSqrtOfSquares", new double[] {0, 1, -1}, 0, (Object) new double[] {0, 1, -2});
    arrayGradient(NUMBER, "sumSquares", new double[] {0, 2}, 0, (Object) new double[] {0, 1});
  }

  /**
   * "flipsign / copysign": gradient(flipsign, x, y) == (flipsign(1.0, y), nothing) and gradient(copysign, x, y) ==
   * (flipsign(1.0, x * y), nothing) for x in (0.8, -1.4), y in (2.3, -0.7); flipsign(x, -3.0) and copysign(x, -3.0)
   * at 2.0 are -1. flipsign is Julia's bit pattern (x's bits xor y's sign bit).
   */
  @Test
  void zygoteFlipsignCopysign() {
    for (double x : new double[] {0.8, -1.4}) {
      for (double y : new double[] {2.3, -0.7}) {
        gradient2(NUMBER, "flipsign", Math.copySign(1.0, y), 0, x, y);
        gradient2(NUMBER, "copysign", Math.copySign(1.0, x * y), 0, x, y);
      }
    }
    derivative(NUMBER, "flipsignMinus3", -1, 0, 2);
    derivative(NUMBER, "copysignMinus3", -1, 0, 2);
  }

  // ---- MyGrad ----

  /**
   * test_augmented_updates at a = arange(9), y = full(4, 2): the gradients the test asserts for *=, +=, /=, -=, **=.
   * The mask t2 < 4 switches at the element 4 (not taken, as in the test); **='s y.grad is arange(4) ** 2 *
   * log([1, 1, 2, 3]): 0 at the base 0 (0^y is 0 for every y > 0, so its derivative in y is 0; the rule's factor log 0
   * = -inf meets 0^2 = 0).
   */
  @Test
  void mygradAugmentedUpdates() throws Exception {
    double[] a = range(0, 8);
    double[] y = {2, 2, 2, 2};
    arrayGradient(MYGRAD, "augmentedMultiply", join(where(2, 1), new double[] {0, 1, 2, 3}), 0, a, y);
    arrayGradient(MYGRAD, "augmentedAdd", join(where(1, 1), new double[] {1, 1, 1, 1}), 0, a, y);
    arrayGradient(MYGRAD, "augmentedDivide", join(where(0.5, 1), new double[] {0, -0.25, -0.5, -0.75}), 0, a, y);
    arrayGradient(MYGRAD, "augmentedSubtract", join(where(1, 1), new double[] {-1, -1, -1, -1}), 0, a, y);
    double[] powT1 = {0, 2, 4, 6, 1, 1, 1, 1, 1};
    double[] powY = {0, 0, 4 * Math.log(2), 9 * Math.log(3)};
    arrayGradient(MYGRAD, "augmentedPower", join(powT1, powY), 1e-15, a, y);
  }

  private static double[] where(double below, double above) {
    double[] w = new double[9];
    for (int i = 0; i < 9; i++) w[i] = i < 4 ? below : above;
    return w;
  }

  private static double[] join(double[] a, double[] b) {
    return concat(List.of(a, b));
  }

  /** test_chainrule: the scalar rule's closed forms, identical inputs' 4, the interesting graph at -2..2. */
  @Test
  void mygradChainRule() {
    double x = 0.7, y = -1.3, z = 2.1, f = x * y + z;
    gradient(MYGRAD, "chainruleScalar", new Class<?>[] {D, D, D},
        new double[] {1 + 2 * z * f * y, 2 * z * f * x, f * f + 2 * z * f}, 1e-14, x, y, z);
    derivative(MYGRAD, "identicalInputs", 4, 0, 2);
    for (double v1 = -2; v1 <= 2; v1++) {
      for (double v2 = -2; v2 <= 2; v2++) {
        gradient2(MYGRAD, "interestingGraph", 4 * v1 * v1 * v1 * v2, v1 * v1 * v1 * v1, v1, v2);
      }
    }
    derivative(MYGRAD, "cosExp", Math.exp(0.4) * -Math.sin(Math.exp(0.4)), 1e-15, 0.4);
  }

  /**
   * test_maximum_bkwd_equal / test_minimum_bkwd_equal: MyGrad gives 0 to both arguments at a tie (x = [1, 0, 2],
   * y = [2, 0, 1]: x.grad [0, 0, 1], y.grad [1, 0, 0]); Leibniz's max gives a tie to the first argument (x.grad
   * [0, 1, 1]) and its min to the second (since the fifteenth peer round: y.grad [0, 1, 1]).
   */
  @Test
  void mygradMaximumMinimumAtTies() throws Exception {
    double[] x = {1, 0, 2};
    double[] y = {2, 0, 1};
    arrayGradient(MYGRAD, "maximumSum", new double[] {0, 1, 1, 1, 0, 0}, 0, x, y); // MyGrad: {0, 0, 1, 1, 0, 0}
    arrayGradient(MYGRAD, "minimumSum", new double[] {1, 0, 0, 0, 1, 1}, 0, x, y); // MyGrad: {1, 0, 0, 0, 0, 1}
  }

  /**
   * The activations' docstrings at arange(-5, 6): leaky_relu(slope 0.1)'s x.grad is 0.1 left of 0, 1 right, 0 at 0
   * (MyGrad: both ties of maximum(x, 0) + slope * minimum(x, 0) give 0); Leibniz's max tie takes x and its min tie the
   * 0: 1 there, the slope from the right (before the fifteenth peer round both took x: 1 + 0.1, neither side's). ELU
   * (alpha 0.1): alpha exp(x) left of 0, 1 from 0 on (where(x < 0, ...)), in both.
   */
  @Test
  void mygradActivationDocstrings() {
    Class<?>[] dd = {D, D};
    for (int k = -5; k <= 5; k++) {
      double leaky = k < 0 ? 0.1 : 1; // MyGrad: 0 at k = 0
      gradient(MYGRAD, "leakyRelu", dd, new double[] {leaky, Math.min(k, 0)}, 1e-15, k, 0.1);
      double elu = k < 0 ? 0.1 * Math.exp(k) : 1;
      ScalarFunction f = new ScalarFunction(MYGRAD.type, "elu", dd);
      assertEquals(elu, f.gradient(k, 0.1)[0], 1e-12, "elu' at " + k);
      assertEquals(elu, f.tangentGradient(k, 0.1)[0], 1e-12, "elu' at " + k);
    }
  }
}
