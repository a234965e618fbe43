package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.AliasedStatics;
import dev.leibniz.oracle.fixtures.lib.Tables;
import dev.leibniz.testing.Transformed;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A table another class keeps private (or package-private) but hands out by a getter ({@code
 * Tables.weights()}), passed as a parameter the method writes after calling a reader of the table:
 * the adjoint used to re-run the reader with the changed table, silently ({@code [2.0, -1.2, 4.8]}
 * for {@code [1.0, -1.2, 4.8]}). The table escapes its class, so its reads count as reads of the
 * parameter and the call is reversed split: the adjoint agrees with {@code 2 W[i] x[i]}, the tangent
 * and finite differences.
 */
class EscapingTableTest {
  static final Transformed T = Transformed.of(AliasedStatics.class);
  static final double[] X = {0.5, -0.3, 0.8};
  static final double[] W = {1.0, 2.0, 3.0};

  @Test
  void aPrivateStaticTableHandedOutByAGetter() {
    check("readPrivateThenChangeParameter", Tables.weights(), null);
  }

  @Test
  void aPackagePrivateStaticTableHandedOutByAGetter() {
    check("readPackageThenChangeParameter", Tables.packageWeights(), null);
  }

  @Test
  void anInstancesPrivateTableHandedOutByAGetter() {
    Tables t = new Tables();
    check("readInstanceThenChangeParameter", t.table(), t);
  }

  private static void check(String name, double[] table, Tables t) {
    double[] exact = new double[X.length];
    for (int i = 0; i < X.length; i++) exact[i] = 2 * W[i] * X[i];
    System.arraycopy(W, 0, table, 0, W.length);
    double[] g = new double[X.length], wb = new double[W.length];
    Object[] adjointArgs = args(t, X.clone(), g, table, wb); // the seed follows the Tables parameter
    adjointArgs = Arrays.copyOf(adjointArgs, adjointArgs.length + 1);
    adjointArgs[adjointArgs.length - 1] = 1.0;
    callOn(null, T.type, name + "$adjoint", adjointArgs);
    assertEquals(W[0] + 1, table[0], 0, "the primal's write happened once");
    assertArrayEquals(exact, g, 1e-14, "adjoint vs analytic, the table passed");
    for (int i = 0; i < X.length; i++) {
      System.arraycopy(W, 0, table, 0, W.length);
      double[] v = new double[X.length];
      v[i] = 1;
      double dy = d(callOn(null, T.type, name + "$tangent", args(t, X.clone(), v, table, new double[W.length])));
      assertEquals(exact[i], dy, 1e-14, "tangent vs analytic, direction " + i);
      FiniteDifferences.Estimate est = FiniteDifferences.directional(p -> {
        System.arraycopy(W, 0, table, 0, W.length);
        return new double[] {d(callOn(null, T.type, name, args(t, p, table)))};
      }, X.clone(), v)[0];
      assertEquals(est.value(), g[i], est.tolerance(1e-7), "adjoint vs finite differences, component " + i);
    }
    System.arraycopy(W, 0, table, 0, W.length);
  }

  /** The arguments, with the {@code Tables} parameter after them where the method has one. */
  private static Object[] args(Tables t, Object... rest) {
    if (t == null) return rest;
    Object[] all = Arrays.copyOf(rest, rest.length + 1);
    all[rest.length] = t;
    return all;
  }
}
