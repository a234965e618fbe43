package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.knownWrong;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.androidx.CamColor;
import dev.leibniz.corpus.androidx.ColorUtils;
import dev.leibniz.corpus.androidx.SpringForce;
import dev.leibniz.corpus.jtransforms.CommonUtils;
import dev.leibniz.corpus.uncommons.DataSet;
import dev.leibniz.corpus.uncommons.Maths;
import dev.leibniz.corpus.uncommons.Probability;
import java.util.List;
import java.util.function.Function;

/**
 * The seventeenth round of the corpus table: methods from three projects not seen before — Android Jetpack (androidx,
 * Apache-2.0: the CIE XYZ/Lab and HSL colour conversions of ColorUtils, the CAM16 colour appearance model's
 * CamUtils, ViewingConditions and CamColor in floats, and the dynamic-animation SpringForce's closed-form damped
 * spring), Uncommons Maths (Apache-2.0: a DataSet holding its values in a growing array and running statistics in
 * fields, Probability, a final Number subclass, and Maths) and JTransforms (BSD-2-Clause: Ooura's split-radix FFT
 * kernels in place on double[] with twiddle tables, the real-transform and DCT post-processing). Kept apart from
 * {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class SeventeenthRound {
  private SeventeenthRound() {}

  /** A SpringForce at rest position {@code finalPosition} with the given stiffness and damping ratio. */
  private static Function<Class<?>, Object> spring(float finalPosition, float stiffness, float dampingRatio) {
    return c -> {
      Object s = construct(finalPosition).apply(c);
      try {
        c.getMethod("setStiffness", float.class).invoke(s, stiffness);
        c.getMethod("setDampingRatio", float.class).invoke(s, dampingRatio);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot set up " + c.getName(), e);
      }
      return s;
    };
  }

  /** A DataSet made by its constructor from {@code values} (a copy), whose statistics it accumulates. */
  private static Function<Class<?>, Object> data(double... values) {
    return construct((Object) values);
  }

  /** A DataSet of {@code capacity} given {@code values} by addValue. */
  private static Function<Class<?>, Object> filled(int capacity, double... values) {
    return c -> {
      Object d = construct(capacity).apply(c);
      try {
        for (double v : values) c.getMethod("addValue", double.class).invoke(d, v);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot fill " + c.getName(), e);
      }
      return d;
    };
  }

  private static Object[] cam(float hue, float chroma, float j, float q, float m, float s, float jStar, float aStar,
      float bStar) {
    return new Object[] {hue, chroma, j, q, m, s, jStar, aStar, bStar};
  }

  /**
   * The arguments of CommonUtils.cftfsub/cftbsub on {@code 2 * n} doubles (n complex numbers) with the tables
   * DoubleFFT_1D's constructor makes for n (a power of 2): ip, nw = 2n >> 2, w of n doubles.
   */
  private static Object[] complex(int n) {
    int[] ip = new int[2 + (int) Math.ceil(2 + (1 << (int) (Math.log(n + 0.5) / Math.log(2)) / 2))];
    double[] w = new double[n];
    int nw = (2 * n) >> 2;
    CommonUtils.makewt(nw, ip, w);
    CommonUtils.makect(n >> 2, w, nw, ip);
    return args(2 * n, signal(2 * n), 0, ip, nw, w);
  }

  /** The arguments of rftfsub/rftbsub on n doubles: nc = n >> 2 and the tables DoubleFFT_1D makes for n. */
  private static Object[] real(int n) {
    Object[] c = complex(n);
    return args(n, signal(n), 0, n >> 2, c[5], c[4]);
  }

  /** The arguments of dctsub on n doubles with the tables DoubleDCT_1D's constructor makes for n. */
  private static Object[] dct(int n) {
    int[] ip = new int[(int) Math.ceil(2 + (1 << (int) (Math.log(n / 2 + 0.5) / Math.log(2)) / 2))];
    double[] w = new double[n * 5 / 4];
    int nw = n >> 2;
    CommonUtils.makewt(nw, ip, w);
    CommonUtils.makect(n, w, nw, ip);
    return args(n, signal(n), 0, n, w, nw);
  }

  private static double[] signal(int n) {
    double[] a = new double[n];
    for (int i = 0; i < n; i++) a[i] = Math.sin(0.7 * i + 0.3) + 0.1 * i;
    return a;
  }

  private static Object[] twiddles(int startw) {
    Object[] c = complex(16);
    return args(signal(16), 0, c[5], startw);
  }

  /**
   * At a damping ratio of exactly 1 updateValues takes its critically damped formula (the test mDampingRatio == 1 at
   * SpringForce.java:211, which the core warns about), whose value does not depend on the ratio; the closed-form
   * solution is analytic in the ratio, and its derivative along the receiver's mDampingRatio there (about -0.035 for
   * the position) is not 0. The warning names this: the companions give the special formula's derivative.
   */
  static final String CRITICAL_DAMPING = "the warned exact test mDampingRatio == 1 (SpringForce.java:211) holds: the"
      + " critically damped formula's derivative along the damping ratio (0) is not the function's (-0.035)";

  /**
   * addValue on a full DataSet assigns a new, longer array to the field dataSet (line 93 of the copy). The tangent is
   * right (the shadow's field gets the new array's shadow, filled by System.arraycopy's tangent); the adjoint's forward
   * sweep did the same to the receiver's shadow, which held the caller's seeds, and its reverse sweep did not undo it:
   * the shadow ended holding the new array's shadow (zeros, one element longer) instead of the input array's adjoints,
   * and the seed of the new array cannot be given at all, without a diagnostic. The adjoint is now refused there
   * (reverse.ReplacedHeldArrays); the harness checks the tangent with the receiver's outputs in their shape after the
   * call.
   */
  static final String GROWING = "adjoint refused at run time: a new, longer array assigned to a field of the receiver"
      + " given with its shadow (this.dataSet = newDataSet), whose seeds the shadow made before the call cannot hold (was"
      + " silently wrong, then refused statically: GrowingHeldArrayTest)";

  static List<Entry> entries() {
    double[] values = {2.5, 0.7, 4.1, 1.3, 3.2};
    return List.of(
        // androidx ColorUtils (Apache-2.0): red and a dark colour below the XYZ epsilon
        correct("androidx/ColorUtils.XYZToLAB", ColorUtils.class, "XYZToLAB", args(41.24, 21.26, 1.93, new double[3]),
            args(0.3, 0.4, 0.5, new double[3])),
        correct("androidx/ColorUtils.LABToXYZ", ColorUtils.class, "LABToXYZ", args(53.2, 80.1, 67.2, new double[3]),
            args(5.0, 2.0, -3.0, new double[3])),
        correct("androidx/ColorUtils.distanceEuclidean", ColorUtils.class, "distanceEuclidean",
            args(new double[] {53.2, 80.1, 67.2}, new double[] {32.3, 79.2, -107.9})),
        // hues 30 and 90; 350 and 20, which wrap through 360
        correct("androidx/ColorUtils.blendHSL", ColorUtils.class, "blendHSL",
            args(new float[] {30f, 0.5f, 0.4f}, new float[] {90f, 0.8f, 0.6f}, 0.3f, new float[3]),
            args(new float[] {350f, 0.5f, 0.4f}, new float[] {20f, 0.8f, 0.6f}, 0.4f, new float[3])),
        correct("androidx/ColorUtils.blendLAB", ColorUtils.class, "blendLAB",
            args(new double[] {53.2, 80.1, 67.2}, new double[] {32.3, 79.2, -107.9}, 0.3, new double[3])),
        correct("androidx/ColorUtils.circularInterpolate", ColorUtils.class, "circularInterpolate", args(30f, 90f, 0.3f),
            args(350f, 20f, 0.4f), args(20f, 350f, 0.4f)),

        // androidx CAM16 (Apache-2.0)
        correct("androidx/CamUtils.lerp", classIn("CamUtils"), "lerp", args(0.59f, 0.69f, 0.3f)),
        correct("androidx/CamUtils.lStarFromY", classIn("CamUtils"), "lStarFromY", args(50f), args(0.5f)),
        correct("androidx/CamUtils.yFromLStar", classIn("CamUtils"), "yFromLStar", args(50f), args(5f)),
        // surround 2 (f >= 0.9) and 0.5 (the other lerp)
        correct("androidx/ViewingConditions.make", classIn("ViewingConditions"), "make",
                args(new float[] {95.047f, 100f, 108.883f}, 11.7f, 50f, 2f, false),
                args(new float[] {95.047f, 100f, 108.883f}, 40f, 30f, 0.5f, false))
            .with(classIn("CamUtils")),
        correct("androidx/CamColor.distance", CamColor.class, "distance",
                args(inLoaderOf(CamColor.class, cam(120f, 30f, 50f, 90f, 24f, 50f, 62f, -10f, 17f))))
            .on(construct(cam(40f, 45f, 60f, 100f, 36f, 58f, 71f, 20f, 15f))),
        correct("androidx/CamColor.fromJch", CamColor.class, "fromJch", args(50f, 30f, 120f), args(72f, 12f, 300f)),
        correct("androidx/CamColor.fromJchInFrame", CamColor.class, "fromJchInFrame",
            args(50f, 30f, 120f, inLoaderOf(classIn("ViewingConditions"), 0.184f, 29.98f, 1.017f, 1.017f, 0.69f, 1.0f,
                new float[] {1.02f, 0.99f, 0.95f}, 0.388f, 0.789f, 1.909f))),

        // androidx dynamicanimation SpringForce (Apache-2.0)
        correct("androidx/SpringForce.getAcceleration", SpringForce.class, "getAcceleration", args(0.3f, -1.2f))
            .on(spring(1f, 200f, 0.5f)),
        correct("androidx/SpringForce.updateValues(underdamped)", SpringForce.class, "updateValues", args(0.3, -1.2, 16L))
            .on(spring(1f, 200f, 0.5f)),
        knownWrong("androidx/SpringForce.updateValues(critical)", SpringForce.class, "updateValues", CRITICAL_DAMPING,
                args(0.3, -1.2, 16L))
            .on(spring(1f, 200f, 1f)),
        correct("androidx/SpringForce.updateValues(overdamped)", SpringForce.class, "updateValues", args(0.3, -1.2, 16L))
            .on(spring(1f, 200f, 2.5f)),

        // Uncommons Maths (Apache-2.0)
        correct("uncommons/Maths.log", Maths.class, "log", args(2.0, 10.0), args(10.0, 0.3)),
        correct("uncommons/Maths.restrictRange", Maths.class, "restrictRange", args(-0.5, 0.0, 1.0),
            args(0.4, 0.0, 1.0), args(1.7, 0.0, 1.0)),
        correct("uncommons/Probability.doubleValue", Probability.class, "doubleValue", args()).on(construct(0.3)),
        // new Probability(1 - p): its only constructor checks p (throws outside [0, 1]), so the object returned is made by
        // it again on the same value and its field refilled (core.objects.ContainedConstructors); a Number base adds nothing
        correct("uncommons/Probability.getComplement", Probability.class, "getComplement", args()).on(construct(0.3)),
        // capacity 8: the value stored into the held array, which does not grow; correct since the adjoint of a method that
        // may replace its array reseats the seeds (refused before: GROWING, below)
        correct("uncommons/DataSet.addValue", DataSet.class, "addValue", args(1.9)).on(filled(8, values)),
        // full: addValue replaces the held array by a longer copy (this.dataSet = newDataSet): the tangent is right; the
        // adjoint stops at run time when given seeds in the old array's shape, which the new one cannot take (it left the
        // receiver's shadow holding the new zero array, silently, before the static refusal: GrowingHeldArrayTest)
        refused("uncommons/DataSet.addValue(growing)", DataSet.class, "addValue", GROWING, args(1.9))
            .on(filled(3, 2.5, 0.7, 4.1)),
        correct("uncommons/DataSet.getMinimum", DataSet.class, "getMinimum", args()).on(data(values)),
        correct("uncommons/DataSet.getMaximum", DataSet.class, "getMaximum", args()).on(data(values)),
        correct("uncommons/DataSet.getMedian", DataSet.class, "getMedian", args()).on(data(values)),
        correct("uncommons/DataSet.getMedian(even)", DataSet.class, "getMedian", args()).on(data(2.5, 0.7, 4.1, 1.3)),
        correct("uncommons/DataSet.getArithmeticMean", DataSet.class, "getArithmeticMean", args()).on(data(values)),
        correct("uncommons/DataSet.getGeometricMean", DataSet.class, "getGeometricMean", args()).on(data(values)),
        correct("uncommons/DataSet.getHarmonicMean", DataSet.class, "getHarmonicMean", args()).on(data(values)),
        correct("uncommons/DataSet.getMeanDeviation", DataSet.class, "getMeanDeviation", args()).on(data(values)),
        correct("uncommons/DataSet.getVariance", DataSet.class, "getVariance", args()).on(data(values)),
        correct("uncommons/DataSet.getStandardDeviation", DataSet.class, "getStandardDeviation", args())
            .on(data(values)),
        correct("uncommons/DataSet.getSampleStandardDeviation", DataSet.class, "getSampleStandardDeviation", args())
            .on(data(values)),

        // JTransforms (BSD-2-Clause): the complex transform by length, 2n doubles for n complex numbers
        correct("jtransforms/CommonUtils.cftfsub(n=8,16)", CommonUtils.class, "cftfsub", complex(4), complex(8)),
        correct("jtransforms/CommonUtils.cftfsub(n=32)", CommonUtils.class, "cftfsub", complex(16)),
        correct("jtransforms/CommonUtils.cftfsub(n=64)", CommonUtils.class, "cftfsub", complex(32)),
        correct("jtransforms/CommonUtils.cftfsub(n=256)", CommonUtils.class, "cftfsub", complex(128)),
        correct("jtransforms/CommonUtils.cftbsub", CommonUtils.class, "cftbsub", complex(8), complex(32)),
        correct("jtransforms/CommonUtils.rftfsub", CommonUtils.class, "rftfsub", real(16), real(64)),
        correct("jtransforms/CommonUtils.rftbsub", CommonUtils.class, "rftbsub", real(16)),
        correct("jtransforms/CommonUtils.dctsub", CommonUtils.class, "dctsub", dct(16), dct(64)),
        correct("jtransforms/CommonUtils.bitrv216", CommonUtils.class, "bitrv216", args(signal(32), 0)),
        correct("jtransforms/CommonUtils.cftf081", CommonUtils.class, "cftf081", twiddles(0)));
  }

  /** A package-private class of the androidx copy, by name. */
  private static Class<?> classIn(String simpleName) {
    try {
      return Class.forName("dev.leibniz.corpus.androidx." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
