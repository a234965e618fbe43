package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.objects.fixtures.angles.Arc;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * Objects of final classes over an <em>abstract</em> value class declaring the field (Commons Numbers' {@code Angle}
 * with {@code Rad}, {@code Deg}: {@code core.objects.ValueBases}), made by static factories calling private
 * {@code super(value)} constructors, after {@code this.getAsDouble()}, a call of the inherited getter: the new object
 * written after the call is no object the call was given ({@code WrittenArrays.keptHere}), so the reverse sweep needs no
 * snapshot of it. In both modes against the analytic derivative, central differences and the dot-product test.
 */
class AbstractValueBaseConstructionsTest {
  static final LinkedFixtures FIXTURES = LinkedFixtures.allowingDiagnostics(Arc.class, Arc.Rad.class, Arc.Deg.class);
  static final Class<?> RAD = FIXTURES.get(Arc.Rad.class);
  static final Class<?> ARC = FIXTURES.get(Arc.class);

  static Method method(Class<?> c, String name, Class<?>... types) {
    try {
      Method m = c.getDeclaredMethod(name, types);
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(name + " is missing: " + java.util.Arrays.toString(c.getDeclaredMethods()) + FIXTURES.result(Arc.Rad.class).diagnostics()
          + FIXTURES.result(Arc.Deg.class).diagnostics(), e);
    }
  }

  static Object of(Class<?> c, double v) {
    return FinalFieldConstructionsTest.call(method(c, "of", double.class), null, v);
  }

  static double value(Object a) {
    return ((java.util.function.DoubleSupplier) a).getAsDouble();
  }

  @Test
  void theCompanionsCarryNoRefusal() {
    for (Class<?> c : new Class<?>[] {Arc.Rad.class, Arc.Deg.class}) {
      assertEquals(java.util.List.of(), FIXTURES.result(c).diagnostics(), "no refusal and no warning (this.getAsDouble() before the new object's writes)");
    }
  }

  @Test
  void aDegMadeHereIsReadBack() {
    Method primal = method(RAD, "sine");
    JacobianCheck.check("sine", new double[] {1.3}, v -> new double[] {value(FinalFieldConstructionsTest.call(primal, of(RAD, v[0])))},
        (v, dv) -> new double[] {value(FinalFieldConstructionsTest.call(method(RAD, "sine$tangent", ARC), of(RAD, v[0]), of(RAD, dv[0])))},
        (v, w) -> {
          Object bar = of(RAD, 0);
          Object r = FinalFieldConstructionsTest.call(method(RAD, "sine$adjoint", ARC, RAD), of(RAD, v[0]), bar, of(RAD, w[0]));
          assertEquals(Math.sin(v[0]), value(r), "the adjoint returns the primal");
          return new double[] {value(bar)};
        },
        new double[][] {{Math.cos(1.3)}});
  }
}
