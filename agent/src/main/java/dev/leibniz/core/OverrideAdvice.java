package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;

/**
 * What a user can do so that a call binds statically (what it runs is known from the calling code),
 * in Java syntax. A class's method can be made final; a method of an interface, or an abstract one,
 * cannot, so the call has to name a final class's method instead: "make it final" would not apply.
 */
public final class OverrideAdvice {
  private OverrideAdvice() {}

  /**
   * {@code make Rotor.turn(double) final (or private, or static), or class Rotor final}, or for an
   * interface's method the receiver's declared type to change.
   *
   * @param abstractMethod whether the method the call resolves to has no code (abstract)
   */
  public static String bindStatically(MethodRef m, boolean abstractMethod) {
    String owner = JavaSignature.className(m.owner());
    String method = JavaSignature.methodName(m) + JavaSignature.parameters(m.desc());
    if (m.itf()) {
      return method + " is a method of interface " + owner + ", which cannot be final: declare the receiver (the"
          + " parameter or variable the call is made on) with a final class that implements " + owner
          + ", so that the call names that class's method";
    }
    if (abstractMethod) {
      return method + " is abstract, so it cannot be final: declare the receiver (the parameter or variable the call"
          + " is made on) with a final subclass of " + owner + ", so that the call names that class's method";
    }
    return "make " + method + " final (or private, or static), or class " + owner + " final";
  }
}
