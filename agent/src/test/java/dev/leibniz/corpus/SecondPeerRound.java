package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.knownWrong;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.peers2.AutogradNumpy;
import dev.leibniz.corpus.peers2.StanLogSumExp;
import dev.leibniz.corpus.peers2.StanMath;
import dev.leibniz.corpus.peers2.StanSpecial;
import dev.leibniz.corpus.peers2.TangentDictInner;
import dev.leibniz.corpus.peers2.TangentDictOuter;
import dev.leibniz.corpus.peers2.TangentFunctions;
import dev.leibniz.corpus.peers2.TorchFunctional;
import java.util.List;
import java.util.stream.Stream;

/**
 * The second peer round: functions that AD tools not used by {@link PeerRound} differentiate in their own test suites
 * (Google's Tangent tests/functions.py; HIPS autograd's test_numpy and test_binary_ops; Stan Math's special functions
 * and densities; PyTorch's activation and loss kernels from its gradcheck OpInfos), ported to Java in {@code
 * dev.leibniz.corpus.peers2} (each file's header names the source, commit and licence) and classified by the same
 * harness. Entry ids start with {@code peers2/}. Kept apart from {@link Corpus} so that rounds merge without
 * conflicts; {@link Corpus#entries()} appends it. Every point keeps away from the functions' branch switches (the
 * comment next to a point says which switch is near where it matters).
 */
