package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoader;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.knownWrong;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.gdxai.Agent2;
import dev.leibniz.corpus.gdxai.Agent3;
import dev.leibniz.corpus.gdxai.Arrive;
import dev.leibniz.corpus.gdxai.ArithmeticUtils;
import dev.leibniz.corpus.gdxai.DefensiveCircleFormationPattern;
import dev.leibniz.corpus.gdxai.Evade;
import dev.leibniz.corpus.gdxai.Face;
import dev.leibniz.corpus.gdxai.Flee;
import dev.leibniz.corpus.gdxai.FormationPattern;
import dev.leibniz.corpus.gdxai.FullLimiter;
import dev.leibniz.corpus.gdxai.Interpose;
import dev.leibniz.corpus.gdxai.Limiter;
import dev.leibniz.corpus.gdxai.LinearAccelerationLimiter;
import dev.leibniz.corpus.gdxai.LinearLimiter;
import dev.leibniz.corpus.gdxai.Location;
import dev.leibniz.corpus.gdxai.LookWhereYouAreGoing;
import dev.leibniz.corpus.gdxai.MatchVelocity;
import dev.leibniz.corpus.gdxai.MathUtils;
import dev.leibniz.corpus.gdxai.NullLimiter;
import dev.leibniz.corpus.gdxai.OffensiveCircleFormationPattern;
import dev.leibniz.corpus.gdxai.Pursue;
import dev.leibniz.corpus.gdxai.ReachOrientation;
import dev.leibniz.corpus.gdxai.Seek;
import dev.leibniz.corpus.gdxai.Steerable;
import dev.leibniz.corpus.gdxai.SteeringAcceleration;
import dev.leibniz.corpus.gdxai.SteeringBehavior;
import dev.leibniz.corpus.gdxai.Vector;
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
  private static final List<Class<?>> ALL = List.of(Vector.class, Vector2.class, Vector3.class, MathUtils.class,
      ArithmeticUtils.class, Location.class, Limiter.class, Steerable.class, SteeringBehavior.class, NullLimiter.class,
      LinearLimiter.class, FormationPattern.class,
      SteeringAcceleration.class, Agent2.class, Agent3.class, Seek.class, Flee.class, Arrive.class, Pursue.class,
      Evade.class, MatchVelocity.class, ReachOrientation.class, Face.class, LookWhereYouAreGoing.class, Interpose.class,
      DefensiveCircleFormationPattern.class, OffensiveCircleFormationPattern.class, FullLimiter.class,
      LinearAccelerationLimiter.class);

  /**
   * gdx-ai keeps vectors in fields and variables of the type variable {@code T extends Vector<T>}, erased to the
   * interface {@code Vector}: a field declared with an interface has no shadow slot (README "Objects": a holder's field
   * carries a shadow when it is declared with a class with shadows), even though the objects it holds at run time
   * ({@code Vector2}, {@code Vector3}) have shadows; so the numbers held there are passive, and the core warns at the
   * read. The harness counts them as inputs and outputs.
   */
  static final String PASSIVE_GENERIC_VECTOR = "known wrong with the core's warning (the harness counts as inputs numbers"
      + " that are passive by the contract): SteeringAcceleration.linear is declared with the type variable T of"
      + " SteeringAcceleration<T extends Vector<T>>, erased to the interface Vector, and a field declared with an interface"
      + " has no shadow slot although the Vector2/Vector3 it holds has shadows, so its numbers are passive and their"
      + " derivatives 0; the core warns at the read ('reads SteeringAcceleration.linear, which holds Vector objects: their"
      + " class has no shadow, so the numbers they hold are passive')";

  static final String PASSIVE_STEERING_OUTPUT = "known wrong with the core's warning: the steering is written into"
      + " steering.linear (a field declared with the erased type variable T, the interface Vector: passive, 'reads"
      + " SteeringAcceleration.linear, which holds Vector objects: their class has no shadow') from the owner's and the"
      + " target's positions, held in fields declared with the interfaces Steerable and Location (passive likewise:"
      + " 'reads Seek.target, which holds Location objects'); the companions are generated and carry no derivative"
      + " through any of them, so the harness, which counts the numbers the objects hold at run time, sees the seed of"
      + " the overwritten steering.linear come back unchanged (1 where the differences give 0) and 0 along the positions";

  static final String OFFENSIVE_SUPER = "known wrong, harness shape: the result is the Location parameter returned"
      + " (declared with the interface Location); the core refuses the call super.calculateSlotLocation ('Location"
      + " DefensiveCircleFormationPattern.calculateSlotLocation(Location, int) returns no derivative, but it (or a method"
      + " it calls) may write a field', OffensiveCircleFormationPattern.java:51) and still leaves a companion, which the"
      + " harness counts as one made for a method whose derivative can only go into objects";

  static final String INTERFACE_MUTATOR = "a fluent self-mutator of the generic vector called through the interface"
      + " (steering.linear.scl, .mulAdd on the erased type variable T): 'Vector Vector.scl(float) cannot be"
      + " differentiated: it returns no derivative, and it can be overridden, so what a call runs (and writes) is not"
      + " known; Vector.scl(float) is a method of interface Vector, which cannot be final'";

  static final String ACTUAL_LIMITER = "the behaviour's limits come from getActualLimiter() (limiter == null ? owner :"
      + " limiter), an overridable method returning the Limiter interface whose result the core takes as active (it may"
      + " be the owner): 'Limiter Arrive.getActualLimiter() cannot be differentiated: it can be overridden, and dispatch"
      + " needs its class file; give a rule for it (@DerivativeRules)'";

  /** A method overriding a {@code @Differentiable} one keeps companions that stop with the core's own error. */
  private static String atRunTime(String reason) {
    return "the tangent stops at run time with the core's own error (it overrides a @Differentiable method, so its"
        + " companion cannot fall back on the overridden one's), at the same call: " + reason;
  }

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
    set(a, "zeroLinearSpeedThreshold", 0.0f);
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
    // slerp is for unit vectors (acos of their dot product): two unit vectors 50 degrees apart
    add(correct("gdxai/Vector3.slerp", Vector3.class, "slerp", args(v3(0.0f, 0.6f, 0.8f), 0.4f))
        .on(construct(0.6f, 0.0f, 0.8f)));
    add(correct("gdxai/Vector3.mulAdd", Vector3.class, "mulAdd", args(v3(0.4f, 1.9f, -0.7f), 0.6f)).on(w));

    // gdx-ai's angle wrap
    add(correct("gdxai/ArithmeticUtils.wrapAngleAroundZero", ArithmeticUtils.class, "wrapAngleAroundZero",
        args(2.0f), args(4.5f), args(-4.5f), args(-1.0f), args(13.0f)));

    for (int dim : new int[] {2, 3}) {
      String d = dim + "D";
      // SteeringAcceleration's arithmetic over the generic vector
      final int dd = dim;
      Function<Class<?>, Object> sa = c -> construct(vec(c.getClassLoader(), dd, 1.5f, -2.0f), 0.3f).apply(c);
      add(knownWrong("gdxai/SteeringAcceleration.add (" + d + ")", SteeringAcceleration.class, "add", PASSIVE_GENERIC_VECTOR,
          args(inLoaderOf(SteeringAcceleration.class, vecArg(dim, 0.7f, 0.2f), -0.4f))).on(sa));
      add(refused("gdxai/SteeringAcceleration.scl (" + d + ")", SteeringAcceleration.class, "scl", INTERFACE_MUTATOR, args(0.7f)).on(sa));
      add(refused("gdxai/SteeringAcceleration.mulAdd (" + d + ")", SteeringAcceleration.class, "mulAdd", INTERFACE_MUTATOR,
          args(inLoaderOf(SteeringAcceleration.class, vecArg(dim, 0.7f, 0.2f), -0.4f), 0.6f)).on(sa));
      add(knownWrong("gdxai/SteeringAcceleration.calculateSquareMagnitude (" + d + ")", SteeringAcceleration.class,
          "calculateSquareMagnitude", PASSIVE_GENERIC_VECTOR, args()).on(sa));
      add(knownWrong("gdxai/SteeringAcceleration.calculateMagnitude (" + d + ")", SteeringAcceleration.class,
          "calculateMagnitude", PASSIVE_GENERIC_VECTOR, args()).on(sa));

      // steering behaviours: the acceleration with respect to the owner's and the target's state
      Object[] out = args(steering(dim));
      add(knownWrong("gdxai/Seek.calculateRealSteering (" + d + ")", Seek.class, "calculateRealSteering", PASSIVE_STEERING_OUTPUT, out)
          .on(behaviour(dim, "Seek", fields())));
      add(knownWrong("gdxai/Flee.calculateRealSteering (" + d + ")", Flee.class, "calculateRealSteering", PASSIVE_STEERING_OUTPUT, out)
          .on(behaviour(dim, "Flee", fields())));
      add(refused("gdxai/Arrive.calculateRealSteering (" + d + ", full speed)", Arrive.class, "calculateRealSteering", ACTUAL_LIMITER,
          out).on(behaviour(dim, "Arrive", fields("arrivalTolerance", 0.0f, "decelerationRadius", 2.0f))));
      add(refused("gdxai/Arrive.calculateRealSteering (" + d + ", slowing down)", Arrive.class,
          "calculateRealSteering", ACTUAL_LIMITER, out).on(behaviour(dim, "Arrive", fields("arrivalTolerance", 0.0f,
              "decelerationRadius", 10.0f, "timeToTarget", 0.5f))));
      add(refused("gdxai/Arrive.arrive (" + d + ")", Arrive.class, "arrive", ACTUAL_LIMITER, args(steering(dim), vecArg(dim, 2.5f, 2.8f)))
          .on(behaviour(dim, "Arrive", fields("arrivalTolerance", 0.0f, "decelerationRadius", 3.0f))));
      add(refused("gdxai/Pursue.calculateRealSteering (" + d + ")", Pursue.class, "calculateRealSteering", INTERFACE_MUTATOR, out)
          .on(behaviour(dim, "Pursue", ot -> args(ot[0], ot[1], 20.0f), fields())));
      add(refused("gdxai/Pursue.calculateRealSteering (" + d + ", capped prediction)", Pursue.class,
          "calculateRealSteering", INTERFACE_MUTATOR, out).on(behaviour(dim, "Pursue", ot -> args(ot[0], ot[1], 1.5f), fields())));
      add(refused("gdxai/Evade.calculateRealSteering (" + d + ")", Pursue.class, "calculateRealSteering", INTERFACE_MUTATOR, out)
          .on(c -> behaviour(dim, "Evade", ot -> args(ot[0], ot[1], 20.0f), fields()).apply(c)));
      add(refused("gdxai/MatchVelocity.calculateRealSteering (" + d + ")", MatchVelocity.class, "calculateRealSteering", INTERFACE_MUTATOR,
          out).on(behaviour(dim, "MatchVelocity", ot -> args(ot[0], ot[1], 0.8f), fields())));
      add(refused("gdxai/ReachOrientation.calculateRealSteering (" + d + ")", ReachOrientation.class,
          "calculateRealSteering", ACTUAL_LIMITER, out).on(behaviour(dim, "ReachOrientation",
              fields("alignTolerance", 0.0f, "decelerationRadius", 2.0f))));
      add(refused("gdxai/ReachOrientation.reachOrientation (" + d + ")", ReachOrientation.class, "reachOrientation", ACTUAL_LIMITER,
          args(steering(dim), 1.2f), args(steering(dim), -2.9f)).on(behaviour(dim, "ReachOrientation",
              fields("alignTolerance", 0.0f, "decelerationRadius", 1.0f, "timeToTarget", 0.5f))));
      add(refused("gdxai/Face.calculateRealSteering (" + d + ")", Face.class, "calculateRealSteering", atRunTime(ACTUAL_LIMITER), out)
          .on(behaviour(dim, "Face", fields("alignTolerance", 0.0f, "decelerationRadius", 2.0f))));
      add(refused("gdxai/Face.face (" + d + ")", Face.class, "face", ACTUAL_LIMITER, args(steering(dim), vecArg(dim, -2.0f, 3.5f)))
          .on(behaviour(dim, "Face", fields("alignTolerance", 0.0f, "decelerationRadius", 2.0f))));
      add(refused("gdxai/LookWhereYouAreGoing.calculateRealSteering (" + d + ")", LookWhereYouAreGoing.class,
          "calculateRealSteering", atRunTime(ACTUAL_LIMITER), out).on(behaviour(dim, "LookWhereYouAreGoing", ot -> args(ot[0]),
              fields("alignTolerance", 0.0f, "decelerationRadius", 2.0f))));
      add(refused("gdxai/Interpose.calculateRealSteering (" + d + ")", Interpose.class, "calculateRealSteering", atRunTime(INTERFACE_MUTATOR), out)
          .on(c -> {
            ClassLoader l = c.getClassLoader();
            Object other = agent(l, dim, -3.0f, 1.0f, 0.2f, 0.7f, 0.0f, 0.0f);
            Object b = make(l, "Interpose", owner(l, dim), target(l, dim), other, 0.3f);
            fields("arrivalTolerance", 0.0f, "decelerationRadius", 10.0f).accept(b);
            return b;
          }));
      // limits held by a Limiter object instead of the owner
      add(knownWrong("gdxai/Seek.calculateRealSteering (" + d + ", LinearAccelerationLimiter)", Seek.class,
          "calculateRealSteering", PASSIVE_STEERING_OUTPUT, out).on(behaviour(dim, "Seek",
              b -> set(b, "limiter", make(b.getClass().getClassLoader(), "LinearAccelerationLimiter", 7.5f)))));
      add(refused("gdxai/Arrive.calculateRealSteering (" + d + ", FullLimiter)", Arrive.class, "calculateRealSteering", ACTUAL_LIMITER,
          out).on(behaviour(dim, "Arrive", b -> {
            fields("arrivalTolerance", 0.0f, "decelerationRadius", 10.0f, "timeToTarget", 0.5f).accept(b);
            set(b, "limiter", make(b.getClass().getClassLoader(), "FullLimiter", 60.0f, 2.5f, 10.0f, 1.5f));
          })));

      // formations: the slot's location around a circle of members
      add(refused("gdxai/DefensiveCircleFormationPattern.calculateSlotLocation (" + d + ")",
          DefensiveCircleFormationPattern.class, "calculateSlotLocation", INTERFACE_MUTATOR, args(location(dim, 0.3f, -0.2f, 0.1f), 3))
          .on(c -> {
            Object p = construct(0.75f).apply(c);
            set(p, "numberOfSlots", 7);
            return p;
          }));
      add(knownWrong("gdxai/OffensiveCircleFormationPattern.calculateSlotLocation (" + d + ")",
          OffensiveCircleFormationPattern.class, "calculateSlotLocation", OFFENSIVE_SUPER, args(location(dim, 0.3f, -0.2f, 0.1f), 2))
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
