package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoader;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.knownWrong;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.Entry.InLoader;
import dev.leibniz.corpus.lwjgl.vector.Matrix3f;
import dev.leibniz.corpus.lwjgl.vector.Matrix4f;
import dev.leibniz.corpus.lwjgl.vector.Quaternion;
import dev.leibniz.corpus.lwjgl.vector.Vector3f;
import dev.leibniz.corpus.lwjgl.vector.Vector4f;
import dev.leibniz.corpus.numbers.complex.Complex;
import dev.leibniz.corpus.rajawali.math.Matrix;
import dev.leibniz.corpus.rajawali.math.Matrix4;
import dev.leibniz.corpus.rajawali.math.vector.Vector3;
import java.util.List;
import java.util.function.Function;

/**
 * The nineteenth round of the corpus table: numbers kept in objects, from three projects the corpus had not used.
 * LWJGL 2's {@code org.lwjgl.util.vector} (BSD-3-Clause): float vectors, matrices and quaternions under an abstract
 * {@code Vector} whose final {@code length()} calls the subclass's {@code lengthSquared()}, static operations into a
 * {@code dest} that may be null (then allocated), and a quaternion set from a matrix through a private helper taking
 * nine floats. Rajawali's {@code org.rajawali3d.math} (Apache-2.0): double vectors, quaternions and a 4x4 matrix kept
 * in a {@code double[16]} field, each holding scratch objects in fields (a Quaternion's three Vector3, a Matrix4's
 * {@code mTmp} array, its scratch Quaternion and a lazily made Matrix4), static scratch objects ({@code Quaternion}'s
 * {@code sTmp1}, {@code Matrix.sTemp} behind {@code synchronized}), and Android's {@code Matrix} operations on arrays at
 * offsets. Apache Commons Numbers' {@code Complex} (Apache-2.0): an immutable value class whose operations return new
 * instances, with C99's special cases, scaling by exponents and functions passed as method references
 * ({@code ComplexConstructor}, {@code DoubleUnaryOperator}). Kept apart from {@link Corpus} so that rounds merge without
 * conflicts; {@link Corpus#entries()} appends it.
 */
final class NineteenthRound {
  private NineteenthRound() {}

  /**
   * Rajawali's Matrix4.rotate: Quaternion.toRotationMatrix() makes a new Matrix4 (blank: its constructor makes its arrays
   * and calls identity()), which rotate(Quaternion) keeps in the receiver's scratch field mMatrix.
   */
  static final String NEW_MATRIX4 = "adjoint: a callee keeps the new Matrix4 it made in the receiver's field mMatrix, null"
      + " before the first call (the receiver's fields change shape in the call)";

  /** Rajawali's Vector3.cross keeps a copy of this in a field made by the copy constructor new Vector3(this). */
  static final String COPY_CONSTRUCTOR = "mTmpVector3 = new Vector3(this): a copy constructor of active values";

  /** Rajawali's Quaternion.multiply(Vector3) returns its scratch field mTmpVec1, none of the objects passed to it. */
  static final String HELD_RESULT = "adjoint: Quaternion.multiply(Vector3) returns the scratch object its receiver holds"
      + " (mTmpVec1); it binds statically (Quaternion is final), but its split adjoint is not built (the overridable"
      + " Vector3.setAll it calls), so it is reversed jointly and the caller cannot learn the result's adjoint shadow"
      + " (the tangent finds the result in the receiver's field: objects.HeldResultsTest)";

  /** Rajawali's static scratch objects (Quaternion.sTmp1, WorldParameters.RIGHT_AXIS). */
  static final String STATIC_OBJECT = "an object in a static field receives derivatives";

  /** Android's Matrix.rotateM reads its static scratch array inside synchronized (sTemp). */
  static final String SYNCHRONIZED = "a field read inside a synchronized block";

  private static InLoader v3f(float x, float y, float z) {
    return inLoaderOf(Vector3f.class, x, y, z);
  }

