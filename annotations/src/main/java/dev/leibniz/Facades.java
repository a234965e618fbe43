package dev.leibniz;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Run-time support of the typed facades that the annotation processor generates ({@code
 * ModelDerivatives} for a class {@code Model}): the look-up of a companion into a constant handle,
 * and the argument checks. Generated code calls it; applications need not.
 */
public final class Facades {
  /** The system property the agent sets when it runs (the agent's {@code FirstInstance.PROPERTY}). */
  static final String AGENT_PROPERTY = "leibniz.agent.installed";

  private Facades() {}

  /**
   * The companion {@code owner.companion} of type {@code type} (without the receiver), found with
   * {@code lookup}; when it does not exist, a handle of the same type that throws an {@link
   * IllegalStateException} saying why, so that a facade's holder class always initialises and
   * every call reports the cause. {@code primal} names the method in Java syntax.
   */
  public static MethodHandle companion(
      MethodHandles.Lookup lookup, Class<?> owner, String companion, boolean isStatic, MethodType type, String primal) {
    try {
      return isStatic ? lookup.findStatic(owner, companion, type) : lookup.findVirtual(owner, companion, type);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      MethodType full = isStatic ? type : type.insertParameterTypes(0, owner);
      return failing(full, missing(owner, companion, type, primal, e));
    }
  }

  /** Why {@code owner.companion} is missing, with what to do. */
  static String missing(Class<?> owner, String companion, MethodType type, String primal, Exception e) {
    String what = owner.getName() + "." + companion + type;
    if (e instanceof IllegalAccessException) {
      return what + " is not accessible: " + e.getMessage();
    }
    if (System.getProperty(AGENT_PROPERTY) == null) {
      return what + " does not exist: the Leibniz agent is not running. Start the JVM with"
          + " -javaagent:leibniz-agent.jar (Maven tests: surefire's <argLine>), or call"
          + " dev.leibniz.agent.Leibniz.install() before " + owner.getName() + " is loaded";
    }
    return what + " does not exist although the Leibniz agent is running: " + owner.getName()
        + " was loaded before the agent started, or " + primal + " could not be differentiated"
        + " (the agent's report on standard error says why; the agent option strict makes it fail at"
        + " class initialisation)";
  }

  /** A handle of type {@code type} that throws a new {@code IllegalStateException(message)}. */
  static MethodHandle failing(MethodType type, String message) {
    try {
      MethodHandle create = MethodHandles.publicLookup()
          .findConstructor(IllegalStateException.class, MethodType.methodType(void.class, String.class));
      MethodHandle throwIt = MethodHandles.throwException(type.returnType(), IllegalStateException.class);
      MethodHandle fails = MethodHandles.collectArguments(throwIt, 0, MethodHandles.insertArguments(create, 0, message));
      return MethodHandles.dropArguments(fails, 0, type.parameterList());
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** Rethrows {@code t} unchanged (a facade declares what its method declares). */
  @SuppressWarnings("unchecked")
  public static <T extends Throwable> RuntimeException rethrow(Throwable t) throws T {
    throw (T) t;
  }

  // ------------------------------------------------------------------ argument checks

  /**
   * {@code shadow} (a tangent or adjoint array of {@code primal}; null means passive) must be an
   * array of its own with {@code primal}'s length.
   *
   * @throws IllegalArgumentException naming the method and both parameters otherwise
   */
  public static void checkShadow(String method, String primalName, double[] primal, String shadowName, double[] shadow) {
    if (shadow != null && primal != null) {
      check(method, primalName, primal, primal.length, shadowName, shadow, shadow.length);
    }
  }

  /** {@link #checkShadow(String, String, double[], String, double[])} for {@code float[]}. */
  public static void checkShadow(String method, String primalName, float[] primal, String shadowName, float[] shadow) {
    if (shadow != null && primal != null) {
      check(method, primalName, primal, primal.length, shadowName, shadow, shadow.length);
    }
  }

  /** {@link #checkShadow(String, String, double[], String, double[])} for arrays of arrays (outer length). */
  public static void checkShadow(String method, String primalName, Object[] primal, String shadowName, Object[] shadow) {
    if (shadow != null && primal != null) {
      check(method, primalName, primal, primal.length, shadowName, shadow, shadow.length);
    }
  }

  /**
   * {@code scalarAdjoints} (null: not wanted) must hold at least {@code count} entries: the
   * adjoints of {@code scalars}.
   */
  public static void checkScalarAdjoints(String method, String name, double[] scalarAdjoints, int count, String scalars) {
    if (scalarAdjoints != null && scalarAdjoints.length < count) {
      throw new IllegalArgumentException(method + ": " + name + " has length " + scalarAdjoints.length
          + " but receives the adjoints of " + scalars + "; pass new double[" + count + "]");
    }
  }

  private static void check(String method, String primalName, Object primal, int primalLength,
      String shadowName, Object shadow, int shadowLength) {
    if (shadow == primal) {
      throw new IllegalArgumentException(method + ": " + shadowName + " is " + primalName + " itself; pass an array"
          + " of its own (new double[" + primalName + ".length]): the derivative would overwrite the values");
    }
    if (shadowLength != primalLength) {
      throw new IllegalArgumentException(method + ": " + shadowName + " has length " + shadowLength + " but "
          + primalName + " has length " + primalLength + "; they must be equal (one derivative per element)");
    }
  }
}
