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

  /**
   * Enzyme's euler_homogeneity.c: the ideal-gas normal flux is homogeneous of degree one in the conserved state U, so
   * its Jacobian A satisfies A(U) U = F(U); the stiffened gas breaks that by exactly -dF = (0, g p n, g p un), g p the
   * product gamma p_inf. Checked for euler.h's four states and three normals, the tangent along U and the adjoint
   * seeded by each output (w·(A U) = (A^T w)·U), no differences involved.
   */
  @Test
  void theEulerFluxJacobianSatisfiesEulersHomogeneityIdentityInBothModes() throws ReflectiveOperationException {
    Entry entry = PeerRound.entries().stream()
        .filter(e -> e.id().startsWith("peers/enzyme/euler_homogeneity")).findFirst().orElseThrow();
    Class<?> type = Classifier.differentiate(entry).type();
    Method tangent = method(type, "euler_flux$tangent"), adjoint = method(type, "euler_flux$adjoint");
    tangent.setAccessible(true);
    adjoint.setAccessible(true);
    for (double[] q : PeerRound.EULER_PRIMITIVES) {
      for (double[] n : PeerRound.EULER_NORMALS) {
        for (double pInf : new double[] {0.0, 0.5 * q[4]}) {
          Object receiver = type.getConstructor(double[].class, double.class, double.class).newInstance(n, 1.4, pInf);
          double[] u = dev.leibniz.corpus.peers.EnzymeEuler.fromPrimitive(q[0], q[1], q[2], q[3], q[4], 1.4, pInf);
          double[] f = new double[5], df = new double[5];
          invoke(tangent, receiver, u.clone(), u.clone(), f, df);
          double un = (u[1] * n[0] + u[2] * n[1] + u[3] * n[2]) / u[0], gp = 1.4 * pInf;
          double[] deviation = {0, gp * n[0], gp * n[1], gp * n[2], gp * un};
          double scale = 0;
          for (double v : f) scale = Math.max(scale, Math.abs(v));
          for (int k = 0; k < 5; k++) {
            assertEquals(deviation[k], df[k] - f[k], 1e-13 * scale, "tangent: (A U - F)[" + k + "]");
            double[] ubar = new double[5], fbar = new double[5];
            fbar[k] = 1;
            invoke(adjoint, receiver, u.clone(), ubar, new double[5], fbar);
            double au = 0;
            for (int i = 0; i < 5; i++) au += ubar[i] * u[i];
            assertEquals(deviation[k], au - f[k], 1e-13 * scale, "adjoint: (A^T e_k)·U - F_k, k = " + k);
          }
        }
      }
    }
  }

  private static void invoke(Method m, Object receiver, Object... args) {
    try {
      m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(m.getName() + " threw", e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
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