  /** A Matrix3f with the fields m00, m01, m02, m10, ... m22 in this order (LWJGL: mij is column i, row j). */
  private static InLoader m3f(float... m) {
    return inLoader(Matrix3f.class, o -> setFloats(o, "m", 3, m));
  }

  private static InLoader m4f(float... m) {
    return inLoader(Matrix4f.class, o -> setFloats(o, "m", 4, m));
  }

  private static Function<Class<?>, Object> m3fReceiver(float... m) {
    return c -> {
      Object o = construct().apply(c);
      setFloats(o, "m", 3, m);
      return o;
    };
  }

  private static InLoader quatf(float x, float y, float z, float w) {
    return inLoaderOf(Quaternion.class, x, y, z, w);
  }

  private static final float[] GENERAL3 = {2f, -1f, 0.3f, 0.5f, 3f, 1f, -0.7f, 0.4f, 1.5f};
  private static final float[] GENERAL4 = {
    3f, -1f, 0.3f, 0.2f, 0.5f, 4f, 1f, -0.4f, -0.7f, 0.4f, 2.5f, 0.6f, 0.1f, -0.3f, 0.8f, 2f};
  /** Trace 0.9 >= 0: the first case of Quaternion.setFromMat. */
  private static final float[] TRACE_POSITIVE = {0.8f, 0.3f, -0.2f, -0.25f, 0.7f, 0.4f, 0.3f, -0.35f, -0.6f};
  /** Trace -0.6 < 0, largest diagonal m11: the second of its three other cases. */
  private static final float[] M11_LARGEST = {-0.5f, 0.2f, 0.1f, 0.3f, 0.8f, -0.4f, 0.6f, 0.1f, -0.9f};

  // Rajawali (double, column-major double[16])
  private static final double[] GENERAL16 = {
    3, -1, 0.3, 0.2, 0.5, 4, 1, -0.4, -0.7, 0.4, 2.5, 0.6, 0.1, -0.3, 0.8, 2};
  private static final double[] OTHER16 = {
    1.5, 0.2, -0.3, 0, 0.4, 2, 0.1, 0, -0.2, 0.6, 1.2, 0, 0.7, -1.1, 0.3, 1};
  /** A perspective-like matrix (last row not 0 0 0 1), for projectVector. */
  private static final double[] PROJECTIVE16 = {
    1.2, 0.1, -0.2, 0.05, 0.3, 1.4, 0.1, -0.1, -0.1, 0.2, -1.1, 0.2, 0.4, -0.3, 0.5, 2};

  private static Function<Class<?>, Object> matrix4(double[] m) {
    return construct((Object) m.clone());
  }

  private static InLoader matrix4Arg(double[] m) {
    return inLoaderOf(Matrix4.class, (Object) m.clone());
  }

  private static InLoader vector3(double x, double y, double z) {
    return inLoaderOf(Vector3.class, x, y, z);
  }

  private static InLoader quat(double w, double x, double y, double z) {
    return inLoaderOf(dev.leibniz.corpus.rajawali.math.Quaternion.class, w, x, y, z);
  }

  private static InLoader complex(double re, double im) {
    return inLoaderOf(Complex.class, re, im);
  }

  /** The Rajawali classes with entries: each calls the others' entry methods, which the agent would differentiate too. */
  private static final List<Class<?>> RAJAWALI = List.of(Matrix.class, Matrix4.class, Vector3.class,
      dev.leibniz.corpus.rajawali.math.Quaternion.class);

