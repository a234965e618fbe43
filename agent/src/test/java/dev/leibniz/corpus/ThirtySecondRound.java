package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoader;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.knownWrong;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.geohash.BoundingBox;
import dev.leibniz.corpus.geohash.DoubleUtil;
import dev.leibniz.corpus.geohash.VincentyGeodesy;
import dev.leibniz.corpus.geohash.WGS84Point;
import dev.leibniz.corpus.jsyn.AudioMath;
import dev.leibniz.corpus.jsyn.FourierMath;
import dev.leibniz.corpus.jsyn.Polynomial;
import dev.leibniz.corpus.nd4j.MathUtils;
import dev.leibniz.corpus.sceneform.MathHelper;
import dev.leibniz.corpus.sceneform.Matrix;
import dev.leibniz.corpus.sceneform.Preconditions;
import dev.leibniz.corpus.sceneform.Quaternion;
import dev.leibniz.corpus.sceneform.Vector3;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The thirty-second round of the corpus table: four projects the corpus had not used. Sceneform's maths (google-ar/
 * sceneform-android-sdk, Apache-2.0; ids {@code sceneform/...}): the float {@code Vector3} and {@code Quaternion} with
 * public mutable fields, static operations returning new objects after argument checks ({@code Preconditions
 * .checkNotNull}), constructors that normalise, tolerance tests through {@code MathHelper.almostEqualRelativeAndAbs},
 * and the column-major {@code Matrix} over a {@code float[16]} field (products into a {@code dest}, inversion, a
 * quaternion extracted in four cases, a rotation decomposed by scaling the receiver's own array in place and restoring
 * it). ND4J's {@code MathUtils} (deeplearning4j/deeplearning4j, Apache-2.0; ids {@code nd4j/...}): static helpers over
 * arrays and scalars as a machine-learning library writes them (sums of squares with {@code Math.pow(d, 2)}, regression
 * weights through a {@code List<double[]>}, in-place normalisation, a factorial by a loop over a double counter, a
 * recursive {@code pow} calling commons-math3's {@code FastMath}, varargs of arrays). JSyn's {@code com.softsynth.math}
 * (philburk/jsyn, Apache-2.0; ids {@code jsyn/...}): decibel and pitch conversions reading a mutable static, an in-place
 * FFT over sine and bit-reversal tables cached in static arrays, and polynomials whose coefficients are holders in a
 * raw {@code java.util.Vector}. geohash-java (kungfoo/geohash-java, Apache-2.0; ids {@code geohash/...}): Vincenty's
 * direct and inverse geodesic problems iterated to a tolerance over the immutable {@code WGS84Point}, and the mutable
 * {@code BoundingBox}. Kept apart from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()}
 * appends it.
 */
final class ThirtySecondRound {
  private ThirtySecondRound() {}

  static final String NORMALIZED_COPY = "start.normalized() makes new Quaternion(this), whose constructor calls set(q) and"
      + " normalize(), and returns it: a callee that writes fields and returns an object it was not given, so its tangent"
      + " gives the result's shadow but not the result; the companion stops at run time with the core's own error (right:"
      + " the lerp-only entry and Quaternion.normalized as an entry are correct)";

  static final String LIST_OF_ARRAYS = "weightsFor splits its vector with coordSplit into a List<double[]> and reads the"
      + " halves back with List.get(int), a JDK method without a derivative rule (an array in a collection carries no"
      + " derivative); right: sumOfMeanDifferences on the halves as arrays is correct";

  static final String VECTOR_OF_HOLDERS = "Polynomial keeps its coefficients as DoubleHolder objects in a raw java.util.Vector"
      + " field: the class declares no double field or array that could get a shadow, so the Polynomial parameters are"
      + " passive and the method has no differentiable input (right: evaluate, with x active, is correct)";

