package dev.leibniz.badinput;

/**
 * A local {@code List<Double>} filled with active values in one loop and summed in another
 * ({@code for (double d : v)}), then given to a call: refused where the first value is boxed into it, with the
 * advice to keep the numbers in a {@code double[]} (a list given to any call but its own methods is not lowered to
 * an array, {@code core.lift.LocalDoubleLists}; kept to itself it is: {@code oracle.LocalListsTest}).
 */
class ActiveValuesListLoopTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("ListLoop", """
          @dev.leibniz.Differentiable
          static double bad(double x) {
            java.util.List<Double> v = new java.util.ArrayList<>();
            for (int i = 1; i <= 3; i++) v.add(Math.sin(i * x)); /*HERE*/
            double s = 0;
            for (double d : v) s += d * d;
            return s + count(v);
          }

          static int count(java.util.List<Double> v) {
            return v.size();
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "valueOf";
  }

  @Override
  String reasonPattern() {
    return "List<Double> cannot hold derivatives: use a double\\[\\]";
  }
}
