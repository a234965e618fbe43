package dev.leibniz.badinput;

/** An active value stored into a {@code java.util.List<Double>} that is then sorted by the JDK: the collection cannot carry a derivative. */
class ActiveValueIntoListTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("IntoList", """
          @dev.leibniz.Differentiable
          static double bad(double x) {
            java.util.List<Double> values = new java.util.ArrayList<>();
            values.add(x * x); /*HERE*/
            java.util.Collections.sort(values);
            return values.get(0) + x;
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "valueOf|add";
  }

  @Override
  String reasonPattern() {
    return "double\\[\\]|@Differentiable";
  }
}
