package dev.leibniz;

/** Argument checks of {@link Gradient} and {@link Jacobian}, with messages that say what to pass. */
final class Checks {
  private Checks() {}

  static double[] nonNull(double[] a, String name) {
    if (a == null) {
      throw new IllegalArgumentException(name + " is null");
    }
    return a;
  }

  /** {@code bar} must be a separate array of {@code primal}'s length. */
  static void adjoint(String method, String primalName, double[] primal, String barName, double[] bar) {
    if (bar == null) {
      throw new IllegalArgumentException(method + ": " + barName + " is null; pass new double[" + primalName + ".length]");
    }
    if (bar == primal) {
      throw new IllegalArgumentException(method + ": " + barName + " is " + primalName + " itself; the adjoint needs an array of"
          + " its own (the gradient would overwrite the point)");
    }
    if (bar.length != primal.length) {
      throw new IllegalArgumentException(method + ": " + barName + " has length " + bar.length + " but " + primalName
          + " has length " + primal.length + "; they must be equal (one adjoint per element)");
    }
  }
}