  /**
   * Quaternion.normalize and Vector3.normalized test {@code normSquared != 1} and leave a unit value as it is: at a unit
   * quaternion or vector the companions give the identity, where the function (normalising every nearby value) has the
   * projection's derivative: 0 along w at (0, 0, 0, 1). The core warns of the exact test at the line.
   */
  static final String UNIT_NORM = "known wrong, warned, at a unit value: normalize() tests normSquared != 1 (an exact"
      + " test of a float against 1) and leaves a unit value as it is, so the companions give the identity where differences"
      + " see the projection of the normalisation every nearby value takes (0 along the unit direction: the tangent gives 1.0"
      + " where differences give 0.0); the core warns of the exact test at the line (Quaternion.java:122, Vector3.java:122,"
      + " an exact test of two floats)";

  // ---- Sceneform: the math classes and their argument checks are loaded (and differentiated) together
  private static final List<Class<?>> SCENEFORM = List.of(Vector3.class, Quaternion.class, MathHelper.class,
      Matrix.class, Preconditions.class, named("sceneform.Log"));

  private static Class<?> named(String name) {
    try {
      return Class.forName("dev.leibniz.corpus." + name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Entry sceneform(Entry e) {
    return e.with(SCENEFORM.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  private static Entry.InLoader v3(float x, float y, float z) {
    return inLoaderOf(Vector3.class, x, y, z);
  }

  /**
   * A quaternion with the fields as given, made by the identity constructor: the four-float constructor normalises, and
   * a unit quaternion makes {@code normSquared != 1} false in the copies that slerp and normalized take (see UNIT_NORM).
   */
  private static Entry.InLoader quat(float x, float y, float z, float w) {
    return inLoader(Quaternion.class, o -> setFloats(o, x, y, z, w));
  }

  private static Function<Class<?>, Object> quatReceiver(float x, float y, float z, float w) {
    return c -> {
      Object o = construct().apply(c);
      setFloats(o, x, y, z, w);
      return o;
    };
  }

  private static void setFloats(Object o, float... v) {
    String[] names = {"x", "y", "z", "w"};
    try {
      for (int i = 0; i < v.length; i++) {
        o.getClass().getField(names[i]).setFloat(o, v[i]);
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Entry.InLoader matrix(float... data) {
    return inLoaderOf(Matrix.class, (Object) data);
  }

  /** Column major: a general matrix (translation 0.1, -0.3, 0.8). */
  private static final float[] GENERAL = {
    3f, -1f, 0.3f, 0.2f, 0.5f, 4f, 1f, -0.4f, -0.7f, 0.4f, 2.5f, 0.6f, 0.1f, -0.3f, 0.8f, 2f};

  private static final float[] OTHER = {
    1.5f, 0.2f, -0.6f, 0f, 0.3f, 2f, 0.7f, 0.1f, 0.4f, -0.5f, 1.2f, 0f, 0.9f, 0.6f, -1.1f, 1f};

  /** Trace 2.1 > 0: extractQuaternion's first case. */
  private static final float[] TRACE_POSITIVE = {
    0.8f, 0.3f, -0.2f, 0f, -0.25f, 0.7f, 0.4f, 0f, 0.3f, -0.35f, 0.6f, 0f, 0.1f, -0.3f, 0.8f, 1f};

  /** Trace -0.8 with data[0] the largest diagonal term: extractQuaternion's second case. */
  private static final float[] M00_LARGEST = {
    0.5f, 0.3f, -0.2f, 0f, -0.25f, -0.7f, 0.4f, 0f, 0.3f, -0.35f, -0.6f, 0f, 0.1f, -0.3f, 0.8f, 1f};

  /** A scaled rotation (scales 2.0, 0.5, 1.5) with translation: decomposeScale and decomposeRotation. */
  private static final float[] TRS = {
    1.6f, 1.2f, 0f, 0f, -0.3f, 0.4f, 0f, 0f, 0f, 0f, 1.5f, 0f, 0.4f, -0.2f, 0.9f, 1f};

  private static List<Entry> sceneformEntries() {
    Function<Class<?>, Object> a = construct(1.2f, -0.7f, 2.1f);
    return List.of(
        sceneform(correct("sceneform/Vector3.lengthSquared", Vector3.class, "lengthSquared", args()).on(a)),
        sceneform(correct("sceneform/Vector3.length", Vector3.class, "length", args()).on(a)),
        sceneform(correct("sceneform/Vector3.normalized", Vector3.class, "normalized", args()).on(a)),
        sceneform(correct("sceneform/Vector3.scaled", Vector3.class, "scaled", args(1.7f)).on(a)),
        sceneform(correct("sceneform/Vector3.negated", Vector3.class, "negated", args()).on(a)),
        sceneform(correct("sceneform/Vector3.add", Vector3.class, "add", args(v3(1.2f, -0.7f, 2.1f), v3(0.4f, 1.9f, -0.8f)))),
        sceneform(correct("sceneform/Vector3.subtract", Vector3.class, "subtract",
            args(v3(1.2f, -0.7f, 2.1f), v3(0.4f, 1.9f, -0.8f)))),
        sceneform(correct("sceneform/Vector3.dot", Vector3.class, "dot", args(v3(1.2f, -0.7f, 2.1f), v3(0.4f, 1.9f, -0.8f)))),
        sceneform(correct("sceneform/Vector3.cross", Vector3.class, "cross", args(v3(1.2f, -0.7f, 2.1f), v3(0.4f, 1.9f, -0.8f)))),
        sceneform(correct("sceneform/Vector3.max", Vector3.class, "max", args(v3(1.2f, -0.7f, 2.1f), v3(0.4f, 1.9f, -0.8f)))),
        sceneform(correct("sceneform/Vector3.componentMax", Vector3.class, "componentMax", args(v3(1.2f, -0.7f, 2.1f)),
            args(v3(2.4f, -0.7f, 0.3f)))),
        sceneform(correct("sceneform/Vector3.lerp", Vector3.class, "lerp",
            args(v3(1.2f, -0.7f, 2.1f), v3(0.4f, 1.9f, -0.8f), 0.3f))),
        sceneform(correct("sceneform/Vector3.angleBetweenVectors", Vector3.class, "angleBetweenVectors",
            args(v3(1.2f, -0.7f, 2.1f), v3(0.4f, 1.9f, -0.8f)))),
        sceneform(correct("sceneform/Quaternion.normalize", Quaternion.class, "normalize", args())
            .on(quatReceiver(0.4f, -0.8f, 0.8f, 1.6f))),
        sceneform(correct("sceneform/Quaternion.normalized", Quaternion.class, "normalized", args())
            .on(quatReceiver(0.4f, -0.8f, 0.8f, 1.6f))),
        sceneform(knownWrong("sceneform/Quaternion.normalize (unit)", Quaternion.class, "normalize", UNIT_NORM, args())
            .on(quatReceiver(0f, 0f, 0f, 1f))),
        sceneform(knownWrong("sceneform/Vector3.normalized (unit)", Vector3.class, "normalized", UNIT_NORM, args()).on(construct(0f, 1f, 0f))),
        sceneform(correct("sceneform/Quaternion.inverted", Quaternion.class, "inverted", args())
            .on(quatReceiver(0.4f, -0.8f, 0.8f, 1.6f))),
        sceneform(correct("sceneform/Quaternion.rotateVector", Quaternion.class, "rotateVector",
            args(quat(0.2f, -0.4f, 0.4f, 0.8f), v3(1.2f, -0.7f, 2.1f)))),
        sceneform(correct("sceneform/Quaternion.inverseRotateVector", Quaternion.class, "inverseRotateVector",
            args(quat(0.2f, -0.4f, 0.4f, 0.8f), v3(1.2f, -0.7f, 2.1f)))),
        sceneform(correct("sceneform/Quaternion.multiply", Quaternion.class, "multiply",
            args(quat(0.2f, -0.4f, 0.4f, 0.8f), quat(0.1f, 0.5f, -0.3f, 0.7f)))),
        sceneform(correct("sceneform/Quaternion.dot", Quaternion.class, "dot",
            args(quat(0.2f, -0.4f, 0.4f, 0.8f), quat(0.1f, 0.5f, -0.3f, 0.7f)))),
        sceneform(correct("sceneform/Quaternion.lerp", Quaternion.class, "lerp",
            args(quat(0.2f, -0.4f, 0.4f, 0.8f), quat(0.1f, 0.5f, -0.3f, 0.7f), 0.3f))),
        // cosTheta0 of the normalised pair: 0.37 (the slerp formula) and 0.9997 (lerp above SLERP_THRESHOLD)
        sceneform(refused("sceneform/Quaternion.slerp", Quaternion.class, "slerp", NORMALIZED_COPY,
            args(quat(0.4f, -0.8f, 0.8f, 1.6f), quat(0.1f, 0.5f, -0.3f, 0.7f), 0.3f),
            args(quat(0.4f, -0.8f, 0.8f, 1.6f), quat(0.41f, -0.79f, 0.8f, 1.6f), 0.3f))),
        sceneform(correct("sceneform/Quaternion.axisAngle", Quaternion.class, "axisAngle", args(v3(0.3f, 1.2f, -0.5f), 35f))),
        // issue 12: its quaternions carried across the cuts as their fields (core.outline.CarriedObjects)
        sceneform(correct("sceneform/Quaternion.eulerAngles", Quaternion.class, "eulerAngles", args(v3(20f, -35f, 50f)))),
        sceneform(correct("sceneform/Quaternion.rotationBetweenVectors", Quaternion.class, "rotationBetweenVectors",
            args(v3(1.2f, -0.7f, 2.1f), v3(0.4f, 1.9f, -0.8f)))),
        // issue 12: its adjoint (15,849 bytes) emitted whole with a warning, run interpreted: its objects come from calls
        sceneform(correct("sceneform/Quaternion.lookRotation", Quaternion.class, "lookRotation",
            args(v3(0.3f, -0.2f, -1.1f), v3(0.1f, 1.0f, 0.2f)))),
        sceneform(correct("sceneform/MathHelper.clamp", MathHelper.class, "clamp", args(0.3f, -1f, 1f), args(1.7f, -1f, 1f))),
        sceneform(correct("sceneform/MathHelper.lerp", MathHelper.class, "lerp", args(1.2f, -0.7f, 0.3f))),
        sceneform(correct("sceneform/Matrix.decomposeScale", Matrix.class, "decomposeScale", args(v3(0f, 0f, 0f)))
            .on(construct((Object) TRS))),
        sceneform(correct("sceneform/Matrix.decomposeRotation", Matrix.class, "decomposeRotation",
            args(v3(2f, 0.5f, 1.5f), quat(0f, 0f, 0f, 1f))).on(construct((Object) TRS))),
        sceneform(correct("sceneform/Matrix.extractQuaternion", Matrix.class, "extractQuaternion", args(quat(0f, 0f, 0f, 1f)))
            .on(construct((Object) TRACE_POSITIVE))),
        sceneform(correct("sceneform/Matrix.extractQuaternion (m00 largest)", Matrix.class, "extractQuaternion",
            args(quat(0f, 0f, 0f, 1f))).on(construct((Object) M00_LARGEST))),
        sceneform(correct("sceneform/Matrix.makeRotation", Matrix.class, "makeRotation", args(quat(0.4f, -0.8f, 0.8f, 1.6f)))
            .on(construct())),
        sceneform(correct("sceneform/Matrix.makeTrs", Matrix.class, "makeTrs",
            args(v3(0.4f, -0.2f, 0.9f), quat(0.2f, -0.4f, 0.4f, 0.8f), v3(2f, 0.5f, 1.5f))).on(construct())),
        sceneform(correct("sceneform/Matrix.multiply", Matrix.class, "multiply",
            args(matrix(GENERAL), matrix(OTHER), matrix(new float[16])))),
        sceneform(correct("sceneform/Matrix.transformPoint", Matrix.class, "transformPoint", args(v3(1.2f, -0.7f, 2.1f)))
            .on(construct((Object) GENERAL))),
        sceneform(correct("sceneform/Matrix.transformDirection", Matrix.class, "transformDirection",
            args(v3(1.2f, -0.7f, 2.1f))).on(construct((Object) GENERAL))),
        sceneform(correct("sceneform/Matrix.invert", Matrix.class, "invert", args(matrix(GENERAL), matrix(new float[16])))));
  }

  // ---- ND4J
  private static double[] residuals() {
    return new double[] {0.3, -0.5, 0.8, -0.1, 0.4};
  }

  private static double[] targets() {
    return new double[] {2.1, 3.4, 1.2, 4.4, 2.9};
  }

  private static double[] probabilities() {
    return new double[] {0.1, 0.25, 0.4, 0.25};
  }

  private static List<Entry> nd4jEntries() {
    Class<MathUtils> m = MathUtils.class;
    return List.of(
        correct("nd4j/MathUtils.pow", m, "pow", args(2.3, 1.7), args(2.3, -1.7)),
        correct("nd4j/MathUtils.normalize", m, "normalize", args(0.7, -1.0, 2.5)),
        correct("nd4j/MathUtils.correlation", m, "correlation", args(residuals(), targets())),
        correct("nd4j/MathUtils.sigmoid", m, "sigmoid", args(0.4), args(-2.2)),
        correct("nd4j/MathUtils.ssReg", m, "ssReg", args(residuals(), targets())),
        correct("nd4j/MathUtils.ssError", m, "ssError", args(residuals(), targets())),
        correct("nd4j/MathUtils.vectorLength", m, "vectorLength", args((Object) targets())),
        correct("nd4j/MathUtils.idf", m, "idf", args(120.0, 7.0)),
        correct("nd4j/MathUtils.ssTotal", m, "ssTotal", args(residuals(), targets())),
        correct("nd4j/MathUtils.squaredLoss", m, "squaredLoss", args(residuals(), targets(), 0.4, 1.3)),
        correct("nd4j/MathUtils.w_1", m, "w_1", args(residuals(), targets(), 5)),
        correct("nd4j/MathUtils.w_0", m, "w_0", args(residuals(), targets(), 5)),
        refused("nd4j/MathUtils.weightsFor", m, "weightsFor", LIST_OF_ARRAYS, args((Object) new double[] {0.3, 2.1, -0.5, 3.4, 0.8, 1.2})),
        correct("nd4j/MathUtils.sumOfMeanDifferences", m, "sumOfMeanDifferences", args(residuals(), targets())),
        correct("nd4j/MathUtils.sumOfProducts", m, "sumOfProducts", args((Object) new double[][] {residuals(), targets()})),
        correct("nd4j/MathUtils.log2", m, "log2", args(3.7)),
        correct("nd4j/MathUtils.rootMeansSquaredError", m, "rootMeansSquaredError", args(residuals(), targets())),
        correct("nd4j/MathUtils.entropy", m, "entropy", args((Object) probabilities())),
        correct("nd4j/MathUtils.adjustedrSquared", m, "adjustedrSquared", args(0.8, 3, 20)),
        correct("nd4j/MathUtils.normalizeToOne", m, "normalizeToOne", args((Object) targets())),
        correct("nd4j/MathUtils.logs2probs", m, "logs2probs", args((Object) new double[] {-1.2, -0.3, -2.5, -0.9})),
        correct("nd4j/MathUtils.information", m, "information", args((Object) probabilities())),
        // a loop over the double counter i = n, n - 1, ... while i > 0: a non-integer n, away from the jumps at integers
        correct("nd4j/MathUtils.factorial", m, "factorial", args(5.5), args(3.2)),
        correct("nd4j/MathUtils.probToLogOdds", m, "probToLogOdds", args(0.3)),
        correct("nd4j/MathUtils.hypotenuse", m, "hypotenuse", args(3.0, -4.0), args(0.5, 2.0)),
        correct("nd4j/MathUtils.roundDouble", m, "roundDouble", args(2.3456, 2)),
        correct("nd4j/MathUtils.bernoullis", m, "bernoullis", args(10.5, 3.2, 0.3)),
        correct("nd4j/MathUtils.euclideanDistance", m, "euclideanDistance", args(residuals(), targets())),
        correct("nd4j/MathUtils.manhattanDistance", m, "manhattanDistance", args(residuals(), targets())),
        correct("nd4j/MathUtils.slope", m, "slope", args(0.5, 2.5, -1.0, 3.0)).on(construct()));
  }

  // ---- JSyn
  private static List<Entry> jsynEntries() {
    return List.of(
        correct("jsyn/AudioMath.amplitudeToDecibels", AudioMath.class, "amplitudeToDecibels", args(0.5)),
        correct("jsyn/AudioMath.decibelsToAmplitude", AudioMath.class, "decibelsToAmplitude", args(-6.0)),
        correct("jsyn/AudioMath.frequencyToPitch", AudioMath.class, "frequencyToPitch", args(261.6)),
        correct("jsyn/AudioMath.pitchToFrequency", AudioMath.class, "pitchToFrequency", args(60.5)),
        correct("jsyn/AudioMath.semitonesToFrequencyScaler", AudioMath.class, "semitonesToFrequencyScaler", args(7.0)),
        correct("jsyn/FourierMath.calculateMagnitudes", FourierMath.class, "calculateMagnitudes",
            args(new double[] {0.3, -1.2, 0.8, 2.0}, new double[] {1.1, 0.4, -0.6, 0.2}, new double[4])),
        correct("jsyn/FourierMath.fft", FourierMath.class, "fft",
            args(8, new double[] {0.3, -1.2, 0.8, 2.0, 0.5, -0.1, 1.4, -0.7}, new double[] {0.1, 0.4, -0.6, 0.2, 0, 0.3, -0.2, 0.5})),
        correct("jsyn/FourierMath.ifft", FourierMath.class, "ifft",
            args(8, new double[] {0.3, -1.2, 0.8, 2.0, 0.5, -0.1, 1.4, -0.7}, new double[] {0.1, 0.4, -0.6, 0.2, 0, 0.3, -0.2, 0.5})),
        refused("jsyn/Polynomial.plus", Polynomial.class, "plus", VECTOR_OF_HOLDERS,
            args(inLoaderOf(Polynomial.class, 2.0, -1.0, 0.5), inLoaderOf(Polynomial.class, 0.7, 1.5))),
        refused("jsyn/Polynomial.minus", Polynomial.class, "minus", VECTOR_OF_HOLDERS,
            args(inLoaderOf(Polynomial.class, 2.0, -1.0, 0.5), inLoaderOf(Polynomial.class, 0.7, 1.5))),
        refused("jsyn/Polynomial.mult", Polynomial.class, "mult", VECTOR_OF_HOLDERS,
            args(inLoaderOf(Polynomial.class, 2.0, -1.0, 0.5), inLoaderOf(Polynomial.class, 0.7, 1.5))),
        correct("jsyn/Polynomial.evaluate", Polynomial.class, "evaluate", args(0.7)).on(construct(2.0, -1.0, 0.5)));
  }

  // ---- geohash-java
  private static final List<Class<?>> GEOHASH = List.of(WGS84Point.class, BoundingBox.class, VincentyGeodesy.class,
      DoubleUtil.class);

  private static Entry geohash(Entry e) {
    return e.with(GEOHASH.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  private static Entry.InLoader point(double lat, double lon) {
    return inLoaderOf(WGS84Point.class, lat, lon);
  }

  private static List<Entry> geohashEntries() {
    Function<Class<?>, Object> box = construct(46.0, 48.0, 7.0, 9.5);
    return List.of(
        geohash(correct("geohash/VincentyGeodesy.moveInDirection", VincentyGeodesy.class, "moveInDirection",
            args(point(47.2, 8.5), 35.0, 12000.0), args(point(-33.9, 151.2), 250.0, 800000.0))),
        geohash(correct("geohash/VincentyGeodesy.distanceInMeters", VincentyGeodesy.class, "distanceInMeters",
            args(point(47.2, 8.5), point(46.5, 6.6)), args(point(-33.9, 151.2), point(40.7, -74.0)))),
        geohash(correct("geohash/BoundingBox.getCenter", BoundingBox.class, "getCenter", args()).on(box)),
        geohash(correct("geohash/BoundingBox.getLatitudeSize", BoundingBox.class, "getLatitudeSize", args()).on(box)),
        geohash(correct("geohash/BoundingBox.getLongitudeSize", BoundingBox.class, "getLongitudeSize", args()).on(box)),
        geohash(correct("geohash/BoundingBox.expandToInclude", BoundingBox.class, "expandToInclude",
            args(point(49.0, 10.5)), args(point(47.0, 5.5))).on(box)));
  }

  static List<Entry> entries() {
    List<Entry> all = new ArrayList<>(sceneformEntries());
    all.addAll(nd4jEntries());
    all.addAll(jsynEntries());
    all.addAll(geohashEntries());
    return all;
  }
}
