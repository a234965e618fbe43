package dev.leibniz.badinput;

/**
 * Active values written into an array a passive call hands out (a holder's array, read twice through
 * its getter): the tangent gave a zero array per value, so the write and the read did not meet (d/dx
 * 0 instead of 2 a^2 x, without a word) and the adjoint threw NullPointerException. (A record's
 * accessor is read as its component, {@code core.objects.RecordAccessors}: the same code over a
 * record is refused as an array held in a field of an object without shadows.)
 */
class ArrayHandedOutByAPassiveCallTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("HandedOut", """
          static final class Pair {
            private final double[] a, b;
            Pair(double[] a, double[] b) { this.a = a; this.b = b; }
            double[] a() { return a; }
            double[] b() { return b; }
          }

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
