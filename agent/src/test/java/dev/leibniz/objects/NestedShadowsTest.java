package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.nested.Columns;
import dev.leibniz.objects.fixtures.nested.NestedShadows;
import dev.leibniz.objects.fixtures.nested.NestedShadows.Body;
import dev.leibniz.objects.fixtures.nested.NestedShadows.Holder;
import dev.leibniz.objects.fixtures.nested.NestedShadows.Mat2;
import dev.leibniz.objects.fixtures.nested.NestedShadows.Pair;
import dev.leibniz.objects.fixtures.nested.NestedShadows.Rot;
import dev.leibniz.objects.fixtures.nested.NestedShadows.Vec;
import dev.leibniz.objects.fixtures.nested.NestedShadows.Xf;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Objects holding objects (JBox2D's {@code Mat22} of two {@code Vec2} columns, {@code Transform} of a {@code Vec2} and a
 * {@code Rot}), no class annotated: the holders get shadows because what they hold has shadows, and a pure container's
 * other held numbers (the rotation) get them too. Each method in both modes against its analytic Jacobian and central
 * differences, and the dot-product test between the modes: a 2x2 inverse, solve and product (also written in place,
 * {@code out} the same matrix as an operand), a transform applied and composed, three levels (a body holding a transform),
 * one vector reached through two fields, and a field reassigned.
 */
class NestedShadowsTest {
  static final Transformed T = Transformed.of(NestedShadows.class, true);

  /** The line of {@code h.v = w} in {@link NestedShadows#replaceAndScale}. */
  static final int REASSIGN_LINE = 172;

  /** A function of a flat vector with its two modes and its Jacobian (rows: outputs). */
  interface Case {
    double[] primal(double[] x);

    double[] tangent(double[] x, double[] dx);

    double[] adjoint(double[] x, double[] ybar);

    double[][] jacobian(double[] x);
  }

  /** Each column by the tangent and each row by the adjoint, against the Jacobian and differences; then the dot product. */
  static void check(String what, double[] x, Case c) {
    double[][] j = c.jacobian(x);
    int m = j.length;
    Function<double[], double[]> f = c::primal;
    for (int k = 0; k < x.length; k++) {
      double[] e = new double[x.length];
      e[k] = 1;
      double[] t = c.tangent(x.clone(), e);
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(f, x, e);
      for (int i = 0; i < m; i++) {
        assertEquals(j[i][k], t[i], 1e-12, what + ": tangent d" + i + "/d" + k + " vs analytic");
        assertEquals(fd[i].value(), t[i], fd[i].tolerance(1e-8), what + ": tangent d" + i + "/d" + k + " vs differences");
      }
    }
    for (int i = 0; i < m; i++) {
      double[] ybar = new double[m];
      ybar[i] = 1;
      double[] g = c.adjoint(x.clone(), ybar);
      for (int k = 0; k < x.length; k++) assertEquals(j[i][k], g[k], 1e-12, what + ": adjoint d" + i + "/d" + k + " vs analytic");
    }
    DotProductCheck.check(what, x, m, c::tangent, c::adjoint, 23, 5);
  }

  @Test
  void theHoldersGetShadowsWithTheirReasons() {
    assertTrue(T.result.diagnostics().stream().allMatch(d -> d.warning() || d.method().startsWith("replaceAndScale(")),
        T.result.diagnostics().toString());
    String plans = T.result.plans().toString();
    assertTrue(plans.contains("shadows for " + Mat2.class.getName() + " (not annotated): NestedShadows.invertToOut has no"
        + " differentiable input but its parameter 0 (NestedShadows.Mat2), whose class holds double or float values in the"
        + " objects it holds"), plans);
    assertTrue(plans.contains("shadows for " + Pair.class.getName() + " (not annotated): NestedShadows.scaleBoth reads"
        + " NestedShadows.Pair.a, which holds a NestedShadows.Vec (a class with shadows)"), plans);
    assertTrue(plans.contains("shadows for " + Rot.class.getName() + " (not annotated): NestedShadows."), plans);
    assertTrue(plans.contains("held in NestedShadows.Xf.q (NestedShadows.Xf has shadows and holds no number of its own)"), plans);
  }

