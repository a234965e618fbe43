package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoader;
import static dev.leibniz.corpus.Entry.inLoaderOf;

import dev.leibniz.corpus.gdxai.Agent2;
import dev.leibniz.corpus.gdxai.Agent3;
import dev.leibniz.corpus.gdxai.Arrive;
import dev.leibniz.corpus.gdxai.ArithmeticUtils;
import dev.leibniz.corpus.gdxai.DefensiveCircleFormationPattern;
import dev.leibniz.corpus.gdxai.Evade;
import dev.leibniz.corpus.gdxai.Face;
import dev.leibniz.corpus.gdxai.Flee;
import dev.leibniz.corpus.gdxai.FullLimiter;
import dev.leibniz.corpus.gdxai.Interpose;
import dev.leibniz.corpus.gdxai.LinearAccelerationLimiter;
import dev.leibniz.corpus.gdxai.LookWhereYouAreGoing;
import dev.leibniz.corpus.gdxai.MatchVelocity;
import dev.leibniz.corpus.gdxai.OffensiveCircleFormationPattern;
import dev.leibniz.corpus.gdxai.Pursue;
import dev.leibniz.corpus.gdxai.ReachOrientation;
import dev.leibniz.corpus.gdxai.Seek;
import dev.leibniz.corpus.gdxai.SteeringAcceleration;
import dev.leibniz.corpus.gdxai.Vector2;
import dev.leibniz.corpus.gdxai.Vector3;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The fortieth round of the corpus table: libGDX's AI library gdx-ai (libgdx/gdx-ai 1.8.2, Apache-2.0; ids {@code
 * gdxai/...}, code in {@code gdxai/}): numbers reached through generic interfaces and objects holding state. Its steering
 * behaviours ({@code Seek}, {@code Flee}, {@code Arrive}, {@code Pursue} and {@code Evade}, {@code MatchVelocity},
 * {@code ReachOrientation}, {@code Face}, {@code LookWhereYouAreGoing}, {@code Interpose}) are written once over the
 * generic {@code Vector<T extends Vector<T>>} interface and read their owner and target through the {@code Steerable},
 * {@code Location} and {@code Limiter} interfaces; each fills the {@code SteeringAcceleration} it is given through the
 * vector's fluent self-mutators ({@code set(..).sub(..).nor().scl(..)}, {@code limit}); each runs here in 2D over
 * libGDX's {@code Vector2} and in 3D over {@code Vector3} (both copied from libGDX 1.12.1, float value classes), with a
 * user's agent ({@code Agent2}, {@code Agent3}: written for the round, the class annotated) as owner and targets. Also
 * the formation patterns' slot locations, {@code SteeringAcceleration}'s own arithmetic, {@code ArithmeticUtils}' angle
 * wrap and the vectors' own numeric methods. Kept apart from {@link Corpus} so that rounds merge without conflicts;
 * {@link Corpus#entries()} appends it.
 */
final class FortiethRound {
  private FortiethRound() {}

  private static final String PKG = "dev.leibniz.corpus.gdxai.";

  /** The package's classes, differentiated and loaded together. */
  private static final List<Class<?>> ALL = List.of(Vector2.class, Vector3.class, ArithmeticUtils.class,
      SteeringAcceleration.class, Agent2.class, Agent3.class, Seek.class, Flee.class, Arrive.class, Pursue.class,
      Evade.class, MatchVelocity.class, ReachOrientation.class, Face.class, LookWhereYouAreGoing.class, Interpose.class,
      DefensiveCircleFormationPattern.class, OffensiveCircleFormationPattern.class, FullLimiter.class,
      LinearAccelerationLimiter.class);

  private static final List<Entry> ENTRIES = new ArrayList<>();

  private static void add(Entry e) {
    ENTRIES.add(e.with(ALL.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new)));
  }

  // ---- objects made in the entry's loader

  private static Class<?> in(ClassLoader loader, String name) {
    try {
      return Class.forName(PKG + name, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Object make(ClassLoader l, String cls, Object... args) {
    return construct(args).apply(in(l, cls));
  }

  /** Sets field {@code name} of {@code o}, declared by its class or a superclass. */
  private static void set(Object o, String name, Object value) {
    for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        f.set(o, value);
        return;
      } catch (NoSuchFieldException e) {
        // declared higher up
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no field " + name + " in " + o.getClass());
  }

  /** A point or velocity in the dimension {@code dim} (2: x, y; 3: x on the ground, y up, z = the 2D y). */
  private static Object vec(ClassLoader l, int dim, float x, float y) {
    return dim == 2 ? make(l, "Vector2", x, y) : make(l, "Vector3", x, 0.25f, y);
  }

  /** An agent at (px, py) moving at (vx, vy), facing {@code orientation}, with gdx-ai test-like limits. */
  private static Object agent(ClassLoader l, int dim, float px, float py, float vx, float vy, float orientation,
      float angularVelocity) {
    Object a = make(l, "Agent" + dim, vec(l, dim, px, py), vec(l, dim, vx, vy));
    set(a, "orientation", orientation);
    set(a, "angularVelocity", angularVelocity);
    set(a, "boundingRadius", 0.5f);
    set(a, "maxLinearSpeed", 3.0f);
    set(a, "maxLinearAcceleration", 40.0f);
    set(a, "maxAngularSpeed", 2.0f);
    set(a, "maxAngularAcceleration", 30.0f);
    return a;
  }

  private static Object owner(ClassLoader l, int dim) {
    return agent(l, dim, 1.0f, 2.0f, 0.5f, -0.3f, 0.4f, 0.2f);
  }

  private static Object target(ClassLoader l, int dim) {
    return agent(l, dim, 4.0f, 6.5f, -0.6f, 0.4f, 1.9f, -0.1f);
  }

  /** A behaviour of class {@code cls} made by {@code make} from the owner and the target, then set by {@code fields}. */
  private static Function<Class<?>, Object> behaviour(int dim, String cls, Function<Object[], Object[]> ctorArgs,
      Consumer<Object> fields) {
    return c -> {
      ClassLoader l = c.getClassLoader();
      Object b = make(l, cls, ctorArgs.apply(new Object[] {owner(l, dim), target(l, dim)}));
      fields.accept(b);
      return b;
    };
  }

  private static Function<Class<?>, Object> behaviour(int dim, String cls, Consumer<Object> fields) {
    return behaviour(dim, cls, ot -> ot, fields);
  }

  private static Consumer<Object> fields(Object... namesAndValues) {
    return b -> {
      for (int i = 0; i < namesAndValues.length; i += 2) set(b, (String) namesAndValues[i], namesAndValues[i + 1]);
    };
  }

  /** The steering output argument: a SteeringAcceleration over a zero vector (its old contents are overwritten). */
  private static Entry.InLoader steering(int dim) {
    return dim == 2 ? inLoaderOf(SteeringAcceleration.class, inLoaderOf(Vector2.class, 0.0f, 0.0f), 0.0f)
        : inLoaderOf(SteeringAcceleration.class, inLoaderOf(Vector3.class, 0.0f, 0.0f, 0.0f), 0.0f);
  }

  private static Entry.InLoader v2(float x, float y) {
    return inLoaderOf(Vector2.class, x, y);
  }

  private static Entry.InLoader v3(float x, float y, float z) {
    return inLoaderOf(Vector3.class, x, y, z);
  }

  private static Entry.InLoader vecArg(int dim, float x, float y) {
    return dim == 2 ? v2(x, y) : v3(x, 0.25f, y);
  }

  private static Entry.InLoader location(int dim, float x, float y, float orientation) {
    return inLoader(dim == 2 ? Agent2.class : Agent3.class, a -> {
      ClassLoader l = a.getClass().getClassLoader();
      set(a, "position", vec(l, dim, x, y));
      set(a, "linearVelocity", vec(l, dim, 0f, 0f));
      set(a, "orientation", orientation);
    });
  }

  static {
    // libGDX's vectors (the value classes the behaviours run on)
    Function<Class<?>, Object> u = construct(1.3f, -0.6f);
    add(correct("gdxai/Vector2.len", Vector2.class, "len", args()).on(u));
    add(correct("gdxai/Vector2.nor", Vector2.class, "nor", args()).on(u));
    add(correct("gdxai/Vector2.limit", Vector2.class, "limit", args(1.0f), args(2.0f)).on(u));
    add(correct("gdxai/Vector2.clamp", Vector2.class, "clamp", args(0.5f, 1.0f), args(2.0f, 3.0f), args(0.5f, 3.0f)).on(u));
    add(correct("gdxai/Vector2.setLength", Vector2.class, "setLength", args(2.5f)).on(u));
    add(correct("gdxai/Vector2.dst", Vector2.class, "dst", args(v2(0.4f, 1.9f))).on(u));
    add(correct("gdxai/Vector2.dot", Vector2.class, "dot", args(v2(0.4f, 1.9f))).on(u));
    add(correct("gdxai/Vector2.crs", Vector2.class, "crs", args(v2(0.4f, 1.9f))).on(u));
    add(correct("gdxai/Vector2.angleRad", Vector2.class, "angleRad", args(v2(0.4f, 1.9f))).on(u));
    add(correct("gdxai/Vector2.setAngleRad", Vector2.class, "setAngleRad", args(0.9f)).on(u));
    add(correct("gdxai/Vector2.rotateRad", Vector2.class, "rotateRad", args(0.7f)).on(u));
    add(correct("gdxai/Vector2.rotateAroundRad", Vector2.class, "rotateAroundRad", args(v2(0.4f, 1.9f), 0.7f)).on(u));
    add(correct("gdxai/Vector2.lerp", Vector2.class, "lerp", args(v2(0.4f, 1.9f), 0.3f)).on(u));
    add(correct("gdxai/Vector2.mulAdd", Vector2.class, "mulAdd", args(v2(0.4f, 1.9f), 0.6f)).on(u));
    Function<Class<?>, Object> w = construct(1.2f, -0.5f, 0.8f);
    add(correct("gdxai/Vector3.len", Vector3.class, "len", args()).on(w));
    add(correct("gdxai/Vector3.nor", Vector3.class, "nor", args()).on(w));
    add(correct("gdxai/Vector3.limit", Vector3.class, "limit", args(1.0f), args(2.0f)).on(w));
    add(correct("gdxai/Vector3.clamp", Vector3.class, "clamp", args(0.3f, 1.0f), args(2.0f, 3.0f)).on(w));
    add(correct("gdxai/Vector3.setLength", Vector3.class, "setLength", args(2.0f)).on(w));
    add(correct("gdxai/Vector3.dst", Vector3.class, "dst", args(v3(0.4f, 1.9f, -0.7f))).on(w));
    add(correct("gdxai/Vector3.dot", Vector3.class, "dot", args(v3(0.4f, 1.9f, -0.7f))).on(w));
    add(correct("gdxai/Vector3.crs", Vector3.class, "crs", args(v3(0.4f, 1.9f, -0.7f))).on(w));
    add(correct("gdxai/Vector3.lerp", Vector3.class, "lerp", args(v3(0.4f, 1.9f, -0.7f), 0.3f)).on(w));
    add(correct("gdxai/Vector3.slerp", Vector3.class, "slerp", args(v3(0.4f, 1.9f, -0.7f), 0.4f)).on(w));
    add(correct("gdxai/Vector3.mulAdd", Vector3.class, "mulAdd", args(v3(0.4f, 1.9f, -0.7f), 0.6f)).on(w));

    // gdx-ai's angle wrap
    add(correct("gdxai/ArithmeticUtils.wrapAngleAroundZero", ArithmeticUtils.class, "wrapAngleAroundZero",
        args(2.0f), args(4.5f), args(-4.5f), args(-1.0f), args(13.0f)));

    for (int dim : new int[] {2, 3}) {
      String d = dim + "D";
      // SteeringAcceleration's arithmetic over the generic vector
      final int dd = dim;
      Function<Class<?>, Object> sa = c -> construct(vec(c.getClassLoader(), dd, 1.5f, -2.0f), 0.3f).apply(c);
      add(correct("gdxai/SteeringAcceleration.add (" + d + ")", SteeringAcceleration.class, "add",
          args(inLoaderOf(SteeringAcceleration.class, vecArg(dim, 0.7f, 0.2f), -0.4f))).on(sa));
      add(correct("gdxai/SteeringAcceleration.scl (" + d + ")", SteeringAcceleration.class, "scl", args(0.7f)).on(sa));
      add(correct("gdxai/SteeringAcceleration.mulAdd (" + d + ")", SteeringAcceleration.class, "mulAdd",
          args(inLoaderOf(SteeringAcceleration.class, vecArg(dim, 0.7f, 0.2f), -0.4f), 0.6f)).on(sa));
      add(correct("gdxai/SteeringAcceleration.calculateSquareMagnitude (" + d + ")", SteeringAcceleration.class,
          "calculateSquareMagnitude", args()).on(sa));
      add(correct("gdxai/SteeringAcceleration.calculateMagnitude (" + d + ")", SteeringAcceleration.class,
          "calculateMagnitude", args()).on(sa));

      // steering behaviours: the acceleration with respect to the owner's and the target's state
      Object[] out = args(steering(dim));
      add(correct("gdxai/Seek.calculateRealSteering (" + d + ")", Seek.class, "calculateRealSteering", out)
          .on(behaviour(dim, "Seek", fields())));
      add(correct("gdxai/Flee.calculateRealSteering (" + d + ")", Flee.class, "calculateRealSteering", out)
          .on(behaviour(dim, "Flee", fields())));
      add(correct("gdxai/Arrive.calculateRealSteering (" + d + ", full speed)", Arrive.class, "calculateRealSteering",
          out).on(behaviour(dim, "Arrive", fields("arrivalTolerance", 0.1f, "decelerationRadius", 2.0f))));
      add(correct("gdxai/Arrive.calculateRealSteering (" + d + ", slowing down)", Arrive.class,
          "calculateRealSteering", out).on(behaviour(dim, "Arrive", fields("arrivalTolerance", 0.1f,
              "decelerationRadius", 10.0f, "timeToTarget", 0.5f))));
      add(correct("gdxai/Arrive.arrive (" + d + ")", Arrive.class, "arrive", args(steering(dim), vecArg(dim, 2.5f, 2.8f)))
          .on(behaviour(dim, "Arrive", fields("arrivalTolerance", 0.1f, "decelerationRadius", 3.0f))));
      add(correct("gdxai/Pursue.calculateRealSteering (" + d + ")", Pursue.class, "calculateRealSteering", out)
          .on(behaviour(dim, "Pursue", ot -> args(ot[0], ot[1], 20.0f), fields())));
      add(correct("gdxai/Pursue.calculateRealSteering (" + d + ", capped prediction)", Pursue.class,
          "calculateRealSteering", out).on(behaviour(dim, "Pursue", ot -> args(ot[0], ot[1], 1.5f), fields())));
      add(correct("gdxai/Evade.calculateRealSteering (" + d + ")", Pursue.class, "calculateRealSteering", out)
          .on(c -> behaviour(dim, "Evade", ot -> args(ot[0], ot[1], 20.0f), fields()).apply(c)));
      add(correct("gdxai/MatchVelocity.calculateRealSteering (" + d + ")", MatchVelocity.class, "calculateRealSteering",
          out).on(behaviour(dim, "MatchVelocity", ot -> args(ot[0], ot[1], 0.8f), fields())));
      add(correct("gdxai/ReachOrientation.calculateRealSteering (" + d + ")", ReachOrientation.class,
          "calculateRealSteering", out).on(behaviour(dim, "ReachOrientation",
              fields("alignTolerance", 0.01f, "decelerationRadius", 2.0f))));
      add(correct("gdxai/ReachOrientation.reachOrientation (" + d + ")", ReachOrientation.class, "reachOrientation",
          args(steering(dim), 1.2f), args(steering(dim), -2.9f)).on(behaviour(dim, "ReachOrientation",
              fields("alignTolerance", 0.01f, "decelerationRadius", 1.0f, "timeToTarget", 0.5f))));
      add(correct("gdxai/Face.calculateRealSteering (" + d + ")", Face.class, "calculateRealSteering", out)
          .on(behaviour(dim, "Face", fields("alignTolerance", 0.01f, "decelerationRadius", 2.0f))));
      add(correct("gdxai/Face.face (" + d + ")", Face.class, "face", args(steering(dim), vecArg(dim, -2.0f, 3.5f)))
          .on(behaviour(dim, "Face", fields("alignTolerance", 0.01f, "decelerationRadius", 2.0f))));
      add(correct("gdxai/LookWhereYouAreGoing.calculateRealSteering (" + d + ")", LookWhereYouAreGoing.class,
          "calculateRealSteering", out).on(behaviour(dim, "LookWhereYouAreGoing", ot -> args(ot[0]),
              fields("alignTolerance", 0.01f, "decelerationRadius", 2.0f))));
      add(correct("gdxai/Interpose.calculateRealSteering (" + d + ")", Interpose.class, "calculateRealSteering", out)
          .on(c -> {
            ClassLoader l = c.getClassLoader();
            Object other = agent(l, dim, -3.0f, 1.0f, 0.2f, 0.7f, 0.0f, 0.0f);
            Object b = make(l, "Interpose", owner(l, dim), target(l, dim), other, 0.3f);
            fields("arrivalTolerance", 0.1f, "decelerationRadius", 10.0f).accept(b);
            return b;
          }));
      // limits held by a Limiter object instead of the owner
      add(correct("gdxai/Seek.calculateRealSteering (" + d + ", LinearAccelerationLimiter)", Seek.class,
          "calculateRealSteering", out).on(behaviour(dim, "Seek",
              b -> set(b, "limiter", make(b.getClass().getClassLoader(), "LinearAccelerationLimiter", 7.5f)))));
      add(correct("gdxai/Arrive.calculateRealSteering (" + d + ", FullLimiter)", Arrive.class, "calculateRealSteering",
          out).on(behaviour(dim, "Arrive", b -> {
            fields("arrivalTolerance", 0.1f, "decelerationRadius", 10.0f, "timeToTarget", 0.5f).accept(b);
            set(b, "limiter", make(b.getClass().getClassLoader(), "FullLimiter", 60.0f, 2.5f, 10.0f, 1.5f));
          })));

      // formations: the slot's location around a circle of members
      add(correct("gdxai/DefensiveCircleFormationPattern.calculateSlotLocation (" + d + ")",
          DefensiveCircleFormationPattern.class, "calculateSlotLocation", args(location(dim, 0.3f, -0.2f, 0.1f), 3))
          .on(c -> {
            Object p = construct(0.75f).apply(c);
            set(p, "numberOfSlots", 7);
            return p;
          }));
      add(correct("gdxai/OffensiveCircleFormationPattern.calculateSlotLocation (" + d + ")",
          OffensiveCircleFormationPattern.class, "calculateSlotLocation", args(location(dim, 0.3f, -0.2f, 0.1f), 2))
          .on(c -> {
            Object p = construct(0.75f).apply(c);
            set(p, "numberOfSlots", 5);
            return p;
          }));
    }
  }

  static List<Entry> entries() {
    return ENTRIES;
  }
}
