package dev.leibniz.oracle;

import static dev.leibniz.oracle.ActiveLambdasTest.check;
import static dev.leibniz.oracle.ActiveLambdasTest.scalars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.boxedgeneric.BoxedGeneric;
import java.util.List;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * A number boxed as the argument of a generic interface's method ({@code Distribution<Double>.cdf(T)},
 * OpenGamma Strata's {@code NORMAL.getCDF(sign * d1)}) on an object a {@code static final} field holds,
 * made by its class's initialiser: the method its exact class runs is inlined (bridge included), the
 * unboxing meets the box and the number is differentiated as a number. An implementation that keeps
 * the box in a field is refused with its reason. Both modes against DerivativeStructure, finite
 * differences and the dot product.
 */
class BoxedGenericCallsTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(BoxedGeneric.class);
  static final Class<?> C = L.get(BoxedGeneric.class);

  private static DerivativeStructure logistic(DerivativeStructure x) {
    return x.subtract(0.5).divide(2.0).negate().exp().add(1).reciprocal();
  }

  @Test
  void boxedArgumentOfAConstantsGenericMethod() {
    for (double[] x : new double[][] {{0.3, 1.2}, {-1.5, 0.4}, {2.0, -2.5}}) {
      check("price", scalars(C, null, "price"), x, v -> v[0].multiply(logistic(v[0].multiply(v[1]))).add(logistic(v[1].sin())));
    }
  }

  @Test
  void boxedArgumentNullCheckedByALibraryHelperThatReturnsIt() {
    for (double[] x : new double[][] {{0.3, 1.2}, {-1.5, 0.4}, {2.0, -2.5}}) {
      check("checkedPrice", scalars(C, null, "checkedPrice"), x,
          v -> v[0].multiply(logistic(v[0].multiply(v[1]))).add(logistic(v[1].sin())));
    }
  }

  @Test
  void aBoxKeptInAFieldIsRefused() {
    List<Diagnostic> d = L.result(BoxedGeneric.class).diagnostics();
    assertTrue(d.stream().noneMatch(x -> x.method().startsWith("price") || x.method().startsWith("checkedPrice")), d.toString());
    assertTrue(d.stream().anyMatch(x -> x.method().startsWith("recorded") && !x.warning()), d.toString());
    assertEquals(0, java.util.Arrays.stream(C.getDeclaredMethods()).filter(m -> m.getName().startsWith("recorded$")).count());
    Diagnostic through = d.stream().filter(x -> x.method().startsWith("checkedThrough") && !x.warning()).findFirst().orElseThrow();
    assertTrue(through.message().contains("Double.valueOf(double) boxes an active value"), through.message());
    assertEquals(0, java.util.Arrays.stream(C.getDeclaredMethods()).filter(m -> m.getName().startsWith("checkedThrough$")).count());
  }
}
