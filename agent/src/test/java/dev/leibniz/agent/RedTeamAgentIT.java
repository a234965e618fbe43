package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.Derivatives;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.fixtures.redteam.Shapes2;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shapes that need the agent (enum constant bodies, local and anonymous classes): both modes against differences. */
class RedTeamAgentIT {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  static void check(String name, double[] x, List<String> failures) throws Throwable {
    MethodHandle t = Derivatives.tangent(LOOKUP, Shapes2.class, name, double[].class);
    MethodHandle a = Derivatives.adjoint(LOOKUP, Shapes2.class, name, double[].class);
    MethodHandle p = LOOKUP.findStatic(Shapes2.class, name, java.lang.invoke.MethodType.methodType(double.class, double[].class));
    double[] g = new double[x.length];
    double va = (double) a.invokeExact(x.clone(), g, 1.0);
    double v = (double) p.invokeExact(x.clone());
    if (va != v) failures.add(name + " value " + va + " vs " + v);
    for (int j = 0; j < x.length; j++) {
      double[] e = new double[x.length];
      e[j] = 1;
      double dy = (double) t.invokeExact(x.clone(), e.clone());
      FiniteDifferences.Estimate est =
          FiniteDifferences.directional(
              y -> {
                try {
                  return new double[] {(double) p.invokeExact(y.clone())};
                } catch (Throwable th) {
                  throw new RuntimeException(th);
                }
              },
              x,
              e)[0];
      if (!(Math.abs(dy - est.value()) <= est.tolerance(1e-7)) || !(Math.abs(dy - g[j]) <= 1e-12 * Math.max(1, Math.abs(dy)))) {
        failures.add(name + java.util.Arrays.toString(x) + "[" + j + "]: tangent " + dy + ", adjoint " + g[j] + ", differences " + est);
      }
    }
  }

  @Test
  void shapesThatNeedTheAgent() throws Throwable {
    List<String> failures = new ArrayList<>();
    for (String name : new String[] {"enumOps", "localClass", "anonymousCapture", "genericId", "reassignedRefs", "kahan"}) {
      for (double[] x : new double[][] {{0.37, 1.21, 0.83}, {-0.61, 0.47, 1.73}, {1.13, -0.29, 0.41}}) {
        try {
          check(name, x, failures);
        } catch (Throwable th) {
          failures.add(name + ": " + th);
        }
      }
    }
    assertEquals(List.of(), failures);
  }
}
