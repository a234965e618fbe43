package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoader;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.knownWrong;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.Entry.InLoader;
import dev.leibniz.corpus.jbox2d.common.Mat22;
import dev.leibniz.corpus.jbox2d.common.Mat33;
import dev.leibniz.corpus.jbox2d.common.MathUtils;
import dev.leibniz.corpus.jbox2d.common.Rot;
import dev.leibniz.corpus.jbox2d.common.Sweep;
import dev.leibniz.corpus.jbox2d.common.Transform;
import dev.leibniz.corpus.jbox2d.common.Vec2;
import dev.leibniz.corpus.jbox2d.common.Vec3;
import java.lang.reflect.Field;
import java.util.List;
import java.util.function.Function;

/**
 * The eighteenth round of the corpus table: JBox2D's common package (BSD-2-Clause), the small mutable value classes a
 * 2-D physics engine passes around — Vec2 and Vec3 with public float fields, Rot (a sine/cosine pair), Mat22 and
 * Mat33 whose columns are final Vec2/Vec3 fields, Transform (a Vec2 and a Rot), Sweep (a body's motion over a step,
 * three Vec2 and four floats) — whose methods write their results into out-parameters ({@code mulToOut},
 * {@code solveToOut}), into the receiver ({@code normalize}, {@code addLocal}, {@code advance}), through a static scratch
 * vector ({@code Transform.mulTransToOut}'s {@code pool}), and read a sine table (MathUtils with the library's default
 * Settings: the table on, no interpolation). Kept apart from {@link Corpus} so that rounds merge without conflicts;
 * {@link Corpus#entries()} appends it.
 */
final class EighteenthRound {
  private EighteenthRound() {}

  /**
   * Rot.set(angle) calls MathUtils.sin, which with JBox2D's default Settings (SINCOS_LUT_ENABLED, no LERP) reads
   * sinLUT[round(x / PRECISION) % LENGTH]: derivative 0 (tangent 0 where the sine's is -0.64). The core warns at load
   * about that read (MathUtils.java:82, its index rounded in a callee: round, then fastFloor's (int) cast) as about the
   * interpolating branch's (lines 76, 78): wrong by the function's standard, but not silently.
   */
  static final String SINE_TABLE = "sine table read at an index rounded in a callee (MathUtils.round): derivative 0 by"
      + " the rules, warned at load (MathUtils.java:82)";

  private static InLoader vec2(float x, float y) {
    return inLoaderOf(Vec2.class, x, y);
  }

  private static InLoader vec3(float x, float y, float z) {
    return inLoaderOf(Vec3.class, x, y, z);
  }

  /** A Rot of the angle, its sine and cosine set from Math (not through the library's table). */
  private static InLoader rot(double angle) {
    return inLoader(Rot.class, o -> set(o, "s", (float) Math.sin(angle), "c", (float) Math.cos(angle)));
  }

  private static InLoader rotOut() {
    return inLoader(Rot.class);
  }

  /** A Transform at (px, py) rotated by angle. */
  private static InLoader xf(float px, float py, double angle) {
    return inLoader(Transform.class, o -> {
      set(get(o, "p"), "x", px, "y", py);
      set(get(o, "q"), "s", (float) Math.sin(angle), "c", (float) Math.cos(angle));
    });
  }

  /** A 2x2 matrix given by rows: [a b; c d] (Mat22's constructor takes exx, col2x, exy, col2y). */
  private static InLoader mat22(float a, float b, float c, float d) {
    return inLoaderOf(Mat22.class, a, b, c, d);
  }

  /** A 3x3 matrix given by columns ex, ey, ez. */
  private static Object[] columns33(float... m) {
    Object[] boxed = new Object[9];
    for (int i = 0; i < 9; i++) boxed[i] = m[i];
    return boxed;
  }

  private static final float[] SPD = {4f, 1f, 0.5f, 1f, 3f, 0.2f, 0.5f, 0.2f, 2f};
  private static final float[] GENERAL = {2f, -1f, 0.3f, 0.5f, 3f, 1f, -0.7f, 0.4f, 1.5f};

