package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.knownWrong;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.peers8.MooncakeFullyInit;
import dev.leibniz.corpus.peers8.MooncakeResources;
import dev.leibniz.corpus.peers8.SwiftControlFlow;
import dev.leibniz.corpus.peers8.SwiftEnums.A;
import dev.leibniz.corpus.peers8.SwiftEnums.B;
import dev.leibniz.corpus.peers8.SwiftEnums.E;
import dev.leibniz.corpus.peers8.SwiftEnums.Wrapped;
import dev.leibniz.corpus.peers8.SwiftDense;
import dev.leibniz.corpus.peers8.TinygradOps;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;

/**
 * The eighth peer round: functions from the test suites of AD tools that no earlier peer round used (the Swift
 * compiler's test/AutoDiff/validation-test/control_flow.swift, Mooncake.jl's src/test_resources.jl, tinygrad's
 * test/backend/test_ops.py), ported to Java in {@code dev.leibniz.corpus.peers8} (each file's header names the source,
 * commit and licence) and classified by the same harness. Entry ids start with {@code peers8/}. Kept apart from
 * {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()} appends it. Points are the tests' own
 * (fixed here where the test draws them at random) unless the comment next to one says why; the tests' values at
 * points where differences cannot serve are {@code EighthPeerEdgeCasesTest}'s.
 */
