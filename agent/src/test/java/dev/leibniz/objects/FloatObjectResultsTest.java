package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.objects.fixtures.made.FloatResults;
import dev.leibniz.objects.fixtures.made.FloatResults.FVec;
import dev.leibniz.objects.fixtures.made.FloatResults.Mixed;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Object results built new whose plain constructor takes {@code float} parameters (PDFBox's {@code new Vector(x, y)}),
 * or a double and a float: the tangent's shadow holds the tangents narrowed to float, the adjoint reads the seed's
 * float fields widened and returns the primal result. Both modes against the analytic Jacobian (to float precision)
 * and central differences (of the double-precision map the float code rounds), and the dot-product test.
 */
class FloatObjectResultsTest {
  static final Transformed T = Transformed.of(FloatResults.class);
  static final Class<?> F = float.class;
  static final Class<?> D = double.class;
  static final float A = 1.25f, B = -0.5f;

  interface Call {
    double[] at(double[] x, double[] v) throws Exception;
  }

  /** n inputs, m outputs; the primal (the float code itself, the differences' function), the tangent and the adjoint. */
  record Fn(String name, int n, int m, Function<double[], double[]> primal, Call tangent, Call adjoint) {}

  static Method method(String name, Class<?>... types) throws Exception {
    return T.type.getMethod(name, types);
  }

  static Object receiver() throws Exception {
    return T.type.getConstructor(F, F).newInstance(A, B);
  }

  static double[] of(FVec v) {
    return new double[] {v.x, v.y};
  }

  static double[] of(Mixed v) {
    return new double[] {v.r, v.phi};
  }

  static final Fn TRANSFORM = new Fn("transform", 2, 2,
      x -> of(new FloatResults(A, B).transform((float) x[0], (float) x[1])),
      (x, v) -> of((FVec) method("transform$tangent", F, F, F, F).invoke(receiver(), (float) x[0], (float) v[0], (float) x[1], (float) v[1])),
      (x, w) -> {
        double[] g = new double[2];
        FVec r = (FVec) method("transform$adjoint", F, F, FVec.class, double[].class)
            .invoke(receiver(), (float) x[0], (float) x[1], new FVec((float) w[0], (float) w[1]), g);
        FVec p = new FloatResults(A, B).transform((float) x[0], (float) x[1]);
        assertEquals(p.x, r.x, 0, "the adjoint returns the primal result, the same floats");
        assertEquals(p.y, r.y, 0);
        return g;
      });

  static final Fn ROTATE = new Fn("rotate", 3, 2,
      x -> of(FloatResults.rotate((float) x[0], (float) x[1], (float) x[2])),
      (x, v) -> of((FVec) method("rotate$tangent", F, F, F, F, F, F)
          .invoke(null, (float) x[0], (float) v[0], (float) x[1], (float) v[1], (float) x[2], (float) v[2])),
      (x, w) -> {
        double[] g = new double[3];
        method("rotate$adjoint", F, F, F, FVec.class, double[].class)
            .invoke(null, (float) x[0], (float) x[1], (float) x[2], new FVec((float) w[0], (float) w[1]), g);
        return g;
      });

  static final Fn POLAR = new Fn("polar", 2, 2, x -> of(FloatResults.polar(x[0], (float) x[1])),
      (x, v) -> of((Mixed) method("polar$tangent", D, D, F, F).invoke(null, x[0], v[0], (float) x[1], (float) v[1])),
      (x, w) -> {
        double[] g = new double[2]; // the scalar adjoints, the float's too, in one double[] (the contract)
        method("polar$adjoint", D, F, Mixed.class, double[].class).invoke(null, x[0], (float) x[1], new Mixed(w[0], (float) w[1]), g);
        return g;
      });

  static double[][] jacobian(String name, double[] x) {
    switch (name) {
      case "transform":
        return new double[][] {{A, B}, {B, -2 * A * x[1]}};
      case "rotate": {
        double c = Math.cos(x[2]), s = Math.sin(x[2]);
        return new double[][] {{c, -s, -s * x[0] - c * x[1]}, {s, c, c * x[0] - s * x[1]}};
      }
      case "polar": {
        double r2 = x[0] * x[0] + x[1] * x[1], r = Math.sqrt(r2);
        return new double[][] {{x[0] / r, x[1] / r}, {-x[1] / r2, x[0] / r2}};
      }
      default:
        throw new AssertionError(name);
    }
  }

  static final Fn[] ALL = {TRANSFORM, ROTATE, POLAR};

  /** Points exact in float. */
  static double[] point(Fn f) {
    return f.n() == 3 ? new double[] {0.75, -1.5, 0.625} : new double[] {0.875, -0.375};
  }

  static double[] call(Call c, String name, double[] x, double[] v) {
    try {
      return c.at(x, v);
    } catch (Exception e) {
      throw new AssertionError(name, e);
    }
  }

  static final double FLOAT_TOL = 1e-5;

  @Test
  void bothModesAgainstTheAnalyticJacobian() {
    for (Fn f : ALL) {
      double[] x = point(f);
      double[][] j = jacobian(f.name(), x);
      for (int i = 0; i < f.n(); i++) {
        double[] e = new double[f.n()];
        e[i] = 1;
        double[] t = call(f.tangent(), f.name(), x, e);
        for (int o = 0; o < f.m(); o++) assertEquals(j[o][i], t[o], FLOAT_TOL * (1 + Math.abs(j[o][i])), f.name() + " tangent d" + o + "/d" + i);
      }
      for (int o = 0; o < f.m(); o++) {
        double[] w = new double[f.m()];
        w[o] = 1;
        double[] g = call(f.adjoint(), f.name(), x, w);
        for (int i = 0; i < f.n(); i++) assertEquals(j[o][i], g[i], FLOAT_TOL * (1 + Math.abs(j[o][i])), f.name() + " adjoint d" + o + "/d" + i);
      }
    }
  }

  /** Central differences of the float code itself (step control for floats), along each input. */
  @Test
  void bothModesAgainstCentralDifferences() {
    for (Fn f : ALL) {
      double[] x = point(f);
      for (int i = 0; i < f.n(); i++) {
        double[] e = new double[f.n()];
        e[i] = 1;
        FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(f.primal(), x, e, true);
        double[] t = call(f.tangent(), f.name(), x, e);
        for (int o = 0; o < f.m(); o++) {
          double tol = fd[o].tolerance(1e-4);
          assertEquals(fd[o].value(), t[o], tol, f.name() + " tangent d" + o + "/d" + i + " vs differences");
          double[] w = new double[f.m()];
          w[o] = 1;
          assertEquals(fd[o].value(), call(f.adjoint(), f.name(), x, w)[i], tol, f.name() + " adjoint vs differences");
        }
      }
    }
  }

  @Test
  void dotProductBetweenModes() {
    for (Fn f : ALL) {
      double[] x = point(f);
      double[] v = f.n() == 3 ? new double[] {0.5, -0.25, 0.75} : new double[] {0.5, -0.75};
      double[] w = {-0.625, 1.125};
      double[] t = call(f.tangent(), f.name(), x, v), g = call(f.adjoint(), f.name(), x, w);
      double wt = 0, gv = 0;
      for (int o = 0; o < f.m(); o++) wt += w[o] * t[o];
      for (int i = 0; i < f.n(); i++) gv += g[i] * v[i];
      assertEquals(wt, gv, 1e-5 * (1 + Math.abs(wt)), f.name() + " <w, J v> = <J^T w, v>");
    }
  }
}
