package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.fresh;
import static dev.leibniz.corpus.Entry.inLoader;
import static dev.leibniz.corpus.Entry.knownWrong;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.gdx.BezierCubic;
import dev.leibniz.corpus.gdx.GeometryUtilsPolygonCentroid;
import dev.leibniz.corpus.gdx.InterpolationBounceOut;
import dev.leibniz.corpus.gdx.InterpolationElastic;
import dev.leibniz.corpus.gdx.InterpolationExp;
import dev.leibniz.corpus.gdx.InterpolationPow;
import dev.leibniz.corpus.gdx.IntersectorDistanceLinePoint;
import dev.leibniz.corpus.gdx.IntersectorDistanceSegmentPoint;
import dev.leibniz.corpus.gdx.MathUtilsAtan2;
import dev.leibniz.corpus.gdx.MathUtilsLerpAngle;
import dev.leibniz.corpus.gdx.Matrix4Inv;
import dev.leibniz.corpus.gdx.Vector2;
import dev.leibniz.corpus.iirj.Biquad;
import dev.leibniz.corpus.iirj.BiquadSetCoefficients;
import dev.leibniz.corpus.iirj.Cascade;
import dev.leibniz.corpus.iirj.DirectFormAbstract;
import dev.leibniz.corpus.iirj.DirectFormII;
import dev.leibniz.corpus.jafama.FastMathCosQuick;
import dev.leibniz.corpus.jafama.FastMathExp;
import dev.leibniz.corpus.jafama.StrictFastMathLog;
import dev.leibniz.corpus.jme3.FastMathBezier;
import dev.leibniz.corpus.jme3.FastMathCartesianToSpherical;
import dev.leibniz.corpus.jme3.FastMathCatmullRom;
import dev.leibniz.corpus.jme3.QuaternionFromAngles;
import dev.leibniz.corpus.jme3.Vector3f;
import dev.leibniz.corpus.ode4j.DVector3;
import dev.leibniz.corpus.ode4j.SafeNormalize3;
import java.util.List;