  /** The typed facade (annotation processor) takes the holders' shadows too, as far as the signatures show them. */
  @Test
  void theFacadeTakesTheHoldersShadows() throws Exception {
    Class<?> facade = Class.forName(NestedShadows.class.getName() + "Derivatives");
    facade.getMethod("invertToOutTangent", Mat2.class, Mat2.class, Mat2.class, Mat2.class);
    facade.getMethod("energyAdjoint", Body.class, Body.class, double.class);
    facade.getMethod("scaleBothTangent", Pair.class, Pair.class, double.class, double.class);
    Class<?> columns = Class.forName(Columns.class.getName() + "Derivatives");
    columns.getMethod("angleTangent", Columns.class, Columns.class);
  }

  // ------------------------------------------------------------ a 2x2 matrix of two vector columns: x = (a, b, c, d)

  static final double[] A = {2.0, -1.0, 0.5, 3.0};

  static Mat2 mat(double[] x, int at) {
    return new Mat2(x[at], x[at + 1], x[at + 2], x[at + 3]);
  }

  /** Sets a shadow's entries, row-major [a b; c d], from {@code v[at...]}. */
  static Mat2 set(Mat2 s, double[] v, int at) {
    s.ex.x = v[at];
    s.ey.x = v[at + 1];
    s.ex.y = v[at + 2];
    s.ey.y = v[at + 3];
    return s;
  }

  static double[] entries(Mat2 m) {
    return new double[] {m.ex.x, m.ey.x, m.ex.y, m.ey.y};
  }

  static double[][] product(double[] p, double[] q) {
    return new double[][] {{p[0] * q[0] + p[1] * q[2], p[0] * q[1] + p[1] * q[3]}, {p[2] * q[0] + p[3] * q[2], p[2] * q[1] + p[3] * q[3]}};
  }

  static double[] inverse(double[] a) {
    double det = a[0] * a[3] - a[1] * a[2];
    return new double[] {a[3] / det, -a[1] / det, -a[2] / det, a[0] / det};
  }

  static final Case INVERT = new Case() {
    public double[] primal(double[] x) {
      Mat2 out = new Mat2(0, 0, 0, 0);
      T.call("invertToOut", mat(x, 0), out);
      return entries(out);
    }

    public double[] tangent(double[] x, double[] dx) {
      Mat2 m = mat(x, 0), out = new Mat2(0, 0, 0, 0), dout = Derivatives.zeroShadow(out);
      T.call("invertToOut$tangent", m, set(Derivatives.zeroShadow(m), dx, 0), out, dout);
      return entries(dout);
    }

    public double[] adjoint(double[] x, double[] ybar) {
      Mat2 m = mat(x, 0), mbar = Derivatives.zeroShadow(m), out = new Mat2(0, 0, 0, 0);
      Mat2 outbar = set(Derivatives.zeroShadow(out), ybar, 0);
      T.call("invertToOut$adjoint", m, mbar, out, outbar);
      assertEquals(0, outbar.ex.x, 0, "the out-matrix's entries on entry do not matter");
      return entries(mbar);
    }

    /** d(A^-1) = -A^-1 dA A^-1: entry (i, j) along a_kl is -inv[i][k] inv[l][j]. */
    public double[][] jacobian(double[] x) {
      double[] inv = inverse(x);
      double[][] j = new double[4][4];
      for (int r = 0; r < 4; r++) {
        for (int k = 0; k < 4; k++) j[r][k] = -inv[(r / 2) * 2 + k / 2] * inv[(k % 2) * 2 + r % 2];
      }
      return j;
    }
  };

  @Test
  void invertToOutInBothModes() {
    check("invertToOut(Mat2, Mat2)", A, INVERT);
  }

