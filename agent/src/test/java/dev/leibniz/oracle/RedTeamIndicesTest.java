package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;

import dev.leibniz.oracle.fixtures.redteam.Shapes7;
import dev.leibniz.testing.Transformed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In-place writes whose source and target indices coincide only at run time, both modes against differences. */
class RedTeamIndicesTest {
  static final Class<?> C = Transformed.of(Shapes7.class).type;

  static void check(String name, int i, int j) {
    double[] x = {0.7, -1.3, 0.4, 1.9, -0.6, 1.1};
    JacobianCheck.check(
        name + "(a, " + i + ", " + j + ")",
        x,
        v -> {
          callOn(null, C, name, v, i, j);
          return v;
        },
        (v, vd) -> {
          callOn(null, C, name + "$tangent", v, vd, i, j);
          return vd;
        },
        (v, yb) -> {
          callOn(null, C, name + "$adjoint", v, yb, i, j);
          return yb;
        },
        null);
  }

  @Test
  void everyShapeAtEveryIndexPair() {
    String[] names = {"scaledCopy", "plainCopy", "addInto", "product", "sumOfTwo", "swap", "moveRange", "loopCopy", "maybeAliased", "throughLocal", "fillOver"};
    List<String> failures = new ArrayList<>();
    for (String name : names) {
      for (int i = 0; i <= 3; i++) {
        for (int j = 0; j <= 3; j++) {
          try {
            check(name, i, j);
          } catch (AssertionError e) {
            failures.add(e.getMessage().split("\n")[0]);
          }
        }
      }
    }
    if (!failures.isEmpty()) throw new AssertionError(failures.size() + " failures:\n" + String.join("\n", failures));
  }
}
