package dev.leibniz.oracle;

import static dev.leibniz.oracle.ActiveLambdasTest.check;
import static dev.leibniz.oracle.ActiveLambdasTest.scalars;

import dev.leibniz.oracle.fixtures.boxedfunctions.BoxedFunctions;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * {@code Function<Double, Double>} calls whose implementation the class file shows (a lambda made in the method, a
 * method reference the compiler boxes around, a {@code static final} field in a bracketing loop): differentiated as the
 * implementation's body, in both modes against Hipparchus and finite differences, and the dot product. A caller-given
 * {@code Function<Double, Double>} stays refused (badinput.BoxGivenToFunctionTest).
 */
class BoxedFunctionsTest {
  static final LinkedFixtures L = LinkedFixtures.of(BoxedFunctions.class);
  static final Class<?> C = L.get(BoxedFunctions.class);

  @Test
  void lambdaMadeInTheMethod() {
    for (double x : new double[] {0.3, -1.2, 2.5}) {
      check("local", scalars(C, null, "local"), new double[] {x}, v -> v[0].sin().multiply(v[0]));
    }
  }

  @Test
  void methodReferenceToAStaticDoubleMethod() {
    for (double x : new double[] {0.3, -1.2, 1.7}) {
      check("reference", scalars(C, null, "reference"), new double[] {x}, v -> g(v[0]).add(g(v[0].multiply(2))));
    }
  }

  @Test
  void lambdaReturningItsArgumentBox() {
    for (double x : new double[] {0.3, -1.2, 1.7}) {
      check("identity", scalars(C, null, "identity"), new double[] {x}, v -> v[0].multiply(v[0]).multiply(v[0]));
    }
  }

  /** Three halvings: each branch pattern holds over 0.03 around these points, so finite differences see one piece. */
  @Test
  void bracketingLoopOverAStaticFinalFunction() {
    for (double[] x : new double[][] {{1.1, 0.5}, {0.9, 0.7}, {1.6, 0.45}}) {
      check("bracket", scalars(C, null, "bracket"), x, v -> bracket(v[0], v[1]));
    }
  }

  private static DerivativeStructure g(DerivativeStructure t) {
    return t.multiply(0.5).exp().multiply(t);
  }

  private static DerivativeStructure peak(DerivativeStructure t) {
    DerivativeStructure d = t.subtract(1.3);
    return d.multiply(d).negate();
  }

  /** BoxedFunctions.bracket on DerivativeStructure, the same branches by value. */
  private static DerivativeStructure bracket(DerivativeStructure time, DerivativeStructure frame) {
    DerivativeStructure left = time.subtract(frame), right = time.add(frame);
    DerivativeStructure leftY = peak(left), rightY = peak(right);
    for (int k = 0; k < 3; k++) {
      DerivativeStructure middle = left.add(right).divide(2), middleY = peak(middle);
      if (leftY.getValue() < rightY.getValue()) {
        left = middle;
        leftY = middleY;
      } else {
        right = middle;
        rightY = middleY;
      }
    }
    return left.add(right).divide(2).add(leftY.multiply(rightY));
  }
}
