package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * The points of Enzyme's guarded_normalize.c where central differences cannot serve (the normalised vector jumps at the
 * origin), checked against the values Enzyme's test requires, in both modes: at the origin the two branch guards give
 * an exactly zero Jacobian (the sqrt's 0/0 on the guarded path must not leak), the branch-free floor
 * {@code 1 / max(|v|, eps)} gives I / eps; just inside the guard the Jacobian is 0, just outside it is the projector
 * (I - n n^T) / |v|. Away from these points the corpus round checks the same methods against differences.
 */
class PeerEdgeCasesTest {
  private static final double EPS = 1e-12;

  private static Class<?> transformed() {
    Entry entry = PeerRound.entries().stream()
        .filter(e -> e.id().equals("peers/enzyme/guarded_normalize.normalize_guard_after")).findFirst().orElseThrow();
    return Classifier.differentiate(entry).type();
  }

  private static Method method(Class<?> type, String name) {
    for (Method m : type.getDeclaredMethods()) {
      if (m.getName().equals(name)) return m;
    }
    throw new AssertionError("no " + name);
  }

  private static void call(Method m, Object... args) {
    try {
      m.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(m.getName() + " threw", e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** J by columns from the tangent and by rows from the adjoint; both returned, [mode][row][col]. */
  private static double[][][] jacobians(Class<?> type, String name, double[] v) {
    Method tangent = method(type, name + "$tangent"), adjoint = method(type, name + "$adjoint");
    double[][][] j = new double[2][3][3];
    for (int col = 0; col < 3; col++) {
      double[] dv = new double[3], n = new double[3], dn = new double[3];
      dv[col] = 1;
      call(tangent, v.clone(), dv, n, dn);
      for (int row = 0; row < 3; row++) j[0][row][col] = dn[row];
    }
    for (int row = 0; row < 3; row++) {
      double[] vbar = new double[3], n = new double[3], nbar = new double[3];
      nbar[row] = 1;
      call(adjoint, v.clone(), vbar, n, nbar);
      for (int col = 0; col < 3; col++) j[1][row][col] = vbar[col];
    }
    return j;
  }

  private static void assertJacobian(double[][] want, double[][][] got, double tolerance, String what) {
    for (int mode = 0; mode < 2; mode++) {
      for (int row = 0; row < 3; row++) {
        for (int col = 0; col < 3; col++) {
          double g = got[mode][row][col];
          assertTrue(Double.isFinite(g), what + ": not finite in " + (mode == 0 ? "tangent" : "adjoint"));
          assertEquals(want[row][col], g, tolerance, what + " [" + row + "][" + col + "] by " + (mode == 0 ? "tangent" : "adjoint"));
        }
      }
    }
  }

  private static double[][] projector(double[] v) {
    double len = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    double[][] p = new double[3][3];
    for (int r = 0; r < 3; r++)
      for (int c = 0; c < 3; c++) p[r][c] = ((r == c ? 1 : 0) - v[r] / len * v[c] / len) / len;
    return p;
  }

  @Test
  void theBranchGuardsGiveAnExactlyZeroJacobianAtTheOriginAndJustInside() {
    Class<?> type = transformed();
    double[][] zero = new double[3][3];
    for (String name : new String[] {"normalize_guard_after", "normalize_guard_before"}) {
      assertJacobian(zero, jacobians(type, name, new double[3]), 0, name + " at the origin");
      assertJacobian(zero, jacobians(type, name, new double[] {0.5 * EPS, 0, 0}), 0, name + " just inside the guard");
    }
  }

  @Test
  void theBranchFreeFloorGivesIdentityOverEpsAtTheOrigin() {
    double[][] want = new double[3][3];
    for (int i = 0; i < 3; i++) want[i][i] = 1 / EPS;
    assertJacobian(want, jacobians(transformed(), "normalize_guard_floor", new double[3]), 1e-3, "floor at the origin");
  }

  @Test
  void justOutsideTheGuardTheJacobianIsTheStiffProjector() {
    double[] outside = {2.0 * EPS, 0, 0};
    double[][] want = projector(outside);
    assertTrue(Math.abs(want[1][1]) > 1e11);
    assertJacobian(want, jacobians(transformed(), "normalize_guard_after", outside), 1e-14 * Math.abs(want[1][1]),
        "guard after, just outside");
  }
}