/**
 * The seventh round of the corpus table (issues 9, 10, 13): methods from projects not seen before, copied from
 * Maven Central sources jars — game maths in float (libGDX: table sines, polynomial atan2, interpolations held in
 * objects, a Bezier curve over a generic vector interface, a static scratch vector; jMonkeyEngine: splines,
 * spherical coordinates, a quaternion built from Euler angles), table-driven elementary functions (Jafama), IIR
 * filter stages whose state lives in fields (iirj) and a rigid-body engine's safe normalisation (ode4j). Kept
 * apart from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class SeventhRound {
  private SeventhRound() {}

  /** libGDX's MathUtils.sin reads a 16384-entry table at (int) (radians * radToIndex): derivative 0, with the core's warning. */
  static final String TABLE_SINE = "table lookup at a rounded index (MathUtils.sin): derivative 0 by the rules, warned at load";
  /** Jafama's log reads the exponent and a table index from doubleToRawLongBits(value) and scales by 2^-exponent. */
  /** libGDX's Bezier.cubic: out.set(p0).scl(...) through the interface Vector<T>, each call returning an object. */
  static final String INTERFACE_FLUENT = "fluent calls through an interface (Vector.scl returns an object, can be overridden)";
  /** iirj's Cascade.filter: each stage is a DirectFormAbstract whose process1 writes its state fields. */
  static final String STATE_IN_CALLEE_FIELDS = "callee writes active values into its receiver's fields (filter state), run time";

  static List<Entry> entries() {
    return List.of(
        // libGDX 1.12.1 (float)
        correct("gdx/MathUtils.atan2", MathUtilsAtan2.class, "atan2",
            args(0.5f, 1.5f), args(0.7f, -1.2f), args(-0.7f, -1.2f), args(-2.0f, 0.3f)),
        correct("gdx/MathUtils.lerpAngle", MathUtilsLerpAngle.class, "lerpAngle",
            args(0.3f, 2.0f, 0.25f), args(5.9f, 0.4f, 0.6f)),
        correct("gdx/Interpolation.Pow.apply", InterpolationPow.class, "apply", args(0.3f), args(0.8f))
            .on(construct(3)),
        correct("gdx/Interpolation.Exp.apply", InterpolationExp.class, "apply", args(0.3f), args(0.8f))
            .on(construct(2f, 10f)),
        knownWrong("gdx/Interpolation.Elastic.apply", InterpolationElastic.class, "apply", TABLE_SINE, args(0.3f),
                args(0.8f))
            .on(construct(2f, 10f, 7, 1f)),
        correct("gdx/Interpolation.BounceOut.apply", InterpolationBounceOut.class, "apply", args(0.3f), args(0.75f))
            .on(construct(4)),
        correct("gdx/Matrix4.inv", Matrix4Inv.class, "inv",
            args(new float[] {2f, 0.3f, -0.5f, 0.1f, 0.4f, 1.5f, 0.2f, -0.3f, 0.7f, -0.2f, 3f, 0.5f, 1f, 2f, -1f, 1.2f})),
        correct("gdx/Intersector.distanceLinePoint", IntersectorDistanceLinePoint.class, "distanceLinePoint",
            args(0f, 0f, 2f, 1f, 0.5f, 1.5f), args(-1f, 0.5f, 3f, -2f, 1f, 1f)),
        // the static scratch vector v2a gets a shadow made per call (README, "Objects": scratch objects)
        correct("gdx/Intersector.distanceSegmentPoint", IntersectorDistanceSegmentPoint.class, "distanceSegmentPoint",
            args(0f, 0f, 2f, 1f, 0.5f, 1.5f), args(0f, 0f, 2f, 1f, -1f, 0.5f), args(0f, 0f, 2f, 1f, 3f, 2f)),
        correct("gdx/GeometryUtils.polygonCentroid", GeometryUtilsPolygonCentroid.class, "polygonCentroid",
            args(new float[] {0f, 0f, 2f, 0.2f, 1.8f, 1.5f, 0.3f, 1.2f}, 0, 8, fresh(Vector2::new))),
        refused("gdx/Bezier.cubic", BezierCubic.class, "cubic", INTERFACE_FLUENT,
            args(fresh(Vector2::new), 0.3f, fresh(() -> new Vector2(0f, 0f)), fresh(() -> new Vector2(1f, 2f)),
                fresh(() -> new Vector2(3f, 2.5f)), fresh(() -> new Vector2(4f, 0.5f)), fresh(Vector2::new))),

        // jMonkeyEngine 3.6.1 (float)
        correct("jme3/FastMath.interpolateCatmullRom", FastMathCatmullRom.class, "interpolateCatmullRom",
            args(0.3f, 0.5f, 1f, 2f, 1.5f, 3f)),
        correct("jme3/FastMath.interpolateBezier", FastMathBezier.class, "interpolateBezier",
            args(0.3f, 1f, 2f, 1.5f, 3f)),
        correct("jme3/FastMath.cartesianToSpherical", FastMathCartesianToSpherical.class, "cartesianToSpherical",
            args(fresh(() -> new Vector3f(1.5f, 0.5f, -0.8f)), fresh(Vector3f::new)),
            args(fresh(() -> new Vector3f(-1.5f, 0.5f, 0.8f)), fresh(Vector3f::new))),
        correct("jme3/Quaternion.fromAngles", QuaternionFromAngles.class, "fromAngles", args(0.3f, -0.5f, 1.1f),
                args(-1.2f, 0.4f, 2.0f))
            .on(construct(0f, 0f, 0f, 1f)),

        // Jafama 2.3.2
        correct("jafama/FastMath.exp", FastMathExp.class, "exp", args(0.3), args(-2.7), args(5.1)),
        correct("jafama/FastMath.cosQuick", FastMathCosQuick.class, "cosQuick", args(0.3), args(-2.7)),

        // the exponent and the table index read from the bits are steps of the value (core.analysis.StepBits); a subnormal
        // point is left out: central differences there step across zero
        correct("jafama/StrictFastMath.log", StrictFastMathLog.class, "log", args(0.3), args(1.05), args(17.5), args(4.2e-5)),

        // iirj 1.7 (a stage with state: the receiver's fields m_v1, m_v2 are inputs and outputs)
        correct("iirj/DirectFormII.process1", DirectFormII.class, "process1",
                args(0.7, inLoader(Biquad.class, SeventhRound::coefficients)),
                args(-1.3, inLoader(Biquad.class, SeventhRound::coefficients)))
            .on(SeventhRound::stage)
            .with(Biquad.class, DirectFormAbstract.class),
        correct("iirj/Biquad.setCoefficients", BiquadSetCoefficients.class, "setCoefficients",
                args(1.2, -0.5, 0.2, 0.3, 0.4, 0.1))
            .on(construct()),
        refused("iirj/Cascade.filter", Cascade.class, "filter", STATE_IN_CALLEE_FIELDS, args(0.7), args(-1.3))
            .on(construct(new double[][] {{1.0, -0.5, 0.2, 0.3, 0.4, 0.1}, {1.0, 0.3, 0.1, 0.5, -0.2, 0.3}}, 1)),

        // ode4j 0.5.3
        correct("ode4j/OdeMath.dxSafeNormalize3", SafeNormalize3.class, "dxSafeNormalize3",
            args(fresh(() -> new DVector3(3.0, -1.0, 0.5))), args(fresh(() -> new DVector3(0.3, -2.0, 0.5))),
            args(fresh(() -> new DVector3(0.3, -1.0, 2.5)))));
  }

  /** Biquad's setCoefficients on an instance of the class as loaded with the entry (its fields are package-private). */
  private static void coefficients(Object biquad) {
    try {
      biquad.getClass().getMethod("setCoefficients", double.class, double.class, double.class, double.class,
          double.class, double.class).invoke(biquad, 1.0, -0.5, 0.2, 0.3, 0.4, 0.1);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A DirectFormII stage of the transformed class that has run two samples, so that its state is not zero. */
  private static Object stage(Class<?> type) {
    Object s = construct().apply(type);
    try {
      Class<?> biquadType = type.getClassLoader().loadClass(Biquad.class.getName());
      Object biquad = biquadType.getConstructor().newInstance();
      coefficients(biquad);
      java.lang.reflect.Method process = type.getMethod("process1", double.class, biquadType);
      process.invoke(s, 0.4, biquad);
      process.invoke(s, -0.9, biquad);
      return s;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