final class SecondPeerRound {
  private SecondPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(tangent(), autograd(), stan(), torch()).flatMap(List::stream).toList();
  }

  /** Stan's log_modified_bessel_first_kind at v == 0 or v == 1: a formula in z alone. */
  static final String BESSEL_WHOLE_ORDER = "with the core's warning: at the orders v = 0 and v = 1 the code switches to"
      + " rational approximations in z alone, so the companions give d/dv = 0 where differences see the function's slope"
      + " (-0.050 at v = 0, z = 2); the core warns at both exact tests 'v == 0' and 'v == 1' (StanSpecial.java:93, 103:"
      + " a special case for an equality with a constant), and Stan's own source says its autodiff is wrong there too";

  private static List<Entry> tangent() {
    return List.of(
        // multiarg_if: b = 3 at both points; 1.3 takes the last else (-a), -0.5 the first branch (a * a)
        correct("peers2/tangent/multiarg_if", TangentFunctions.class, "multiarg_if", args(1.3), args(-0.5)),
        correct("peers2/tangent/devilish_nested_if", TangentFunctions.class, "devilish_nested_if",
            args(1.2), args(4.0), args(-0.7)),
        correct("peers2/tangent/overwrite_ifelse", TangentFunctions.class, "overwrite_ifelse", args(1.3), args(-0.7)),
        correct("peers2/tangent/serial_for", TangentFunctions.class, "serial_for", args(1.1, 2), args(-0.8, 1)),
        correct("peers2/tangent/serial_forthenif", TangentFunctions.class, "serial_forthenif",
            args(1.1, 2), args(-0.6, 0)),
        // 1.5: squared three times (5.06 < 20 before the third); 3.0: twice (81 > 20 stops it)
        correct("peers2/tangent/cond_iterpower1", TangentFunctions.class, "cond_iterpower1",
            args(1.5), args(3.0), args(-0.8)),
        // trips: 1.3 and -0.9 halve 4 times (last value 0.081, -0.056; the switch at 1.6 and 0.8 / 1.6), 0.05 none
        correct("peers2/tangent/while_big", TangentFunctions.class, "while_big", args(1.3), args(-0.9), args(0.05)),
        correct("peers2/tangent/if_mul_with_call", TangentFunctions.class, "if_mul_with_call",
            args(1.3, 0.7), args(0.4, 1.1)),
        correct("peers2/tangent/iterpower_with_call", TangentFunctions.class, "iterpower_with_call", args(1.1, 3)),
        correct("peers2/tangent/iterpower_with_nested_def", TangentFunctions.class, "iterpower_with_nested_def",
            args(1.1, 3)),
        correct("peers2/tangent/test_subscript3", TangentFunctions.class, "test_subscript3",
            args((Object) new double[] {0.5, 1.2, -0.7, 2.0})),
        correct("peers2/tangent/passthru_pack", TangentFunctions.class, "passthru_pack",
            args(1.3, 0.7, -0.4, 1), args(1.3, 0.7, -0.4, 2)),
        correct("peers2/tangent/augassign", TangentFunctions.class, "augassign", args(1.3)),
        correct("peers2/tangent/init_array_grad_maybe_active", TangentFunctions.class, "init_array_grad_maybe_active",
            args((Object) new double[] {0.3, -1.2, 2.0})),
        correct("peers2/tangent/rnn", TangentFunctions.class, "rnn",
            args(new double[][] {{0.3, -1.2}, {2.0, 0.5}, {-0.7, 1.1}},
                new double[][] {{0.4, -0.3, 1.2}, {0.8, 0.1, -0.6}})),
        correct("peers2/tangent/bilinear", TangentFunctions.class, "bilinear",
            args(new double[] {0.3, -0.5}, new double[] {0.2, 0.7, -0.4},
                new double[][] {{0.1, -0.3, 0.2}, {0.5, 0.2, -0.1}, {-0.4, 0.3, 0.6}},
                new double[][] {{0.4, -0.2, 0.3}, {0.6, 0.1, -0.5}}, new double[] {0.1, -0.2, 0.05})),
        correct("peers2/tangent/logistic_regression", TangentFunctions.class, "logistic_regression",
            args(new double[][] {{0.3, -1.2}, {2.0, 0.5}, {-0.7, 1.1}}, new double[] {1.0, 0.0, 1.0},
                new double[] {0.4, -0.7}, 0.1)),
        correct("peers2/tangent/nested_dict", TangentFunctions.class, "nested_dict",
            args(new TangentDictOuter(new TangentDictInner(1.3, 0.7)))),
        correct("peers2/tangent/cart2polar", TangentFunctions.class, "cart2polar", args(1.3, 0.7), args(-0.5, 1.2)),
        correct("peers2/tangent/nested_if", TangentFunctions.class, "nested_if", args(1.3), args(12.0), args(-0.7)),
        correct("peers2/tangent/multivar_if", TangentFunctions.class, "multivar_if", args(1.3, 0.7), args(0.4, 1.1)),
        correct("peers2/tangent/superfor_iterpower", TangentFunctions.class, "superfor_iterpower", args(1.01)),
        correct("peers2/tangent/test_subscript2", TangentFunctions.class, "test_subscript2",
            args((Object) new double[] {0.5, 1.2, -0.7})),
        correct("peers2/tangent/active_subscript", TangentFunctions.class, "active_subscript",
            args((Object) new double[] {0.5, 1.2, -0.7})),
        correct("peers2/tangent/gradgrad_chain_of_multcalls", TangentFunctions.class, "gradgrad_chain_of_multcalls",
            args(1.1)),
        correct("peers2/tangent/fn_multiple_return", TangentFunctions.class, "fn_multiple_return", args(1.3)));
  }

  private static final double[][] M34 = {{0.3, -1.2, 2.0, 0.5}, {-0.7, 1.1, 0.9, -0.2}, {1.4, 0.6, -1.6, 0.8}};

  private static List<Entry> autograd() {
    return List.of(
        correct("peers2/autograd/test_max", AutogradNumpy.class, "max", args((Object) M34)),
        correct("peers2/autograd/test_max_axis", AutogradNumpy.class, "max_axis",
            args((Object) new double[][][] {{{0.3, -1.2}, {2.0, 0.5}, {-0.7, 1.1}}, {{0.9, -0.2}, {1.4, 0.6}, {-1.6, 0.8}}})),
        correct("peers2/autograd/test_index_slice_fanout", AutogradNumpy.class, "index_slice_fanout",
            args((Object) new double[][][] {{{0.3, -1.2}, {2.0, 0.5}, {-0.7, 1.1}, {0.2, 0.4}, {1.3, -0.1}},
                {{0.9, -0.2}, {1.4, 0.6}, {-1.6, 0.8}, {0.7, -0.5}, {0.1, 1.9}}})),
        correct("peers2/autograd/test_rot90", AutogradNumpy.class, "rot90", args((Object) M34)),
        correct("peers2/autograd/test_trace (offset)", AutogradNumpy.class, "trace", args(M34, 1), args(M34, -2)),
        correct("peers2/autograd/test_abs", AutogradNumpy.class, "abs", args(1.1), args(-1.1)),
        correct("peers2/autograd/test_sign", AutogradNumpy.class, "sign", args(1.1), args(-1.1)),
        correct("peers2/autograd/test_cumsum_axis1", AutogradNumpy.class, "cumsum_axis1", args((Object) M34)),
        correct("peers2/autograd/test_roll", AutogradNumpy.class, "roll", args((Object) M34)),
        correct("peers2/autograd/test_triu", AutogradNumpy.class, "triu",
            args((Object) new double[][] {{0.3, -1.2, 2.0, 0.5}, {-0.7, 1.1, 0.9, -0.2}, {1.4, 0.6, -1.6, 0.8},
                {0.2, 0.4, -0.3, 1.7}})),
        // away from the clip bounds 0.1 and 1.1 (each side of both)
        correct("peers2/autograd/test_clip", AutogradNumpy.class, "clip",
            args((Object) new double[][] {{-0.5, 0.4, 1.5}, {0.9, 2.0, 0.05}})),
        correct("peers2/autograd/test_prod_1", AutogradNumpy.class, "prod",
            args((Object) new double[][] {{0.3, 1.2, 0.5}, {1.1, 0.7, 0.9}})),
        correct("peers2/autograd/test_var_ddof", AutogradNumpy.class, "var", args(M34, 0), args(M34, 1)),
        correct("peers2/autograd/test_std_ddof", AutogradNumpy.class, "std", args(M34, 1), args(M34, 2)),
        correct("peers2/autograd/test_where", AutogradNumpy.class, "where",
            args(new boolean[][] {{true, false, true}, {false, false, true}},
                new double[][] {{0.3, -1.2, 2.0}, {0.5, -0.7, 1.1}}, new double[][] {{0.9, -0.2, 1.4}, {0.6, -1.6, 0.8}})),
        correct("peers2/autograd/test_index_dot_slices", AutogradNumpy.class, "index_dot_slices",
            args((Object) new double[] {0.3, 1.2, -0.5, 2.0})),
        // the last column's values are 0.3 or more from a whole number: the indices 1, -2 (row 3), 0, 3, 0
        correct("peers2/autograd/test_cast_to_int", AutogradNumpy.class, "cast_to_int",
            args((Object) new double[][] {{0.3, -1.2, 2.0, 1.7}, {-0.7, 1.1, 0.9, -2.3}, {1.4, 0.6, -1.6, 0.4},
                {0.2, 0.4, -0.3, 3.6}, {0.8, -0.9, 0.5, -0.6}})),
        correct("peers2/autograd/test_nan_to_num", AutogradNumpy.class, "nan_to_num",
            args((Object) new double[] {0.3, 1.2, -0.5, 2.0})),
        // bases positive (make_positive), exponents whole (np.round), as the test prepares them
        correct("peers2/autograd/test_pow", AutogradNumpy.class, "pow",
            args(new double[][] {{1.4, 2.3}, {1.9, 1.2}, {3.1, 1.6}}, new double[] {2.0, -1.0}),
            args(new double[][] {{1.4, 2.3}, {1.9, 1.2}, {3.1, 1.6}}, new double[] {0.0, 3.0})));
  }

  private static List<Entry> stan() {
    return List.of(
        correct("peers2/stan/log1p_exp", StanMath.class, "log1p_exp", args(1.3), args(-2.5), args(40.0)),
        correct("peers2/stan/log_inv_logit", StanMath.class, "log_inv_logit", args(-1.3), args(0.7), args(-50.0)),
        // each side of the switch at -0.693147 (log 2)
        correct("peers2/stan/log1m_exp", StanMath.class, "log1m_exp", args(-0.3), args(-2.0), args(-1e-4)),
        // each side of the switch at log(2^-52) = -36.04
        correct("peers2/stan/inv_logit", StanMath.class, "inv_logit", args(0.7), args(-1.3), args(-40.0)),
        correct("peers2/stan/log_diff_exp", StanMath.class, "log_diff_exp", args(1.3, 0.9), args(2.0, -1.5)),
        correct("peers2/stan/binary_log_loss", StanMath.class, "binary_log_loss", args(1, 0.3), args(0, 0.3)),
        correct("peers2/stan/log_sum_exp", StanMath.class, "log_sum_exp", args(1.3, 0.7), args(-0.4, 2.1),
            args(-800.0, -801.5)),
        correct("peers2/stan/log_sum_exp (vector)", StanLogSumExp.class, "log_sum_exp",
            args((Object) new double[] {0.3, -1.2, 2.0, 0.5}), args((Object) new double[] {-700.0, -702.0, -701.0})),
        // the erf branch, the erfc branch (x < -5)
        correct("peers2/stan/Phi", StanMath.class, "Phi", args(1.0), args(-0.3), args(-6.0)),
        // both below 10 (lgamma), y above 10 (Stirling for y, x + y), both above 10
        correct("peers2/stan/lbeta", StanMath.class, "lbeta", args(0.7, 2.5), args(30.0, 1.5), args(15.0, 40.0)),
        correct("peers2/stan/student_t_lpdf", StanMath.class, "student_t_lpdf",
            args(0.8, 3.5, -0.2, 1.7), args(-4.0, 0.9, 1.0, 0.5)),
        correct("peers2/stan/normal_lpdf", StanMath.class, "normal_lpdf",
            args(new double[] {0.3, -1.2, 2.0}, 0.4, 1.3)),
        correct("peers2/stan/gamma_lpdf", StanMath.class, "gamma_lpdf", args(new double[] {0.3, 1.2, 2.0}, 2.5, 1.7)),
        correct("peers2/stan/poisson_log_lpmf", StanMath.class, "poisson_log_lpmf",
            args(new int[] {0, 3, 7}, new double[] {0.3, 1.2, 2.0})),
        // the series (its do-while runs until the sum stops changing: 20 to 200 trips here), the asymptotic form
        // (z > 100 and lim < 10 eps), the v == 1 form (z < 7.75 and the medium one)
        correct("peers2/stan/log_modified_bessel_first_kind", StanSpecial.class, "log_modified_bessel_first_kind",
            args(2.5, 3.0), args(0.7, 150.0), args(0.7, 1e6)).with(StanMath.class),
        // v == 0 and v == 1: rational approximations in z alone, whose derivative in v is 0 (Stan's comment: "will not
        // autodiff for v = 0 correctly"); the core warns at both exact tests (not whole-number tests: no NaN)
        knownWrong("peers2/stan/log_modified_bessel_first_kind (v = 0, v = 1)", StanSpecial.class,
            "log_modified_bessel_first_kind", BESSEL_WHOLE_ORDER, args(0.0, 2.0), args(0.0, 20.0), args(1.0, 3.0),
            args(1.0, 20.0)).with(StanMath.class),
        correct("peers2/stan/softmax", StanSpecial.class, "softmax", args((Object) new double[] {0.3, -1.2, 2.0, 0.5})),
        correct("peers2/stan/log_softmax", StanSpecial.class, "log_softmax",
            args((Object) new double[] {0.3, -1.2, 2.0, 0.5})).with(StanLogSumExp.class),
        // n theta above 20, below -20 and between, in one call
        correct("peers2/stan/bernoulli_logit_lpmf", StanMath.class, "bernoulli_logit_lpmf",
            args(new int[] {1, 0, 1, 0}, new double[] {25.0, 23.0, 0.7, -1.3})));
  }

  private static List<Entry> torch() {
    return List.of(
        // beta x on each side of the threshold 20 (x = 12 with beta 2 above, the rest below)
        correct("peers2/torch/softplus (float)", TorchFunctional.class, "softplus",
            args(new float[] {0.3f, -1.2f, 12.0f, 2.0f}, 2.0f, 20.0f)),
        correct("peers2/torch/smooth_l1_loss", TorchFunctional.class, "smooth_l1_loss",
            args(new double[] {0.3, -1.2, 2.0, 0.5}, new double[] {0.1, 0.4, 0.2, 0.9}, 1.0)),
        correct("peers2/torch/huber_loss", TorchFunctional.class, "huber_loss",
            args(new double[] {0.3, -1.2, 2.0, 0.5}, new double[] {0.1, 0.4, 0.2, 0.9}, 1.0)),
        correct("peers2/torch/elu", TorchFunctional.class, "elu", args(new double[] {0.3, -1.2, 2.0, -0.5}, 1.0)),
        correct("peers2/torch/hardtanh_", TorchFunctional.class, "hardtanh_",
            args(new double[] {0.3, -1.2, 2.0, -0.5}, -1.0, 1.0)));
  }
}