  /** x = (a, b, c, d, b0, b1); y = A^-1 b. */
  static final Case SOLVE = new Case() {
    public double[] primal(double[] x) {
      Vec out = new Vec(0, 0);
      T.call("solveToOut", mat(x, 0), new Vec(x[4], x[5]), out);
      return new double[] {out.x, out.y};
    }

    public double[] tangent(double[] x, double[] dx) {
      Mat2 m = mat(x, 0);
      Vec b = new Vec(x[4], x[5]), out = new Vec(0, 0), dout = Derivatives.zeroShadow(out);
      T.call("solveToOut$tangent", m, set(Derivatives.zeroShadow(m), dx, 0), b, new Vec(dx[4], dx[5]), out, dout);
      return new double[] {dout.x, dout.y};
    }

    public double[] adjoint(double[] x, double[] ybar) {
      Mat2 m = mat(x, 0), mbar = Derivatives.zeroShadow(m);
      Vec b = new Vec(x[4], x[5]), bbar = new Vec(0, 0), out = new Vec(0, 0), outbar = new Vec(ybar[0], ybar[1]);
      T.call("solveToOut$adjoint", m, mbar, b, bbar, out, outbar);
      double[] e = entries(mbar);
      return new double[] {e[0], e[1], e[2], e[3], bbar.x, bbar.y};
    }

    /** dx = A^-1 (db - dA x). */
    public double[][] jacobian(double[] x) {
      double[] inv = inverse(x);
      double s0 = inv[0] * x[4] + inv[1] * x[5], s1 = inv[2] * x[4] + inv[3] * x[5];
      double[] s = {s0, s1};
      double[][] j = new double[2][6];
      for (int i = 0; i < 2; i++) {
        for (int k = 0; k < 4; k++) j[i][k] = -inv[i * 2 + k / 2] * s[k % 2];
        j[i][4] = inv[i * 2];
        j[i][5] = inv[i * 2 + 1];
      }
      return j;
    }
  };

  @Test
  void solveToOutInBothModes() {
    check("solveToOut(Mat2, Vec, Vec)", new double[] {2.0, -1.0, 0.5, 3.0, 0.3, 1.2}, SOLVE);
  }

  /** x = (A, B) entries; y = A B, written into a third matrix or (inPlace) into A itself, its shadow then A's. */
  static Case mul(boolean inPlace) {
    return new Case() {
      public double[] primal(double[] x) {
        Mat2 a = mat(x, 0), out = inPlace ? a : new Mat2(0, 0, 0, 0);
        T.call("mulToOut", a, mat(x, 4), out);
        return entries(out);
      }

      public double[] tangent(double[] x, double[] dx) {
        Mat2 a = mat(x, 0), b = mat(x, 4), da = set(Derivatives.zeroShadow(a), dx, 0);
        Mat2 out = inPlace ? a : new Mat2(0, 0, 0, 0), dout = inPlace ? da : Derivatives.zeroShadow(out);
        T.call("mulToOut$tangent", a, da, b, set(Derivatives.zeroShadow(b), dx, 4), out, dout);
        return entries(dout);
      }

      public double[] adjoint(double[] x, double[] ybar) {
        Mat2 a = mat(x, 0), b = mat(x, 4), abar = Derivatives.zeroShadow(a), bbar = Derivatives.zeroShadow(b);
        Mat2 out = inPlace ? a : new Mat2(0, 0, 0, 0), outbar = set(inPlace ? abar : Derivatives.zeroShadow(out), ybar, 0);
        T.call("mulToOut$adjoint", a, abar, b, bbar, out, outbar);
        double[] ea = entries(abar), eb = entries(bbar);
        return new double[] {ea[0], ea[1], ea[2], ea[3], eb[0], eb[1], eb[2], eb[3]};
      }

      /** d(AB) = dA B + A dB. */
      public double[][] jacobian(double[] x) {
        double[][] j = new double[4][8];
        for (int k = 0; k < 8; k++) {
          double[] p = new double[4], q = new double[4];
          for (int i = 0; i < 4; i++) {
            p[i] = k < 4 ? (i == k ? 1 : 0) : x[i];
            q[i] = k < 4 ? x[4 + i] : (i == k - 4 ? 1 : 0);
          }
          double[][] d = product(p, q);
          for (int r = 0; r < 4; r++) j[r][k] = d[r / 2][r % 2];
        }
        return j;
      }
    };
  }

