package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.FacadeSlots;
import dev.leibniz.objects.fixtures.FacadeSlots.Dense;
import dev.leibniz.objects.fixtures.FacadeSlotsDerivatives;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The typed facade the annotation processor wrote for {@link FacadeSlots} when this module's tests
 * compiled agrees with the companions the core generates: a parameter declared with an interface
 * that a class with shadows implements carries a shadow slot in both (core.SlotTypes; before, the
 * facade had the old layout and failed at its call); where only the bytecode decides (the interface's
 * own double getter is called, which gets the slot when one class with shadows runs it), the facade has no method. The companions behind the slot are exact
 * (analytic gradient, central differences, dot product between modes).
 */
class FacadeSlotsTest {
  static final Transformed T = Transformed.of(FacadeSlots.class, true);

  @Test
  void theFacadeHasTheCoresLayoutForAnInterfaceTypedParameter() throws Exception {
    for (String kind : new String[] {"Tangent", "Adjoint"}) {
      Method companion = companion("dot$" + kind.toLowerCase());
      Method facade = Arrays.stream(FacadeSlotsDerivatives.class.getMethods()).filter(m -> m.getName().equals("dot" + kind))
          .findFirst().orElseThrow();
      assertArrayEquals(companion.getParameterTypes(), facade.getParameterTypes(), facade + " vs " + companion);
      assertEquals(companion.getReturnType(), facade.getReturnType());
    }
    assertArrayEquals(new Class<?>[] {Dense.class, Dense.class, FacadeSlots.Sized.class, FacadeSlots.Sized.class},
        companion("dot$tangent").getParameterTypes(), "the interface-typed parameter has its shadow slot");
  }

  @Test
  void noFacadeWhereOnlyTheBytecodeDecidesTheSlot() throws Exception {
    // first calls Indexed's own getter: the core gives the slot when one class with shadows (Dense) runs that
    // getter (core.CalleeOracle.implementationOf), which only the bytecode shows
    assertArrayEquals(new Class<?>[] {Dense.class, Dense.class, FacadeSlots.Indexed.class, FacadeSlots.Indexed.class},
        companion("first$tangent").getParameterTypes(), "slot: Indexed.get runs Dense's code");
    Dense x = part(new double[] {0.5, -1.2, 0.8, 0.3, 0.1, -0.4}, 0), y = part(new double[] {2.0, 3.0, 4.0, 0, 0, 0}, 0);
    Dense dx = part(new double[] {1, 0, 0, 0, 0, 0}, 0), dy = part(new double[] {0.5, 0, 0, 0, 0, 0}, 0);
    assertEquals(1 * 2.0 + 0.5 * 0.5, (double) companion("first$tangent").invoke(null, x, dx, y, dy), 1e-15,
        "d(x0 y0) = dx0 y0 + x0 dy0");
    assertTrue(Arrays.stream(FacadeSlotsDerivatives.class.getMethods()).noneMatch(m -> m.getName().startsWith("first")),
        "the processor could not know it: no facade method");
  }

  @Test
  void theCompanionsBehindTheSlotAreExact() throws Exception {
    double[] v = {0.5, -1.2, 0.8, 0.3, 0.1, -0.4}; // x then y
    double[] dv = {1, -0.5, 0.25, 2, 0.75, -1};
    double[] gradient = {v[3], v[4], v[5], v[0], v[1], v[2]};
    double tangent = (double) companion("dot$tangent").invoke(null, part(v, 0), part(dv, 0), part(v, 3), part(dv, 3));
    Dense x = part(v, 0), y = part(v, 3), xBar = Derivatives.zeroShadow(x), yBar = Derivatives.zeroShadow(y);
    double value = (double) companion("dot$adjoint").invoke(null, x, xBar, y, yBar, 1.0);
    assertEquals(v[0] * v[3] + v[1] * v[4] + v[2] * v[5], value, 1e-15);
    double[] adjoint = new double[6];
    System.arraycopy(xBar.values, 0, adjoint, 0, 3);
    System.arraycopy(yBar.values, 0, adjoint, 3, 3);
    assertArrayEquals(gradient, adjoint, 1e-15, "adjoint vs analytic");
    double dot = 0;
    for (int i = 0; i < 6; i++) dot += gradient[i] * dv[i];
    assertEquals(dot, tangent, 1e-14, "tangent vs analytic, and the dot product with the adjoint");
    FiniteDifferences.Estimate fd = FiniteDifferences.directional(
        p -> new double[] {FacadeSlots.dot(part(p, 0), part(p, 3))}, v, dv)[0];
    assertEquals(fd.value(), tangent, fd.tolerance(1e-7), "tangent vs differences");
  }

  static Dense part(double[] v, int from) {
    return new Dense(Arrays.copyOfRange(v, from, from + 3));
  }

  static Method companion(String name) {
    Method m = Arrays.stream(T.type.getDeclaredMethods()).filter(x -> x.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " is missing; diagnostics: " + T.result.diagnostics()));
    m.setAccessible(true);
    return m;
  }
}
