package dev.leibniz.badinput;

/**
 * A lambda that captures an active double and escapes to code whose implementation is not known
 * (an interface method of a parameter): INVOKEDYNAMIC with an active value. (A lambda called in
 * the method, or given to a method whose code is known, is replaced by its body: ActiveLambdasTest.)
 */
class LambdaCapturingActiveValueTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("Lambda", """
          @dev.leibniz.Differentiable
          static double bad(double x, java.util.function.ToDoubleFunction<java.util.function.DoubleUnaryOperator> user) {
            java.util.function.DoubleUnaryOperator f = v -> v * x; /*HERE*/
            return user.applyAsDouble(f) + x;
          }
        """, "");
  }

  @Override
  Object[] arguments() {
    java.util.function.ToDoubleFunction<java.util.function.DoubleUnaryOperator> user = f -> f.applyAsDouble(2.0);
    return new Object[] {1.5, user};
  }

  @Override
  String rejectedMethod() {
    return "bad(DLjava/util/function/ToDoubleFunction;)D";
  }

  @Override
  String instructionPattern() {
    return "^a lambda \\(";
  }

  /** Names where the lambda goes, in Java syntax, and advice that applies to an interface method. */
  @Override
  String reasonPattern() {
    return "lambda capturing a value with a derivative is given to `double ToDoubleFunction.applyAsDouble\\(Object\\)`,"
        + " an interface or overridable method.*give it to a static, private or final method";
  }
}
