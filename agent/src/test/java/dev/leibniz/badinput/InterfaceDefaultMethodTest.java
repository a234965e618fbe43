package dev.leibniz.badinput;

/**
 * A {@code @Differentiable} default method of an interface. It has no offending instruction, so
 * the diagnostic may name the method's first line and any (or no) instruction.
 */
class InterfaceDefaultMethodTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.compile("Shape", """
        package dev.leibniz.badinput.gen;

        interface Shape {
          @dev.leibniz.Differentiable
          default double bad(double r) {
            return Math.PI * r * r; /*HERE*/
          }

          @dev.leibniz.Differentiable
          static double good(double x) {
            return x * Math.sin(x);
          }
        }

        final class Disc implements Shape {}
        """);
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "";
  }

  @Override
  Object receiver(Class<?> loaded) throws Exception {
    var c = Class.forName(Subject.PACKAGE + ".Disc", true, loaded.getClassLoader()).getDeclaredConstructor();
    c.setAccessible(true);
    return c.newInstance();
  }
}
