package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.Derivatives;
import dev.leibniz.agent.fixtures.reach.Reach;
import dev.leibniz.agent.fixtures.reach.Shape;
import dev.leibniz.agent.fixtures.reach.Square;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/** Through the real agent: an un-annotated override, library code from the Hipparchus jar, a user rule. */
class ReachIT {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  @Test
  void unannotatedOverrideIsTransformedAndDispatchedTo() throws Throwable {
    MethodHandle t = Derivatives.tangent(LOOKUP, Reach.class, "total", Shape.class, double.class);
    MethodHandle a = Derivatives.adjoint(LOOKUP, Reach.class, "total", Shape.class, double.class);
    double x = 1.25;
    assertEquals(2 * x + 1, (double) t.invokeExact((Shape) new Square(), x, 1.0), 0);
    assertEquals(2.0, (double) t.invokeExact((Shape) new Shape(), x, 1.0), 0);
    double[] g = new double[1];
    assertEquals(x * x + x, (double) a.invokeExact((Shape) new Square(), x, 1.0, g), 0);
    assertEquals(2 * x + 1, g[0], 0);
  }

  @Test
  void libraryMethodWithAPrivateTable() throws Throwable {
    Field f = Gamma.class.getDeclaredField("LANCZOS");
    f.setAccessible(true);
    double[] l = (double[]) f.get(null);
    double x = 2.5, exact = 0;
    for (int i = 1; i < l.length; i++) exact -= l[i] / ((x + i) * (x + i));
    MethodHandle t = Derivatives.tangent(LOOKUP, Reach.class, "lanczos", double.class);
    assertEquals(exact, (double) t.invokeExact(x, 1.0), 1e-12 * Math.abs(exact));
    double[] g = new double[1];
    MethodHandle a = Derivatives.adjoint(LOOKUP, Reach.class, "lanczos", double.class);
    assertEquals(Gamma.lanczos(x), (double) a.invokeExact(x, 1.0, g), 0);
    assertEquals(exact, g[0], 1e-12 * Math.abs(exact));
  }

  @Test
  void userRuleForLogGamma() throws Throwable {
    double x = 3.5, exact = Gamma.digamma(x) * x + Gamma.logGamma(x);
    MethodHandle t = Derivatives.tangent(LOOKUP, Reach.class, "logGamma", double.class);
    assertEquals(exact, (double) t.invokeExact(x, 1.0), 1e-14 * exact);
    double[] g = new double[1];
    MethodHandle a = Derivatives.adjoint(LOOKUP, Reach.class, "logGamma", double.class);
    assertEquals(Gamma.logGamma(x) * x, (double) a.invokeExact(x, 1.0, g), 1e-14 * exact);
    assertEquals(exact, g[0], 1e-14 * exact);
  }
}