  /** A Sweep from (c0, a0) to (c, a) about localCenter, advanced to alpha0. */
  private static Function<Class<?>, Object> sweep(float a0, float a, float alpha0) {
    return c -> {
      Object s = construct().apply(c);
      set(get(s, "localCenter"), "x", 0.2f, "y", -0.1f);
      set(get(s, "c0"), "x", 1.0f, "y", 2.0f);
      set(get(s, "c"), "x", 1.5f, "y", 1.7f);
      set(s, "a0", a0, "a", a, "alpha0", alpha0);
      return s;
    };
  }

  static List<Entry> entries() {
    return List.of(
        // Vec2: fields of the receiver read, written in place, results into an out-parameter
        correct("jbox2d/Vec2.length", Vec2.class, "length", args()).on(construct(3f, -4f)),
        correct("jbox2d/Vec2.normalize", Vec2.class, "normalize", args()).on(construct(3f, -4f)),
        correct("jbox2d/Vec2.addLocal", Vec2.class, "addLocal", args(vec2(0.5f, 1.5f))).on(construct(3f, -4f)),
        correct("jbox2d/Vec2.negate", Vec2.class, "negate", args()).on(construct(3f, -4f)),
        correct("jbox2d/Vec2.skew", Vec2.class, "skew", args(vec2(0f, 0f))).on(construct(3f, -4f)),
        correct("jbox2d/Vec2.cross", Vec2.class, "cross", args(vec2(0.3f, 1.2f), vec2(-0.7f, 0.4f))),
        correct("jbox2d/Vec2.crossToOut", Vec2.class, "crossToOut", args(vec2(0.3f, 1.2f), 2.5f, vec2(0f, 0f))),
        correct("jbox2d/Vec2.minToOut", Vec2.class, "minToOut", args(vec2(0.3f, 1.2f), vec2(-0.7f, 1.4f), vec2(0f, 0f))),
        correct("jbox2d/Vec3.crossToOut", Vec3.class, "crossToOut",
            args(vec3(0.3f, 1.2f, -0.5f), vec3(-0.7f, 0.4f, 2f), vec3(0f, 0f, 0f))),

        // Rot: a sine/cosine pair
        knownWrong("jbox2d/Rot.set", Rot.class, "set", SINE_TABLE, args(0.7f)).on(construct()),
        correct("jbox2d/Rot.getAngle", Rot.class, "getAngle", args()).on(construct()),
        correct("jbox2d/Rot.mul", Rot.class, "mul", args(rot(0.4), rot(-1.1), rotOut())),
        correct("jbox2d/Rot.mulToOut", Rot.class, "mulToOut", args(rot(0.4), vec2(0.3f, 1.2f), vec2(0f, 0f))),
        correct("jbox2d/Rot.mulTrans", Rot.class, "mulTrans", args(rot(0.4), rot(-1.1), rotOut())),

        // Mat22: columns in final Vec2 fields
        correct("jbox2d/Mat22.solveToOut", Mat22.class, "solveToOut", args(vec2(0.3f, 1.2f), vec2(0f, 0f)))
            .on(construct(2f, -1f, 0.5f, 3f)),
        correct("jbox2d/Mat22.invertToOut", Mat22.class, "invertToOut", args(mat22(0f, 0f, 0f, 0f)))
            .on(construct(2f, -1f, 0.5f, 3f)),
        correct("jbox2d/Mat22.mulToOut", Mat22.class, "mulToOut",
            args(mat22(2f, -1f, 0.5f, 3f), mat22(0.3f, 1.2f, -0.7f, 0.4f), mat22(0f, 0f, 0f, 0f))),
        correct("jbox2d/Mat22.solve", Mat22.class, "solve", args(vec2(0.3f, 1.2f))).on(construct(2f, -1f, 0.5f, 3f)),
        correct("jbox2d/Mat22.invertLocal", Mat22.class, "invertLocal", args()).on(construct(2f, -1f, 0.5f, 3f)),
        correct("jbox2d/Mat22.getAngle", Mat22.class, "getAngle", args()).on(construct(0.8f, -0.6f, 0.6f, 0.8f)),

        // Mat33: columns in final Vec3 fields; Cramer's rule through Vec3.crossToOutUnsafe into the out-parameter
        correct("jbox2d/Mat33.solve33ToOut", Mat33.class, "solve33ToOut", args(vec3(0.3f, 1.2f, -0.5f), vec3(0f, 0f, 0f)))
            .on(construct(columns33(GENERAL))),
        correct("jbox2d/Mat33.solve22ToOut", Mat33.class, "solve22ToOut", args(vec2(0.3f, 1.2f), vec2(0f, 0f)))
            .on(construct(columns33(GENERAL))),
        correct("jbox2d/Mat33.getSymInverse33", Mat33.class, "getSymInverse33",
            args(inLoaderOf(Mat33.class, columns33(new float[9])))).on(construct(columns33(SPD))),
        correct("jbox2d/Mat33.getInverse22", Mat33.class, "getInverse22",
            args(inLoaderOf(Mat33.class, columns33(new float[9])))).on(construct(columns33(GENERAL))),
        correct("jbox2d/Mat33.mulToOut", Mat33.class, "mulToOut",
            args(inLoaderOf(Mat33.class, columns33(GENERAL)), vec3(0.3f, 1.2f, -0.5f), vec3(0f, 0f, 0f))),

        // Transform: a Vec2 and a Rot in final fields
        correct("jbox2d/Transform.mulToOut", Transform.class, "mulToOut", args(xf(1f, -2f, 0.6), vec2(0.3f, 1.2f), vec2(0f, 0f))),
        correct("jbox2d/Transform.mulTrans", Transform.class, "mulTrans", args(xf(1f, -2f, 0.6), vec2(0.3f, 1.2f))),
        // Vec2.addLocal, called here, is marked in Vec2: the agent transforms Vec2 too (and Rot, whose code uses Vec2)
        correct("jbox2d/Transform.mulToOutUnsafe", Transform.class, "mulToOutUnsafe",
            args(xf(1f, -2f, 0.6), xf(-0.5f, 0.7f, -1.3), xf(0f, 0f, 0))).with(Vec2.class, Rot.class),
        // writes through the private static scratch Vec2 pool, which mulTrans and mulTransToOutUnsafe use too: each
        // writes it (pool.set(B.p)) before reading it and keeps it to itself (core.objects.ConfinedScratch)
        correct("jbox2d/Transform.mulTransToOut", Transform.class, "mulTransToOut",
            args(xf(1f, -2f, 0.6), xf(-0.5f, 0.7f, -1.3), xf(0f, 0f, 0))).with(Vec2.class, Rot.class),

        // Sweep: a body's motion over a time step, in the receiver's fields
        correct("jbox2d/Sweep.advance", Sweep.class, "advance", args(0.6f)).on(sweep(0.3f, 1.1f, 0.2f)),
        correct("jbox2d/Sweep.normalize", Sweep.class, "normalize", args()).on(sweep(7.3f, 8.1f, 0f)),
        // Rot.set, called here, is marked in Rot (transformed too, with Transform whose field holds a Rot); it reads the
        // sine table, as jbox2d/Rot.set
        knownWrong("jbox2d/Sweep.getTransform", Sweep.class, "getTransform", SINE_TABLE, args(xf(0f, 0f, 0), 0.4f))
            .on(sweep(0.3f, 1.1f, 0.2f)).with(Rot.class, Transform.class),

        // MathUtils
        correct("jbox2d/MathUtils.distance", MathUtils.class, "distance", args(vec2(0.3f, 1.2f), vec2(-0.7f, 0.4f))),
        correct("jbox2d/MathUtils.map", MathUtils.class, "map", args(0.3f, -1f, 2f, 10f, 20f)),
        correct("jbox2d/MathUtils.clampToOut", MathUtils.class, "clampToOut",
            args(vec2(0.3f, 1.2f), vec2(-1f, -1f), vec2(1f, 1f), vec2(0f, 0f))));
  }

  private static Object get(Object o, String name) {
    try {
      Field f = o.getClass().getField(name);
      return f.get(o);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Sets public fields of {@code o}: name, value, name, value, ... */
  private static void set(Object o, Object... namesAndValues) {
    try {
      for (int i = 0; i < namesAndValues.length; i += 2) {
        o.getClass().getField((String) namesAndValues[i]).set(o, namesAndValues[i + 1]);
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
