package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.subclasssetters.Cells;
import dev.leibniz.objects.fixtures.subclasssetters.Grid;
import dev.leibniz.testing.FirstDispatchInstalled;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FirstDispatchInstalled.class)
class SubclassSettersTest {
  static final Transformed T = Transformed.of(Cells.class, true);
  static final Class<?> GRID = SubclassNumbersTest.below(T, Grid.class);
  static final Class<?> C = T.type;

  static Object grid(double... v) {
    return SubclassNumbersTest.make(GRID, new Class<?>[] {double[].class}, (Object) v.clone());
  }

  static double[] data(Object g) {
    return (double[]) SubclassNumbersTest.field(g, "data");
  }

  static double primal(String name, Object receiver, Object... args) {
    for (Method m : C.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) {
        return (double) SubclassNumbersTest.on(m, receiver, args);
      }
    }
    throw new AssertionError(name);
  }

  @Test
  void probe() {
    System.out.println("DIAG " + T.result.diagnostics());
    for (Method m : C.getDeclaredMethods()) System.out.println("M " + m);
  }

  /** f = sum_i x_i^2 w^i after squaring in place. */
  @Test
  void receiverWrittenThroughTheAbstractSetter() {
    double[] x = {0.7, -1.3, 2.1, 0.9};
    int n = 3;
    double w = x[n];
    double[] exact = new double[x.length];
    for (int i = 0; i < n; i++) {
      exact[i] = 2 * x[i] * Math.pow(w, i);
      exact[n] += i * x[i] * x[i] * Math.pow(w, i - 1);
    }
    Method t = T.method("squareThenWeigh$tangent", C, double.class, double.class);
    Method a = T.method("squareThenWeigh$adjoint", C, double.class, double.class, double[].class);
    T.checkGradient("squareThenWeigh", x, exact, v -> new double[] {primal("squareThenWeigh", grid(Arrays.copyOf(v, n)), v[n])},
        (v, dv) -> new double[] {(double) SubclassNumbersTest.on(t, grid(Arrays.copyOf(v, n)), grid(Arrays.copyOf(dv, n)), v[n], dv[n])},
        (v, ybar) -> {
          Object p = grid(Arrays.copyOf(v, n)), bar = Derivatives.zeroShadow(p);
          double[] wbar = new double[1];
          double f = (double) SubclassNumbersTest.on(a, p, bar, v[n], ybar[0], wbar);
          assertEquals(primal("squareThenWeigh", grid(Arrays.copyOf(v, n)), v[n]), f, 0, "the adjoint returns the primal value");
          return SubclassNumbersTest.concat(data(bar), wbar);
        });
  }
}
