package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.ardor3d.EqualsUtil;
import dev.leibniz.corpus.ardor3d.HashUtil;
import dev.leibniz.corpus.ardor3d.MathConstants;
import dev.leibniz.corpus.ardor3d.MathUtils;
import dev.leibniz.corpus.ardor3d.ObjectPool;
import dev.leibniz.corpus.ardor3d.Poolable;
import dev.leibniz.corpus.ardor3d.Quaternion;
import dev.leibniz.corpus.ardor3d.ReadOnlyQuaternion;
import dev.leibniz.corpus.ardor3d.ReadOnlyVector2;
import dev.leibniz.corpus.ardor3d.ReadOnlyVector3;
import dev.leibniz.corpus.ardor3d.Vector2;
import dev.leibniz.corpus.ardor3d.Vector3;
import java.util.List;

/**
 * The twenty-fourth round of the corpus table: Ardor3D's math library (zlib, ids {@code ardor3d/...}), a project the
 * corpus had not used. Its vectors and quaternions are mutable objects of protected double fields read through
 * read-only interfaces ({@code ReadOnlyVector3}, {@code ReadOnlyVector2}, {@code ReadOnlyQuaternion}: every parameter
 * is declared with one), results go into a {@code store} parameter (a new object when it is null) or into {@code this}
 * ({@code ...Local}, fluent), temporaries come from a {@code ThreadLocal} object pool ({@code
 * Vector3.fetchTempInstance()}), equality tests go through {@code equals(Object)} and {@code EqualsUtil}, and {@code
 * MathUtils} holds the static helpers (spherical coordinates, s-curves, clamps). Kept apart from {@link Corpus} so that
 * rounds merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class TwentyFourthRound {
  private TwentyFourthRound() {}

  /** A pooled temporary from Vector3.fetchTempInstance() is given to normalize/cross called on an interface. */
  static final String POOLED_TEMP = "a Vector3 from the ThreadLocal pool (Vector3.fetchTempInstance(), possibly new) is"
      + " given as the store of ReadOnlyVector3.normalize/cross, an interface call whose result's shadow the caller"
      + " learns only in split mode";

  /**
   * Quaternion.slerp and invert make new Quaternion() when the store is null. Quaternion() = this(Quaternion.IDENTITY) is
   * a blank constructor since it may copy a static constant (objects.StaticIdentityConstructorsTest: normalize and multiply
   * moved up); these two then give the new store to a call that may keep it.
   */
  static final String NEW_STORE = "the new Quaternion() made when the store is null (a blank store: it copies the static"
      + " constant Quaternion.IDENTITY) is given to a call that may keep it: slerp's startQuat.equals(result), a JDK method"
      + " (Object.equals) given an object with derivatives; invert's conjugate(store), an overridable method of the non-final"
      + " Quaternion";

  // Ardor3D: the math classes are loaded (and differentiated) together
  private static final List<Class<?>> ARDOR3D = List.of(Vector3.class, Vector2.class, Quaternion.class, MathUtils.class,
      ReadOnlyVector3.class, ReadOnlyVector2.class, ReadOnlyQuaternion.class, ObjectPool.class, Poolable.class,
      MathConstants.class, EqualsUtil.class, HashUtil.class);

  private static Entry ardor3d(Entry e) {
    return e.with(ARDOR3D.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  private static Entry.InLoader vec(double x, double y, double z) {
    return inLoaderOf(Vector3.class, x, y, z);
  }

  private static Entry.InLoader store3() {
    return inLoaderOf(Vector3.class);
  }

  private static Entry.InLoader vec2(double x, double y) {
    return inLoaderOf(Vector2.class, x, y);
  }

  private static Entry.InLoader quat(double x, double y, double z, double w) {
    return inLoaderOf(Quaternion.class, x, y, z, w);
  }

  private static Entry.InLoader storeQ() {
    return inLoaderOf(Quaternion.class);
  }

  private static final double[] A = {1.2, -0.7, 2.1};
  private static final double[] B = {0.4, 1.9, -0.8};

  private static java.util.function.Function<Class<?>, Object> a() {
    return construct(A[0], A[1], A[2]);
  }

  private static Entry.InLoader b() {
    return vec(B[0], B[1], B[2]);
  }

  // a quaternion away from unit length, and a unit one
  private static java.util.function.Function<Class<?>, Object> q() {
    return construct(0.3, -0.5, 0.4, 0.8);
  }

  static List<Entry> entries() {
    return List.of(
        // Vector3: mutable, parameters declared ReadOnlyVector3, results into a store or this
        ardor3d(correct("ardor3d/Vector3.length", Vector3.class, "length", args()).on(a())),
        ardor3d(correct("ardor3d/Vector3.distance", Vector3.class, "distance", args(b())).on(a())),
        ardor3d(correct("ardor3d/Vector3.distanceSquared", Vector3.class, "distanceSquared", args(b())).on(a())),
        ardor3d(correct("ardor3d/Vector3.dot", Vector3.class, "dot", args(b())).on(a())),
        ardor3d(correct("ardor3d/Vector3.cross", Vector3.class, "cross", args(b(), store3())).on(a())),
        ardor3d(correct("ardor3d/Vector3.crossLocal", Vector3.class, "crossLocal", args(b())).on(a())),
        ardor3d(correct("ardor3d/Vector3.normalize", Vector3.class, "normalize", args(store3())).on(a())),
        ardor3d(correct("ardor3d/Vector3.normalizeLocal", Vector3.class, "normalizeLocal", args()).on(a())),
        ardor3d(correct("ardor3d/Vector3.lerp", Vector3.class, "lerp", args(b(), 0.3, store3())).on(a())),
        ardor3d(correct("ardor3d/Vector3.lerpLocal", Vector3.class, "lerpLocal", args(vec(1.2, -0.7, 2.1), b(), 0.3))
            .on(construct(0.0, 0.0, 0.0))),
        ardor3d(correct("ardor3d/Vector3.scaleAdd", Vector3.class, "scaleAdd", args(1.7, b(), store3())).on(a())),
        ardor3d(correct("ardor3d/Vector3.smallestAngleBetween", Vector3.class, "smallestAngleBetween",
            args(vec(0.2, 0.7, -0.4))).on(construct(0.6, -0.3, 0.5))),
        ardor3d(correct("ardor3d/Vector3.subtract", Vector3.class, "subtract", args(b(), store3())).on(a())),
        ardor3d(correct("ardor3d/Vector3.multiply", Vector3.class, "multiply", args(-1.3, store3())).on(a())),
        ardor3d(correct("ardor3d/Vector3.divideLocal", Vector3.class, "divideLocal", args(b())).on(a())),
        ardor3d(correct("ardor3d/Vector3.negate", Vector3.class, "negate", args(store3())).on(a())),

        // Vector2
        ardor3d(correct("ardor3d/Vector2.angleBetween", Vector2.class, "angleBetween", args(vec2(-0.4, 1.1)))
            .on(construct(1.3, -0.6))),
        ardor3d(correct("ardor3d/Vector2.smallestAngleBetween", Vector2.class, "smallestAngleBetween",
            args(vec2(-0.4, 0.8))).on(construct(0.5, -0.3))),
        ardor3d(correct("ardor3d/Vector2.rotateAroundOrigin", Vector2.class, "rotateAroundOrigin",
            args(0.7, true, inLoaderOf(Vector2.class)), args(0.7, false, inLoaderOf(Vector2.class))).on(construct(1.3, -0.6))),
        ardor3d(correct("ardor3d/Vector2.normalize", Vector2.class, "normalize", args(inLoaderOf(Vector2.class)))
            .on(construct(1.3, -0.6))),
        ardor3d(correct("ardor3d/Vector2.distance", Vector2.class, "distance", args(vec2(-0.4, 1.1))).on(construct(1.3, -0.6))),
        ardor3d(correct("ardor3d/Vector2.lerp", Vector2.class, "lerp", args(vec2(-0.4, 1.1), 0.3, inLoaderOf(Vector2.class)))
            .on(construct(1.3, -0.6))),
        ardor3d(correct("ardor3d/Vector2.getPolarAngle", Vector2.class, "getPolarAngle", args()).on(construct(1.3, -0.6))),
        ardor3d(correct("ardor3d/Vector2.scaleAddLocal", Vector2.class, "scaleAddLocal", args(1.7, vec2(-0.4, 1.1)))
            .on(construct(1.3, -0.6))),

        // Quaternion: mutable, fluent set(...), pooled temporaries
        ardor3d(refused("ardor3d/Quaternion.fromAngleAxis", Quaternion.class, "fromAngleAxis", POOLED_TEMP, args(0.9, b())).on(q())),
        ardor3d(correct("ardor3d/Quaternion.fromAngleNormalAxis", Quaternion.class, "fromAngleNormalAxis",
            args(0.9, vec(0.6, 0.0, 0.8))).on(q())),
        ardor3d(correct("ardor3d/Quaternion.toAngleAxis", Quaternion.class, "toAngleAxis", args(store3())).on(q())),
        ardor3d(refused("ardor3d/Quaternion.fromVectorToVector", Quaternion.class, "fromVectorToVector", POOLED_TEMP,
            args(vec(1.2, -0.7, 2.1), b())).on(q())),
        ardor3d(correct("ardor3d/Quaternion.normalize", Quaternion.class, "normalize", args(storeQ())).on(q())),
        ardor3d(correct("ardor3d/Quaternion.multiply", Quaternion.class, "multiply", args(quat(-0.2, 0.7, 0.1, 0.6), storeQ()))
            .on(q())),
        ardor3d(refused("ardor3d/Quaternion.slerp", Quaternion.class, "slerp", NEW_STORE, args(quat(-0.2, 0.7, 0.1, 0.6), 0.3, storeQ()))
            .on(q())),
        ardor3d(correct("ardor3d/Quaternion.apply", Quaternion.class, "apply", args(b(), store3())).on(q())),
        ardor3d(correct("ardor3d/Quaternion.fromEulerAngles", Quaternion.class, "fromEulerAngles", args(0.4, -0.3, 1.1)).on(q())),
        ardor3d(correct("ardor3d/Quaternion.toEulerAngles", Quaternion.class, "toEulerAngles", args((Object) new double[3]))
            .on(q())),
        ardor3d(correct("ardor3d/Quaternion.magnitude", Quaternion.class, "magnitude", args()).on(q())),
        ardor3d(correct("ardor3d/Quaternion.dot", Quaternion.class, "dot", args(quat(-0.2, 0.7, 0.1, 0.6))).on(q())),
        ardor3d(correct("ardor3d/Quaternion.invert", Quaternion.class, "invert", args(storeQ())).on(q())),
        ardor3d(correct("ardor3d/Quaternion.fromRotationMatrix", Quaternion.class, "fromRotationMatrix",
            args(0.36, 0.48, -0.8, -0.8, 0.6, 0.0, 0.48, 0.64, 0.6), args(-0.36, 0.48, -0.8, 0.8, 0.6, 0.0, 0.48, -0.64, -0.6))
            .on(q())),
        ardor3d(refused("ardor3d/Quaternion.lookAt", Quaternion.class, "lookAt", POOLED_TEMP, args(vec(1.2, -0.7, 2.1), vec(0.1, 1.0, 0.2)))
            .on(q())),
        ardor3d(correct("ardor3d/Quaternion.applyRotation", Quaternion.class, "applyRotation", args(0.9, 0.4, 1.9, -0.8)).on(q())),
        ardor3d(correct("ardor3d/Quaternion.getRotationColumn", Quaternion.class, "getRotationColumn",
            args(0, store3()), args(1, store3()), args(2, store3())).on(q())),
        ardor3d(correct("ardor3d/Quaternion.fromAxes", Quaternion.class, "fromAxes",
            args(vec(0.36, -0.8, 0.48), vec(0.48, 0.6, 0.64), vec(-0.8, 0.0, 0.6))).on(q())),
        ardor3d(correct("ardor3d/Quaternion.applyRotationX", Quaternion.class, "applyRotationX", args(0.9)).on(q())),

        // MathUtils: static helpers
        ardor3d(correct("ardor3d/MathUtils.inverseSqrt", MathUtils.class, "inverseSqrt", args(2.7))),
        ardor3d(correct("ardor3d/MathUtils.sphericalToCartesian", MathUtils.class, "sphericalToCartesian",
            args(vec(2.5, 0.7, -0.4), store3()))),
        ardor3d(correct("ardor3d/MathUtils.cartesianToSpherical", MathUtils.class, "cartesianToSpherical",
            args(vec(1.2, -0.7, 2.1), store3()), args(vec(-1.2, -0.7, 2.1), store3()))),
        ardor3d(correct("ardor3d/MathUtils.sphericalToCartesianZ", MathUtils.class, "sphericalToCartesianZ",
            args(vec(2.5, 0.7, -0.4), store3()))),
        ardor3d(correct("ardor3d/MathUtils.cartesianZToSpherical", MathUtils.class, "cartesianZToSpherical",
            args(vec(1.2, -0.7, 2.1), store3()), args(vec(-1.2, -0.7, 2.1), store3()))),
        ardor3d(correct("ardor3d/MathUtils.log", MathUtils.class, "log", args(7.5, 3.0))),
        ardor3d(correct("ardor3d/MathUtils.lerp", MathUtils.class, "lerp", args(0.3, 1.2, 3.5))),
        ardor3d(correct("ardor3d/MathUtils.scurve3", MathUtils.class, "scurve3", args(0.3))),
        ardor3d(correct("ardor3d/MathUtils.scurve5", MathUtils.class, "scurve5", args(0.3))),
        ardor3d(correct("ardor3d/MathUtils.clamp", MathUtils.class, "clamp", args(0.3, -1.0, 1.0), args(1.7, -1.0, 1.0),
            args(-2.5, -1.0, 1.0))),
        ardor3d(correct("ardor3d/MathUtils.moduloPositive", MathUtils.class, "moduloPositive", args(7.3, 2.5),
            args(-7.3, 2.5))));
  }
}
