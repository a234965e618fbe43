package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;

import dev.leibniz.corpus.peers9.CodipackExpressions;
import dev.leibniz.corpus.peers9.TorchAutograd;
import dev.leibniz.corpus.peers9.XadFunctions;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The ninth peer round: functions from the test suites of AD tools that no earlier peer round used (CoDiPack's
 * tests/general expression tests, XAD's math, Hessian, Jacobian, checkpointing and partial-rollback tests, PyTorch's
 * test_autograd.py), ported to Java in {@code dev.leibniz.corpus.peers9} (each file's header names the source, commit
 * and licence; the GPL and AGPL sources rewritten from what each function computes) and classified by the same harness.
 * Entry ids start with {@code peers9/}. Kept apart from {@link Corpus} so that rounds merge without conflicts; {@link
 * Corpus#entries()} appends it. Points are the tests' own unless the comment next to one says why; the tests' values at
 * points where differences cannot serve (ties, kinks, jumps, singular points) are {@code NinthPeerEdgeCasesTest}'s.
 */
final class NinthPeerRound {
  private NinthPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(codipack(), xad(), torch()).flatMap(List::stream).toList();
  }

  private static double[] v(double... xs) {
    return xs;
  }

  /** A point of a CoDiPack test function func(x, y): its inputs and an output array of m. */
  private static Object[] io(int m, double... x) {
    return args(x, new double[m]);
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

  // ---- CoDiPack: tests/general/include/tests ----

  private static List<Entry> codipack() {
    String p = "peers9/codipack/tests/general/";
    Class<?> c = CodipackExpressions.class;
    return List.of(
        // the test's 41 points -10, -9.5, ..., 10 are each an integer or a half, where floor, ceil or round jumps (and 0
        // is abs's kink and cbrt's singular point): beside them here; CoDiPack's values at 0 are NinthPeerEdgeCasesTest's
        correct(p + "OneArgumentExpr1", c, "oneArgumentExpr1", io(21, -9.3), io(21, -2.2), io(21, 0.7), io(21, 3.1),
            io(21, 8.4)),
        // the test's half numbers (0.5 takes the branch x < 1); its whole numbers: the next entry
        correct(p + "OneArgumentExpr2", c, "oneArgumentExpr2", io(7, 0.5), io(7, 1.5), io(7, 4.5), io(7, 9.5)),
        // Hipparchus' Gamma.gamma tests x == rint(x) && x <= 0: the warned test's NaN applies only where both hold (since
        // the tenth peer round, GuardedEdge; NaN at a warned point before), so at whole x > 0 the general formula's
        // derivative, CoDiPack's Gamma(x) psi(x) (7.537 at 4)
        correct(p + "OneArgumentExpr2 (tgamma at the test's whole numbers)", c, "tgamma", args(2.0), args(4.0),
            args(4.5)),
        // not a point of the test's grid beside 0: erf and erfc at 0, where CoDiPack's std::erf gives 2 / sqrt(pi), as
        // the rule for Hipparchus' Erf.erf does (its code returns the constant 0 at x == 0.0; known wrong before the rule)
        correct(p + "OneArgumentExpr1 (erf, erfc at 0)", c, "erfAndErfc", io(2, 0)),
        correct(p + "OneArgumentExpr1 (erf, erfc beside 0)", c, "erfAndErfc", io(2, -0.3), io(2, 1e-3), io(2, 0.5)),
        correct(p + "OneArgumentExpr3", c, "oneArgumentExpr3", io(3, -0.95), io(3, -0.2), io(3, 0.35), io(3, 0.9)),
        // the test's 5 x 5 grid of multiples of 5 ties min and max (x0 = x1, or either = 5), puts copysign's x0 on 0 and
        // the base of pow at 0 or below (its partial in the exponent has no real value there): beside them here
        correct(p + "TwoArgumentExpr1", c, "twoArgumentExpr1", io(29, 10, -10), io(29, 10, -5), io(29, 2.5, 7.5),
            io(29, 7.5, -2.5)),
        // the grid makes x0 / x1 whole numbers, where fmod jumps: beside it here (every quotient 0.1 from a jump)
        correct(p + "TwoArgumentExpr2", c, "twoArgumentExpr2", io(15, -9.3, -4.1), io(15, -7.7, 3.6),
            io(15, 6.2, -2.9), io(15, 8.8, 4.3)),
        correct(p + "BigExpressions", c, "bigExpressions",
            io(1, 1.25, 2.5, 3.25, 4.5, 5.75, 6.25, 7.5, 8.5, 9.25, 10.25, 11.75, 12.5)),
        correct(p + "AssignOperators1", c, "assignOperators1", io(9, -10, -5), io(9, 5, 10)),
        correct(p + "AssignOperators2", c, "assignOperators2", io(3, -10, -5), io(3, 5, 10)),
        correct(p + "IncrementOperators", c, "incrementOperators", io(8, -1), io(8, 0), io(8, 1)),
        // the test's points pi/2, 0, 1, -1, 2, -2 are singular points of its functions (NinthPeerEdgeCasesTest): 0.5, 0.9
        correct(p + "OneArgumentExceptions", c, "oneArgumentExceptions", io(8, 0.5), io(8, 0.9)),
        // (-1, 0.5) is the test's; (0, 0), (1, 0), (0, -5) divide by 0 or take atan2 and hypot at the origin
        correct(p + "TwoArgumentExceptions", c, "twoArgumentExceptions", io(12, -1, 0.5), io(12, 1.3, -0.7)),
        correct(p + "ReferenceActiveType", c, "referenceActiveType", io(1, 0.5)),
        correct(p + "ExtFunctionCall", c, "extFunctionCall", io(1, 2, 3)),
        correct(p + "MatrixMatrixMultiplication", c, "matrixMatrixMultiplication", io(1, 2)));
  }

  // ---- XAD: test/ExpressionMath*_test.cpp, Hessian_test, Jacobian_test, Checkpointing_test, PartialRollback_test ----

  private static List<Entry> xad() {
    String p = "peers9/xad/test/";
    Class<?> c = XadFunctions.class;
    return List.of(
        // abs at 0 (XAD: 0) is NinthPeerEdgeCasesTest's
        correct(p + "ExpressionMath1/absAD", c, "abs", args(0.3), args(-0.3)),
        correct(p + "ExpressionMath1/absExpr", c, "absExpr", args(0.3), args(-0.3)),
        // inside [-c, c] too (not in the test), and at 0 where the two cubics meet with slope 0
        correct(p + "ExpressionMath1/sabsADAD", c, "smoothAbs", args(0.3, 0.001), args(-0.3, 0.001), args(0.0, 0.001),
            args(0.0004, 0.001), args(-0.0007, 0.001)),
        // (1.7, 1.7) is a tie, where smooth_max is differentiable (1/2 to each, XAD's value)
        correct(p + "ExpressionMath3/smaxADAD", c, "smoothMax", args(0.3, 0.7), args(1.7, -0.7), args(1.7, 1.7),
            args(1.7, 1.7004)),
        correct(p + "ExpressionMath3/sminADAD", c, "smoothMin", args(0.3, 0.7), args(1.7, -0.7), args(1.7, 1.7)),
        correct(p + "ExpressionMath3/smaxScalarAD", c, "smoothMaxScalar", args(1.1), args(0.6), args(0.7)),
        // the tie (1.7, 1.7) (XAD: 1/2 to each) is NinthPeerEdgeCasesTest's
        correct(p + "ExpressionMath3/maxADAD", c, "max", args(0.3, 0.7), args(1.7, -0.7)),
        correct(p + "ExpressionMath3/maxExprExpr2", c, "maxExprExpr", args(0.3, 0.7), args(1.7, -0.7)),
        correct(p + "ExpressionMath3/maxScalarAD", c, "maxScalar", args(1.1), args(0.6)),
        correct(p + "ExpressionMath3/minADAD", c, "min", args(0.3, 0.7), args(1.7, -0.7)),
        // the test's floor(1.0) etc. sit on the jumps (XAD: 0 there, NinthPeerEdgeCasesTest): 2.3 x at 1.3 and -0.7
        correct(p + "ExpressionMath1/floorExpr ceilExpr truncExpr roundExpr", c, "rounding", args(1.3, new double[4]),
            args(-0.7, new double[4])),
        correct(p + "ExpressionMath1/fmodAD", c, "fmod", args(1.3, 0.5)),
        correct(p + "ExpressionMath1/fmodExprExpr", c, "fmodExprExpr", args(1.3, 0.5)),
        correct(p + "ExpressionMath1/remainderAD", c, "remainder", args(1.3, 0.5)),
        correct(p + "ExpressionMath1/remquoAD", c, "remquo", args(1.3, 0.5, new int[1])),
        correct(p + "ExpressionMath1/atan2AD", c, "atan2", args(0.3, 0.5)),
        correct(p + "ExpressionMath1/hypotExprExpr", c, "hypot", args(0.3, 0.5)),
        correct(p + "ExpressionMath1/cbrtExpr", c, "cbrt", args(1.3)),
        correct(p + "ExpressionMath3/nextafterExprAD", c, "nextafter", args(0.1, 0.2), args(-0.1, -0.2)),
        correct(p + "ExpressionMath3/scalbnExpr", c, "scalbn", args(0.1)),
        correct(p + "ExpressionMath3/ldexpExpr", c, "ldexp", args(1.1)),
        // the test's 1024 is a power of 2, where the mantissa jumps (XAD: 2^-11, NinthPeerEdgeCasesTest): beside it
        correct(p + "ExpressionMath3/frexpExpr", c, "frexp", args(1000.0, new int[1]), args(1100.0, new int[1])),
        // the test's ±790.185598 too: there the differences' steps reach the next whole number and see the sawtooth's
        // mean slope 0 (XAD: 1, as Leibniz; NinthPeerEdgeCasesTest)
        correct(p + "ExpressionMath3/modfADScalar", c, "modf", args(1.2, new double[1]), args(-3.7, new double[1])),
        correct(p + "Hessian_test/QuadraticForwardAdjoint", c, "quadratic", args((Object) v(3, 2))),
        correct(p + "Hessian_test/SingleInputForwardAdjoint", c, "cubicPlusLinear", args((Object) v(3))),
        correct(p + "Hessian_test/FourInput (x0 sin x1 + x2 exp x3)", c, "sinExp", args((Object) v(1, 2, 3, 4))),
        correct(p + "Hessian_test/pow(x, 4) sum", c, "quartics", args((Object) v(1, 2, 3))),
        correct(p + "Hessian_test/x0 x1 x2", c, "product3", args((Object) v(1, 2, 3))),
        correct(p + "Hessian_test/sum of squares and cross terms", c, "squaresAndCrossTerms",
            args((Object) v(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16))),
        correct(p + "Jacobian_test/SimpleAdjoint", c, "jacobianSimple", args(v(3, 1), new double[2]),
            args(v(-2, 1), new double[2])),
        correct(p + "Checkpointing_test/g", c, "g", args(20, v(2.1))),
        correct(p + "Checkpointing_test/equidistantLoop", c, "f", args(20, 4, v(2.1))),
        correct(p + "Checkpointing_test/recursiveLoop", c, "gRec", args(0, 20, 4, v(2.1))),
        correct(p + "PartialRollback_test/MultiDerivativesInComplexLoop", c, "complexLoop", args(2.0, new double[4])),
        correct(p + "PartialRollback_test/MultiDerivativesInNestedLoop", c, "nestedLoop",
            args(0.3, 0.4, new int[] {1, 2, 3, 4}, new double[100])));
  }

  // ---- PyTorch: test/test_autograd.py ----

  private static List<Entry> torch() {
    String p = "peers9/torch/test_autograd/";
    Class<?> c = TorchAutograd.class;
    Random r = new Random(9);
    return List.of(
        // the tests' points are all zeros (torch asserts gradient 0 there): NinthPeerEdgeCasesTest; random points here
        correct(p + "test_norm_subgradient (10,) 2", c, "norm2", args((Object) randn(r, 10))),
        correct(p + "test_norm_subgradient (10, 10) 2", c, "norm2OfMatrix", args((Object) randn(r, 10, 10))),
        correct(p + "test_norm_subgradient (10,) 3, 1, 1.5", c, "normP", args(randn(r, 10), 3.0),
            args(randn(r, 10), 1.0), args(randn(r, 10), 1.5)),
        // the exponents' partial needs a positive base (a negative one has no real power): x from 0.5 to 1.5
        correct(p + "test_pow_zero_tensor_gradient (tensor exponent)", c, "powSum",
            args(v(0.5, 0.7, 0.9, 1.1, 1.3, 1.5), new double[6])),
        correct(p + "test_pow_zero_tensor_gradient (exponent 0)", c, "powSumScalar", args(v(0.5, 0.9, 1.5), 0.0)),
        correct(p + "test_pow_scalar_base", c, "powScalarBase",
            args(new double[][] {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}, new double[3][4])),
        correct(p + "test_hessian_vector", c, "hessianVector", args(randn(r, 2, 2), randn(r, 2, 2), new double[2][2])),
        correct(p + "test_inplace_view_backprop_base", c, "inplaceViewBackpropBase", args((Object) randn(r, 2, 2))),
        correct(p + "test_inplace_view_backprop_view_of_view", c, "inplaceViewBackpropViewOfView",
            args((Object) randn(r, 2, 2))),
        correct(p + "test_inplace_view_of_view", c, "inplaceViewOfView", args((Object) randn(r, 2, 2))),
        correct(p + "test_inplace_view_gradcheck", c, "inplaceViewGradcheck",
            args(randn(r, 4, 4), randn(r, 2, 2), new double[4][4])),
        correct(p + "test_inplace_view_backprop_view", c, "inplaceViewBackpropView", args(3.0)),
        correct(p + "test_inplace_view_modify_base", c, "inplaceViewModifyBase", args(1.0)),
        // the test's 3x3x3 tensors, 5 elements here
        correct(p + "test_lerp_tensor_weights", c, "lerp", args(randn(r, 5), randn(r, 5), randn(r, 5), new double[5])));
  }
}
