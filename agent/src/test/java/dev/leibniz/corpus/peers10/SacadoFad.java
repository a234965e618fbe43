package dev.leibniz.corpus.peers10;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The tenth peer round").
 * Source: Trilinos' Sacado (trilinos/Trilinos on GitHub), packages/sacado/test: GTestSuite/FadUnitTests.hpp at commit
 * a115614575378fdc573505e178363c08d8a032df (FadOpsUnitTest: the binary operators and pow with a passive value on either
 * side, testMax and testMin, the unary functions, the compound assignments, composite1, the LR tests and
 * testPowConstB), UnitTests/SafeSqrtTests.cpp (safe_sqrt), UnitTests/TernaryExprTests.cpp (the ternary), and the
 * functions the performance tests differentiate: performance/fe_jac_fill_funcs.hpp (template_element_fill and the
 * element loop of fad_jac_fill) and performance/fad_expr_funcs.cpp (ExprFuncs::mult<T,5>, ExprFuncs::nest<T,10>).
 * Licence: LGPL-2.1-or-later (the files' SPDX line; older copies carry the same LGPL header). Rewritten here from what
 * each test computes, never copied; no comments or code taken.
 * Translation: a Fad variable is a double parameter (its seeds are the harness's); a passive `double val` drawn by
 * Sacado's urand (uniform in (0, 1)) is the constant VAL; a value Sacado takes from `a.val()` (no derivative) is a
 * constant beside the point; results of several operations are elements of an output array; fabs/abs are Math.abs;
 * ElemData is a small passive class built from the mesh spacing; std::vector is double[].
 */

import dev.leibniz.Differentiable;

public final class SacadoFad {
  private SacadoFad() {}

  /** A passive value as Sacado's urand.number() draws it. */
  static final double VAL = 0.4387;

  @Differentiable
  public static void addition(double a, double b, double[] c) {
    c[0] = a + b;
    c[1] = a + VAL;
    c[2] = VAL + b;
  }

  @Differentiable
  public static void subtraction(double a, double b, double[] c) {
    c[0] = a - b;
    c[1] = a - VAL;
    c[2] = VAL - b;
  }

  @Differentiable
  public static void multiplication(double a, double b, double[] c) {
    c[0] = a * b;
    c[1] = a * VAL;
    c[2] = VAL * b;
  }

  @Differentiable
  public static void division(double a, double b, double[] c) {
    c[0] = a / b;
    c[1] = a / VAL;
    c[2] = VAL / b;
  }

  @Differentiable
  public static void pow(double a, double b, double[] c) {
    c[0] = Math.pow(a, b);
    c[1] = Math.pow(a, VAL);
    c[2] = Math.pow(VAL, b);
  }

  /** testMax: against a + 1 on either side, and against passive values 1.5 above and -0.5 below a, b in (0, 1). */
  @Differentiable
  public static void max(double a, double b, double[] c) {
    double aa = a + 1.0;
    c[0] = Math.max(aa, a);
    c[1] = Math.max(a, aa);
    c[2] = Math.max(a + 1.0, a);
    c[3] = Math.max(a, a + 1.0);
    c[4] = Math.max(a, 1.5);
    c[5] = Math.max(a, -0.5);
    c[6] = Math.max(1.5, b);
    c[7] = Math.max(-0.5, b);
  }

  @Differentiable
  public static void min(double a, double b, double[] c) {
    double aa = a - 1.0;
    c[0] = Math.min(aa, a);
    c[1] = Math.min(a, aa);
    c[2] = Math.min(a, -0.5);
    c[3] = Math.min(a, 1.5);
    c[4] = Math.min(-0.5, b);
    c[5] = Math.min(1.5, b);
  }

  /** The UNARY_OP and UNARY_FUNC tests: +a, -a and fifteen functions of a. */
  @Differentiable
  public static void unaryFunctions(double a, double[] c) {
    c[0] = +a;
    c[1] = -a;
    c[2] = Math.exp(a);
    c[3] = Math.log(a);
    c[4] = Math.log10(a);
    c[5] = Math.sqrt(a);
    c[6] = Math.cos(a);
    c[7] = Math.sin(a);
    c[8] = Math.tan(a);
    c[9] = Math.acos(a);
    c[10] = Math.asin(a);
    c[11] = Math.atan(a);
    c[12] = Math.cosh(a);
    c[13] = Math.sinh(a);
    c[14] = Math.tanh(a);
    c[15] = Math.abs(a);
    c[16] = Math.abs(a);
  }

  /** The UNARY_ASSIGNOP tests: c = b; c op= a; c op= val, one element of c per operator. */
  @Differentiable
  public static void assignOperators(double a, double b, double[] c) {
    c[0] = b;
    c[0] += a;
    c[0] += VAL;
    c[1] = b;
    c[1] -= a;
    c[1] -= VAL;
    c[2] = b;
    c[2] *= a;
    c[2] *= VAL;
    c[3] = b;
    c[3] /= a;
    c[3] /= VAL;
  }

  /** composite1(a, b): one expression of every function, updated in place by each compound operator. */
  @Differentiable
  public static double composite1(double a, double b) {
    double t1 = 3. * a + Math.sin(b) / Math.log(Math.abs(a - b * 7.));
    double t2 = 1.0e3;
    double t3 = 5.7e4;
    double t4 = 3.2e5;
    t1 *= Math.cos(a + Math.exp(t1)) / 6. - Math.tan(t1 * Math.sqrt(Math.abs(a * Math.log10(Math.abs(b)))));
    t1 -= Math.acos((6. + Math.asin(Math.pow(Math.abs(a), b) / t2)) / t3) * Math.asin(Math.pow(Math.abs(b), 2.) / t4)
        * Math.atan((b * Math.pow(2., Math.log(Math.abs(a)))) / (t3 * t4));
    t1 /= Math.cosh(b - 0.7) + 7. * Math.sinh(t1 + 0.8) * Math.tanh(9. / a) - 9.;
    t1 += Math.pow(Math.abs(a * 4.), b - 8.) / Math.cos(a * b * a);
    return t1;
  }

  /** testPlusLR .. testDivideLR: aa starts as a, is overwritten by a constant, then combined with b. */
  @Differentiable
  public static void leftRight(double a, double b, double[] c) {
    double aa = a;
    aa = 1.0;
    c[0] = aa + b;
    aa = a;
    aa = 1.0;
    c[1] = aa - b;
    aa = a;
    aa = 2.0;
    c[2] = aa * b;
    aa = a;
    aa = 2.0;
    c[3] = aa / b;
  }

  /** testPowConstB: pow(a, b) for constant exponents 3.456, 0, 1 and 2 (a == 0 is TenthPeerEdgeCasesTest's). */
  @Differentiable
  public static void powConstB(double a, double[] c) {
    c[0] = Math.pow(a, 3.456);
    c[1] = Math.pow(a, 0.0);
    c[2] = Math.pow(a, 1.0);
    c[3] = Math.pow(a, 2.0);
  }

  /** safe_sqrt: sqrt with the value and derivative 0 at 0. */
  @Differentiable
  public static double safeSqrt(double x) {
    return x == 0.0 ? 0.0 : Math.sqrt(x);
  }

  @Differentiable
  public static double ternary(double x) {
    return x > 0 ? -x : x;
  }

  /** y = x[0] x[1] ... x[5]. */
  @Differentiable
  public static double mult5(double[] x) {
    return x[0] * x[1] * x[2] * x[3] * x[4] * x[5];
  }

  /** y = sin(sin(...sin(x[0]))), ten times. */
  @Differentiable
  public static double nest10(double[] x) {
    return Math.sin(Math.sin(Math.sin(Math.sin(Math.sin(Math.sin(Math.sin(Math.sin(Math.sin(Math.sin(x[0]))))))))));
  }

  /** The element data: two Gauss points, linear shape functions on an element of the given width. */
  public static final class ElemData {
    final int nqp = 2;
    final int nnode = 2;
    final double[] w = new double[nqp];
    final double[] jac = new double[nqp];
    final double[][] phi = new double[nqp][nnode];
    final double[][] dphi = new double[nqp][nnode];

    public ElemData(double meshSpacing) {
      double[] xi = {-1.0 / Math.sqrt(3.0), 1.0 / Math.sqrt(3.0)};
      for (int i = 0; i < nqp; i++) {
        w[i] = 1.0;
        jac[i] = 0.5 * meshSpacing;
        phi[i][0] = 0.5 * (1.0 - xi[i]);
        phi[i][1] = 0.5 * (1.0 + xi[i]);
        dphi[i][0] = -0.5;
        dphi[i][1] = 0.5;
      }
    }
  }

  /** template_element_fill: the residual f of one element of neqn coupled equations from its unknowns x. */
  @Differentiable
  public static void elementFill(ElemData e, int neqn, double[] x, double[] f) {
    double[] u = new double[e.nqp * neqn];
    double[] du = new double[e.nqp * neqn];
    fill(e, neqn, x, u, du, f);
  }

  private static void fill(ElemData e, int neqn, double[] x, double[] u, double[] du, double[] f) {
    for (int qp = 0; qp < e.nqp; qp++) {
      for (int eqn = 0; eqn < neqn; eqn++) {
        u[qp * neqn + eqn] = 0.0;
        du[qp * neqn + eqn] = 0.0;
        for (int node = 0; node < e.nnode; node++) {
          u[qp * neqn + eqn] += x[node * neqn + eqn] * e.phi[qp][node];
          du[qp * neqn + eqn] += x[node * neqn + eqn] * e.dphi[qp][node];
        }
      }
    }
    double[] s = new double[e.nqp];
    for (int qp = 0; qp < e.nqp; qp++) {
      s[qp] = 0.0;
      for (int eqn = 0; eqn < neqn; eqn++) s[qp] += u[qp * neqn + eqn] * u[qp * neqn + eqn];
    }
    for (int node = 0; node < e.nnode; node++) {
      for (int eqn = 0; eqn < neqn; eqn++) {
        int row = node * neqn + eqn;
        f[row] = 0.0;
        for (int qp = 0; qp < e.nqp; qp++) {
          double c1 = e.w[qp] * e.jac[qp];
          double c2 = -e.dphi[qp][node] / (e.jac[qp] * e.jac[qp]);
          f[row] += c1 * (c2 * du[qp * neqn + eqn] + e.phi[qp][node] * s[qp] * Math.exp(u[qp * neqn + eqn]));
        }
      }
    }
  }

  /**
   * The element loop of fad_jac_fill: each element gathers its two nodes' unknowns from the global x, fills its
   * residual, and adds it into the global residual f.
   */
  @Differentiable
  public static void residualFill(ElemData e, int neqn, double[] x, double[] f) {
    int numNodes = x.length / neqn;
    double[] xLocal = new double[e.nnode * neqn];
    double[] fLocal = new double[e.nnode * neqn];
    double[] u = new double[e.nqp * neqn];
    double[] du = new double[e.nqp * neqn];
    for (int i = 0; i < numNodes - 1; i++) {
      for (int node = 0; node < e.nnode; node++) {
        for (int eqn = 0; eqn < neqn; eqn++) xLocal[node * neqn + eqn] = x[(i + node) * neqn + eqn];
      }
      fill(e, neqn, xLocal, u, du, fLocal);
      for (int node = 0; node < e.nnode; node++) {
        for (int eqn = 0; eqn < neqn; eqn++) f[(i + node) * neqn + eqn] += fLocal[node * neqn + eqn];
      }
    }
  }
}