  static final double[] AB = {2.0, -1.0, 0.5, 3.0, 0.3, 1.2, -0.7, 0.4};

  @Test
  void mulToOutInBothModes() {
    check("mulToOut(Mat2, Mat2, Mat2)", AB, mul(false));
  }

  /** out == a: one matrix reached by two parameters, given one shadow (the shadow mirrors the aliasing). */
  @Test
  void mulToOutInPlaceInBothModes() {
    check("mulToOut(a, b, a)", AB, mul(true));
  }

  // ------------------------------------------------------------ a transform of a vector and a rotation

  /** x = (px, py, s, c) from {@code at}: s and c independent numbers, as the fields are. */
  static Xf xf(double[] x, int at) {
    Rot q = new Rot(0);
    q.s = x[at + 2];
    q.c = x[at + 3];
    return new Xf(new Vec(x[at], x[at + 1]), q);
  }

  static Xf set(Xf s, double[] v, int at) {
    s.p.x = v[at];
    s.p.y = v[at + 1];
    s.q.s = v[at + 2];
    s.q.c = v[at + 3];
    return s;
  }

  static double[] entries(Xf t) {
    return new double[] {t.p.x, t.p.y, t.q.s, t.q.c};
  }

  static final double[] XV = {1.0, -2.0, 0.6, 0.8, 0.3, 1.2};

  /** x = (px, py, s, c, vx, vy); y = (c vx - s vy + px, s vx + c vy + py). */
  static final Case APPLY = new Case() {
    public double[] primal(double[] x) {
      Vec out = new Vec(0, 0);
      T.call("apply", xf(x, 0), new Vec(x[4], x[5]), out);
      return new double[] {out.x, out.y};
    }

    public double[] tangent(double[] x, double[] dx) {
      Xf t = xf(x, 0);
      Vec out = new Vec(0, 0), dout = new Vec(0, 0);
      T.call("apply$tangent", t, set(Derivatives.zeroShadow(t), dx, 0), new Vec(x[4], x[5]), new Vec(dx[4], dx[5]), out, dout);
      return new double[] {dout.x, dout.y};
    }

    public double[] adjoint(double[] x, double[] ybar) {
      Xf t = xf(x, 0), tbar = Derivatives.zeroShadow(t);
      Vec vbar = new Vec(0, 0);
      T.call("apply$adjoint", t, tbar, new Vec(x[4], x[5]), vbar, new Vec(0, 0), new Vec(ybar[0], ybar[1]));
      double[] e = entries(tbar);
      return new double[] {e[0], e[1], e[2], e[3], vbar.x, vbar.y};
    }

    public double[][] jacobian(double[] x) {
      double s = x[2], c = x[3], vx = x[4], vy = x[5];
      return new double[][] {{1, 0, -vy, vx, c, -s}, {0, 1, vx, vy, s, c}};
    }
  };

  @Test
  void aTransformAppliedInBothModes() {
    check("apply(Xf, Vec, Vec)", XV, APPLY);
  }

  static final double[] XX = {1.0, -2.0, 0.6, 0.8, -0.5, 0.7, -0.28, 0.96};

