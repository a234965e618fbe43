package dev.leibniz.agent;

import dev.leibniz.GradientCheck;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The run-time self-check ({@code check=FRACTION}): the wrappers that {@link CheckedCompanions}
 * puts in front of the companions call {@link #sample()} on every call and, on the sampled
 * fraction, {@link #run}: the method's companions are checked at the call's own point by a {@link
 * GradientCheck} (the tangent along one random direction against central finite differences with
 * step control, the adjoint against the tangent by the dot-product test; a kink, where the rules
 * take one side, passes), and then the companion is called as it would have been. A disagreement
 * is reported once per method as a located warning on standard error, and that method is not
 * checked again.
 *
 * <p>One random direction per sampled call: the difference of a wrong Jacobian along a random
 * direction is non-zero with probability one, so one direction detects what several would, and
 * every further sampled call draws another. What a check needs (the handles spread once, where
 * the primal's arguments sit in each companion's, the prepared {@link GradientCheck}) is kept per
 * method ({@link Prepared}, in a {@link ClassValue} of the declaring class: it goes with the class).
 *
 * <p>The state here (the fraction, the methods already reported, the prepared checks, whether this
 * thread is inside a check) is the agent's, not the generated code's. The check itself comes from
 * {@code leibniz-annotations}; when the checked class's JVM has no copy on the class path, the
 * check says so once and stays off.
 */
public final class SelfCheck {
  /** Bit of {@link #run}'s {@code mode}: the call is the adjoint's (else the tangent's). */
  static final int ADJOINT = 1;
  /** Bit of {@link #run}'s {@code mode}: the method computes in {@code float} inside (float tolerances). */
  static final int FLOAT_PRECISION = 2;
  /** Bit of {@link #run}'s {@code mode}: an instance method (the handles and the arguments take the receiver first). */
  static final int RECEIVER = 4;
  /** Random directions per sampled call (see the class comment). */
  static final int DIRECTIONS = 1;
  private static final String DISAGREES = "leibniz check: ";
  private static final MethodType SPREAD = MethodType.methodType(Object.class, Object[].class);

  private static volatile double fraction;
  private static volatile boolean unavailable;
  private static final Set<String> reported = ConcurrentHashMap.newKeySet();
  /** Set while this thread checks: companions called by the check are not sampled again. */
  private static final ThreadLocal<Boolean> inside = new ThreadLocal<>();
  /** Per declaring class, per method ({@code where}), what its checks reuse. */
  private static final ClassValue<Map<String, Prepared>> PREPARED = new ClassValue<>() {
    @Override
    protected Map<String, Prepared> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  private SelfCheck() {}

  /** Turns the check on for {@code f} of the calls (0 < f <= 1); 0 turns it off. */
  static void enable(double f) {
    fraction = f;
  }

  /** Forgets what was reported (tests). */
  static void reset() {
    reported.clear();
    unavailable = false;
  }

  /** Whether to check this call: a fraction of calls, never inside a check. */
  public static boolean sample() {
    double f = fraction;
    return f > 0 && ThreadLocalRandom.current().nextDouble() < f && !unavailable && inside.get() == null;
  }

  /**
   * Checks the companions of {@code where} (declared by {@code owner}) at the point given by
   * {@code args} (the companion's arguments, the receiver first for an instance method: the
   * adjoint's when {@code mode} has {@link #ADJOINT}, else the tangent's; {@link #FLOAT_PRECISION}
   * for float tolerances; {@link #RECEIVER} for an instance method), then makes the call itself
   * with {@code args} and returns its result (boxed). The handles take the receiver first for an
   * instance method; {@code tangent} or {@code adjoint} may be null (that mode was not generated).
   */
  /** The methods of {@code owner} whose check has been prepared (each named as its warnings name it): what was checked. */
  static Set<String> prepared(Class<?> owner) {
    return Set.copyOf(PREPARED.get(owner).keySet());
  }

  public static Object run(Class<?> owner, MethodHandle primal, MethodHandle tangent, MethodHandle adjoint, int mode,
      String where, Object[] args) throws Throwable {
    boolean isAdjoint = (mode & ADJOINT) != 0;
    Prepared p;
    try {
      p = PREPARED.get(owner).computeIfAbsent(where, w -> new Prepared(w, primal, tangent, adjoint, mode));
    } catch (RuntimeException e) {
      // handles that cannot be adapted: the call as the wrapper was asked for, unchecked
      return (isAdjoint ? adjoint : tangent).invokeWithArguments(args);
    }
    if (!reported.contains(where)) {
      inside.set(Boolean.TRUE);
      try {
        check(where, p, p.point(isAdjoint, args));
      } finally {
        inside.remove();
      }
    }
    return (Object) (isAdjoint ? p.adjointCall : p.tangentCall).invokeExact(args);
  }

  private static void check(String where, Prepared p, Object[] point) {
    try {
      p.check().check(ThreadLocalRandom.current().nextLong(), true, DIRECTIONS, point);
    } catch (AssertionError e) {
      String message = String.valueOf(e.getMessage());
      if (message.startsWith(DISAGREES) && reported.add(where)) {
        System.err.println("leibniz: warning: check: " + where + ": at " + message.substring(DISAGREES.length()) + calledFrom());
      } // else an assert of the method's own, failing at this point: not checkable here
    } catch (RuntimeException e) {
      // no differentiable input, a value that is not finite, a companion or primal that throws: not checkable here
    } catch (LinkageError e) {
      unavailable = true;
      if (reported.add("")) {
        System.err.println("leibniz: check: the self-check needs leibniz-annotations on the class path; it is off (" + e + ")");
      }
    }
  }

  /** {@code com.acme.Model.f} from {@code double com.acme.Model.f(double) at Model.java:12}. */
  private static String shortName(String where) {
    int paren = where.indexOf('(');
    return paren < 0 ? where : where.substring(where.lastIndexOf(' ', paren) + 1, paren);
  }

  /**
   * What the checks of one method reuse: its companions spread to {@code (Object[]) Object} for
   * the call itself, where the primal's arguments sit among each companion's, and the {@link
   * GradientCheck} (prepared at the first check, as it needs leibniz-annotations).
   */
  private static final class Prepared {
    private final String where;
    private final MethodHandle primal, tangent, adjoint;
    private final int mode;
    final MethodHandle tangentCall, adjointCall;
    /** Per primal argument (the receiver first), its index among the tangent's or the adjoint's arguments. */
    private final int[] inTangent, inAdjoint;
    private volatile GradientCheck check;

    Prepared(String where, MethodHandle primal, MethodHandle tangent, MethodHandle adjoint, int mode) {
      this.where = where;
      this.primal = primal;
      this.tangent = tangent;
      this.adjoint = adjoint;
      this.mode = mode;
      this.tangentCall = spread(tangent);
      this.adjointCall = spread(adjoint);
      Class<?>[] types = primal.type().parameterArray();
      this.inTangent = new int[types.length];
      this.inAdjoint = new int[types.length];
      for (int k = 0, t = 0, a = 0; k < types.length; k++) {
        boolean differentiable = isDifferentiable(types[k]);
        inTangent[k] = t;
        inAdjoint[k] = a;
        t += differentiable ? 2 : 1; // the tangent after each differentiable parameter
        a += differentiable && types[k].isArray() ? 2 : 1; // the adjoint array after each differentiable array
      }
    }

    /** The primal's arguments within the companion's (the check only reads the point's arrays). */
    Object[] point(boolean isAdjoint, Object[] args) {
      int[] at = isAdjoint ? inAdjoint : inTangent;
      Object[] point = new Object[at.length];
      for (int k = 0; k < at.length; k++) point[k] = args[at[k]];
      return point;
    }

    GradientCheck check() {
      GradientCheck c = check;
      if (c == null) {
        c = GradientCheck.of(shortName(where), primal, tangent, adjoint, (mode & FLOAT_PRECISION) != 0, (mode & RECEIVER) != 0);
        check = c;
      }
      return c;
    }

    /**
     * {@code double}, {@code float} or an array of them (the contract's rule, here without {@link
     * dev.leibniz.Derivatives}: the wrapper's own call must not need leibniz-annotations).
     */
    private static boolean isDifferentiable(Class<?> type) {
      while (type.isArray()) type = type.getComponentType();
      return type == double.class || type == float.class;
    }

    private static MethodHandle spread(MethodHandle h) {
      return h == null ? null : h.asSpreader(Object[].class, h.type().parameterCount()).asType(SPREAD);
    }
  }

  /** {@code ; called from com.acme.Main.step(Main.java:42)}: the first frame outside the companions. */
  private static String calledFrom() {
    return StackWalker.getInstance().walk(frames -> frames
        .filter(f -> !f.getClassName().equals(SelfCheck.class.getName()))
        .skip(1) // the wrapper
        .findFirst()
        .map(f -> "; called from " + f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":" + f.getLineNumber() + ")")
        .orElse(""));
  }
}
