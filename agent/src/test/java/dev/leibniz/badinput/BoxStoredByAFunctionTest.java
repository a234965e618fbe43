package dev.leibniz.badinput;

/**
 * A {@code Function<Double, Double>} made in the method whose body stores its argument box into a list: the body is
 * inlined where it is called (BoxedFunctionsTest), so the store is seen, and a list cannot hold a derivative.
 */
class BoxStoredByAFunctionTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("BoxStoredByFunction", """
          @dev.leibniz.Differentiable
          static double bad(double x) {
            java.util.List<Double> seen = new java.util.ArrayList<>();
            java.util.function.Function<Double, Double> f = t -> { seen.add(t); return t * t; }; /*HERE*/
            return f.apply(x) + seen.get(0); /*HERE*/
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "valueOf|add|apply|lambda";
  }
}
