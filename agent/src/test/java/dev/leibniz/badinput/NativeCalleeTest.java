package dev.leibniz.badinput;

/** A call to a native method (no bytecode to differentiate) with an active argument. */
class NativeCalleeTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("Native", """
          private static native double nat(double x);

          @dev.leibniz.Differentiable
          static double bad(double x) {
            if (x > 1e300) {
              return nat(x); /*HERE*/
            }
            return x * 2;
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "nat";
  }
}