final class EighthPeerRound {
  private EighthPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(swift(), mooncake(), tinygrad()).flatMap(List::stream).toList();
  }

  static final String SIGN_TIMES_AT_ZERO = "tinygrad's erf is sign(x) * g(|x|) (Abramowitz and Stegun 7.1.26, g(0) ="
      + " 1e-9): at x = 0 Math.signum is 0 and its derivative 0, so the companions give 0 where the function's slope"
      + " (and torch's erf's) is 2 / sqrt(pi) = 1.128 (tinygrad's own gradient, by the same formula, is 0 too); the core"
      + " warns at the product (Math.copySign(g, x) would carry g's slope)";

  static final String BOXED_INTO_OBJECTS = "the number is boxed into an Object[] (Julia's Vector{Any}) and dispatched on"
      + " its run-time class: a boxed value carries no derivative (located refusal at Double.valueOf)";

  private static double[] v(double... xs) {
    return xs;
  }

  /** A point of an elementwise op: its array, then an output array of the same length. */
  private static Object[] op(double[] x) {
    return args(x.clone(), new double[x.length]);
  }

  private static double[] randn(Random r, int n) {
    double[] a = new double[n];
    for (int i = 0; i < n; i++) a[i] = r.nextGaussian();
    return a;
  }

  private static double[][] randn(Random r, int n, int m) {
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) a[i] = randn(r, m);
    return a;
  }

  // ---- Swift: test/AutoDiff/validation-test/control_flow.swift ----

  private static List<Entry> swift() {
    String p = "peers8/swift/control_flow/";
    Class<?> c = SwiftControlFlow.class;
    return List.of(
        correct(p + "Conditionals/cond1", c, "cond1", args(4f), args(-10f)),
        // -1337 is the special case `x == -1337` (a jump: 0 there, 2x beside): EighthPeerEdgeCasesTest
        correct(p + "Conditionals/cond2", c, "cond2", args(4f), args(-10f)),
        correct(p + "Conditionals/cond3", c, "cond3", args(4f, 5f), args(-3f, -2f)),
        correct(p + "Conditionals/cond4_var", c, "cond4Var", args(3f)),
        correct(p + "Conditionals/cond_tuple_var", c, "condTupleVar", args(4f), args(-10f), args(-1337f)),
        correct(p + "Conditionals/cond_struct_var", c, "condStructVar", args(4f), args(-10f), args(-1337f)),
        correct(p + "Conditionals/cond_nestedstruct_var", c, "condNestedStructVar", args(4f), args(-10f), args(-1337f)),
        // (-1337, -5) is the special case `x == -1337` (x * x there, 0 beside): EighthPeerEdgeCasesTest
        correct(p + "Conditionals/guard2", c, "guard2", args(4f, 5f), args(-1337f, 5f), args(-3f, 2f)),
        correct(p + "Conditionals/guard2_var", c, "guard2Var", args(4f, 5f), args(-1337f, 5f), args(-3f, 2f)),
        correct(p + "Conditionals/guard3", c, "guard3", args(4f, 5f)),
        correct(p + "Conditionals/cond_generic", c, "condGenericCall", args(4f, 5f), args(-4f, 5f)),
        correct(p + "NestedConditionals/nested1", c, "nested1", args(11f), args(4f), args(-10f)),
        correct(p + "NestedConditionals/nested2", c, "nested2", args(4f, 20f), args(4f, 5f), args(-3f, -2f)),
        // (4, 20) is the special case `y == 20` (z + z there, -y beside): EighthPeerEdgeCasesTest
        correct(p + "NestedConditionals/nested3", c, "nested3", args(4f, 21f), args(4f, 5f), args(-3f, -2f)),
        correct(p + "NestedConditionals/TF-781", c, "tf781", args(3f, 10f)),
        // factorial and factorial_var2 recurse until x == 1: defined at whole numbers only (differences would never
        // stop): EighthPeerEdgeCasesTest
        correct(p + "Recursion/product", c, "product", args(10f, 3), args(-10f, 2), args(100f, 1)),
        correct(p + "Enums/enum_notactive2", c, "enumNotActive2", args(new A(10), 4f), args(new B(4, 5), 10f),
            args(new A(10), -10f), args(new B(4, 5), -1337f)),
        correct(p + "Enums/enum_indirect_notactive1", c, "enumIndirectNotActive1",
            args(new E(10, new A(3)), 2f), args(new Wrapped(new E(10, new A(3))), 2f), args(new E(10, new B(4, 5)), 2f)),
        correct(p + "Enums/optional_notactive1", c, "optionalNotActive1", args(null, 2f), args(10f, 2f)),
        correct(p + "Enums/Dense", c, "callDense", args(new SwiftDense(4, 5f), 2f),
            args(new SwiftDense(4, null), 2f)),
        correct(p + "Loops/for_loop", c, "forLoop", args(2f), args(3f)),
        correct(p + "Loops/repeat_while_loop_nested_repeat", c, "repeatWhileLoopNestedRepeat", args(2f), args(3f)),
        correct(p + "Loops/repeat_while_loop_condition", c, "repeatWhileLoopCondition", args(2f), args(3f)),
        correct(p + "Loops/loop_continue", c, "loopContinue", args(2f), args(3f)),
        correct(p + "Loops/nested_loop1", c, "nestedLoop1", args(2f), args(4f)),
        // the test's x = 2 makes inner whole numbers, where (int) (inner % 7) switches (8 - h gives case 0 and the
        // labelled break): 2.1 (counts 1 to 3) and 2.15 (count 4) keep every remainder at least 0.1 from a whole
        // number; 2.3 takes the break at once. The test's values at 2: EighthPeerEdgeCasesTest
        correct(p + "Loops/nested_loop2", c, "nestedLoop2",
            args(2.1f, 1), args(2.1f, 2), args(2.1f, 3), args(2.15f, 4), args(2.3f, 2)),
        correct(p + "Loops/issue 56342 loop in a method", c, "loopInMethod", args(0f), args(1f), args(1.3f)),
        correct(p + "BranchingCastInstructions/typeCheckOperator", c, "typeCheckOperator",
            args(3f, Integer.class), args(3f, Float.class)),
        correct(p + "ThrowingCalls/testComplexControlFlow", c, "testComplexControlFlow", args(3f), args(3.5f)),
        correct(p + "ThrowingCalls/testBooleanShortCircuitingOperations", c, "testBooleanShortCircuitingOperations",
            args(3f, true), args(3f, false)));
  }

  // ---- Mooncake.jl: src/test_resources.jl ----

  private static List<Entry> mooncake() {
    String p = "peers8/mooncake/test_resources/";
    Class<?> c = MooncakeResources.class;
    Random r = new Random(1);
    return List.of(
        correct(p + "bar", c, "bar", args(5.0, 4.0)),
        // 5.0 jumps to the label; 0.5 (< cos 0.5, not in the test) takes sin first
        correct(p + "goto_tester", c, "gotoTester", args(5.0), args(0.5)),
        correct(p + "phi_const_bool_tester", c, "phiConstBoolTester", args(5.0), args(-5.0)),
        correct(p + "phi_node_with_undefined_value", c, "phiNodeWithUndefinedValue", args(true, 4.0), args(false, 4.0)),
        correct(p + "test_multiple_phinode_block", c, "testMultiplePhinodeBlock", args(3.0, 3)),
        correct(p + "avoid_throwing_path_tester", c, "avoidThrowingPathTester", args(5.0)),
        correct(p + "test_self_reference", c, "testSelfReference", args(1.1, 1.5), args(1.5, 1.1)),
        correct(p + "test_recursive_sum", c, "testRecursiveSum", args((Object) randn(r, 2))),
        // -1.0 (not in the test) takes the sin branch
        correct(p + "test_isbits_multiple_usage_4", c, "testIsbitsMultipleUsage4", args(5.0), args(-1.0)),
        correct(p + "test_isbits_multiple_usage_5", c, "testIsbitsMultipleUsage5", args(4.1)),
        correct(p + "test_isbits_multiple_usage_phi", c, "testIsbitsMultipleUsagePhi", args(false, 1.1), args(true, 1.1)),
        correct(p + "test_multiple_call_non_primitive", c, "testMultipleCallNonPrimitive", args(5.0)),
        correct(p + "test_mutation!", c, "testMutation", args((Object) v(1.0, 2.0))),
        correct(p + "test_while_loop", c, "testWhileLoop", args(2.0)),
        correct(p + "test_for_loop", c, "testForLoop", args(3.0)),
        correct(p + "test_mutable_struct", c, "testMutableStruct", args(5.0)),
        correct(p + "test_struct_partial_init", c, "testStructPartialInit", args(3.5)),
        // the test's C 100x50 = A 100x30 * B 30x50, smaller here (the harness draws random directions beyond 24 inputs)
        correct(p + "test_naive_mat_mul!", c, "testNaiveMatMul", args(randn(r, 6, 5), randn(r, 6, 3), randn(r, 3, 5))),
        // the test's x 50x20, W1 70x50, W2 30x70, smaller here
        correct(p + "test_mlp", c, "testMlp", args(randn(r, 5, 3), randn(r, 4, 5), randn(r, 2, 4))),
        correct(p + "test_handwritten_sum", c, "testHandwrittenSum", args((Object) randn(r, 8, 8))),
        // the test's 10 000 elements, 12 here
        correct(p + "test_from_slack", c, "testFromSlack", args((Object) randn(r, 12))),
        correct(p + "_naive_map_sin_cos_exp", c, "naiveMapSinCosExp", args(new double[6], randn(r, 6))),
        refused(p + "test_primitive_dynamic_dispatch", c, "testPrimitiveDynamicDispatch", BOXED_INTO_OBJECTS, args(5.0)),
        correct(p + "type_unstable_function_eval", c, "typeUnstableFunctionEval",
            args((DoubleUnaryOperator) Math::sin, 5.0)),
        correct(p + "setfield_tester_left!", c, "setfieldTesterLeft",
            args(new MooncakeFullyInit(5.0, randn(r, 3)), 4.0)));
  }

  // ---- tinygrad: test/backend/test_ops.py ----

  private static List<Entry> tinygrad() {
    String p = "peers8/tinygrad/test_ops/";
    Class<?> c = TinygradOps.class;
    return List.of(
        // the tests' [-1, 0, 1]: at 0 relu has a kink (tinygrad's relu 0, maximum(x, 0) torch's 1/2 there, Leibniz's
        // first argument's 1): EighthPeerEdgeCasesTest; 0.5 here
        correct(p + "test_relu_exact", c, "relu", op(v(-1, 0.5, 1))),
        correct(p + "test_relu_maximum_exact", c, "reluByMaximum", op(v(-1, 0.5, 1))),
        // [1, 0, 3, -4] against 3 (and [-1, -2, 3, 0]) ties at one element, where maximum and minimum have no derivative
        // (torch and tinygrad 1/2 to each): moved off the tie by 0.5; the tie is EighthPeerEdgeCasesTest's
        correct(p + "test_maximum (scalar)", c, "maximumScalar", args(v(1, 0, 3.5, -4), 3.0, new double[4])),
        correct(p + "test_maximum", c, "maximum", args(v(1, 0, 3.5, -4), v(-1, -2, 3, 0), new double[4])),
        correct(p + "test_minimum", c, "minimum", args(v(1, 0, 3.5, -4), v(-1, -2, 3, 0), new double[4])),
        correct(p + "test_prod", c, "prod", args((Object) v(1, 2, 3)), args((Object) v(0, 2, 3)), args((Object) v(0, 0, 3))),
        // [1, 1, 0, 1] ties three ways (tinygrad and torch split the gradient evenly, Leibniz gives it to the first):
        // EighthPeerEdgeCasesTest; untied here
        correct(p + "test_max (mul 0.5)", c, "maxHalf", args((Object) new double[][] {{1.0, 1.2, 0.0, 1.1}})),
        // -2.5 and 1.5 sit on the bounds (tinygrad's where passes x through there: 1): EighthPeerEdgeCasesTest
        correct(p + "test_clip", c, "clip", args(v(-3.0, -2.4, 0, 1.4, 2), -2.5, 1.5, new double[5])),
        // sign jumps at 0 (derivative 0 elsewhere, 0 at 0 in all three tools): EighthPeerEdgeCasesTest
        correct(p + "test_sign", c, "sign", op(v(-1, 0.5, 1))),
        correct(p + "test_softsign", c, "softsign", op(v(-1, 0, 1))),
        correct(p + "test_logaddexp", c, "logaddexp", args(v(-1), v(-1, 2, 3), new double[3]),
            args(v(-100, -200, -300), v(-1, 2, 3), new double[3]), args(v(1, 2000, 30000), v(-1, 2, 3), new double[3])),
        correct(p + "test_logcumsumexp", c, "logcumsumexp", op(v(0, 100))),
        correct(p + "test_round_quantization_gradient", c, "roundQuantization", op(v(-1.2, -0.7, -0.2, 0.2, 0.7, 1.2))),
        correct(p + "test_lerp", c, "lerp", args(v(1, 2, 3), v(4, 5, 6), 0.5, new double[3])),
        correct(p + "test_pow (0.7 ** x)", c, "powOfConstantBase", args(v(-2, -1, 0, 1, 2, 3), 0.7, new double[6])),
        // the tests' x ** y at (0, 0), (0, 0.3), (0, -0.3) and x ** c at 0 are on pow's singular points
        // (EighthPeerEdgeCasesTest); points beside them here (x ** -1 at positive x: along c, a negative base has no
        // real power)
        correct(p + "test_pow_zero_tensor (beside zero)", c, "pow", args(0.5, 0.3), args(0.5, -0.3), args(0.5, 0.0)),
        correct(p + "test_pow_zero_const (x ** -1 beside zero)", c, "powConst", args(v(0.5, 1, 2), -1.0, new double[3])),
        correct(p + "test_erf", c, "erf", op(v(-1.5, -0.5, 0.3, 1.2))),
        // not in the test: erf at 0, where tinygrad's form multiplies by sign(x)
        knownWrong(p + "test_erf at 0", c, "erf", SIGN_TIMES_AT_ZERO, op(v(0.0))));
  }
}
