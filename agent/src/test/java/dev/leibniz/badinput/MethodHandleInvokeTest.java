package dev.leibniz.badinput;

/**
 * An active value passed through {@code MethodHandle.invokeExact} (issue 9, "Honest failure": what
 * the call runs is not known from the bytecode): one located diagnostic, no advice to annotate a JDK
 * class.
 */
class MethodHandleInvokeTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("MhCall", """
          @dev.leibniz.Differentiable
          static double bad(double x) throws Throwable {
            java.lang.invoke.MethodHandle h = java.lang.invoke.MethodHandles.lookup().findStatic(MhCall.class, "good",
                java.lang.invoke.MethodType.methodType(double.class, double.class));
            return (double) h.invokeExact(x) + x; /*HERE*/
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "invokeExact";
  }

  @Override
  String reasonPattern() {
    return "^(?!.*annotate)";
  }
}
