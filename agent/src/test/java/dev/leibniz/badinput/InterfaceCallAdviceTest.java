package dev.leibniz.badinput;

/**
 * An active value given to an interface's method that returns an object (libGDX's {@code Vector.scl}): the call
 * carries no derivative and can be overridden. An interface's method cannot be made final, so the advice is the
 * receiver's declared type to change, never "make it final".
 */
class InterfaceCallAdviceTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("Fluent", """
          private static Scaler unit = new Unit(1.0); // not a constant: the call's class is not known

          @dev.leibniz.Differentiable
          static double bad(double x) {
            return unit.scale(x).value(); /*HERE*/
          }
        """, """
        interface Scaler {
          Scaler scale(double k);
          double value();
        }

        final class Unit implements Scaler {
          private final double v;
          Unit(double v) { this.v = v; }
          public Scaler scale(double k) { return new Unit(k * v); }
          public double value() { return v; }
        }
        """);
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "Scaler\\.scale\\(double\\)";
  }

  @Override
  String reasonPattern() {
    return "^(?!.*make it final)(?!.*make Scaler).*Scaler Scaler\\.scale\\(double\\) cannot be differentiated.*"
        + "Scaler\\.scale\\(double\\) is a method of interface Scaler, which cannot be final: declare the receiver .* with a"
        + " final class that implements Scaler";
  }
}
