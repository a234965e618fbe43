package dev.leibniz.badinput;

/**
 * An array field reassigned in the call (to the parameter array here) is not scratch
 * (core.objects.ScratchFields needs one array for the whole call, its own): refused where the
 * field is written, naming it.
 */
class ScratchFieldReassignedTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("Reassigned", """
          private double[] held = new double[3];

          @dev.leibniz.Differentiable
          double bad(double[] x) {
            held = x; /*HERE*/
            held[0] = x[0] * x[1];
            return held[0] + held[1];
          }
        """, "");
  }

  @Override
  Object[] arguments() {
    return new Object[] {new double[] {1.5, 2, 3}};
  }

  @Override
  String rejectedMethod() {
    return "bad([D)D";
  }

  @Override
  String instructionPattern() {
    return "putfield|held";
  }

  @Override
  String reasonPattern() {
    return "field double\\[\\] Reassigned\\.held";
  }
}