  /** x = (a: px, py, s, c; b: px, py, s, c); y = out (px, py, s, c) = a b. */
  static final Case COMPOSE = new Case() {
    public double[] primal(double[] x) {
      Xf out = xf(new double[4], 0);
      T.call("compose", xf(x, 0), xf(x, 4), out);
      return entries(out);
    }

    public double[] tangent(double[] x, double[] dx) {
      Xf a = xf(x, 0), b = xf(x, 4), out = xf(new double[4], 0), dout = Derivatives.zeroShadow(out);
      T.call("compose$tangent", a, set(Derivatives.zeroShadow(a), dx, 0), b, set(Derivatives.zeroShadow(b), dx, 4), out, dout);
      return entries(dout);
    }

    public double[] adjoint(double[] x, double[] ybar) {
      Xf a = xf(x, 0), b = xf(x, 4), abar = Derivatives.zeroShadow(a), bbar = Derivatives.zeroShadow(b);
      Xf out = xf(new double[4], 0);
      T.call("compose$adjoint", a, abar, b, bbar, out, set(Derivatives.zeroShadow(out), ybar, 0));
      double[] ea = entries(abar), eb = entries(bbar);
      return new double[] {ea[0], ea[1], ea[2], ea[3], eb[0], eb[1], eb[2], eb[3]};
    }

    public double[][] jacobian(double[] x) {
      double as = x[2], ac = x[3], bx = x[4], by = x[5], bs = x[6], bc = x[7];
      return new double[][] {
          {1, 0, -by, bx, ac, -as, 0, 0},
          {0, 1, bx, by, as, ac, 0, 0},
          {0, 0, bc, bs, 0, 0, ac, as},
          {0, 0, -bs, bc, 0, 0, -as, ac}};
    }
  };

  @Test
  void transformsComposedInBothModes() {
    check("compose(Xf, Xf, Xf)", XX, COMPOSE);
  }

  // ------------------------------------------------------------ three levels: a body holding a transform

  /** x = (px, py, s, c, mass). */
  static Body body(double[] x) {
    return new Body(xf(x, 0), x[4]);
  }

  static Body shadowWith(Body b, double[] v) {
    Body s = Derivatives.zeroShadow(b);
    set(s.xf, v, 0);
    s.mass = v[4];
    return s;
  }

  static double[] entries(Body b) {
    return new double[] {b.xf.p.x, b.xf.p.y, b.xf.q.s, b.xf.q.c, b.mass};
  }

  static final double[] BODY = {1.0, -2.0, 0.6, 0.8, 1.5};

  static final Case ENERGY = new Case() {
    public double[] primal(double[] x) {
      return new double[] {(double) T.call("energy", body(x))};
    }

    public double[] tangent(double[] x, double[] dx) {
      Body b = body(x);
      return new double[] {(double) T.call("energy$tangent", b, shadowWith(b, dx))};
    }

    public double[] adjoint(double[] x, double[] ybar) {
      Body b = body(x), bbar = Derivatives.zeroShadow(b);
      assertSame(bbar.xf.p.getClass(), Vec.class);
      T.call("energy$adjoint", b, bbar, ybar[0]);
      return entries(bbar);
    }

    /** 0.5 m |p|^2 + s c. */
    public double[][] jacobian(double[] x) {
      double px = x[0], py = x[1], s = x[2], c = x[3], m = x[4];
      return new double[][] {{m * px, m * py, c, s, 0.5 * (px * px + py * py)}};
    }
  };

  @Test
  void threeLevelsReadInBothModes() {
    check("energy(Body)", BODY, ENERGY);
  }

  /** x = (px, py, s, c, mass, dt); y = the position after: p + dt (c, s) / mass. */
  static final Case ADVANCE = new Case() {
    public double[] primal(double[] x) {
      Body b = body(x);
      T.call("advance", b, x[5]);
      return new double[] {b.xf.p.x, b.xf.p.y};
    }

    public double[] tangent(double[] x, double[] dx) {
      Body b = body(x), db = shadowWith(b, dx);
      T.call("advance$tangent", b, db, x[5], dx[5]);
      return new double[] {db.xf.p.x, db.xf.p.y};
    }

    public double[] adjoint(double[] x, double[] ybar) {
      Body b = body(x), bbar = shadowWith(b, new double[] {ybar[0], ybar[1], 0, 0, 0});
      double[] dtbar = new double[1];
      T.call("advance$adjoint", b, bbar, x[5], dtbar);
      double[] e = entries(bbar);
      return new double[] {e[0], e[1], e[2], e[3], e[4], dtbar[0]};
    }

    public double[][] jacobian(double[] x) {
      double s = x[2], c = x[3], m = x[4], dt = x[5];
      return new double[][] {{1, 0, 0, dt / m, -dt * c / (m * m), c / m}, {0, 1, dt / m, 0, -dt * s / (m * m), s / m}};
    }
  };