  /** The entry with the other Rajawali classes with entries differentiated and loaded with it. */
  private static Entry rajawali(Entry e) {
    return e.with(RAJAWALI.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  static List<Entry> entries() {
    Class<?> rq = dev.leibniz.corpus.rajawali.math.Quaternion.class;
    return List.of(
        // LWJGL 2: float fields, an abstract Vector, static operations into a dest
        correct("lwjgl/Vector3f.cross", Vector3f.class, "cross",
            args(v3f(0.3f, 1.2f, -0.5f), v3f(-0.7f, 0.4f, 2f), v3f(0f, 0f, 0f))),
        // a.length(): the final Vector.length() of a superclass without shadows, calling the abstract lengthSquared(), is
        // differentiated as Vector3f's code (core.TemplateView; refused before, and 0 silently before that)
        correct("lwjgl/Vector3f.angle", Vector3f.class, "angle", args(v3f(0.3f, 1.2f, -0.5f), v3f(-0.7f, 0.4f, 2f))),
        // Vector3f extends the abstract field-less Vector: split and built from values (core.objects.FieldlessBases)
        correct("lwjgl/Vector3f.normalise", Vector3f.class, "normalise", args(v3f(0f, 0f, 0f)))
            .on(construct(3f, -4f, 1.2f)),
        // returns this typed as the abstract Vector, which keeps its shadow slot now that angle's length() is Vector3f's
        // (core.SlotTypes; refused at the return before: objects.FluentSupertypeTest)
        correct("lwjgl/Vector3f.scale", Vector3f.class, "scale", args(0.7f)).on(construct(3f, -4f, 1.2f)),
        correct("lwjgl/Matrix3f.mul", Matrix3f.class, "mul", args(m3f(GENERAL3), m3f(TRACE_POSITIVE), m3f(new float[9]))),
        correct("lwjgl/Matrix3f.transform", Matrix3f.class, "transform",
            args(m3f(GENERAL3), v3f(0.3f, 1.2f, -0.5f), v3f(0f, 0f, 0f))),
        correct("lwjgl/Matrix3f.determinant", Matrix3f.class, "determinant", args()).on(m3fReceiver(GENERAL3)),
        correct("lwjgl/Matrix3f.invert", Matrix3f.class, "invert", args(m3f(GENERAL3), m3f(new float[9]))),
        correct("lwjgl/Matrix4f.rotate", Matrix4f.class, "rotate", args(0.7f, v3f(0.3f, 1.2f, -0.5f), m4f(GENERAL4), m4f(new float[16]))),
        correct("lwjgl/Matrix4f.invert", Matrix4f.class, "invert", args(m4f(GENERAL4), m4f(new float[16]))),
        correct("lwjgl/Quaternion.mul", Quaternion.class, "mul", args(quatf(0.2f, -0.4f, 0.4f, 0.8f), quatf(0.1f, 0.5f, -0.3f, 0.7f), quatf(0f, 0f, 0f, 1f))),
        correct("lwjgl/Quaternion.normalise", Quaternion.class, "normalise", args(quatf(0.2f, -0.4f, 0.4f, 0.9f), quatf(0f, 0f, 0f, 1f))),
        correct("lwjgl/Quaternion.setFromAxisAngle", Quaternion.class, "setFromAxisAngle",
            args(inLoaderOf(Vector4f.class, 0.3f, 1.2f, -0.5f, 0.7f))).on(construct()),
        correct("lwjgl/Quaternion.setFromMatrix", Quaternion.class, "setFromMatrix",
            args(m3f(TRACE_POSITIVE), quatf(0f, 0f, 0f, 1f)), args(m3f(M11_LARGEST), quatf(0f, 0f, 0f, 1f))),

        // Rajawali: a double[16] field, scratch objects in fields, static scratch
        rajawali(correct("rajawali/Matrix4.determinant", Matrix4.class, "determinant", args()).on(matrix4(GENERAL16))),
        rajawali(correct("rajawali/Matrix4.inverse", Matrix4.class, "inverse", args()).on(matrix4(GENERAL16))),
        rajawali(correct("rajawali/Matrix4.multiply", Matrix4.class, "multiply", args(matrix4Arg(OTHER16))).on(matrix4(GENERAL16))),
        rajawali(correct("rajawali/Matrix4.lerp", Matrix4.class, "lerp", args(matrix4Arg(OTHER16), 0.3)).on(matrix4(GENERAL16))),
        rajawali(refused("rajawali/Matrix4.rotate", Matrix4.class, "rotate", NEW_MATRIX4, args(vector3(0.3, 1.2, -0.5), 35.0))
            .on(matrix4(GENERAL16))),
        rajawali(correct("rajawali/Matrix4.projectVector", Matrix4.class, "projectVector", args(vector3(0.3, 1.2, -0.5)))
            .on(matrix4(PROJECTIVE16))),
        rajawali(correct("rajawali/Matrix4.setToPerspective", Matrix4.class, "setToPerspective", args(0.5, 20.0, 60.0, 1.5))
            .on(construct())),
        rajawali(correct("rajawali/Vector3.normalize", Vector3.class, "normalize", args()).on(construct(3.0, -4.0, 1.2))),
        rajawali(refused("rajawali/Vector3.cross", Vector3.class, "cross", COPY_CONSTRUCTOR, args(vector3(-0.7, 0.4, 2))).on(construct(3.0, -4.0, 1.2))),
        rajawali(refused("rajawali/Vector3.rotateBy", Vector3.class, "rotateBy", HELD_RESULT, args(quat(0.8, 0.2, -0.4, 0.4)))
            .on(construct(3.0, -4.0, 1.2))),
        rajawali(correct("rajawali/Quaternion.slerp", rq, "slerp", args(quat(0.6, 0.0, 0.48, 0.64), 0.3))
            .on(construct(0.9, 0.2, -0.4, 0.4))),
        rajawali(correct("rajawali/Quaternion.fromAngleAxis", rq, "fromAngleAxis", args(vector3(0.3, 1.2, -0.5), 35.0))
            .on(construct())),
        rajawali(correct("rajawali/Quaternion.multiply", rq, "multiply", args(vector3(3, -4, 1.2))).on(construct(0.8, 0.2, -0.4, 0.4))),
        rajawali(correct("rajawali/Quaternion.getRotationX", rq, "getRotationX", args()).on(construct(0.8, 0.2, -0.4, 0.4))),
        rajawali(refused("rajawali/Quaternion.fromRotationBetween", rq, "fromRotationBetween", STATIC_OBJECT, args(1.0, 0.2, -0.3, 0.1, 1.0, 0.4))
            .on(construct())),
        rajawali(refused("rajawali/Quaternion.nlerp", rq, "nlerp", STATIC_OBJECT, args(quat(0.9, 0.2, -0.4, 0.4), quat(0.6, 0.0, 0.48, 0.64), 0.3, true))),
        rajawali(correct("rajawali/Matrix.invertM", Matrix.class, "invertM", args(new double[16], 0, GENERAL16.clone(), 0))),
        rajawali(refused("rajawali/Matrix.rotateM", Matrix.class, "rotateM", SYNCHRONIZED, args(GENERAL16.clone(), 0, 35.0, 0.3, 1.2, -0.5))),

        // Commons Numbers Complex: an immutable value class, new results
        correct("numbers/Complex.abs", Complex.class, "abs", args()).on(construct(1.3, -0.7)),
        correct("numbers/Complex.multiply", Complex.class, "multiply", args(complex(0.4, 2.1))).on(construct(1.3, -0.7)),
        correct("numbers/Complex.divide", Complex.class, "divide", args(complex(0.4, 2.1))).on(construct(1.3, -0.7)),
        correct("numbers/Complex.exp", Complex.class, "exp", args()).on(construct(1.3, -0.7)),
        correct("numbers/Complex.log", Complex.class, "log", args()).on(construct(1.3, -0.7)),
        correct("numbers/Complex.sqrt", Complex.class, "sqrt", args()).on(construct(1.3, -0.7)),
        correct("numbers/Complex.pow", Complex.class, "pow", args(complex(0.4, 0.3))).on(construct(1.3, -0.7)),
        correct("numbers/Complex.asin", Complex.class, "asin", args()).on(construct(0.3, 0.4)));
  }

  /** Sets the float fields prefix + ij, i and j from 0 to n - 1, in this order, to values. */
  private static void setFloats(Object o, String prefix, int n, float[] values) {
    try {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          o.getClass().getField(prefix + i + j).setFloat(o, values[i * n + j]);
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
