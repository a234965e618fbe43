package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.knownWrong;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.jogl.FloatUtil;
import dev.leibniz.corpus.jogl.GLException;
import dev.leibniz.corpus.jogl.Quaternion;
import dev.leibniz.corpus.jogl.Vec2f;
import dev.leibniz.corpus.jogl.Vec2i;
import dev.leibniz.corpus.jogl.Vec3f;
import dev.leibniz.corpus.jogl.Vec4f;
import dev.leibniz.corpus.jogl.VectorUtil;
import dev.leibniz.corpus.rebound.BaseSpringSystem;
import dev.leibniz.corpus.rebound.BouncyConversion;
import dev.leibniz.corpus.rebound.OrigamiValueConverter;
import dev.leibniz.corpus.rebound.SimpleSpringListener;
import dev.leibniz.corpus.rebound.Spring;
import dev.leibniz.corpus.rebound.SpringConfig;
import dev.leibniz.corpus.rebound.SpringConfigRegistry;
import dev.leibniz.corpus.rebound.SpringListener;
import dev.leibniz.corpus.rebound.SpringLooper;
import dev.leibniz.corpus.rebound.SpringSystemListener;
import dev.leibniz.corpus.rebound.SpringUtil;
import dev.leibniz.corpus.rebound.SteppingLooper;
import dev.leibniz.corpus.rebound.SynchronousLooper;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The thirtieth round of the corpus table: two projects the corpus had not used. JOGL's maths (sgothel/jogl,
 * BSD-2-Clause; ids {@code jogl/...}): the float value classes {@code Vec2f}, {@code Vec3f} (static constants of its own
 * type, fluent self-mutators, {@code this = a x b} writers) and {@code Quaternion} (rotations built from angles, axes,
 * vectors and matrices, slerp, look-at, each writing its own fields through other marked or unmarked methods and taking
 * scratch {@code Vec3f} arguments), and the static helpers {@code FloatUtil} (column-major {@code float[16]} matrices:
 * translation, perspective, look-at, inverse, determinant, products, object-to-window mapping over two scratch arrays)
 * and {@code VectorUtil} (float arrays with offsets and {@code Vec3f}/{@code Vec4f} results). Rebound (facebookarchive/
 * rebound, BSD-3-Clause; ids {@code rebound/...}): Facebook's spring animation library, a {@code Spring} integrating its
 * damped oscillator with RK4 in fixed steps over a time accumulator, its state in private {@code PhysicsState} objects
 * held in final fields, its constants in a {@code SpringConfig} object, listeners in a {@code CopyOnWriteArraySet}, a
 * {@code BaseSpringSystem} advancing a set of active springs, and the conversions between Origami's and Rebound's
 * parameters. Kept apart from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class ThirtiethRound {
  private ThirtiethRound() {}

  /**
   * setFromEuler and rotateByEuler begin with {@code if (VectorUtil.isZero(bankX, headingY, attitudeZ)) return
   * setIdentity();} (rotateByEuler: {@code return this;}), a tolerance test ({@code Math.abs(a) < FloatUtil.EPSILON}, 1.19e-7,
   * in FloatUtil.isZero) that holds at zero angles. There the program is constant on the tolerance box, so its derivative
   * in the angles is 0, and both companions give exactly that; finite differences step far beyond the box and see the
   * rotation's 0.5 (setFromEuler's x along bankX: tangent 0.0, differences 0.49999999). Checked by hand, and reduced to
   * oracle.ToleranceSpecialCaseTest: a harness point on a special case, not a lifting error, but a user marking
   * setFromEuler at the identity gets 0 with no word (the warnings the core counts here are FloatUtil's exact tests, in
   * another class loaded with the entry: RealCodeCorpusTest attributes them to it).
   */
  static final String ZERO_ANGLES = "known wrong, warned, at zero angles: VectorUtil.isZero(bankX, headingY, attitudeZ)"
      + " (|a| < 1.19e-7 each, FloatUtil.isZero) picks the identity, constant on that box, so the companions give 0"
      + " along the angles (the program's derivative) where differences see the rotation's slope (setFromEuler's x"
      + " along bankX: 0.0 against 0.49999999); the core warns of the tolerance test at the entry's method"
      + " (core.analysis.ToleranceTests; oracle.ToleranceSpecialCaseTest)";

  // ---- JOGL: the maths classes are loaded (and differentiated) together
  private static final List<Class<?>> JOGL = List.of(Vec2i.class, Vec2f.class, Vec3f.class, Vec4f.class,
      Quaternion.class, FloatUtil.class, VectorUtil.class, GLException.class);

  private static Entry jogl(Entry e) {
    return e.with(JOGL.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  private static Entry.InLoader v2(double x, double y) {
    return inLoaderOf(Vec2f.class, (float) x, (float) y);
  }

  private static Entry.InLoader v3(double x, double y, double z) {
    return inLoaderOf(Vec3f.class, (float) x, (float) y, (float) z);
  }

  private static Entry.InLoader v4(double x, double y, double z, double w) {
    return inLoaderOf(Vec4f.class, (float) x, (float) y, (float) z, (float) w);
  }

  private static Entry.InLoader q(double x, double y, double z, double w) {
    return inLoaderOf(Quaternion.class, (float) x, (float) y, (float) z, (float) w);
  }

  private static Function<Class<?>, Object> floats(double... v) {
    Object[] f = new Object[v.length];
    for (int i = 0; i < v.length; i++) f[i] = (float) v[i];
    return construct(f);
  }

  private static float[] fa(double... v) {
    float[] f = new float[v.length];
    for (int i = 0; i < v.length; i++) f[i] = (float) v[i];
    return f;
  }

  /** A column-major 4x4 matrix, well conditioned (determinant about 2.3). */
  private static float[] m4() {
    return fa(1.2, 0.3, -0.4, 0.0, -0.2, 0.9, 0.5, 0.0, 0.6, -0.1, 1.4, 0.0, 0.3, -0.7, 0.2, 1.0);
  }

  private static float[] m4b() {
    return fa(0.8, -0.5, 0.1, 0.2, 0.4, 1.1, -0.3, 0.1, -0.2, 0.6, 0.9, -0.4, 0.5, 0.2, -0.6, 1.3);
  }

  /** The quaternion (x, y, z, w)/|.| as setFromMat's nine arguments (row by row), rounded to float. */
  private static Object[] rotation(double x, double y, double z, double w) {
    float[] r = new float[16];
    new Quaternion((float) x, (float) y, (float) z, (float) w).normalize().toMatrix(r);
    return args(r[0], r[4], r[8], r[1], r[5], r[9], r[2], r[6], r[10]);
  }

  /** setFromMat's nine arguments with the diagonal (d0, d1, d2) and fixed off-diagonal elements. */
  private static Object[] matrix(double d0, double d1, double d2) {
    return args((float) d0, 0.2f, -0.1f, 0.3f, (float) d1, 0.4f, -0.2f, 0.1f, (float) d2);
  }

  private static List<Entry> joglEntries() {
    Function<Class<?>, Object> a2 = floats(1.3, -0.6);
    Function<Class<?>, Object> a3 = floats(1.2, -0.7, 2.1);
    Function<Class<?>, Object> quat = floats(0.2, -0.4, 0.3, 0.8);
    // setFromMat's four branches: a rotation (T = 1 + trace = 4 w^2 > 0), then matrices of T < 0 (not rotations: a
    // rotation's T is never negative) whose largest diagonal element is m00, m11 and m22
    Object[][] rotations = {rotation(0.2, -0.4, 0.3, 0.8), matrix(0.5, -0.9, -0.8), matrix(-0.9, 0.5, -0.8),
      matrix(-0.9, -0.8, 0.5)};
    return List.of(
        jogl(correct("jogl/Vec2f.scale", Vec2f.class, "scale", args(1.5f)).on(a2)),
        jogl(correct("jogl/Vec2f.add", Vec2f.class, "add", args(v2(-0.4, 1.1))).on(a2)),
        jogl(correct("jogl/Vec2f.rotate", Vec2f.class, "rotate", args(0.7f, v2(0.2, 0.3))).on(a2)),
        jogl(correct("jogl/Vec2f.length", Vec2f.class, "length", args()).on(a2)),
        jogl(correct("jogl/Vec2f.normalize", Vec2f.class, "normalize", args()).on(a2)),
        jogl(correct("jogl/Vec2f.dist", Vec2f.class, "dist", args(v2(-0.4, 1.1))).on(a2)),
        jogl(correct("jogl/Vec2f.cross", Vec2f.class, "cross", args(v2(-0.4, 1.1))).on(a2)),
        jogl(correct("jogl/Vec2f.angle", Vec2f.class, "angle", args(v2(-0.4, 1.1))).on(a2)),
        jogl(correct("jogl/Vec2f.mul", Vec2f.class, "mul", args(v2(-0.4, 1.1), v2(0.8, 1.7))).on(a2)),
        jogl(correct("jogl/Vec3f.scale", Vec3f.class, "scale", args(1.5f)).on(a3)),
        jogl(correct("jogl/Vec3f.mul", Vec3f.class, "mul", args(v3(0.4, 1.9, -0.8), v3(0.7, -0.3, 1.1))).on(a3)),
        jogl(correct("jogl/Vec3f.sub", Vec3f.class, "sub", args(v3(0.4, 1.9, -0.8))).on(a3)),
        jogl(correct("jogl/Vec3f.length", Vec3f.class, "length", args()).on(a3)),
        jogl(correct("jogl/Vec3f.normalize", Vec3f.class, "normalize", args()).on(a3)),
        jogl(correct("jogl/Vec3f.dist", Vec3f.class, "dist", args(v3(0.4, 1.9, -0.8))).on(a3)),
        jogl(correct("jogl/Vec3f.dot", Vec3f.class, "dot", args(v3(0.4, 1.9, -0.8))).on(a3)),
        jogl(correct("jogl/Vec3f.cross", Vec3f.class, "cross", args(v3(0.4, 1.9, -0.8), v3(0.7, -0.3, 1.1))).on(a3)),
        jogl(correct("jogl/Vec3f.cosAngle", Vec3f.class, "cosAngle", args(v3(0.4, 1.9, -0.8))).on(a3)),
        jogl(correct("jogl/Vec3f.angle", Vec3f.class, "angle", args(v3(0.4, 1.9, -0.8))).on(a3)),
        jogl(correct("jogl/Quaternion.magnitude", Quaternion.class, "magnitude", args()).on(quat)),
        jogl(correct("jogl/Quaternion.normalize", Quaternion.class, "normalize", args()).on(quat)),
        jogl(correct("jogl/Quaternion.invert", Quaternion.class, "invert", args()).on(quat)),
        jogl(correct("jogl/Quaternion.mult", Quaternion.class, "mult", args(q(0.5, 0.1, -0.6, 0.7))).on(quat)),
        jogl(correct("jogl/Quaternion.rotateByAngleNormalAxis", Quaternion.class, "rotateByAngleNormalAxis",
            args(0.6f, 0.48f, 0.6f, 0.64f)).on(quat)),
        jogl(correct("jogl/Quaternion.rotateByAngleX", Quaternion.class, "rotateByAngleX", args(0.6f)).on(quat)),
        jogl(correct("jogl/Quaternion.rotateByEuler", Quaternion.class, "rotateByEuler", args(0.3f, -0.5f, 0.2f)).on(quat)),
        jogl(correct("jogl/Quaternion.rotateVector", Quaternion.class, "rotateVector", args(v3(0.4, 1.9, -0.8),
            v3(0, 0, 0))).on(quat)),
        jogl(correct("jogl/Quaternion.setSlerp", Quaternion.class, "setSlerp", args(q(0.1, 0.2, 0.3, 0.9),
            q(-0.3, 0.5, 0.1, 0.8), 0.35f), args(q(0.1, 0.2, 0.3, 0.9), q(0.3, -0.5, -0.1, -0.8), 0.35f)).on(quat)),
        jogl(correct("jogl/Quaternion.setFromVectors", Quaternion.class, "setFromVectors", args(v3(0.4, 1.9, -0.8),
            v3(0.7, -0.3, 1.1), v3(0, 0, 0), v3(0, 0, 0))).on(quat)),
        jogl(correct("jogl/Quaternion.setFromAngleAxis", Quaternion.class, "setFromAngleAxis", args(0.6f,
            v3(0.4, 1.9, -0.8), v3(0, 0, 0))).on(quat)),
        jogl(correct("jogl/Quaternion.toAngleAxis", Quaternion.class, "toAngleAxis", args(v3(0, 0, 0))).on(quat)),
        jogl(correct("jogl/Quaternion.setFromEuler", Quaternion.class, "setFromEuler", args(0.3f, -0.5f, 0.2f)).on(quat)),
        jogl(knownWrong("jogl/Quaternion.setFromEuler (zero angles)", Quaternion.class, "setFromEuler", ZERO_ANGLES,
            args(0f, 0f, 0f))
            .on(quat)),
        jogl(knownWrong("jogl/Quaternion.rotateByEuler (zero angles)", Quaternion.class, "rotateByEuler", ZERO_ANGLES,
            args(0f, 0f, 0f))
            .on(floats(0.2, -0.4, 0.3, 0.8467585))),
        jogl(correct("jogl/Quaternion.toEuler", Quaternion.class, "toEuler", args(v3(0, 0, 0)))
            .on(floats(0.1, -0.2, 0.15, 0.96))),
        jogl(correct("jogl/Quaternion.setFromMat", Quaternion.class, "setFromMat", rotations).on(quat)),
        jogl(correct("jogl/Quaternion.setFromNormalVectors", Quaternion.class, "setFromNormalVectors", args(v3(0.6, 0.8, 0),
            v3(0, 0.6, 0.8), v3(0, 0, 0))).on(quat)),
        jogl(correct("jogl/Quaternion.rotateByAngleY", Quaternion.class, "rotateByAngleY", args(0.6f)).on(quat)),
        jogl(correct("jogl/Quaternion.setFromAngleNormalAxis", Quaternion.class, "setFromAngleNormalAxis", args(0.6f,
            v3(0.48, 0.6, 0.64))).on(quat)),
        jogl(correct("jogl/Quaternion.toMatrix", Quaternion.class, "toMatrix", args((Object) new float[16])).on(quat)),
        jogl(correct("jogl/Quaternion.setLookAt", Quaternion.class, "setLookAt", args(v3(0.4, 1.9, -0.8), v3(0.1, 0.2, 1.0),
            v3(0, 0, 0), v3(0, 0, 0), v3(0, 0, 0))).on(quat)),
        jogl(correct("jogl/FloatUtil.makeTranslation", FloatUtil.class, "makeTranslation", args(new float[16], true,
            0.4f, -1.2f, 2.5f), args(m4(), false, 0.4f, -1.2f, 2.5f))),
        jogl(correct("jogl/FloatUtil.makePerspective", FloatUtil.class, "makePerspective", args(new float[16], 0, true,
            0.9f, 1.6f, 0.5f, 40f))),
        jogl(correct("jogl/FloatUtil.makeLookAt", FloatUtil.class, "makeLookAt", args(new float[16], 0,
            fa(1.5, 2.0, 3.0), 0, fa(0.2, -0.1, 0.3), 0, fa(0.0, 1.0, 0.1), 0, new float[16]))),
        jogl(correct("jogl/FloatUtil.matrixDeterminant", FloatUtil.class, "matrixDeterminant", args((Object) m4()),
            args((Object) m4b()))),
        jogl(correct("jogl/FloatUtil.invertMatrix", FloatUtil.class, "invertMatrix", args(m4(), new float[16]),
            args(m4b(), new float[16]))),
        jogl(correct("jogl/FloatUtil.multMatrix", FloatUtil.class, "multMatrix", args(m4(), m4b(), new float[16]))),
        jogl(correct("jogl/FloatUtil.multMatrixVec", FloatUtil.class, "multMatrixVec", args(m4(), fa(0.4, -1.1, 0.7, 1.0),
            new float[4]))),
        jogl(correct("jogl/FloatUtil.mapObjToWin", FloatUtil.class, "mapObjToWin", args(0.3f, -0.2f, -2.5f, m4b(), 0,
            FloatUtil.makePerspective(new float[16], 0, true, 0.9f, 1.6f, 0.5f, 40f), 0, new int[] {0, 0, 640, 400}, 0,
            new float[3], 0, new float[4], new float[4]))),
        jogl(correct("jogl/FloatUtil.mapWinToObj", FloatUtil.class, "mapWinToObj", args(310.5f, 190.25f, 0.93f, m4b(), 0,
            FloatUtil.makePerspective(new float[16], 0, true, 0.9f, 1.6f, 0.5f, 40f), 0, new int[] {0, 0, 640, 400}, 0,
            new float[3], 0, new float[16], new float[16]))),
        jogl(correct("jogl/FloatUtil.makePick", FloatUtil.class, "makePick", args(new float[16], 310.5f, 190.25f, 5.5f,
            4.0f, new int[] {0, 0, 640, 400}, 0, new float[16]))),
        jogl(correct("jogl/FloatUtil.makeFrustum", FloatUtil.class, "makeFrustum", args(new float[16], 0, true, -0.4f, 0.5f,
            -0.3f, 0.35f, 0.5f, 40f))),
        jogl(correct("jogl/FloatUtil.transposeMatrix", FloatUtil.class, "transposeMatrix", args(m4(), new float[16]))),
        jogl(correct("jogl/FloatUtil.getZBufferEpsilon", FloatUtil.class, "getZBufferEpsilon", args(16, 3.5f, 0.5f))),
        jogl(correct("jogl/VectorUtil.distVec3", VectorUtil.class, "distVec3", args(fa(1.2, -0.7, 2.1), fa(0.4, 1.9, -0.8)))),
        jogl(correct("jogl/VectorUtil.normSquareVec3", VectorUtil.class, "normSquareVec3", args((Object) fa(1.2, -0.7, 2.1)))),
        jogl(correct("jogl/VectorUtil.normVec2", VectorUtil.class, "normVec2", args((Object) fa(1.2, -0.7)))),
        jogl(correct("jogl/VectorUtil.normalizeVec3", VectorUtil.class, "normalizeVec3", args((Object) fa(1.2, -0.7, 2.1)))),
        jogl(correct("jogl/VectorUtil.scaleVec2", VectorUtil.class, "scaleVec2", args(new float[2], fa(1.2, -0.7), 1.5f))),
        jogl(correct("jogl/VectorUtil.divVec2", VectorUtil.class, "divVec2", args(new float[2], fa(1.2, -0.7), 1.5f))),
        jogl(correct("jogl/VectorUtil.crossVec3", VectorUtil.class, "crossVec3", args(new float[4], 1, fa(9, 1.2, -0.7, 2.1), 1,
            fa(0.4, 1.9, -0.8), 0))),
        jogl(correct("jogl/VectorUtil.midpoint", VectorUtil.class, "midpoint", args(v3(0, 0, 0), v3(1.2, -0.7, 2.1),
            v3(0.4, 1.9, -0.8)))),
        jogl(correct("jogl/VectorUtil.determinant", VectorUtil.class, "determinant", args(v3(1.2, -0.7, 2.1),
            v3(0.4, 1.9, -0.8), v3(0.7, -0.3, 1.1)))),
        jogl(correct("jogl/VectorUtil.getPlaneVec3", VectorUtil.class, "getPlaneVec3", args(v4(0, 0, 0, 0), v3(1.2, -0.7, 2.1),
            v3(0.4, 1.9, -0.8), v3(0.7, -0.3, 1.1), v3(0, 0, 0), v3(0, 0, 0), v3(0, 0, 0)))));
  }

  // ---- Rebound: the core's classes are loaded (and differentiated) together
  private static final List<Class<?>> REBOUND = List.of(BaseSpringSystem.class, BouncyConversion.class,
      OrigamiValueConverter.class, SimpleSpringListener.class, Spring.class, SpringConfig.class,
      SpringConfigRegistry.class, SpringListener.class, SpringLooper.class, SpringSystemListener.class, SpringUtil.class,
      SteppingLooper.class, SynchronousLooper.class);

  private static Entry rebound(Entry e) {
    return e.with(REBOUND.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  private static Class<?> inLoader(Class<?> c, String name) {
    try {
      return Class.forName("dev.leibniz.corpus.rebound." + name, true, c.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Object invoke(Object target, String name, Object... args) {
    for (Class<?> k = target.getClass(); k != null; k = k.getSuperclass()) {
      for (Method m : k.getDeclaredMethods()) {
        if (!m.getName().equals(name) || m.getParameterCount() != args.length) continue;
        try {
          m.setAccessible(true);
          return m.invoke(target, args);
        } catch (IllegalArgumentException wrongTypes) {
          // another overload
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no " + name + " on " + target.getClass().getName());
  }

  /** A spring system of the entry's loader, stepped by hand (a SteppingLooper, as Rebound's own tests do). */
  private static Object system(Class<?> c) {
    Object looper = construct().apply(inLoader(c, "SteppingLooper"));
    return construct(looper).apply(inLoader(c, "BaseSpringSystem"));
  }

  /** A spring of tension 230.2 and friction 22 (Origami's 40 and 7) moving from 0.3 towards 1 at velocity 0.5. */
  private static Object spring(Object system, Class<?> c) {
    Object spring = invoke(system, "createSpring");
    invoke(spring, "setSpringConfig", construct(230.2, 22.0).apply(inLoader(c, "SpringConfig")));
    invoke(spring, "setCurrentValue", 0.3);
    invoke(spring, "setEndValue", 1.0);
    invoke(spring, "setVelocity", 0.5);
    return spring;
  }

  private static Function<Class<?>, Object> moving() {
    return c -> spring(system(c), c);
  }

  private static Function<Class<?>, Object> systemWithSpring() {
    return c -> {
      Object system = system(c);
      spring(system, c);
      return system;
    };
  }

  private static final String ACTIVATE = "BaseSpringSystem.activateSpring(String), which returns nothing and may write"
      + " fields: it adds the spring to the system's CopyOnWriteArraySet, sets mIdle and calls SpringLooper.start() through"
      + " the interface, and SynchronousLooper.start() runs loop() until every spring rests, advancing each active spring's"
      + " double state (a refusal that is right)";

  private static List<Entry> reboundEntries() {
    return List.of(
        rebound(correct("rebound/SpringUtil.mapValueFromRangeToRange", SpringUtil.class, "mapValueFromRangeToRange",
            args(0.35, -0.2, 1.4, 10.0, 30.0))),
        rebound(correct("rebound/SpringUtil.clamp", SpringUtil.class, "clamp", args(0.35, -0.2, 1.4), args(1.7, -0.2, 1.4))),
        rebound(correct("rebound/OrigamiValueConverter.tensionFromOrigamiValue", OrigamiValueConverter.class,
            "tensionFromOrigamiValue", args(40.0))),
        rebound(correct("rebound/OrigamiValueConverter.frictionFromOrigamiValue", OrigamiValueConverter.class,
            "frictionFromOrigamiValue", args(7.0))),
        rebound(correct("rebound/BouncyConversion.normalize", BouncyConversion.class, "normalize", args(4.7, 0.0, 20.0))
            .on(construct(12.0, 8.0))),
        rebound(correct("rebound/BouncyConversion.project_normal", BouncyConversion.class, "project_normal",
            args(0.35, 0.5, 200.0)).on(construct(12.0, 8.0))),
        rebound(correct("rebound/BouncyConversion.quadratic_out_interpolation", BouncyConversion.class,
            "quadratic_out_interpolation", args(0.2, 14.0, 0.01)).on(construct(12.0, 8.0))),
        rebound(correct("rebound/BouncyConversion.b3_friction1", BouncyConversion.class, "b3_friction1", args(12.5))
            .on(construct(12.0, 8.0))),
        rebound(correct("rebound/BouncyConversion.b3_nobounce", BouncyConversion.class, "b3_nobounce", args(12.5),
            args(30.0), args(70.5)).on(construct(12.0, 8.0))),
        rebound(correct("rebound/Spring.getCurrentDisplacementDistance", Spring.class, "getCurrentDisplacementDistance",
            args()).on(moving())),
        rebound(refused("rebound/Spring.advance", Spring.class, "advance", "setVelocity(0), called when the spring comes to rest or overshoots with clamping, calls " + ACTIVATE + "; the core also warns at line 338 that the tension and friction read from mSpringConfig (a SpringConfig, no shadow) are passive", args(0.0167), args(0.0042)).on(moving())),
        rebound(correct("rebound/Spring.setAtRest", Spring.class, "setAtRest", args()).on(moving())),
        rebound(correct("rebound/Spring.interpolate", Spring.class, "interpolate", args(0.35)).on(moving())),
        rebound(refused("rebound/Spring.setCurrentValue", Spring.class, "setCurrentValue", "setCurrentValue(double, boolean) calls " + ACTIVATE, args(0.45)).on(moving())),
        rebound(refused("rebound/Spring.setVelocity", Spring.class, "setVelocity", "it calls " + ACTIVATE, args(-0.8)).on(moving())),
        rebound(refused("rebound/BaseSpringSystem.loop", BaseSpringSystem.class, "loop", "advance(double) calls Spring.advance, which is refused (setVelocity(0) calls " + ACTIVATE + ")", args(16.7))
            .on(systemWithSpring())));
  }

  static List<Entry> entries() {
    List<Entry> all = new ArrayList<>(joglEntries());
    all.addAll(reboundEntries());
    return all;
  }
}