  @Test
  void threeLevelsWrittenInBothModes() {
    check("advance(Body, double)", new double[] {1.0, -2.0, 0.6, 0.8, 1.5, 0.1}, ADVANCE);
  }

  // ------------------------------------------------------------ one vector reached through two fields

  /** x = (vx, vy, f): pair.a == pair.b; y = the vector after: (x f^2, y f (1 + f)). */
  static final Case SHARED = new Case() {
    public double[] primal(double[] x) {
      Vec v = new Vec(x[0], x[1]);
      T.call("scaleBoth", new Pair(v, v), x[2]);
      return new double[] {v.x, v.y};
    }

    public double[] tangent(double[] x, double[] dx) {
      Vec v = new Vec(x[0], x[1]);
      Pair p = new Pair(v, v), dp = Derivatives.zeroShadow(p);
      assertSame(dp.a, dp.b, "zeroShadow mirrors the aliasing");
      dp.a.x = dx[0];
      dp.a.y = dx[1];
      T.call("scaleBoth$tangent", p, dp, x[2], dx[2]);
      return new double[] {dp.a.x, dp.a.y};
    }

    public double[] adjoint(double[] x, double[] ybar) {
      Vec v = new Vec(x[0], x[1]);
      Pair p = new Pair(v, v), pbar = Derivatives.zeroShadow(p);
      pbar.a.x = ybar[0];
      pbar.a.y = ybar[1];
      double[] fbar = new double[1];
      T.call("scaleBoth$adjoint", p, pbar, x[2], fbar);
      return new double[] {pbar.a.x, pbar.a.y, fbar[0]};
    }

    public double[][] jacobian(double[] x) {
      double vx = x[0], vy = x[1], f = x[2];
      return new double[][] {{f * f, 0, 2 * f * vx}, {0, f * (1 + f), vy * (1 + 2 * f)}};
    }
  };

  @Test
  void oneVectorThroughTwoFieldsInBothModes() {
    check("scaleBoth(Pair(v, v), f)", new double[] {0.7, -1.3, 1.4}, SHARED);
  }

  // ------------------------------------------------------------ a field reassigned

  /**
   * h.v = w, then w written through h: the tangent mirrors the primal (the holder's shadow then holds w's shadow) and is
   * right; the adjoint would leave the holder's shadow holding w's adjoints where the caller seeded the old vector's, so
   * it is refused with the line.
   */
  @Test
  void aReassignedFieldHasItsTangentAndARefusedAdjoint() {
    Holder h = new Holder(new Vec(5, 6));
    Holder dh = Derivatives.zeroShadow(h);
    Vec w = new Vec(0.7, -1.3), dw = new Vec(0.2, 0.5);
    double f = 1.4, df = -0.3;
    double dy = (double) T.call("replaceAndScale$tangent", h, dh, w, dw, f, df);
    // y = wx f wy: dy = f wy dwx + wx f dwy + wx wy df, with wx, wy the values on entry
    assertEquals(f * -1.3 * 0.2 + 0.7 * f * 0.5 + 0.7 * -1.3 * df, dy, 1e-15);
    assertSame(dw, dh.v, "the holder's shadow holds the new vector's shadow, as the holder holds the vector");
    assertEquals(0.2 * f + 0.7 * df, dw.x, 1e-15, "the tangent of w.x after the call");
    String reasons = T.result.diagnostics().stream().filter(d -> d.method().startsWith("replaceAndScale(") && !d.warning())
        .map(d -> d.mode() + " line " + d.line() + ": " + d.reason()).toList().toString();
    assertTrue(reasons.contains("adjoint line " + REASSIGN_LINE + ": an object is assigned to field v of NestedShadows.Holder,"
        + " which the caller gave with its shadow (v = ...)"), reasons);
    assertTrue(T.result.generated().stream().noneMatch(g -> g.contains("replaceAndScale$adjoint(")), "no adjoint");
  }

  // ------------------------------------------------------------ the receiver holds only objects (Mat22.invertLocal, getAngle)

