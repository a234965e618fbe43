package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.knownWrong;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.peers13.MyGradTests;
import dev.leibniz.corpus.peers13.ZygoteFeatures;
import dev.leibniz.corpus.peers13.ZygoteNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The thirteenth peer round: functions from the test suites of AD tools that no earlier peer round used (Zygote.jl's
 * test/features_tests.jl: control flow, loops, recursion, closures, globals, mutation, try/catch, structs, iterators;
 * MyGrad's tests: masked in-place updates, graphs with reuse, maximum/minimum/clip, losses and activations), ported to
 * Java in {@code dev.leibniz.corpus.peers13} (each file's header names the source, commit and licence) and classified
 * by the same harness. Entry ids start with {@code peers13/}. Kept apart from {@link Corpus} so that rounds merge
 * without conflicts; {@link Corpus#entries()} appends it. Points are the tests' own unless the comment next to one says
 * why; the tests' asserted values, and their points where differences cannot serve (ties, kinks, the base 0 of a
 * power), are {@code ThirteenthPeerEdgeCasesTest}'s.
 */
final class ThirteenthPeerRound {
  private ThirteenthPeerRound() {}

  /**
   * Zygote's "Iterators.Filter": sum(x^2 for x in 2:9 if iseven(x)) at the integers 2:9 themselves, where the filter
   * x % 2 == 0 holds exactly: the program is discontinuous there (differences 0: the term drops on both sides; Zygote
   * 4, 8, 12, 16 on the taken branch). The core warns at the line that its companions return NaN for the derivative
   * there and they do, for the sum; the harness's NaN-at-point rule wants every output NaN along the direction, but
   * the input array's own entries are outputs too (their tangent is the direction's 1), so it counts as wrong.
   */
  static final String EVEN_TEST = "x % 2 == 0 holds exactly at the test's integer points: the sum is discontinuous"
      + " there; the core warns that its companions return NaN for the derivative (they do, for the sum), but the"
      + " input array's entries, outputs too, are not NaN, which the harness's NaN-at-point rule does not allow";

  static List<Entry> entries() {
    return Stream.of(zygote(), zygoteNumber(), mygrad()).flatMap(List::stream).toList();
  }

  private static double[] v(double... xs) {
    return xs;
  }

  private static double[] range(int from, int to) {
    double[] r = new double[to - from + 1];
    for (int i = 0; i < r.length; i++) r[i] = from + i;
    return r;
  }

  // ---- Zygote.jl: test/features_tests.jl ----

  private static List<Entry> zygote() {
    String p = "peers13/zygote/features ";
    Class<?> c = ZygoteFeatures.class;
    List<Entry> e = new ArrayList<>();
    e.add(correct(p + "mul", c, "mul", args(2.0, 3.0)));
    e.add(correct(p + "b (global bool = true)", c, "b", args(3.0)));
    e.add(correct(p + "b (global bool = false)", c, "bAfterGlobalFalse", args(3.0)));
    e.add(correct(p + "gglobal (global closure)", c, "gglobal", args(2.0)));
    e.add(correct(p + "sum(x .* x)", c, "sumSquares", args((Object) v(1, 2, 3))));
    e.add(correct(p + "pow (while loop)", c, "pow", args(2.0, 3)));
    e.add(correct(p + "pow_mut (Ref)", c, "powMut", args(2.0, 3)));
    e.add(correct(p + "x -> 1", c, "constant", args(2.0)));
    e.add(correct(p + "t[1]*t[2] (tuple)", c, "tupleProduct", args((Object) v(2, 3))));
    e.add(correct(p + "x.re*x.im + x.re (complex)", c, "reImPlusRe", args(2.0, 3.0)));
    e.add(correct(p + "abs2(x * x.re) (complex)", c, "abs2TimesRe", args(4.0, 5.0)));
    e.add(correct(p + "mul_struct", c, "mulStruct", args(2.0, 3.0)));
    e.add(correct(p + "mul_tuple", c, "mulTuple", args(2.0, 3.0)));
    e.add(correct(p + "mul_lambda (capturing closure)", c, "mulLambda", args(2.0, 3.0)));
    e.add(correct(p + "*(a, b...) (splat)", c, "mulSplat", args(2.0, 3.0)));
    e.add(correct(p + "mul_kw", c, "mulKw", args(2.0, 3.0)));
    e.add(correct(p + "myprod", c, "myprod", args((Object) v(1, 2, 3))));
    e.add(refused(p + "Dict", c, "dict", PeerRound.BOXED, args(2.0)));
    e.add(correct(p + "pow_rec (recursion)", c, "powRec", args(2.0, 3), args(2.0, 0)));
    e.add(correct(p + "H = [1 x; 3 4]; sum(H)", c, "sumMatrixLiteral", args(2.0)));
    e.add(correct(p + "throw if x < 0", c, "throwIfNegative", args(2.0)));
    // the test's point 1; -1 takes the other branch (3); 0 is a kink (ThirteenthPeerEdgeCasesTest)
    e.add(correct(p + "three-way control flow merge", c, "threeWayMerge", args(1.0), args(-1.0)));
    e.add(correct(p + "if true elseif true", c, "emptyBranches", args(1.0)));
    e.add(correct(p + "Global Params x*global_param", c, "timesGlobalParam", args(2.0)));
    // a static double field written (reset, then *= x in a loop) and returned: the static is scratch, its reads promoted
    // to values carried by the loop (objects.StaticAccumulatorsTest)
    e.add(correct(p + "Global Params pow_global", c, "powGlobal", args(2.0, 3)));
    e.add(correct(p + "pow_try (try/catch)", c, "powTry", args(1.0)));
    e.add(correct(p + "pow_simd", c, "powSimd", args(2.0, 3)));
    e.add(correct(p + "tuple getindex [1:2]", c, "tupleRange", args(7.0, 8.8, 9.9)));
    e.add(correct(p + "tuple getindex [[1,2,1]]", c, "tupleIndexVector", args(1.0, 2.0, 3.0)));
    e.add(correct(p + "@timed", c, "timed", args(0.0)));
    e.add(correct(p + "MyMutable baz (foo! writes a field)", c, "baz", args(1.0)));
    e.add(correct(p + "mutable struct x.value^2 + x.value", c, "mutableSquarePlus", args(3.0)));
    e.add(correct(p + "Ref x.x^2 + x.x", c, "refSquarePlus", args((Object) v(3))));
    e.add(correct(p + "mutable accum_param x.x.x^3 (Imm(Mut))", c, "nestedCube", args(4.0)));
    e.add(correct(p + "mutable accum_param x[1].x^2 ((Mut,))", c, "tupleOfMutable", args(3.0)));
    e.add(correct(p + "Iterators enumerate x^i", c, "enumeratePowers", args((Object) range(1, 5))));
    e.add(correct(p + "Iterators enumerate xs[i]^i", c, "enumerateIndexPowers", args((Object) v(1, 10, 100))));
    e.add(correct(p + "Iterators zip", c, "zipQuotients", args(range(10, 14), range(1, 10))));
    e.add(knownWrong(p + "Iterators.Filter iseven", c, "evenSquares", EVEN_TEST, args((Object) range(2, 9))));
    e.add(correct(p + "Iterators.Product", c, "productSum", args(range(1, 10), range(3, 7))));
    e.add(correct(p + "Iterators A[i,j] for i in 1:1, j in 1:2", c, "comprehensionIndex",
        args((Object) new double[][] {{0.3, 0.8, 0.1}, {0.6, 0.2, 0.9}})));
    e.add(correct(p + "Iterators.Product with enumerate", c, "enumerateProduct", args((Object) v(2, 4, 3, 5))));
    // [1,2,3] and (1,2,3) have no ties
    e.add(correct(p + "splats max(x...)", c, "maxSplat", args((Object) v(1, 2, 3))));
    e.add(correct(p + "splats min(x...)", c, "minSplat", args(1.0, 2.0, 3.0)));
    double[] ones = new double[100];
    java.util.Arrays.fill(ones, 1.0);
    e.add(correct(p + "accumulation (Zygote#905)", c, "accumulationLoss", args((Object) ones)));
    // x < 2 at 1 is away from the switch; [1,2,3]'s 2 sits on it (x^2 = 4 on the right, 0 on the left): 2.5 instead
    e.add(correct(p + "tricky broadcasting type unstable", c, "typeUnstable", args((Object) v(1, 2.5, 3))));
    e.add(correct(p + "tricky broadcasting x .+ Ref(x[1])", c, "plusFirst", args((Object) v(1, 2, 3))));
    e.add(correct(p + "tricky broadcasting x .- (x .> 0)", c, "minusPositive",
        args((Object) v(0.3, -1.2, 0.8, -0.5, 1.7))));
    e.add(correct(p + "tricky broadcasting x ./ [1,2,4]", c, "divideConstants", args((Object) v(1, 2, Math.PI))));
    e.add(correct(p + "tricky broadcasting x .^ [1,-1,2]", c, "integerPowers", args(v(1, 2, 4), new int[] {1, -1, 2})));
    e.add(correct(p + "tricky broadcasting z -> z^p, p = -1", c, "negativePower", args(v(1, 2, 4), -1)));
    e.add(correct(p + "Dict (Zygote#760) i^x", c, "f760", args(3.0)));
    e.add(correct(p + "withgradient 1 ./ x", c, "sumReciprocals", args(v(1, 2, 4), new double[3])));
    e.add(correct(p + "withgradient (div = x/y, mul = x*y)", c, "divOfNamedTuple", args(3.0, 4.0)));
    e.add(correct(p + "withgradient first∘f3", c, "firstOfThree", args((Object) v(1, 2, 3))));
    return e;
  }

  // ---- Zygote.jl: test/lib/number.jl ----

  private static List<Entry> zygoteNumber() {
    String p = "peers13/zygote/number ";
    Class<?> c = ZygoteNumber.class;
    List<Entry> e = new ArrayList<>();
    // floor, ceil, round, Int32 at the test's integers are jumps (ThirteenthPeerEdgeCasesTest): 1.3 and 2.3 here
    e.add(correct(p + "nograds floor", c, "floor", args(1.3)));
    e.add(correct(p + "nograds ceil", c, "ceil", args(1.3)));
    e.add(correct(p + "nograds round", c, "round", args(1.3)));
    e.add(correct(p + "basics Int32", c, "toInt32", args(2.3)));
    e.add(correct(p + "basics +(2.0, 3, 4.0, 5.0)", c, "plus4", args(2.0, 3.0, 4.0, 5.0)));
    e.add(correct(p + "basics //(3, 2)", c, "rational", args(3.0, 2.0)));
    // the cusp at 0: differences of |x| there are 0, Zygote's value (#1598)
    e.add(correct(p + "literal_pow at zero sqrt(x^2)", c, "sqrtOfSquare", args(0.0), args(2.0), args(-2.0)));
    e.add(correct(p + "literal_pow at zero x^2", c, "square", args(0.0), args(3.0)));
    e.add(correct(p + "literal_pow at zero x^3", c, "cube", args(0.0)));
    e.add(correct(p + "literal_pow at zero sum(sqrt.(x.^2))", c, "sumSqrtOfSquares", args((Object) v(0, 1, -2))));
    e.add(correct(p + "literal_pow at zero sum(x.^2)", c, "sumSquares", args((Object) v(0, 1))));
    e.add(correct(p + "flipsign (sign bit xor)", c, "flipsign", args(0.8, 2.3), args(0.8, -0.7), args(-1.4, 2.3),
        args(-1.4, -0.7)));
    e.add(correct(p + "copysign", c, "copysign", args(0.8, 2.3), args(0.8, -0.7), args(-1.4, 2.3), args(-1.4, -0.7)));
    e.add(correct(p + "flipsign(x, -3.0)", c, "flipsignMinus3", args(2.0)));
    e.add(correct(p + "copysign(x, -3.0)", c, "copysignMinus3", args(2.0)));
    e.add(correct(p + "Complex numbers abs2", c, "abs2", args(3.0)));
    e.add(correct(p + "Complex numbers abs2 (complex)", c, "abs2Complex", args(3.0, 2.0)));
    e.add(correct(p + "Complex numbers real ∘ Complex", c, "realOfComplex", args(3.0, 2.0)));
    return e;
  }

  // ---- MyGrad ----

  private static List<Entry> mygrad() {
    String p = "peers13/mygrad/";
    Class<?> c = MyGradTests.class;
    double[] arange9 = range(0, 8);
    for (int i = 0; i < arange9.length; i++) arange9[i] += 0.25;
    double[] twos = v(2, 2, 2, 2);
    List<Entry> e = new ArrayList<>();
    // the test's arange(9) has the mask's switch (t2 < 4) at its element 4 and the base 0 of **= at its element 0:
    // differences cannot serve there, so arange(9) + 0.25 here (four elements still masked); the test's own values
    // and gradients are ThirteenthPeerEdgeCasesTest's
    e.add(correct(p + "test_augmented_updates multiply", c, "augmentedMultiply", args(arange9.clone(), twos.clone())));
    e.add(correct(p + "test_augmented_updates add", c, "augmentedAdd", args(arange9.clone(), twos.clone())));
    e.add(correct(p + "test_augmented_updates divide", c, "augmentedDivide", args(arange9.clone(), twos.clone())));
    e.add(correct(p + "test_augmented_updates subtract", c, "augmentedSubtract", args(arange9.clone(), twos.clone())));
    e.add(correct(p + "test_augmented_updates power", c, "augmentedPower", args(arange9.clone(), twos.clone())));
    e.add(correct(p + "test_chainrule test_chainrule_scalar", c, "chainruleScalar", args(0.7, -1.3, 2.1),
        args(1e3, 0.5, -2.0)));
    e.add(correct(p + "test_chainrule test_identical_inputs", c, "identicalInputs", args(2.0)));
    e.add(correct(p + "test_chainrule test_interesting_graph", c, "interestingGraph", args(-2.0, 1.0), args(2.0, -2.0),
        args(1.0, 0.0), args(0.0, 2.0)));
    e.add(correct(p + "test_chainrule test_interesting_graph (v4 constant)", c, "interestingGraphConstantV4",
        args(-2.0, 1.0, 4.0), args(2.0, -2.0, -8.0)));
    e.add(correct(p + "test_chainrule test_non_broadcastable", c, "cosExp", args(-3.0), args(0.4), args(2.5)));
    e.add(correct(p + "test_pow_special_cases x ** 1", c, "powOne", args(-2.5, 1), args(0.7, 1), args(3.0, 1)));
    e.add(correct(p + "test_pow_special_cases x ** 2", c, "powTwo", args(-2.5), args(0.0), args(3.0)));
    e.add(correct(p + "test_misc test_maximum_bkwd", c, "maximumSum", args(v(1, -3, 2.5), v(2, 0.5, 1))));
    e.add(correct(p + "test_misc test_minimum_bkwd", c, "minimumSum", args(v(1, -3, 2.5), v(2, 0.5, 1))));
    e.add(correct(p + "test_misc test_clip_bkwd", c, "clipSum", args(v(-5, 0.3, 7, 2), v(-1, -1, -1, 3), v(1, 1, 1, 4))));
    e.add(correct(p + "test_logaddexp long form", c, "logaddexpLongForm", args(3.0, 1.0), args(-20.0, 2.0),
        args(2.0, 2.0)));
    e.add(correct(p + "test_logaddexp", c, "logaddexp", args(3.0, 1.0), args(-20.0, 2.0), args(1.0, 3.0)));
    double[][] scores = {{0.3, 0.6, 0.1}, {0.2, 0.5, 0.9}};
    int[] targets = {1, 2};
    e.add(correct(p + "test_focal_loss focal_bkwd (numpy_focal_loss)", c, "focalLoss",
        args(copy(scores), targets, 0.7, 2.0, new double[2]), args(copy(scores), targets, -1.5, 1.0, new double[2]),
        args(copy(scores), targets, 1.0, 0.0, new double[2])));
    e.add(correct(p + "test_focal_loss softmax_focal_bkwd", c, "softmaxFocalLoss",
        args(copy(scores), targets, 0.7, 2.0, new double[2]), args(copy(scores), targets, 1.0, 0.0, new double[2])));
    e.add(correct(p + "focal_loss (1 - pc + 1e-14) ** gamma", c, "focalLossMyGrad",
        args(copy(scores), targets, 0.7, 2.0, new double[2]), args(copy(scores), targets, 1.0, 0.5, new double[2])));
    e.add(correct(p + "test_margin_ranking simple_loss", c, "marginRanking",
        args(new double[][] {{0.3, -1.2}, {2.0, 0.1}}, new double[][] {{0.9, 0.4}, {-1.0, 0.3}}, new int[] {1, -1},
            0.5)));
    e.add(correct(p + "test_hinge test_multiclass_hinge", c, "multiclassHinge",
        args(new double[][] {{0.3, 1.2, -0.5, 2.0}, {1.7, 0.2, 0.9, -1.1}, {0.4, 0.6, 0.5, 3.0}}, new int[] {3, 0, 1})));
    e.add(correct(p + "activations hard_tanh", c, "hardTanh", args(-3.0, -1.0, 1.0), args(0.4, -1.0, 1.0),
        args(2.5, -1.0, 1.0), args(0.4, -0.5, 2.0)));
    // the docstring's arange(-5, 6) without 0 (a kink: ThirteenthPeerEdgeCasesTest)
    e.add(correct(p + "activations leaky_relu", c, "leakyRelu", args(-5.0, 0.1), args(-1.0, 0.1), args(1.0, 0.1),
        args(5.0, 0.1)));
    e.add(correct(p + "activations elu", c, "elu", args(-5.0, 0.1), args(-1.0, 0.1), args(1.0, 0.1), args(5.0, 0.1)));
    e.add(correct(p + "activations glu", c, "glu",
        args(new double[][] {{0.3, -1.2, 0.8, 2.0}, {-0.5, 1.1, 0.4, -0.9}}, new double[2][2])));
    e.add(correct(p + "activations soft_sign", c, "softSign", args(-3.0), args(0.4), args(2.0)));
    e.add(correct(p + "activations selu", c, "selu", args(-3.0), args(-0.2), args(0.4), args(2.0)));
    return e;
  }

  private static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) c[i] = m[i].clone();
    return c;
  }
}
