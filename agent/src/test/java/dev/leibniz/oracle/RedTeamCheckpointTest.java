package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.redteam.Shapes8;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long loops over arrays (double buffers swapped, arrays written in place or by a helper), checkpointed and taped. */
class RedTeamCheckpointTest {
  static Object call(Method m, Object... args) {
    try {
      return m.invoke(null, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(m.getName(), e.getCause() == null ? e : e.getCause());
    }
  }

  static double[] gradient(String budget, String name, double[] x, int steps) {
    Class<?> type = Transformed.of(Shapes8.class).type;
    try {
      Method adjoint = type.getMethod(name + "$adjoint", double[].class, double[].class, int.class, double.class);
      double[] g = new double[x.length];
      CheckpointingTest.withBudget(budget, () -> call(adjoint, x.clone(), g, steps, 1.0));
      return g;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  static void check(String name, double[] x, int steps, List<String> failures) throws Exception {
    Class<?> type = Transformed.of(Shapes8.class).type;
    Method primal = type.getMethod(name, double[].class, int.class);
    Method tangent = type.getMethod(name + "$tangent", double[].class, double[].class, int.class);
    double[] taped = gradient(null, name, x, steps), checkpointed = gradient(CheckpointingTest.TINY, name, x, steps);
    for (int j = 0; j < x.length; j++) {
      double[] e = new double[x.length];
      e[j] = 1;
      double dy = (double) call(tangent, x.clone(), e.clone(), steps);
      FiniteDifferences.Estimate est = FiniteDifferences.directional(v -> new double[] {(double) call(primal, v.clone(), steps)}, x, e)[0];
      String at = name + " steps " + steps + " [" + j + "]: tangent " + dy + ", taped " + taped[j] + ", checkpointed " + checkpointed[j] + ", differences " + est;
      double tol = 1e-10 * Math.max(1, Math.abs(dy));
      if (!(Math.abs(dy - est.value()) <= est.tolerance(1e-7)) || !(Math.abs(dy - taped[j]) <= tol) || !(Math.abs(dy - checkpointed[j]) <= tol)) failures.add(at);
    }
  }

  @Test
  void longLoopsOverArrays() throws Exception {
    List<String> failures = new ArrayList<>();
    double[] x = {0.3, -0.7, 0.9, 0.2, -0.4};
    for (String name : new String[] {"doubleBuffer", "heatInPlace", "breakOnValue", "helperWrites", "swapInWhile"}) {
      for (int steps : new int[] {3, 4000}) {
        try {
          check(name, x, steps, failures);
        } catch (Throwable t) {
          failures.add(name + " " + steps + ": " + t);
        }
      }
    }
    assertEquals(List.of(), failures);
  }
}
