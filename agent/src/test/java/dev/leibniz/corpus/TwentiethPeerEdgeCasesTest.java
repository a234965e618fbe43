package dev.leibniz.corpus;

import static dev.leibniz.corpus.PeerJacobians.jacobians;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.corpus.peers20.AutodiffDual;
import dev.leibniz.corpus.peers20.AutodiffEigen;
import dev.leibniz.corpus.peers20.AutodiffReal;
import dev.leibniz.corpus.peers20.AutodiffVar;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The twentieth peer round's asserted derivatives, in both modes, at autodiff's own points (tests/forward/dual,
 * tests/reverse/var, tests/forward/real, the Eigen, gradient and taylorseries tests: each CHECK's expected derivative,
 * to 1e-9 relative where the test states a formula, to its ten printed digits for erf), among them the points the
 * corpus cannot difference: the kink of abs (autodiff's 0, Leibniz's 1), the jump of sgn at zero, the ties of min and
 * max against 0.5 (two of the four by Leibniz's tie rule, not autodiff's), and the second derivatives of the
 * higher-order sections (through the order = 2 companion m$adjoint$tangent, H·e_i column by column); and the Taylor
 * coefficients the real tests assert, which the port computes as primal outputs.
 */
class TwentiethPeerEdgeCasesTest {
  private static final Class<?> DUAL = Transformed.of(AutodiffDual.class, true).type;
  private static final Class<?> VAR = Transformed.of(AutodiffVar.class, true).type;
  private static final Class<?> EIGEN = Transformed.of(AutodiffEigen.class, true).type;
  private static final Class<?> REAL = Transformed.of(AutodiffReal.class, true).type;

  private static double[] v(double... xs) {
    return xs;
  }

  private static double[][] m(double[]... rows) {
    return rows;
  }

