package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.knownWrong;

import dev.leibniz.corpus.peers3.AdeptDerivatives;
import dev.leibniz.corpus.peers3.AdeptTests;
import dev.leibniz.corpus.peers3.CeresAutoDiff;
import dev.leibniz.corpus.peers3.CeresJet;
import dev.leibniz.corpus.peers3.CeresRotation;
import dev.leibniz.corpus.peers3.Micrograd;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The third peer round: functions from the test suites of AD tools that neither {@link PeerRound} nor {@link
 * SecondPeerRound} used (Ceres Solver's Jet, autodiff and rotation tests; Adept 2's test programs and interp; Karpathy's
 * micrograd), ported to Java in {@code dev.leibniz.corpus.peers3} (each file's header names the source, commit and
 * licence) and classified by the same harness. Entry ids start with {@code peers3/}. Kept apart from {@link Corpus} so
 * that rounds merge without conflicts; {@link Corpus#entries()} appends it. Points keep away from the functions' branch
 * switches unless the test itself is about the switch (the comment next to a point says which).
 */
final class ThirdPeerRound {
  private ThirdPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(ceresAutoDiff(), ceresRotation(), ceresJet(), adept(), micrograd())
        .flatMap(List::stream).toList();
  }

  /** Adept's Toon scheme past the step where two neighbours nearly coincide. */
  static final String TOON_CANCELLATION = "the program's own derivative, not the function's: at step 7 two neighbouring"
      + " boxes come within 1.7e-10 of each other, and the flux (q_i^c q_{i+1}^(1-c) - q_{i+1}) q_i / (q_i - q_{i+1}),"
      + " smooth there (a removable singularity), is differentiated by the quotient rule, whose terms of size 1/delta^2"
      + " cancel: rounding in log(q_i / q_{i+1}) (1e-16 absolute) becomes an O(1) error in d/dc (exact dual numbers in"
      + " Python: 1.539 at 10 steps, the companions 1.085, differences 1.330 at steps 1e-3 to 1e-5; along e_0 and e_50"
      + " all three agree to 1e-9); Adept's test only asks for no NaN";

  private static double[] lifted(double[] field, double by) {
    double[] out = field.clone();
    for (int i = 0; i < out.length; i++) out[i] += by;
    return out;
  }

  private static double[] rotation(double... angleAxis) {
    double[] r = new double[9];
    CeresRotation.angleAxisToRotationMatrix(angleAxis, r);
    return r;
  }

  private static List<Entry> ceresAutoDiff() {
    double[] p = {0.84, 0.39, 0.78, 0.80, 0.91, 0.20, 0.34, 0.77, 0.28, 0.55, 0.48, 0.63};
    double[] x = {0.36, 0.51, 0.95, 0.92};
    double[] px = new double[16];
    System.arraycopy(p, 0, px, 0, 12);
    System.arraycopy(x, 0, px, 12, 4);
    return List.of(
        correct("peers3/ceres/autodiff_test/Projective", CeresAutoDiff.class, "projective", args(p, x, new double[2])),
        correct("peers3/ceres/autodiff_test/Projective (packed P_X)", CeresAutoDiff.class, "projectivePacked",
            args(px, new double[2])),
        correct("peers3/ceres/autodiff_test/Metric", CeresAutoDiff.class, "metric",
            args(new double[] {0.64, 0.72, 0.14, 0.61}, new double[] {0.02, 0.24, 0.14}, new double[] {0.80, 0.16, 0.40},
                new double[2])),
        correct("peers3/ceres/autodiff_test/VaryingResidualFunctor", CeresAutoDiff.class, "varyingResiduals",
            args(new double[] {1.0, 5.5}, new double[5])).on(construct(5)));
  }

  private static List<Entry> ceresRotation() {
    double[] unitQ = {0.8, 0.36, 0.48, 0.0};
    double[] pt = {1.2, -0.7, 0.5};
    return List.of(
        // theta^2 > 0 and the Taylor branch at exactly the origin
        correct("peers3/ceres/rotation/AngleAxisToQuaternion", CeresRotation.class, "angleAxisToQuaternion",
            args(new double[] {0.3, -0.5, 0.8}, new double[4]), args(new double[] {0.0, 0.0, 0.0}, new double[4])),
        // cos(theta) >= 0, cos(theta) < 0 (the atan2 of the negated pair), zero rotation (Taylor branch)
        correct("peers3/ceres/rotation/QuaternionToAngleAxis", CeresRotation.class, "quaternionToAngleAxis",
            args(unitQ.clone(), new double[3]), args(new double[] {-0.6, 0.48, 0.64, 0.0}, new double[3]),
            args(new double[] {1.0, 0.0, 0.0, 0.0}, new double[3])),
        // trace >= 0; trace < 0 with the largest diagonal entry at 0, 1 and 2 (quaternion[i + 1] by a computed index)
        correct("peers3/ceres/rotation/RotationMatrixToQuaternion", CeresRotation.class, "rotationMatrixToQuaternion",
            args(rotation(0.2, -0.1, 0.3), new double[4]), args(rotation(2.5, 0.3, 0.2), new double[4]),
            args(rotation(0.3, 2.5, 0.2), new double[4]), args(rotation(0.2, 0.3, 2.5), new double[4])),
        correct("peers3/ceres/rotation/RotationMatrixToAngleAxis", CeresRotation.class, "rotationMatrixToAngleAxis",
            args(rotation(0.2, -0.1, 0.3), new double[3]), args(rotation(0.3, 2.5, 0.2), new double[3])),
        // Rodrigues; theta^2 below epsilon (first-order branch); the origin
        correct("peers3/ceres/rotation/AngleAxisToRotationMatrix", CeresRotation.class, "angleAxisToRotationMatrix",
            args(new double[] {0.3, -0.5, 0.8}, new double[9]), args(new double[] {1e-9, -2e-9, 5e-9}, new double[9]),
            args(new double[] {0.0, 0.0, 0.0}, new double[9])),
        correct("peers3/ceres/rotation/EulerAnglesToRotationMatrix", CeresRotation.class, "eulerAnglesToRotationMatrix",
            args(new double[] {30.0, -20.0, 45.0}, new double[9])),
        correct("peers3/ceres/rotation/QuaternionToRotation", CeresRotation.class, "quaternionToRotation",
            args(new double[] {0.9, 0.3, -0.2, 0.4}, new double[9])),
        correct("peers3/ceres/rotation/UnitQuaternionRotatePoint", CeresRotation.class, "unitQuaternionRotatePoint",
            args(unitQ.clone(), pt.clone(), new double[3])),
        correct("peers3/ceres/rotation/QuaternionRotatePoint", CeresRotation.class, "quaternionRotatePoint",
            args(new double[] {0.9, 0.3, -0.2, 0.4}, pt.clone(), new double[3])),
        correct("peers3/ceres/rotation/QuaternionProduct", CeresRotation.class, "quaternionProduct",
            args(new double[] {0.9, 0.3, -0.2, 0.4}, new double[] {-0.3, 0.7, 0.1, 0.5}, new double[4])),
        correct("peers3/ceres/rotation/CrossProduct", CeresRotation.class, "crossProduct",
            args(pt.clone(), new double[] {-0.3, 0.7, 0.1}, new double[3])),
        // Rodrigues; below epsilon; the origin
        correct("peers3/ceres/rotation/AngleAxisRotatePoint", CeresRotation.class, "angleAxisRotatePoint",
            args(new double[] {0.3, -0.5, 0.8}, pt.clone(), new double[3]),
            args(new double[] {1e-9, -2e-9, 5e-9}, pt.clone(), new double[3]),
            args(new double[] {0.0, 0.0, 0.0}, pt.clone(), new double[3])));
  }

  private static List<Entry> ceresJet() {
    return List.of(
        // t inside (-pi, pi): the angle comes back
        correct("peers3/ceres/jet_test/Trigonometric atan2(r sin t, r cos t)", CeresJet.class, "atan2_polar",
            args(0.7, 2.3), args(2.9, 2.3), args(-2.9, 2.3)),
        correct("peers3/ceres/jet_test/Abs abs(-x*x)", CeresJet.class, "abs_neg_square", args(2.3), args(-2.3)),
        correct("peers3/ceres/jet_test/Cbrt", CeresJet.class, "cbrt", args(-1.0), args(-1e-5), args(1e-5), args(1.0)),
        correct("peers3/ceres/jet_test/Log1p log1p(expm1(x))", CeresJet.class, "log1p_expm1", args(2.3), args(1e-16)),
        // the test's points but +-1e-200: there the differences' step scales with |x| (about 1e-206) and 2^x rounds to 1
        // on both sides, so they read 0 where the derivative is ln 2 (the companions' 0.693 is right: an oracle limit)
        correct("peers3/ceres/jet_test/Exp2", CeresJet.class, "exp2", args(-1.0), args(-1e-5), args(0.0), args(1e-5),
            args(1.0)),
        correct("peers3/ceres/jet_test/Log10", CeresJet.class, "log10", args(1e-5), args(1.0), args(98.76)),
        correct("peers3/ceres/jet_test/Log2", CeresJet.class, "log2", args(1e-5), args(1.0), args(100.0)),
        correct("peers3/ceres/jet_test/Erf", CeresJet.class, "erf", args(-1.0), args(1e-5), args(0.5), args(100.0)),
        correct("peers3/ceres/jet_test/Erfc", CeresJet.class, "erfc", args(-1.0), args(1e-5), args(0.5), args(100.0)),
        correct("peers3/ceres/jet_test/Pow pow(x, y)", CeresJet.class, "pow", args(2.3, 1.7)),
        // the test's special cases: pow(0, 2) has gradient (0, 0), pow(0, 1) has (1, 0)
        correct("peers3/ceres/jet_test/Pow pow(0, y) for y = 2 and y = 1", CeresJet.class, "pow", args(0.0, 2.0),
            args(0.0, 1.0)),
        correct("peers3/ceres/jet_test/Pow pow(<0, integer)", CeresJet.class, "pow_int_exponent", args(-1.5, -10),
            args(-1.5, -3), args(-1.5, 0), args(-1.5, 3), args(-1.5, 10)),
        correct("peers3/ceres/jet_test/Hypot2", CeresJet.class, "hypot2", args(0.0, 1e-5), args(-1e-5, 0.0),
            args(1e-5, 1e-5), args(0.0, 1.0), args(1e-3, 1.0), args(1e-3, -1.0), args(-1e-3, 1.0), args(-1e-3, -1.0),
            args(1.0, 2.0), args(2.0, 2.0)),
        // x * x underflows (the smallest normal double) and overflows (1e300: the test's DBL_MAX leaves differences
        // no room above it)
        correct("peers3/ceres/jet_test/Hypot2 (x*x under- and overflowing)", CeresJet.class, "hypot2",
            args(Double.MIN_NORMAL, 0.0), args(1e300, 0.0)),
        correct("peers3/ceres/jet_test/Hypot3", CeresJet.class, "hypot3", args(2.3, 1.7, 1e-6), args(2.0, 2.0, 2.0),
            args(2.3, 0.0, 0.0), args(0.0, 1.7, 0.0)),
        // hypot(zero, zero, z) == z: the inner hypot(0, 0) has no derivative, the whole does (0, 0, 1); NaN in tangent
        // mode on arrival (a zero partial in the inner call's cone kept its NaN: core.analysis.SingularCones)
        correct("peers3/ceres/jet_test/Hypot3 hypot(0, 0, z)", CeresJet.class, "hypot3",
            args(0.0, 0.0, 1e-6)),
        correct("peers3/ceres/jet_test/Fdim", CeresJet.class, "fdim", args(2.3, 1.7), args(1.7, 2.3)),
        correct("peers3/ceres/jet_test/CopySign", CeresJet.class, "copysign", args(2.3, 1.0), args(2.3, -1.0),
            args(-2.3, 1.0), args(-2.3, -1.0)),
        correct("peers3/ceres/jet_test/FmaxJetWithJet", CeresJet.class, "fmax", args(2.3, 1.7), args(1.7, 2.3)),
        correct("peers3/ceres/jet_test/FminJetWithJet", CeresJet.class, "fmin", args(2.3, 1.7), args(1.7, 2.3)),
        correct("peers3/ceres/jet_test/Fma", CeresJet.class, "fma", args(2.3, 1.7, 1e-6)));
  }

  private static final double[] ADEPT_X = {0.01, 0.4, 0.99};
  private static final double[] ADEPT_Y = {0.9, 0.6, 0.1};

  private static Entry unaryFamily(String family, String... names) {
    List<Object[]> points = new ArrayList<>();
    for (String name : names) {
      int code = List.of(AdeptDerivatives.UNARY).indexOf(name);
      // acosh is NaN below 1: the test's x would give NaN; its points moved up by 1
      double[] x = name.equals("acosh") ? new double[] {1.01, 1.4, 1.99} : ADEPT_X.clone();
      points.add(args(code, x));
    }
    return correct("peers3/adept/test_derivatives/" + family, AdeptDerivatives.class, "testUnaryFunc",
        points.toArray(new Object[0][]));
  }

  private static List<Entry> adept() {
    double[] knots = {1.0, 4.0, 9.0};
    double[] values = {2.0, 3.0, 5.0};
    // test_interp's xi but 4.0, a knot where the slope jumps, moved to 4.2
    double[] xi = {4.2, 4.8, 3.0, 0.5, 10.0};
    List<Object[]> binary = new ArrayList<>();
    for (int f = 0; f < AdeptDerivatives.BINARY.length; f++) binary.add(args(f, ADEPT_X.clone(), ADEPT_Y.clone()));
    return List.of(
        correct("peers3/adept/algorithm", AdeptTests.class, "algorithm", args((Object) new double[] {2.0, 3.0})),
        // 5 steps: the closest neighbours stay 3e-4 apart (at step 7 two come within 1.7e-10 of each other). The field
        // lifted by 0.1: at the test's own field (minimum 1.2e-4) the random directions' differences reach log's domain
        // edge and pick a step that is off by 4e-6 relative (dual numbers and steps of 3e-6 agree with the companions)
        correct("peers3/adept/test_checkpoint/toon", AdeptTests.class, "toon",
            args(5, 0.125, lifted(AdeptTests.initialFieldForTable(), 0.1), new double[AdeptTests.NX])),
        correct("peers3/adept/test_checkpoint/cost J", AdeptTests.class, "checkpointCost",
            args(AdeptTests.initialFieldForTable(), 5, 0.125)),
        knownWrong("peers3/adept/test_checkpoint/cost J (10 and 20 steps)", AdeptTests.class, "checkpointCost",
            TOON_CANCELLATION, args(AdeptTests.initialFieldForTable(), 10, 0.125),
            args(AdeptTests.initialFieldForTable(), 20, 0.125)),
        correct("peers3/adept/simulate_radiances", AdeptTests.class, "simulateRadiances",
            args(5, 290.0, new double[] {285.0, 280.0, 270.0, 260.0, 250.0}, new double[2])),
        // increasing and decreasing knots: inside (binary search), left and right of them (extrapolation)
        correct("peers3/adept/interp", AdeptTests.class, "interp", args(knots.clone(), values.clone(), xi.clone()),
            args(new double[] {9.0, 4.0, 1.0}, new double[] {5.0, 3.0, 2.0}, xi.clone())),
        // all values positive (logarithmic); a negative value (the linear fallback on its two segments)
        correct("peers3/adept/log_interp", AdeptTests.class, "log_interp",
            args(knots.clone(), values.clone(), xi.clone()),
            args(knots.clone(), new double[] {2.0, -1.0, 5.0}, xi.clone())),
        unaryFamily("unary exp and log", "log", "log10", "log2", "log1p", "exp", "expm1", "exp2", "sqrt", "cbrt"),
        unaryFamily("unary trigonometric", "sin", "cos", "tan", "asin", "acos", "atan"),
        unaryFamily("unary hyperbolic", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"),
        unaryFamily("unary erf erfc", "erf", "erfc"),
        // all piecewise constant or |x| at points away from their jumps: derivative 0 (rounding) or 1 (abs)
        unaryFamily("unary abs and rounding", "abs", "fabs", "ceil", "floor", "round", "trunc", "rint", "nearbyint"),
        correct("peers3/adept/test_derivatives/binary pow atan2 max min fmax fmin", AdeptDerivatives.class,
            "testBinaryFunc", binary.toArray(new Object[0][])));
  }

  private static List<Entry> micrograd() {
    return List.of(
        correct("peers3/micrograd/test_sanity_check", Micrograd.class, "test_sanity_check", args(-4.0)),
        correct("peers3/micrograd/test_more_ops", Micrograd.class, "test_more_ops", args(-4.0, 2.0)));
  }
}
