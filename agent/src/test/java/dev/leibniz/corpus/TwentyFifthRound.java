package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoader;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.jbullet.AabbUtil2;
import dev.leibniz.corpus.jbullet.ArrayPool;
import dev.leibniz.corpus.jbullet.BulletGlobals;
import dev.leibniz.corpus.jbullet.JacobianEntry;
import dev.leibniz.corpus.jbullet.MatrixUtil;
import dev.leibniz.corpus.jbullet.ObjectArrayList;
import dev.leibniz.corpus.jbullet.QuaternionUtil;
import dev.leibniz.corpus.jbullet.ScalarUtil;
import dev.leibniz.corpus.jbullet.Transform;
import dev.leibniz.corpus.jbullet.TransformUtil;
import dev.leibniz.corpus.jbullet.VectorUtil;
import dev.leibniz.corpus.vecmath.AxisAngle4d;
import dev.leibniz.corpus.vecmath.AxisAngle4f;
import dev.leibniz.corpus.vecmath.Matrix3d;
import dev.leibniz.corpus.vecmath.Matrix3f;
import dev.leibniz.corpus.vecmath.Quat4d;
import dev.leibniz.corpus.vecmath.Quat4f;
import dev.leibniz.corpus.vecmath.Tuple3d;
import dev.leibniz.corpus.vecmath.Tuple3f;
import dev.leibniz.corpus.vecmath.Tuple4d;
import dev.leibniz.corpus.vecmath.Tuple4f;
import dev.leibniz.corpus.vecmath.Vector3d;
import dev.leibniz.corpus.vecmath.Vector3f;
import dev.leibniz.corpus.vecmath.Vector4d;
import dev.leibniz.corpus.vecmath.Vector4f;
import java.util.List;
import java.util.function.Function;

