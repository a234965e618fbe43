package dev.leibniz.oracle;

import dev.leibniz.oracle.fixtures.LocalListFunctions;
import java.util.Arrays;
import java.util.function.Function;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * A local {@code List<Double>} becomes a growing {@code double[]} and its size before lifting ({@code
 * core.lift.LocalDoubleLists}): a sum over it, reads by {@code get(i)}, writes by {@code set(i, v)}, in both modes,
 * against Hipparchus's {@code DerivativeStructure}, central finite differences and the dot product ({@link
 * ActiveLambdasTest#check}); the adjoint's value is the method's bit for bit. A list that escapes stays refused:
 * {@code badinput.ActiveValuesListLoopTest}.
 */
class LocalListsTest {
  static final Class<?> C = LinkedFixtures.of(LocalListFunctions.class).get(LocalListFunctions.class);
  static final double[] X = {0.5, -1.2, 2.0, 0.3, 0.9, -0.4, 1.1, 0.2, -0.7, 1.3, 0.6, -1.5}; // more than 10: it grows
  static final double W = 0.7;

  private static void check(String m, Function<DerivativeStructure[], DerivativeStructure> oracle) {
    double[] in = Arrays.copyOf(X, X.length + 1);
    in[X.length] = W;
    ActiveLambdasTest.check(m, StreamPipelinesTest.arrayAndScalar(C, m, X.length), in, oracle);
  }

  @Test
  void sumOverAList() {
    check("sumOfTerms", v -> {
      DerivativeStructure s = v[0].getField().getZero();
      for (int i = 0; i < X.length; i++) s = s.add(v[i].multiply(v[i]).multiply(v[X.length]));
      return s;
    });
  }

  @Test
  void listIndexedByGet() {
    check("indexed", v -> {
      DerivativeStructure s = v[0].getField().getZero();
      for (int i = 0; i < X.length; i++) s = s.add(v[i].multiply(v[X.length]).sin().multiply(i));
      return s;
    });
  }

  @Test
  void listOverwrittenBySet() {
    check("overwritten", v -> {
      DerivativeStructure[] t = new DerivativeStructure[X.length];
      for (int i = 0; i < X.length; i++) t[i] = v[i].multiply(v[X.length]);
      for (int i = X.length - 1; i > 0; i--) t[i] = t[i].multiply(t[i - 1]);
      DerivativeStructure s = v[0].getField().getZero();
      for (DerivativeStructure ti : t) s = s.add(ti.exp());
      return s;
    });
  }
}
