package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.StoreDestTest.Fn;
import dev.leibniz.objects.fixtures.statics.Frame2;
import dev.leibniz.objects.fixtures.statics.StaticIdentityOps;
import dev.leibniz.objects.fixtures.statics.Turn;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.List;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * A store made when none is given by a constructor copying a {@code static final} constant (README, "Objects": a store
 * made when none is given; issue 10, Ardor3D's {@code Quaternion()} = {@code this(Quaternion.IDENTITY)}, read through
 * {@code ReadOnlyQuaternion}'s getters, and JME's {@code Transform()} = {@code set(IDENTITY)}): the constant is exactly
 * the class its initialiser made, its numbers are copied, nothing writes it, so the object made carries no derivative
 * and its shadow is the same constructor run again, zeroed. {@code compose} ({@link Turn}, the interface-typed constant
 * copied by {@code this(source.getC(), source.getS())}) and {@code moved} ({@link Frame2}, {@code set(ORIGIN)}), with and
 * without a store, in both modes against the analytic Jacobian (Hipparchus {@code DerivativeStructure} for {@code
 * compose}), central differences and the dot-product test. Copying a static field that is not final keeps the {@code
 * new} refused at its line.
 */
class StaticIdentityConstructorsTest {
  static final Transformed OPS = Transformed.of(StaticIdentityOps.class, true); // fromDefault is refused
  static final Class<?> T = Turn.class, F = Frame2.class, D = double.class;

  static Turn turn(double[] x, int from) {
    return new Turn(x[from], x[from + 1]);
  }

  static double[] of(Turn... ts) {
    double[] out = new double[2 * ts.length];
    for (int k = 0; k < ts.length; k++) {
      out[2 * k] = ts[k].getC();
      out[2 * k + 1] = ts[k].getS();
    }
    return out;
  }

  static Frame2 frame(double[] x, int from) {
    return new Frame2(x[from], x[from + 1], x[from + 2]);
  }

  static double[] of(Frame2 f) {
    return new double[] {f.x, f.y, f.scale};
  }

  // ------------------------------------------------------------------------------------------------ compose

  /** Inputs angle, by (and the store's c, s on entry); outputs the result's c and s. */
  static Fn compose(boolean withStore) {
    Method tangent = OPS.method("compose$tangent", D, D, T, T, T, T);
    Method adjoint = OPS.method("compose$adjoint", D, T, T, T, T, T, double[].class);
    return new Fn("compose(angle, by, " + (withStore ? "store)" : "null)"), withStore ? 5 : 3, 2,
        x -> of(StaticIdentityOps.compose(x[0], turn(x, 1), withStore ? turn(x, 3) : null)),
        (x, v) -> {
          Turn dStore = withStore ? turn(v, 3) : null;
          Object r = StoreDestTest.call(tangent, x[0], v[0], turn(x, 1), turn(v, 1), withStore ? turn(x, 3) : null, dStore);
          if (withStore) assertSame(dStore, r, "the tangent returns the shadow given with the store");
          return of((Turn) r);
        },
        (x, w) -> {
          double[] g = new double[1];
          Turn byBar = new Turn(0, 0), storeBar = withStore ? new Turn(0, 0) : null;
          Turn r = (Turn) StoreDestTest.call(adjoint, x[0], turn(x, 1), byBar, withStore ? turn(x, 3) : null, storeBar,
              turn(w, 0), g);
          assertEquals(of(StaticIdentityOps.compose(x[0], turn(x, 1), withStore ? turn(x, 3) : null))[1], r.getS(), 0,
              "the adjoint returns the primal result");
          double[] out = new double[withStore ? 5 : 3];
          out[0] = g[0];
          System.arraycopy(of(byBar), 0, out, 1, 2);
          if (withStore) System.arraycopy(of(storeBar), 0, out, 3, 2);
          return out;
        },
        x -> composeJacobian(x, withStore),
        withStore ? new double[][] {{0.7, 0.6, -0.8, 0.3, 1.1}} : new double[][] {{0.7, 0.6, -0.8}, {-2.2, 1.4, 0.5}});
  }

  /** compose by Hipparchus: a new store is the identity (1, 0), constants. */
  static double[][] composeJacobian(double[] x, boolean withStore) {
    int n = withStore ? 5 : 3;
    DSFactory f = new DSFactory(n, 1);
    DerivativeStructure a = f.variable(0, x[0]), byc = f.variable(1, x[1]), bys = f.variable(2, x[2]);
    DerivativeStructure sc = withStore ? f.variable(3, x[3]) : f.constant(1), ss = withStore ? f.variable(4, x[4]) : f.constant(0);
    DerivativeStructure bc = byc.multiply(a.cos()).subtract(bys.multiply(a.sin()));
    DerivativeStructure bs = bys.multiply(a.cos()).add(byc.multiply(a.sin()));
    return MadeSubObjectsTest.rows(new DerivativeStructure[] {sc.multiply(bc).subtract(ss.multiply(bs)),
        ss.multiply(bc).add(sc.multiply(bs))}, n);
  }

