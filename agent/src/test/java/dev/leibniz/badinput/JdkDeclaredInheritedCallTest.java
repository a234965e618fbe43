package dev.leibniz.badinput;

/**
 * A call of a method that the receiver's abstract class inherits from a JDK interface without declaring it (la4j's
 * {@code it.hasNext()} on its {@code VectorIterator}, which implements {@code java.util.Iterator}): every class file of the
 * project is there, so the diagnostic says where the method comes from and that the receiver's class picks the code at
 * run time, not that a class file cannot be read.
 */
class JdkDeclaredInheritedCallTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("JdkDeclaredTest", """
          @dev.leibniz.Differentiable
          static double bad(Threshold t, double x) {
            double y = x * x;
            return t != null && t.test(y) ? y : x; /*HERE*/
          }
        """, """

        abstract class Threshold implements java.util.function.DoublePredicate {
          double level;
        }
        """);
  }

  @Override
  String rejectedMethod() {
    return "bad(Ldev/leibniz/badinput/gen/Threshold;D)D";
  }

  @Override
  String instructionPattern() {
    return "test";
  }

  @Override
  String reasonPattern() {
    return "boolean Threshold\\.test\\(double\\) is not declared in Threshold nor in a class above it outside the JDK: it"
        + " comes from the JDK's DoublePredicate, so the receiver's class chooses at run time which code runs";
  }

  @Override
  Object[] arguments() {
    return new Object[] {null, 1.5}; // no Threshold: the original and the transformed method both return x
  }
}
