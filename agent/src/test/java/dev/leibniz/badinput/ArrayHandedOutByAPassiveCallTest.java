package dev.leibniz.badinput;

/**
 * Active values written into an array a passive call hands out (a record's component, read twice
 * through its accessor): the tangent gave a zero array per value, so the write and the read did not
 * meet (d/dx 0 instead of 2 a^2 x, without a word) and the adjoint threw NullPointerException.
 */
class ArrayHandedOutByAPassiveCallTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("HandedOut", """
          record Pair(double[] a, double[] b) {}

          @dev.leibniz.Differentiable
          static double bad(Pair p, double[] x) {
            if (p == null) return x.length;
            double s = 0;
            for (int i = 0; i < x.length; i++) {
              p.b()[i] = p.a()[i] * x[i] * x[i]; /*HERE*/
              s += p.a()[i] * p.b()[i];
            }
            return s;
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(Ldev/leibniz/badinput/gen/HandedOut$Pair;[D)D";
  }

  @Override
  Object[] arguments() {
    return new Object[] {null, new double[] {1.5, 2}};
  }

  @Override
  String instructionPattern() {
    return "Pair\\.b";
  }

  @Override
  String reasonPattern() {
    return "returned by .*Pair\\.b\\(\\).*receives active values.*parameter";
  }
}