  private static void close(double[] expected, double[] got, double tol, String at) {
    assertEquals(expected.length, got.length, at + " " + Arrays.toString(got));
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], got[i], tol * Math.max(1, Math.abs(expected[i])), at + " " + Arrays.toString(got));
    }
  }

  /** Both modes' Jacobian of the result ({@code output} < 0) or of array argument {@code output}, row by row. */
  private static void jacobian(Class<?> t, String name, int output, double[][] expected, Object... args)
      throws Exception {
    double[][][] j = jacobians(t, name, output, args);
    for (int mode = 0; mode < 2; mode++) {
      String at = name + " at " + Arrays.deepToString(args) + (mode == 0 ? " tangent" : " adjoint");
      assertEquals(expected.length, j[mode].length, at);
      for (int r = 0; r < expected.length; r++) close(expected[r], j[mode][r], 1e-9, at + " row " + r);
    }
  }

  private static void gradient(Class<?> t, String name, double[] expected, Object... args) throws Exception {
    jacobian(t, name, -1, new double[][] {expected}, args);
  }

  /** Both modes' J dir (autodiff's seeded directional derivative). */
  private static void jvp(Class<?> t, String name, int output, double[] dir, double[] expected, Object... args)
      throws Exception {
    double[][][] j = jacobians(t, name, output, args);
    for (int mode = 0; mode < 2; mode++) {
      double[] got = new double[j[mode].length];
      for (int r = 0; r < got.length; r++) {
        for (int c = 0; c < dir.length; c++) got[r] += j[mode][r][c] * dir[c];
      }
      close(expected, got, 1e-9, name + " at " + Arrays.deepToString(args) + (mode == 0 ? " tangent" : " adjoint"));
    }
  }

  /** The Hessian by the order = 2 companion (H·e_i for each i) of a function of scalars or of one double[]. */
  private static void hessian(Class<?> t, String name, int n, double[][] expected, double... x) {
    PeerHessianTest.Second s = PeerHessianTest.adapter(t, name, null, n);
    for (int i = 0; i < n; i++) {
      double[] e = new double[n];
      e[i] = 1;
      double[] hv = new double[n];
      s.hv(x.clone(), e, new double[n], hv);
      close(expected[i], hv, 1e-9, name + " at " + Arrays.toString(x) + ": H column " + i);
    }
  }

  private static double sq(double a) {
    return a * a;
  }

  @Test
  void unaryAndBinaryOperators() throws Exception {
    double x = 100, y = 10;
    double ex = Math.exp(-x);
    gradient(DUAL, "negSoftplusTwice", v(-1.0 - 2.0 / (1.0 + ex) * (-ex)), x);
    gradient(DUAL, "negSoftplus", v(-1.0 - 1.0 / (1.0 + ex) * (-ex)), x);
    gradient(DUAL, "negThree", v(-3), x);
    gradient(DUAL, "inverse", v(-1 / (x * x)), 0, x);
    gradient(DUAL, "inverse", v(0), 1, x);
    gradient(DUAL, "inverse", v(1), 2, x);
    gradient(DUAL, "inverse", v(-0.5 / (x * x)), 3, x);
    gradient(DUAL, "sumOfNegatives", v(-1, -1), x, y);
    gradient(DUAL, "twiceProduct", v(2 * y, 2 * x), x, y);
    gradient(DUAL, "sumOfInverses", v(-1 / (x * x), -1 / (y * y)), x, y);
    gradient(DUAL, "differenceOfInverses", v(-1 / (x * x), 1 / (y * y)), x, y);
    gradient(DUAL, "cancellingProducts", v(0, 0), x, y);
    gradient(DUAL, "productOfInverses", v(-1 / (x * x * y), -1 / (x * y * y)), x, y);
    gradient(DUAL, "productOfNegatives", v(y, x), x, y);
    gradient(DUAL, "quotient", v(1 / y, -x / (y * y)), x, y);
    gradient(DUAL, "equivalentToOne", v(0, 0), x, y);
  }

  @Test
  void compoundAssignments() throws Exception {
    double x = 100, y = 10;
    double[][] plus = {v(1, 0), v(1, 1), v(1, -1), v(0, 1), v(1, -1 / (y * y)), v(1, 2), v(1 + y, x), v(2, 1)};
    double[][] minus = {v(1, 0), v(1, -1), v(1, 1), v(2, -1), v(1, 1 / (y * y)), v(1, -2), v(1 - y, -x), v(0, 1)};
    double[][] times = {v(2, 0), v(y, x), v(-2 * x, 0), v(2 / y, -2 * x / (y * y)), v(4 * x, 0), v(2 * y, 2 * x),
        v(2 * x + y, x), v(2 * x * y, x * x)};
    double[][] divide = {v(0.5, 0), v(1 / y, -x / (y * y)), v(0, 0), v(0.5 * y, 0.5 * x),
        v(0.5 / y, -0.5 * x / (y * y)), v(1 / (x + y) - x / (x + y) / (x + y), -x / (x + y) / (x + y)), v(0, -1 / (y * y))};
    for (int k = 0; k < 8; k++) {
      gradient(DUAL, "plusAssign", plus[k], k, x, y);
      gradient(DUAL, "minusAssign", minus[k], k, x, y);
      gradient(DUAL, "timesAssign", times[k], k, x, y);
    }
    for (int k = 0; k < 7; k++) gradient(DUAL, "divideAssign", divide[k], k, x, y);
  }

  @Test
  void mathematicalFunctionsOfDual() throws Exception {
    double x = 0.5;
    gradient(DUAL, "powTwiceSelf", v(2.0 * (Math.log(x) + 1) * Math.pow(x, 2.0 * x)), x);
    x = 1.1;
    double y = 0.9;
    double d = sq(2 * y + 1) + sq(Math.sin(x));
    gradient(DUAL, "atan2Expr", v(3 * (2 * y + 1) * Math.cos(x) / d, 3 * -2 * Math.sin(x) / d), x, y);
    double h = Math.hypot(2 * x, 3 * y);
    gradient(DUAL, "hypotScaled", v(4 * x / h, 9 * y / h), x, y);
    double[] at = {1.5, 2.5, 3.5};
    for (int k = 0; k < 3; k++) {
      gradient(DUAL, "hypot3Const", v(at[k] / Math.sqrt(8 + at[k] * at[k])), k, at[k]);
    }
    double[][] pairs = {v(1.4, 2.4), v(2.4, 3.4), v(3.4, 4.4)};
    for (int k = 0; k < 3; k++) {
      double[] p = pairs[k];
      double hp = Math.sqrt(4 + p[0] * p[0] + p[1] * p[1]);
      gradient(DUAL, "hypot3Pair", v(p[0] / hp, p[1] / hp), k, p[0], p[1]);
    }
    double h3 = Math.sqrt(1.6 * 1.6 + 2.6 * 2.6 + 3.6 * 3.6);
    gradient(DUAL, "hypot3", v(1.6 / h3, 2.6 / h3, 3.6 / h3), 1.6, 2.6, 3.6);
    double hs = Math.sqrt(sq(2 * 2.6) + sq(3 * 3.6) + sq(4 * 4.6));
    gradient(DUAL, "hypot3Scaled", v(4 * 2.6 / hs, 9 * 3.6 / hs, 16 * 4.6 / hs), 2.6, 3.6, 4.6);
    // the test's ten printed digits
    assertErf(DUAL, "erfOf", 1.0, 0.4151074974);
    assertErf(DUAL, "erfOf", -1.4, 0.1589417077);
    gradient(DUAL, "trigZero", v(0, 0), 0.5, 0.8);
    gradient(DUAL, "logExpZero", v(0, 0), 0.5, 0.8);
    x = -0.3;
    y = 0.5;
    gradient(DUAL, "rosenbrock", v(400 * (x * x - y) * x - 2 * (1 - x), -200 * (x * x - y)), x, y);
  }

  private static void assertErf(Class<?> t, String name, double x, double expected) throws Exception {
    double[][][] j = jacobians(t, name, -1, x);
    for (int mode = 0; mode < 2; mode++) assertEquals(expected, j[mode][0][0], 1e-10, name + " at " + x);
  }

  @Test
  void higherOrderSectionsToSecondOrder() throws Exception {
    // dual3rd at x = 1, y = 2: u_x, u_y and the second derivatives u_xx, u_xy, u_yy (the third are beyond order 2)
    gradient(DUAL, "cubeOfSum", v(27, 27), 1.0, 2.0);
    hessian(DUAL, "cubeOfSum", 2, m(v(18, 18), v(18, 18)), 1.0, 2.0);
    gradient(DUAL, "expLogProduct", v(2, 1), 1.0, 2.0);
    hessian(DUAL, "expLogProduct", 2, m(v(0, 1), v(1, 0)), 1.0, 2.0);
    gradient(DUAL, "pythagoras", v(0, 0), 1.0, 2.0);
    hessian(DUAL, "pythagoras", 2, m(v(0, 0), v(0, 0)), 1.0, 2.0);
    gradient(DUAL, "tanZero", v(0, 0), 1.0, 2.0);
    hessian(DUAL, "tanZero", 2, m(v(0, 0), v(0, 0)), 1.0, 2.0);
  }

  @Test
  void varDerivatives() throws Exception {
    double a = 100, b = 200, x = 2 * a + b;
    gradient(VAR, "subExpression", v(2 * x * 2 - 1.0, 2 * x + 1.0), a, b);
    double t = 0.5;
    Object[][] elementary = {
        {"sin", Math.cos(t)}, {"cos", -Math.sin(t)}, {"tan", 1.0 / (Math.cos(t) * Math.cos(t))},
        {"asin", 1.0 / Math.sqrt(1 - t * t)}, {"acos", -1.0 / Math.sqrt(1 - t * t)}, {"atan", 1.0 / (1 + t * t)},
        {"sinh", Math.cosh(t)}, {"cosh", Math.sinh(t)}, {"tanh", 1.0 / (Math.cosh(t) * Math.cosh(t))},
        {"log", 1.0 / t}, {"log10", 1.0 / (Math.log(10) * t)}, {"exp", Math.exp(t)}, {"sqrt", 0.5 / Math.sqrt(t)},
        {"square", 2.0 * t}, {"exp2", Math.log(2.0) * Math.pow(2.0, t)}, {"self", (Math.log(t) + 1) * Math.pow(t, t)}};
    for (Object[] f : elementary) gradient(VAR, "elementary", v((double) f[1]), f[0], t);
    gradient(VAR, "elementary", v(1), "abs", 1.0);
    gradient(VAR, "elementary", v(-1), "abs", -1.0);
    // the kink: autodiff asserts 0 at 0; Leibniz's Math.abs takes the right side's slope there, 1 (a subgradient, as
    // recorded for CppAD's fabs and DiffSharp's abs at 0 in earlier rounds)
    gradient(VAR, "elementary", v(1), "abs", 0.0);
    double y = 2 * 10.0, p = Math.pow(t, y);
    gradient(VAR, "powOfScaled", v(y / t * p, p * Math.log(t) * 2), t, 10.0);
    gradient(VAR, "atan2Const", v(-2.0 / (2 * 2 + 1)), false, 1.0);
    gradient(VAR, "atan2Const", v(2.0 / (2 * 2 + 1)), true, 1.0);
    gradient(VAR, "atan2", v(1.1 / (1.1 * 1.1 + 0.9 * 0.9), -0.9 / (1.1 * 1.1 + 0.9 * 0.9)), 0.9, 1.1);
    double d = sq(2 * 1.1 + 1) + sq(Math.sin(0.9));
    gradient(VAR, "atan2Expr", v(3 * -2 * Math.sin(0.9) / d, 3 * (2 * 1.1 + 1) * Math.cos(0.9) / d), 1.1, 0.9);
    gradient(VAR, "hypotConst", v(1.8 / Math.hypot(1.8, 2.0)), true, 1.8);
    gradient(VAR, "hypotConst", v(1.5 / Math.hypot(2.0, 1.5)), false, 1.5);
    gradient(VAR, "hypot", v(1.3 / Math.hypot(1.3, 2.3), 2.3 / Math.hypot(1.3, 2.3)), 1.3, 2.3);
    for (double[] q : m(v(1.3, 2.3, 2.0), v(2.0, 2.3, 3.3), v(3.3, 2.0, 4.3), v(4.3, 5.3, 6.3))) {
      double h = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2]);
      gradient(VAR, "hypot3", v(q[0] / h, q[1] / h, q[2] / h), q[0], q[1], q[2]);
    }
    double hs = Math.sqrt(sq(2 * 4.3) + sq(3 * 5.3) + sq(4 * 6.3));
    gradient(VAR, "hypot3Scaled", v(4 * 4.3 / hs, 9 * 5.3 / hs, 16. * 6.3 / hs), 4.3, 5.3, 6.3);
    gradient(VAR, "hypot3Const", v(1.5 / Math.sqrt(1.5 * 1.5 + 13)), 0, 1.5);
    gradient(VAR, "hypot3Const", v(1.8 / Math.sqrt(1.8 * 1.8 + 13)), 1, 1.8);
    gradient(VAR, "hypot3Const", v(1.9 / Math.sqrt(1.9 * 1.9 + 13)), 2, 1.9);
    gradient(VAR, "condition", v(2 * 2.0), 2.0);
    gradient(VAR, "condition", v(3 * 4.0), -2.0);
    gradient(VAR, "condition", v(2 * 3.0), 3.0);
    for (double s : v(3.0, 0.5, -1.0)) gradient(VAR, "square", v(0), s);
    // the test asserts sgn's values at 1, -1 and 0 only; its derivative is zero on either side and at the jump
    for (double s : v(1.0, -1.0, 0.0)) gradient(VAR, "minMaxSgn", v(0, 0), 2, s, 2.0);
    gradient(VAR, "conditionalGraph", v(2, 1), 1.0, 2.0);
    gradient(VAR, "conditionalGraph", v(6, 0), 3.0, 2.0);
    gradient(VAR, "updatedConditional", v(0, 0, 6), 1.0, 2.0, 3.0);
    gradient(DUAL, "erfOf", v(2 / Math.sqrt(Math.PI) * Math.exp(-0.25)), 0.5);
  }

  @Test
  void varSecondOrder() throws Exception {
    double x = 0.5, y = 0.7, z = 0.3;
    hessian(VAR, "reciprocal", 1, m(v(2.0 / (x * x * x))), x);
    double[] second = {2.0, -Math.sin(x), -Math.cos(x), -1.0 / (x * x), Math.exp(x), 2.0,
        Math.log(2.0) * Math.log(2.0) * Math.pow(2.0, x), (sq(Math.log(x) + 1) + 1.0 / x) * Math.pow(x, x),
        -0.25 / (x * Math.sqrt(x))};
    Method m = PeerJacobians.method(VAR, "secondOrder$adjoint$tangent");
    for (int k = 0; k < second.length; k++) {
      double[] grad = new double[1];
      double[] hv = new double[1];
      m.invoke(null, k, x, 1.0, 1.0, 0.0, grad, hv);
      assertEquals(second[k], hv[0], 1e-9 * Math.max(1, Math.abs(second[k])), "secondOrder case " + k);
    }
    double h = Math.hypot(x, y), h3 = h * h * h;
    hessian(VAR, "hypot", 2, m(v(y * y / h3, -x * y / h3), v(-x * y / h3, x * x / h3)), x, y);
    double r = Math.sqrt(x * x + y * y + z * z), r3 = r * r * r;
    double[] p = {x, y, z};
    double[][] expected = new double[3][3];
    for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) expected[i][j] = (i == j ? 1 / r : 0) - p[i] * p[j] / r3;
    hessian(VAR, "hypot3", 3, expected, x, y, z);
  }

  @Test
  void eigenGradientsAndHessians() throws Exception {
    double[] x = v(1, 2, 3, 4, 5);
    gradient(EIGEN, "sum", v(1, 1, 1, 1, 1), (Object) x.clone());
    hessian(EIGEN, "sum", 5, new double[5][5], x);
    gradient(EIGEN, "squaredNorm", v(2, 4, 6, 8, 10), (Object) x.clone());
    double[][] twoI = new double[5][5];
    for (int i = 0; i < 5; i++) twoI[i][i] = 2;
    hessian(EIGEN, "squaredNorm", 5, twoI, x);
    double prod = 1;
    for (double e : x) prod *= Math.sin(e);
    double[] g = new double[5];
    for (int i = 0; i < 5; i++) g[i] = prod / Math.tan(x[i]);
    gradient(EIGEN, "prodSin", g, (Object) x.clone());
    double[][] hp = new double[5][5];
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        hp[i][j] = i == j ? g[i] / Math.tan(x[i]) * (1.0 - 1.0 / (Math.cos(x[i]) * Math.cos(x[i])))
            : g[j] / Math.tan(x[i]);
      }
    }
    hessian(EIGEN, "prodSin", 5, hp, x);
    double[] ones = v(1, 1, 1, 1, 1);
    gradient(EIGEN, "sumDiffSquared", v(0, 0, 0, 0, 0), (Object) ones.clone());
    hessian(EIGEN, "sumDiffSquared", 5, m(v(2, -2, 0, 0, 0), v(-2, 4, -2, 0, 0), v(0, -2, 4, -2, 0),
        v(0, 0, -2, 4, -2), v(0, 0, 0, -2, 2)), ones);
    gradient(EIGEN, "halfSquaredNorm", v(1, 2, 3), (Object) v(1, 2, 3));
    hessian(EIGEN, "halfSquaredNorm", 3, m(v(1, 0, 0), v(0, 1, 0), v(0, 0, 1)), 1, 2, 3);
  }

  @Test
  void eigenJacobians() throws Exception {
    double[] x = v(0.5, 0.2, 0.3);
    double[][] j = new double[3][3];
    for (int i = 0; i < 3; i++) for (int k = 0; k < 3; k++) j[i][k] = -x[i] + (i == k ? 1.0 : 0.0);
    jacobian(EIGEN, "normalize", 1, j, x.clone(), new double[3]);
    gradient(EIGEN, "packed", v(1, 2, 3, 4), v(1, 2), 3.0, v(4));
    double y = 2.0;
    double[] z = v(1, 2, 3);
    double[][] jp = new double[6][7];
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 3; k++) {
        jp[i][k] = -x[i] * y + (i == k ? y : 0.0);
        jp[i + 3][k + 4] = i == k ? y : 0.0;
      }
    }
    for (int i = 0; i < 6; i++) jp[i][3] = i < 3 ? x[i] : z[i - 3];
    jacobian(EIGEN, "packedVector", 3, jp, x.clone(), y, z.clone(), new double[6]);
    double[][] a = {{1, 3}, {5, 7}};
    jvp(EIGEN, "matVec", 2, v(0, 0, 0, 0, 1, 2), v(7, 19), a, v(1, 2), new double[2]);
    jvp(EIGEN, "matVec", 2, v(0, 0, 0, 0, 3, 5), v(18, 50), a, v(1, 2), new double[2]);
  }

  @Test
  void gradientModuleExpressions() throws Exception {
    double[] x = v(2.0, 3.0, 5.0, 7.0, 9.0);
    double[][] elementwise = new double[8][5];
    for (int i = 0; i < 5; i++) {
      double e = x[i];
      elementwise[0][i] = 1;
      elementwise[1][i] = Math.exp(e);
      elementwise[2][i] = 1 / e;
      elementwise[3][i] = 1 / (Math.cos(e) * Math.cos(e));
      elementwise[4][i] = 2 * e;
      elementwise[5][i] = (Math.cos(e) + Math.sin(e)) * Math.exp(e);
      elementwise[6][i] = Math.log(e) + 1;
      elementwise[7][i] = Math.cos(2 * e);
    }
    for (int k = 0; k < 8; k++) {
      // the test compares the gradient with itself under orderings of x; the analytic values are stronger
      gradient(EIGEN, "gradientExpr", elementwise[k], k, x.clone());
      // f = expr/expr - 1 is zero: its gradient "squaredNorm() == approx(0.0)"
      gradient(EIGEN, "gradientZero", new double[5], k, x.clone());
      double[][] diagonal = new double[5][5];
      for (int i = 0; i < 5; i++) diagonal[i][i] = elementwise[k][i];
      jacobian(EIGEN, "jacobianExpr", 2, diagonal, k, x.clone(), new double[5]);
      jacobian(EIGEN, "jacobianZero", 2, new double[5][5], k, x.clone(), new double[5]);
    }
  }

  /** The untransformed entry's output array (the test's asserted Taylor coefficients are the port's primal outputs). */
  private static double[] primal(String name, Object... args) throws Exception {
    Method m = PeerJacobians.method(AutodiffReal.class, name);
    m.setAccessible(true);
    m.invoke(null, args);
    return (double[]) args[args.length - 1];
  }

  @Test
  void realTaylorCoefficientsAreTheTestsFormulas() throws Exception {
    double[] x = v(1, -3, 5, -7, 11);
    double[] y = v(0.5, 3.0, -5.0, -15.0, 11.0);
    double z0 = x[0] * y[0];
    double z1 = x[1] * y[0] + x[0] * y[1];
    double z2 = x[2] * y[0] + 2 * x[1] * y[1] + x[0] * y[2];
    double z3 = x[3] * y[0] + 3 * x[2] * y[1] + 3 * x[1] * y[2] + x[0] * y[3];
    double z4 = x[4] * y[0] + 4 * x[3] * y[1] + 6 * x[2] * y[2] + 4 * x[1] * y[3] + x[0] * y[4];
    close(v(z0, z1, z2, z3, z4), primal("taylorProduct", x, y, new double[5]), 1e-15, "multiplication");
    z0 = x[0] / y[0];
    z1 = (x[1] - y[1] * z0) / y[0];
    z2 = (x[2] - y[2] * z0 - 2 * y[1] * z1) / y[0];
    z3 = (x[3] - y[3] * z0 - 3 * y[2] * z1 - 3 * y[1] * z2) / y[0];
    z4 = (x[4] - y[4] * z0 - 4 * y[3] * z1 - 6 * y[2] * z2 - 4 * y[1] * z3) / y[0];
    close(v(z0, z1, z2, z3, z4), primal("taylorQuotient", x, y, new double[5]), 1e-15, "division");
    double[] u = y;
    z0 = Math.exp(u[0]);
    z1 = u[1] * z0;
    z2 = u[2] * z0 + u[1] * z1;
    z3 = u[3] * z0 + 2 * u[2] * z1 + u[1] * z2;
    z4 = u[4] * z0 + 3 * u[3] * z1 + 3 * u[2] * z2 + u[1] * z3;
    close(v(z0, z1, z2, z3, z4), primal("taylorExp", u, new double[5]), 1e-15, "exp");
    z0 = Math.log(u[0]);
    z1 = u[1] / u[0];
    z2 = (u[2] - u[1] * z1) / u[0];
    z3 = (u[3] - u[2] * z1 - 2 * u[1] * z2) / u[0];
    z4 = (u[4] - u[3] * z1 - 3 * u[2] * z2 - 3 * u[1] * z3) / u[0];
    close(v(z0, z1, z2, z3, z4), primal("taylorLog", false, u, new double[5]), 1e-15, "log");
  }

  @Test
  void realDerivatives() throws Exception {
    double x = 0.5;
    gradient(REAL, "inverseHyperbolic", v(1 / Math.sqrt(x * x + 1)), 0, x);
    gradient(REAL, "inverseHyperbolic", v(10 / Math.sqrt(100 * x * x - 1)), 1, x);
    gradient(REAL, "inverseHyperbolic", v(1 / (1 - x * x)), 2, x);
    gradient(REAL, "cbrt", v(1 / (3 * Math.cbrt(x) * Math.cbrt(x))), x);
    double pi = 3.14159265359;
    gradient(REAL, "powPi", v(pi * Math.pow(x, pi - 1)), false, x);
    gradient(REAL, "powPi", v(Math.log(pi) * Math.pow(pi, x)), true, x);
    double y = Math.atan2(x, 2.0), yPrime = 2.0 / (4 + x * x);
    gradient(REAL, "atan2OfAtan2", v((x * yPrime - y) / (x * x + y * y)), x);
    gradient(REAL, "absOf", v(1), false, x);
    gradient(REAL, "absOf", v(1), true, x);
    // z == x or z == constant. The ties at 0.5 (cases 2, 3, 8, 9) are z == x in the test, derivative 1; Leibniz's
    // documented rule at a tie (README, "max/min": max takes the first argument's derivative, min the second's, so that
    // max + min and max * min keep theirs) gives 1 for min(0.5, x) and max(x, 0.5), 0 for min(x, 0.5) and max(0.5, x)
    double[] minMax = {0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 0, 0};
    for (int k = 0; k < minMax.length; k++) gradient(REAL, "minMaxConst", v(minMax[k]), k, x);
    gradient(REAL, "minMaxPair", v(1, 0), 0, x, 4.5);
    gradient(REAL, "minMaxPair", v(1, 0), 1, x, 4.5);
    gradient(REAL, "minMaxPair", v(0, 1), 2, x, 4.5);
    gradient(REAL, "minMaxPair", v(0, 1), 3, x, 4.5);
    // along (3, 5) at (5, 7): u = 2x + 3y = 31, u' = 21
    double du = 2 * 3 + 3 * 5;
    jvp(REAL, "directional", -1, v(3, 5), v(du), 0, 5.0, 7.0);
    jvp(REAL, "directional", -1, v(3, 5), v(Math.cos(31) * du), 1, 5.0, 7.0);
    jvp(REAL, "directional", -1, v(3, 5), v(Math.exp(31) * (du * Math.log(5.0 / 7) + (3 / 5.0 - 5 / 7.0))), 2, 5.0, 7.0);
    // exp(log(u)) is u: its coefficients' sum has gradient 2 in each x_k and 3 in each y_k
    gradient(REAL, "taylorExpLog", v(2, 2, 2, 2, 2, 3, 3, 3, 3, 3), v(5, 3, 0, 0, 0), v(7, 5, 0, 0, 0));
  }

  @Test
  void taylorSeriesModule() throws Exception {
    double[] dfdv = v(1.5, -2, 3, 0.5, -1);
    for (double t : v(0.0, 1.0, 2.0, -1.0, -2.0)) {
      double dt = dfdv[1] + t * dfdv[2] + t * t / 2 * dfdv[3] + t * t * t / 6 * dfdv[4];
      gradient(REAL, "taylorProjection", v(1, t, t * t / 2, t * t * t / 6, t * t * t * t / 24, dt), dfdv.clone(), t);
    }
    // g'(0) along v = (3, 5, 7) at x = (1, 2, 3): the first Taylor coefficient the test's taylorseries computes
    double[] x = v(1, 2, 3), dir = v(3, 5, 7);
    double slope = 0;
    double[] gx = new double[3];
    double[] gv = new double[3];
    for (int i = 0; i < 3; i++) {
      gx[i] = (Math.cos(x[i]) + Math.sin(x[i])) * Math.exp(x[i]);
      slope += dir[i] * gx[i];
    }
    gradient(REAL, "sinExpAlong", v(gx[0], gx[1], gx[2], gv[0], gv[1], gv[2], slope), x, dir, 0.0);
  }
}