/**
 * The twenty-fifth round of the corpus table: two projects the corpus had not used, physics and graphics code that keeps
 * its numbers in mutable objects of public fields and calls across classes. Kenji Hiranabe's free {@code javax.vecmath}
 * (ids {@code vecmath/...}): {@code Vector3d}, {@code Quat4d}, {@code Matrix3d}, {@code AxisAngle4d} and their float
 * twins, results written into {@code this} ({@code q.mul(q1, q2)}, {@code m.invert(m1)}) through private helpers
 * ({@code setFromQuat}, {@code setFromAxisAngle}, {@code SVD}). JBullet, the Java port of the Bullet physics library
 * (ids {@code jbullet/...}), built on that API: its {@code linearmath} utilities (vectors, quaternions, matrices, rigid
 * transforms and their integration, bounding boxes) and the constraint solver's {@code JacobianEntry}, float code whose
 * temporaries come from JStackAlloc ({@code Stack.alloc}, here {@code new}) and from {@code ArrayPool}. Kept apart from
 * {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class TwentyFifthRound {
  private TwentyFifthRound() {}

  // vecmath: the classes an entry reaches are loaded (and differentiated) together
  private static final List<Class<?>> VECMATH = List.of(Tuple3d.class, Tuple3f.class, Tuple4d.class, Tuple4f.class,
      Vector3d.class, Vector3f.class, Vector4d.class, Vector4f.class, Quat4d.class, Quat4f.class, Matrix3d.class,
      Matrix3f.class, AxisAngle4d.class, AxisAngle4f.class);

  // JBullet: vecmath and the small helpers every entry may reach; the classes of heavier code only where an entry reaches
  // them (the core takes some 40 s on MatrixUtil and 50 s on TransformUtil on a loaded machine, once per class: each
  // entry's classes are differentiated within its time limit)
  private static final List<Class<?>> JBULLET = java.util.stream.Stream.concat(VECMATH.stream(),
      java.util.stream.Stream.of(VectorUtil.class, ScalarUtil.class, QuaternionUtil.class, ArrayPool.class,
          ObjectArrayList.class, BulletGlobals.class)).toList();

  private static Entry jbullet(Entry e, Class<?>... reached) {
    List<Class<?>> all = new java.util.ArrayList<>(JBULLET);
    all.addAll(List.of(reached));
    return e.with(all.stream().filter(c -> c != e.type()).distinct().toArray(Class<?>[]::new));
  }

  private static Entry vecmath(Entry e) {
    return e.with(VECMATH.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  /** MatrixUtil, reached through Transform (getRotation, setRotation). */
  private static Entry withMatrices(Entry e) {
    return jbullet(e, MatrixUtil.class);
  }

  /** Transform and the MatrixUtil it calls. */
  private static Entry withTransforms(Entry e) {
    return jbullet(e, MatrixUtil.class, Transform.class);
  }

  // ---- double vecmath arguments
  private static Entry.InLoader vec3d(double x, double y, double z) {
    return inLoaderOf(Vector3d.class, x, y, z);
  }

  private static Entry.InLoader quat4d(double x, double y, double z, double w) {
    return inLoaderOf(Quat4d.class, x, y, z, w);
  }

  private static Entry.InLoader axisAngle4d(double x, double y, double z, double angle) {
    return inLoaderOf(AxisAngle4d.class, x, y, z, angle);
  }

  private static Entry.InLoader mat3d(double... m) {
    return inLoaderOf(Matrix3d.class, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]);
  }

  // ---- float arguments (vecmath's float classes, JBullet)
  private static Entry.InLoader vec3f(double x, double y, double z) {
    return inLoaderOf(Vector3f.class, (float) x, (float) y, (float) z);
  }

  private static Entry.InLoader store3f() {
    return inLoaderOf(Vector3f.class);
  }

  private static Entry.InLoader vec4f(double x, double y, double z, double w) {
    return inLoaderOf(Vector4f.class, (float) x, (float) y, (float) z, (float) w);
  }

  private static Entry.InLoader quat4f(double x, double y, double z, double w) {
    return inLoaderOf(Quat4f.class, (float) x, (float) y, (float) z, (float) w);
  }

  private static Entry.InLoader storeQ4f() {
    return inLoaderOf(Quat4f.class);
  }

  private static Entry.InLoader mat3f(double... m) {
    return inLoaderOf(Matrix3f.class, floats(m));
  }

  private static Entry.InLoader storeM3f() {
    return inLoaderOf(Matrix3f.class);
  }

  private static Object[] floats(double... m) {
    Object[] boxed = new Object[m.length];
    for (int i = 0; i < m.length; i++) boxed[i] = (float) m[i];
    return boxed;
  }

  private static Function<Class<?>, Object> constructF(double... values) {
    return construct(floats(values));
  }

  /** A rotation (rows) and one slightly off it, both used as Transform bases and matrix arguments. */
  private static final double[] R = {0.36, 0.48, -0.8, -0.8, 0.6, 0.0, 0.48, 0.64, 0.6};
  private static final double[] R2 = {0.6, -0.8, 0.0, 0.64, 0.48, -0.6, 0.48, 0.36, 0.8};
  /** R R2, a rotation with no zero element: AabbUtil2.transformAabb takes the basis' absolute values, whose kink is 0. */
  private static final double[] R_R2 = {0.1392, -0.3456, -0.928, -0.096, 0.928, -0.36, 0.9856, 0.1392, 0.096};
  /** A rotation whose trace is negative (MatrixUtil.getRotation's second branch). */
  private static final double[] R_NEG = {-0.36, 0.48, -0.8, 0.8, 0.6, 0.0, 0.48, -0.64, -0.6};
  /** A general matrix (non-orthogonal, invertible) and a symmetric one. */
  private static final double[] M = {2.0, -0.7, 0.4, 0.3, 1.6, -0.5, -0.9, 0.2, 1.3};
  private static final double[] SYM = {2.0, 0.3, -0.4, 0.3, 1.1, 0.25, -0.4, 0.25, 0.7};

  /** Transform.setFromOpenGLMatrix's column-major array of a basis (rows) and an origin. */
  private static float[] openGl(double[] rows, double ox, double oy, double oz) {
    float[] m = new float[16];
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) m[c * 4 + r] = (float) rows[r * 3 + c];
    }
    m[12] = (float) ox;
    m[13] = (float) oy;
    m[14] = (float) oz;
    m[15] = 1f;
    return m;
  }

  private static void call(Object target, String method, Object... a) {
    for (java.lang.reflect.Method m : target.getClass().getMethods()) {
      if (!m.getName().equals(method) || m.getParameterCount() != a.length) continue;
      try {
        m.invoke(target, a);
        return;
      } catch (IllegalArgumentException wrongTypes) {
        // another overload
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no " + method + " on " + target.getClass().getName());
  }

  /** A Transform argument (made in the entry's loader) of the given basis and origin. */
  private static Entry.InLoader transform(double[] rows, double ox, double oy, double oz) {
    float[] m = openGl(rows, ox, oy, oz);
    return inLoader(Transform.class, t -> call(t, "setFromOpenGLMatrix", (Object) m.clone()));
  }

  /** A Transform receiver of the given basis and origin. */
  private static Function<Class<?>, Object> transformReceiver(double[] rows, double ox, double oy, double oz) {
    float[] m = openGl(rows, ox, oy, oz);
    return c -> {
      Object t = construct().apply(c);
      call(t, "setFromOpenGLMatrix", (Object) m.clone());
      return t;
    };
  }

  /** Sets the Vector3f held in {@code field} of {@code o}. */
  private static void setVector(Object o, String field, double x, double y, double z) {
    try {
      Object v = o.getClass().getField(field).get(o);
      call(v, "set", (float) x, (float) y, (float) z);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A JacobianEntry as init(...) leaves it: its five vectors and its diagonal (only the vectors are read here). */
  private static void jacobian(Object j, double s) {
    setVector(j, "linearJointAxis", 0.6, 0.0, 0.8);
    setVector(j, "aJ", 0.3 * s, -1.1, 0.4);
    setVector(j, "bJ", -0.5, 0.2 * s, 0.9);
    setVector(j, "m_0MinvJt", 0.15, -0.4 * s, 0.2);
    setVector(j, "m_1MinvJt", -0.1, 0.05, 0.45 * s);
  }

  static List<Entry> entries() {
    return List.of(
        // vecmath, double: results into this, private helpers
        vecmath(correct("vecmath/Vector3d.angle", Vector3d.class, "angle", args(vec3d(0.4, 1.9, -0.8)))
            .on(construct(1.2, -0.7, 2.1))),
        vecmath(correct("vecmath/Vector3d.cross", Vector3d.class, "cross", args(vec3d(1.2, -0.7, 2.1), vec3d(0.4, 1.9, -0.8)))
            .on(construct(0.0, 0.0, 0.0))),
        vecmath(correct("vecmath/Vector3d.normalize", Vector3d.class, "normalize", args()).on(construct(1.2, -0.7, 2.1))),
        vecmath(correct("vecmath/Quat4d.mul", Quat4d.class, "mul", args(quat4d(0.3, -0.5, 0.4, 0.8), quat4d(-0.2, 0.7, 0.1, 0.6)))
            .on(construct(0.0, 0.0, 0.0, 1.0))),
        vecmath(correct("vecmath/Quat4d.inverse", Quat4d.class, "inverse", args(quat4d(0.3, -0.5, 0.4, 0.8)))
            .on(construct(0.0, 0.0, 0.0, 1.0))),
        vecmath(correct("vecmath/Quat4d.normalize", Quat4d.class, "normalize", args()).on(construct(0.3, -0.5, 0.4, 0.8))),
        vecmath(correct("vecmath/Quat4d.set", Quat4d.class, "set", args(axisAngle4d(0.6, -0.3, 0.7, 0.9)))
            .on(construct(0.0, 0.0, 0.0, 1.0))),
        vecmath(correct("vecmath/Quat4d.interpolate", Quat4d.class, "interpolate",
            args(quat4d(0.3, -0.5, 0.4, 0.7), quat4d(-0.2, 0.7, 0.1, 0.6), 0.3)).on(construct(0.0, 0.0, 0.0, 1.0))),
        vecmath(correct("vecmath/AxisAngle4d.set", AxisAngle4d.class, "set", args(quat4d(0.3, -0.5, 0.4, 0.7)))
            .on(construct(0.0, 0.0, 1.0, 0.0))),
        vecmath(correct("vecmath/Matrix3d.invert", Matrix3d.class, "invert", args(mat3d(M))).on(construct())),
        vecmath(correct("vecmath/Matrix3d.determinant", Matrix3d.class, "determinant", args())
            .on(construct(M[0], M[1], M[2], M[3], M[4], M[5], M[6], M[7], M[8]))),
        vecmath(correct("vecmath/Matrix3d.set", Matrix3d.class, "set", args(axisAngle4d(0.6, -0.3, 0.7, 0.9))).on(construct())),
        vecmath(correct("vecmath/Matrix3d.transform", Matrix3d.class, "transform",
            args(vec3d(1.2, -0.7, 2.1), vec3d(0.0, 0.0, 0.0))).on(construct(M[0], M[1], M[2], M[3], M[4], M[5], M[6], M[7], M[8]))),
        vecmath(correct("vecmath/Matrix3d.normalize", Matrix3d.class, "normalize", args())
            .on(construct(M[0], M[1], M[2], M[3], M[4], M[5], M[6], M[7], M[8]))),
        vecmath(correct("vecmath/Matrix3d.normalizeCP", Matrix3d.class, "normalizeCP", args())
            .on(construct(M[0], M[1], M[2], M[3], M[4], M[5], M[6], M[7], M[8]))),
        // vecmath, float
        vecmath(correct("vecmath/Vector3f.angle", Vector3f.class, "angle", args(vec3f(0.4, 1.9, -0.8)))
            .on(constructF(1.2, -0.7, 2.1))),
        vecmath(correct("vecmath/Vector3f.normalize", Vector3f.class, "normalize", args()).on(constructF(1.2, -0.7, 2.1))),
        vecmath(correct("vecmath/Quat4f.interpolate", Quat4f.class, "interpolate",
            args(quat4f(0.3, -0.5, 0.4, 0.7), quat4f(-0.2, 0.7, 0.1, 0.6), 0.3)).on(constructF(0.0, 0.0, 0.0, 1.0))),
        vecmath(correct("vecmath/Matrix3f.invert", Matrix3f.class, "invert", args(mat3f(M))).on(construct())),

        // JBullet VectorUtil: static helpers writing a destination vector
        jbullet(correct("jbullet/VectorUtil.setInterpolate3", VectorUtil.class, "setInterpolate3",
            args(store3f(), vec3f(1.2, -0.7, 2.1), vec3f(0.4, 1.9, -0.8), 0.3f))),
        jbullet(correct("jbullet/VectorUtil.add", VectorUtil.class, "add",
            args(store3f(), vec3f(1.2, -0.7, 2.1), vec3f(0.4, 1.9, -0.8), vec3f(-0.3, 0.5, 0.9)))),
        jbullet(correct("jbullet/VectorUtil.div", VectorUtil.class, "div",
            args(store3f(), vec3f(1.2, -0.7, 2.1), vec3f(0.4, 1.9, -0.8)))),
        jbullet(correct("jbullet/VectorUtil.setMin", VectorUtil.class, "setMin",
            args(vec3f(1.2, -0.7, 2.1), vec3f(0.4, 1.9, -0.8)))),
        jbullet(correct("jbullet/VectorUtil.dot3", VectorUtil.class, "dot3",
            args(vec4f(1.2, -0.7, 2.1, 0.5), vec3f(0.4, 1.9, -0.8)))),
        jbullet(correct("jbullet/VectorUtil.normalize3", VectorUtil.class, "normalize3", args(vec4f(1.2, -0.7, 2.1, 0.5)))),
        jbullet(correct("jbullet/VectorUtil.cross3", VectorUtil.class, "cross3",
            args(store3f(), vec4f(1.2, -0.7, 2.1, 0.5), vec4f(0.4, 1.9, -0.8, -0.3)))),
        jbullet(correct("jbullet/VectorUtil.getCoord", VectorUtil.class, "getCoord", args(vec3f(1.2, -0.7, 2.1), 0),
            args(vec3f(1.2, -0.7, 2.1), 1), args(vec3f(1.2, -0.7, 2.1), 2))),
        // ScalarUtil
        jbullet(correct("jbullet/ScalarUtil.fsel", ScalarUtil.class, "fsel", args(0.5f, 1.2f, -0.7f), args(-0.5f, 1.2f, -0.7f))),
        jbullet(correct("jbullet/ScalarUtil.atan2Fast", ScalarUtil.class, "atan2Fast", args(0.7f, 1.3f), args(-0.7f, -1.3f))),
        // QuaternionUtil
        jbullet(correct("jbullet/QuaternionUtil.getAngle", QuaternionUtil.class, "getAngle", args(quat4f(0.3, -0.5, 0.4, 0.7)))),
        jbullet(correct("jbullet/QuaternionUtil.setRotation", QuaternionUtil.class, "setRotation",
            args(storeQ4f(), vec3f(1.2, -0.7, 2.1), 0.9f))),
        jbullet(correct("jbullet/QuaternionUtil.shortestArcQuat", QuaternionUtil.class, "shortestArcQuat",
            args(vec3f(0.36, 0.48, -0.8), vec3f(-0.8, 0.6, 0.0), storeQ4f()))),
        jbullet(correct("jbullet/QuaternionUtil.quatRotate", QuaternionUtil.class, "quatRotate",
            args(quat4f(0.3, -0.5, 0.4, 0.7), vec3f(1.2, -0.7, 2.1), store3f()))),
        jbullet(correct("jbullet/QuaternionUtil.setEuler", QuaternionUtil.class, "setEuler", args(storeQ4f(), 0.4f, -0.3f, 1.1f))),
        jbullet(correct("jbullet/QuaternionUtil.mul", QuaternionUtil.class, "mul",
            args(quat4f(0.3, -0.5, 0.4, 0.7), vec3f(1.2, -0.7, 2.1)))),
        // MatrixUtil
        withMatrices(correct("jbullet/MatrixUtil.scale", MatrixUtil.class, "scale", args(storeM3f(), mat3f(M), vec3f(1.2, -0.7, 2.1)))),
        withMatrices(correct("jbullet/MatrixUtil.absolute", MatrixUtil.class, "absolute", args(mat3f(M)))),
        withMatrices(correct("jbullet/MatrixUtil.setEulerZYX", MatrixUtil.class, "setEulerZYX", args(storeM3f(), 0.4f, -0.3f, 1.1f))),
        withMatrices(correct("jbullet/MatrixUtil.transposeTransform", MatrixUtil.class, "transposeTransform",
            args(store3f(), vec3f(1.2, -0.7, 2.1), mat3f(M)))),
        withMatrices(correct("jbullet/MatrixUtil.setRotation", MatrixUtil.class, "setRotation",
            args(storeM3f(), quat4f(0.3, -0.5, 0.4, 0.7)))),
        withMatrices(correct("jbullet/MatrixUtil.getRotation", MatrixUtil.class, "getRotation",
            args(mat3f(R), storeQ4f()),
            args(mat3f(R_NEG), storeQ4f()))),
        withMatrices(correct("jbullet/MatrixUtil.invert", MatrixUtil.class, "invert", args(mat3f(M)))),
        withMatrices(correct("jbullet/MatrixUtil.diagonalize", MatrixUtil.class, "diagonalize",
            args(mat3f(SYM), storeM3f(), 1e-5f, 20))),
        // Transform: a rigid transform of a Matrix3f basis and a Vector3f origin (final fields)
        withTransforms(correct("jbullet/Transform.transform", Transform.class, "transform", args(vec3f(1.2, -0.7, 2.1)))
            .on(transformReceiver(R, 0.5, -1.0, 2.0))),
        withTransforms(correct("jbullet/Transform.inverse", Transform.class, "inverse", args()).on(transformReceiver(R, 0.5, -1.0, 2.0))),
        withTransforms(correct("jbullet/Transform.mul", Transform.class, "mul",
            args(transform(R, 0.5, -1.0, 2.0), transform(R2, 0.7, -0.4, 1.5))).on(construct())),
        withTransforms(correct("jbullet/Transform.invXform", Transform.class, "invXform", args(vec3f(1.2, -0.7, 2.1), store3f()))
            .on(transformReceiver(R, 0.5, -1.0, 2.0))),
        withTransforms(correct("jbullet/Transform.getRotation", Transform.class, "getRotation",
            args(storeQ4f()))
            .on(transformReceiver(R, 0.5, -1.0, 2.0))),
        withTransforms(correct("jbullet/Transform.getOpenGLMatrix", Transform.class, "getOpenGLMatrix", args((Object) new float[16]))
            .on(transformReceiver(R, 0.5, -1.0, 2.0))),
        // TransformUtil: rigid transforms, integration
        withTransforms(correct("jbullet/TransformUtil.planeSpace1", TransformUtil.class, "planeSpace1",
            args(vec3f(0.2, 0.3, 0.93), store3f(), store3f()), args(vec3f(0.8, 0.5, 0.3), store3f(), store3f()))),
        withTransforms(correct("jbullet/TransformUtil.integrateTransform", TransformUtil.class, "integrateTransform",
            args(transform(R, 0.5, -1.0, 2.0), vec3f(1.2, -0.7, 2.1), vec3f(0.4, 1.9, -0.8), 0.1f, inLoader(Transform.class)))),
        withTransforms(correct("jbullet/TransformUtil.calculateVelocity", TransformUtil.class, "calculateVelocity",
            args(transform(R, 0.5, -1.0, 2.0), transform(R2, 0.7, -0.4, 1.5), 0.1f, store3f(), store3f()))),
        withTransforms(correct("jbullet/TransformUtil.calculateDiffAxisAngle", TransformUtil.class, "calculateDiffAxisAngle",
            args(transform(R, 0.5, -1.0, 2.0), transform(R2, 0.7, -0.4, 1.5), store3f(), (Object) new float[1]))),
        // AabbUtil2: bounding boxes
        withTransforms(correct("jbullet/AabbUtil2.transformAabb", AabbUtil2.class, "transformAabb",
            args(vec3f(-1.0, -0.5, -2.0), vec3f(1.5, 0.7, 1.0), 0.04f, transform(R_R2, 0.5, -1.0, 2.0), store3f(), store3f()))),
        withTransforms(correct("jbullet/AabbUtil2.rayAabb", AabbUtil2.class, "rayAabb",
            args(vec3f(-3.0, 0.2, 0.1), vec3f(3.0, -0.3, 0.4), vec3f(-1.0, -0.5, -2.0), vec3f(1.5, 0.7, 1.0),
                (Object) new float[] {1f}, store3f()))),
        withTransforms(correct("jbullet/AabbUtil2.aabbExpand", AabbUtil2.class, "aabbExpand",
            args(vec3f(-1.0, -0.5, -2.0), vec3f(1.5, 0.7, 1.0), vec3f(-0.1, -0.2, -0.05), vec3f(0.3, 0.1, 0.2)))),
        // JacobianEntry: the constraint solver's row
        jbullet(correct("jbullet/JacobianEntry.init", JacobianEntry.class, "init",
            args(mat3f(R), mat3f(R2), vec3f(0.3, -0.2, 0.5), vec3f(-0.4, 0.1, 0.2), vec3f(0.6, 0.0, 0.8),
                vec3f(2.0, 1.5, 1.2), 0.5f, vec3f(0.8, 0.9, 1.1), 0.25f)).on(construct())),
        jbullet(correct("jbullet/JacobianEntry.getNonDiagonal", JacobianEntry.class, "getNonDiagonal",
            args(inLoader(JacobianEntry.class, j -> jacobian(j, -1.3)), 0.5f, 0.25f)).on(c -> {
              Object j = construct().apply(c);
              jacobian(j, 1.0);
              return j;
            })),
        jbullet(correct("jbullet/JacobianEntry.getRelativeVelocity", JacobianEntry.class, "getRelativeVelocity",
            args(vec3f(1.2, -0.7, 2.1), vec3f(0.4, 1.9, -0.8), vec3f(-0.3, 0.5, 0.9), vec3f(0.2, -0.6, 0.1))).on(c -> {
              Object j = construct().apply(c);
              jacobian(j, 1.0);
              return j;
            })));
  }
}
