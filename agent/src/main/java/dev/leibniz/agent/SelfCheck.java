package dev.leibniz.agent;

import dev.leibniz.Derivatives;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The run-time self-check ({@code check=FRACTION}): the wrappers that {@link CheckedCompanions}
 * puts in front of the companions call {@link #sample()} on every call and, on the sampled
 * fraction, {@link #run}: the method's companions are checked at the call's own point by {@link
 * Derivatives#check(String, MethodHandle, MethodHandle, MethodHandle, boolean, long, Object...)}
 * (the tangent against central finite differences with step control, the adjoint against the
 * tangent by the dot-product test; a kink, where the rules take one side, passes), on copies of the
 * arrays, and then the companion is called as it would have been. A disagreement is reported once
 * per method as a located warning on standard error, and that method is not checked again.
 *
 * <p>The state here (the fraction, the methods already reported, whether this thread is inside a
 * check) is the agent's, not the generated code's. The check itself comes from {@code
 * leibniz-annotations}; when the checked class's JVM has no copy on the class path, the check
 * says so once and stays off.
 */
public final class SelfCheck {
  /** Bit of {@link #run}'s {@code mode}: the call is the adjoint's (else the tangent's). */
  static final int ADJOINT = 1;
  /** Bit of {@link #run}'s {@code mode}: the method computes in {@code float} inside (float tolerances). */
  static final int FLOAT_PRECISION = 2;

  private static volatile double fraction;
  private static volatile boolean unavailable;
  private static final Set<String> reported = ConcurrentHashMap.newKeySet();
  /** Set while this thread checks: companions called by the check are not sampled again. */
  private static final ThreadLocal<Boolean> inside = new ThreadLocal<>();

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
   * Checks the companions of {@code where} at the point given by {@code args} (the companion's
   * arguments: the adjoint's when {@code mode} has {@link #ADJOINT}, else the tangent's; {@link
   * #FLOAT_PRECISION} for float tolerances), then makes the call itself
   * with {@code args} and returns its result (boxed). The handles take the receiver first for an
   * instance method; {@code tangent} or {@code adjoint} may be null (that mode was not generated).
   */
  public static Object run(MethodHandle primal, MethodHandle tangent, MethodHandle adjoint, int mode, String where,
      Object receiver, Object[] args) throws Throwable {
    MethodHandle p = bind(primal, receiver), t = bind(tangent, receiver), a = bind(adjoint, receiver);
    if (!reported.contains(where)) {
      inside.set(Boolean.TRUE);
      try {
        check(where, p, t, a, (mode & FLOAT_PRECISION) != 0, point(p.type().parameterArray(), mode & ADJOINT, args));
      } finally {
        inside.remove();
      }
    }
    return ((mode & ADJOINT) == 0 ? t : a).invokeWithArguments(args);
  }

  private static void check(String where, MethodHandle p, MethodHandle t, MethodHandle a, boolean floats, Object[] point) {
    try {
      Derivatives.check(shortName(where), p, t, a, true, floats, ThreadLocalRandom.current().nextLong(), point);
    } catch (AssertionError e) {
      if (reported.add(where)) {
        String message = e.getMessage().replaceFirst("^leibniz check: ", "");
        System.err.println("leibniz: warning: check: " + where + ": at " + message + calledFrom());
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
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

  private static MethodHandle bind(MethodHandle h, Object receiver) {
    return h == null || receiver == null ? h : h.bindTo(receiver);
  }

  /**
   * The primal arguments within a companion's: the tangent's drop the tangent after each
   * differentiable parameter, the adjoint's the adjoint array after each differentiable array and
   * the seed and scalar adjoints at the end. Differentiable arrays are copied (the check writes none
   * of the caller's).
   */
  static Object[] point(Class<?>[] primalTypes, int mode, Object[] args) {
    List<Object> out = new ArrayList<>();
    int k = 0;
    for (Class<?> type : primalTypes) {
      Object value = args[k++];
      out.add(Derivatives.isDifferentiable(type) ? deepCopy(value) : value);
      if (Derivatives.isDifferentiable(type) && (mode == 0 || type.isArray())) k++;
    }
    return out.toArray();
  }

  private static Object deepCopy(Object value) {
    if (value instanceof double[]) return ((double[]) value).clone();
    if (value instanceof float[]) return ((float[]) value).clone();
    if (value instanceof Object[]) {
      Object[] copy = ((Object[]) value).clone();
      for (int i = 0; i < copy.length; i++) copy[i] = deepCopy(copy[i]);
      return copy;
    }
    return value;
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