  static final Transformed C = Transformed.of(Columns.class, true);

  static Object columns(double[] x) {
    try {
      return C.type.getConstructor(double.class, double.class, double.class, double.class).newInstance(x[0], x[1], x[2], x[3]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Reads or sets (v non-null) the entries [a b; c d] of a Columns (of the transformed class) by reflection. */
  static double[] entriesOf(Object m, double[] v) {
    try {
      Object ex = C.type.getField("ex").get(m), ey = C.type.getField("ey").get(m);
      Object[] cells = {ex, ey, ex, ey};
      String[] names = {"x", "x", "y", "y"};
      double[] out = new double[4];
      for (int k = 0; k < 4; k++) {
        java.lang.reflect.Field f = cells[k].getClass().getField(names[k]);
        if (v != null) f.setDouble(cells[k], v[k]);
        out[k] = f.getDouble(cells[k]);
      }
      return out;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object instanceCall(String name, Object receiver, Object... args) {
    for (java.lang.reflect.Method m : C.type.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) {
        try {
          return m.invoke(receiver, args);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(name, e.getCause() == null ? e : e.getCause());
        }
      }
    }
    throw new AssertionError("no " + name + ": " + C.result.diagnostics());
  }

  /**
   * m.invertLocal() returns m: the tangent leaves the inverse's tangent in the receiver's shadow; the adjoint takes the
   * seed of the result in a shadow of its own (added into the receiver's, deeply: the class holds only objects and
   * nobody annotated it), or in the receiver's shadow itself.
   */
  static Case invertLocal(boolean seedInReceiverShadow) {
    return new Case() {
      public double[] primal(double[] x) {
        Object m = columns(x);
        assertSame(m, instanceCall("invertLocal", m));
        return entriesOf(m, null);
      }

      public double[] tangent(double[] x, double[] dx) {
        Object m = columns(x), dm = Derivatives.zeroShadow(m);
        entriesOf(dm, dx);
        instanceCall("invertLocal$tangent", m, dm);
        return entriesOf(dm, null);
      }

      public double[] adjoint(double[] x, double[] ybar) {
        Object m = columns(x), mbar = Derivatives.zeroShadow(m);
        Object seed = seedInReceiverShadow ? mbar : Derivatives.zeroShadow(m);
        entriesOf(seed, ybar);
        instanceCall("invertLocal$adjoint", m, mbar, seed);
        return entriesOf(mbar, null);
      }

      public double[][] jacobian(double[] x) {
        return INVERT.jacobian(x);
      }
    };
  }

  @Test
  void aReceiverHoldingOnlyObjectsInvertedInPlaceInBothModes() {
    assertTrue(C.result.plans().toString().contains("Columns.invertLocal has no differentiable input but its receiver (this"
        + " Columns), whose class holds double or float values in the objects it holds"), C.result.plans().toString());
    check("invertLocal(), seed in a shadow of its own", A, invertLocal(false));
    check("invertLocal(), seed in the receiver's shadow", A, invertLocal(true));
  }

  /** angle() = atan2(c, a) of the first column. */
  @Test
  void aReceiverHoldingOnlyObjectsReadInBothModes() {
    Case angle = new Case() {
      public double[] primal(double[] x) {
        return new double[] {(double) instanceCall("angle", columns(x))};
      }

      public double[] tangent(double[] x, double[] dx) {
        Object m = columns(x), dm = Derivatives.zeroShadow(m);
        entriesOf(dm, dx);
        return new double[] {(double) instanceCall("angle$tangent", m, dm)};
      }

      public double[] adjoint(double[] x, double[] ybar) {
        Object m = columns(x), mbar = Derivatives.zeroShadow(m);
        instanceCall("angle$adjoint", m, mbar, ybar[0]);
        return entriesOf(mbar, null);
      }

      public double[][] jacobian(double[] x) {
        double a = x[0], c = x[2], r2 = a * a + c * c;
        return new double[][] {{-c / r2, 0, a / r2, 0}};
      }
    };
    check("angle()", A, angle);
  }
}