  // ------------------------------------------------------------------------------------------------ moved

  /** Inputs dx, dy, k (and the store's x, y, scale on entry); outputs the result's x, y, scale. */
  static Fn moved(boolean withStore) {
    Method tangent = OPS.method("moved$tangent", D, D, D, D, D, D, F, F);
    Method adjoint = OPS.method("moved$adjoint", D, D, D, F, F, F, double[].class);
    return new Fn("moved(dx, dy, k, " + (withStore ? "store)" : "null)"), withStore ? 6 : 3, 3,
        x -> of(StaticIdentityOps.moved(x[0], x[1], x[2], withStore ? frame(x, 3) : null)),
        (x, v) -> of((Frame2) StoreDestTest.call(tangent, x[0], v[0], x[1], v[1], x[2], v[2],
            withStore ? frame(x, 3) : null, withStore ? frame(v, 3) : null)),
        (x, w) -> {
          double[] g = new double[3];
          Frame2 storeBar = withStore ? new Frame2(0, 0, 0) : null;
          StoreDestTest.call(adjoint, x[0], x[1], x[2], withStore ? frame(x, 3) : null, storeBar, frame(w, 0), g);
          double[] out = new double[withStore ? 6 : 3];
          System.arraycopy(g, 0, out, 0, 3);
          if (withStore) System.arraycopy(of(storeBar), 0, out, 3, 3);
          return out;
        },
        x -> {
          double dx = x[0], dy = x[1], k = x[2];
          double px = withStore ? x[3] : 0, py = withStore ? x[4] : 0, ps = withStore ? x[5] : 1; // a new one is ORIGIN
          double[][] j = new double[3][withStore ? 6 : 3];
          j[0][0] = 1;
          j[0][2] = px;
          j[1][0] = dy;
          j[1][1] = dx;
          j[1][2] = py;
          j[2][2] = ps;
          if (withStore) {
            j[0][3] = k;
            j[1][4] = k;
            j[2][5] = k;
          }
          return j;
        },
        withStore ? new double[][] {{0.4, -1.3, 0.8, 2.0, -0.5, 1.7}} : new double[][] {{0.4, -1.3, 0.8}, {-0.9, 0.2, 1.6}});
  }

  // ------------------------------------------------------------------------------------------------ checks

  static List<Fn> all() {
    return List.of(compose(true), compose(false), moved(true), moved(false));
  }

  @Test
  void bothModesAgainstTheAnalyticJacobian() {
    StoreDestTest.againstTheAnalyticJacobian(all());
  }

  @Test
  void bothModesAgainstFiniteDifferences() {
    StoreDestTest.againstFiniteDifferences(all());
  }

  @Test
  void dotProductBetweenTheModes() {
    StoreDestTest.dotProduct(all());
  }

  /** Without a store, each call's shadow is a new Turn, zeroed after its constructor copied the identity. */
  @Test
  void aStoreMadeInsideGetsAFreshZeroShadowAndTheConstantIsUntouched() throws Exception {
    Method tangent = OPS.method("compose$tangent", D, D, T, T, T, T);
    Turn s1 = (Turn) StoreDestTest.call(tangent, 0.3, 0.0, new Turn(0.6, 0.8), new Turn(0, 0), null, null);
    Turn s2 = (Turn) StoreDestTest.call(tangent, 0.3, 0.0, new Turn(0.6, 0.8), new Turn(0, 0), null, null);
    assertNotSame(s1, s2, "a fresh shadow per call");
    assertNotSame(Turn.IDENTITY, s1, "the constant is never a shadow");
    assertEquals(0.0, s1.getC(), 0, "a zero direction gives a zero shadow, not the identity");
    assertEquals(1.0, Turn.IDENTITY.getC(), 0, "the constant keeps its value");
    assertEquals(0.0, Turn.IDENTITY.getS(), 0, "the constant keeps its value");
  }

  /** A static that is not final (anyone may put another object there): the {@code new} refused with its line. */
  @Test
  void aStaticThatMayChangeKeepsTheNewRefusedAtItsLine() {
    for (String[] c : new String[][] {{"fromDefault", "40"}}) {
      Diagnostic d = OPS.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith(c[0] + "("))
          .findFirst().orElse(null);
      assertNotNull(d, c[0] + " refused: " + OPS.result.diagnostics());
      assertEquals(Integer.parseInt(c[1]), d.line(), d.message());
      assertTrue(d.message().contains("new dev.leibniz.objects.fixtures.statics.Shared made here receives or passes on derivatives"),
          d.message());
    }
    assertTrue(OPS.result.diagnostics().stream().noneMatch(x -> !x.warning() && !x.method().startsWith("from")),
        OPS.result.diagnostics().toString());
  }
}
