package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;

import dev.leibniz.oracle.fixtures.ValueObjects;
import dev.leibniz.testing.Transformed;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.geometry.euclidean.threed.FieldVector3D;
import org.junit.jupiter.api.Test;

/**
 * Objects created inside differentiated code are taken apart before differentiation (issue:
 * objects, point 1): a user record, a normalising constructor, loops accumulating into value
 * objects, Hipparchus' {@code Vector3D} and {@code Complex} from the unmodified jars. Both modes
 * against central finite differences, an exact Jacobian (analytic, or Hipparchus'
 * {@code DerivativeStructure}, through {@code FieldVector3D} for the geometry) and the dot-product
 * test.
 */
class ValueObjectsTest {
  static final Transformed T = Transformed.of(ValueObjects.class);
  static final Class<?> D = double.class;

  static void checkScalars(String name, double[] x, double[] exact) {
    Class<?>[] params = new Class<?>[x.length];
    java.util.Arrays.fill(params, D);
    ScalarFunction f = new ScalarFunction(T.type, name, params);
    JacobianCheck.check(name, x,
        v -> new double[] {f.value(v)},
        (v, vd) -> new double[] {f.tangent(v, vd)},
        (v, yb) -> {
          double[] g = new double[x.length];
          f.adjoint(v, yb[0], g);
          return g;
        },
        new double[][] {exact});
  }

  static void checkArray(String name, double[] x, double[] exact) {
    JacobianCheck.check(name, x,
        v -> one(d(T.call(name, v))),
        (v, vd) -> one(d(T.call(name + "$tangent", v, vd))),
        (v, yb) -> {
          double[] g = new double[v.length];
          T.call(name + "$adjoint", v, g, yb[0]);
          return g;
        },
        new double[][] {exact});
  }

  @Test
  void userRecord() {
    for (double[] p : new double[][] {{0.7, -1.3}, {2, 0.25}}) {
      double a = p[0], b = p[1];
      checkScalars("record", p, new double[] {3 * a * a + 6 * a * b + b * b + b + 4 * a, 3 * a * a + 2 * a * b + a});
    }
  }

  @Test
  void normalisingConstructor() {
    DSFactory f = new DSFactory(3, 1);
    double[] p = {0.3, -1.2, 0.8};
    DerivativeStructure x = f.variable(0, p[0]), y = f.variable(1, p[1]), z = f.variable(2, p[2]);
    DerivativeStructure n = x.multiply(x).add(y.multiply(y)).add(z.multiply(z)).sqrt();
    DerivativeStructure r = x.divide(n).multiply(2).add(y.divide(n).multiply(z.divide(n)));
    checkScalars("unit", p, ExactGradient.of(r));
  }

  @Test
  void loopAccumulatingIntoARecord() {
    double[] xs = {0.5, -1.5, 2, 0.25};
    double s = 0, s2 = 0;
    for (double x : xs) {
      s += x;
      s2 += x * x;
    }
    double[] exact = new double[xs.length];
    for (int i = 0; i < xs.length; i++) exact[i] = 2 * s + 4 * s2 * xs[i];
    checkArray("accumulate", xs, exact);
  }

  @Test
  void mutableAccumulatorObject() {
    double[] xs = {0.5, -1.5, 2, 0.25, 3};
    int n = xs.length;
    double m = 0;
    for (double x : xs) m += x / n;
    double[] exact = new double[n];
    for (int i = 0; i < n; i++) exact[i] = 2 * xs[i] / n - 2 * m / n;
    checkArray("variance", xs, exact);
  }

  @Test
  void hipparchusVector3D() {
    DSFactory f = new DSFactory(3, 1);
    for (double[] v : new double[][] {{0.4, -0.9, 1.3}, {1.5, 0.2, -0.7}}) {
      DerivativeStructure a = f.variable(0, v[0]), b = f.variable(1, v[1]), c = f.variable(2, v[2]);
      FieldVector3D<DerivativeStructure> p = new FieldVector3D<>(a, b, c);
      FieldVector3D<DerivativeStructure> q = new FieldVector3D<>(b, c.negate(), a.multiply(2));
      DerivativeStructure r = p.crossProduct(q).getNorm().add(p.dotProduct(q)).add(FieldVector3D.distance(p, q))
          .add(p.add(q).normalize().getX());
      checkScalars("geometry", v, ExactGradient.of(r));
    }
  }

  @Test
  void hipparchusVector3DAccumulatedFromAConstant() {
    double[] xs = {0.5, -1.5, 2, 0.25};
    double s = 0, s2 = 0;
    for (double x : xs) {
      s += x;
      s2 += x * x;
    }
    double norm = Math.sqrt(s * s + xs.length * xs.length + s2 * s2);
    double[] exact = new double[xs.length];
    for (int i = 0; i < xs.length; i++) exact[i] = (s + s2 * 2 * xs[i]) / norm;
    checkArray("pathLength", xs, exact);
  }

  @Test
  void hipparchusComplex() {
    DSFactory f = new DSFactory(2, 1);
    for (double[] v : new double[][] {{0.6, -0.4}, {-1.1, 0.9}}) {
      DerivativeStructure re = f.variable(0, v[0]), im = f.variable(1, v[1]);
      // z*z + 0.5*conj(z), divided by (1 + re^2) + i im
      DerivativeStructure sr = re.multiply(re).subtract(im.multiply(im)).add(re.multiply(0.5));
      DerivativeStructure si = re.multiply(im).multiply(2).subtract(im.multiply(0.5));
      DerivativeStructure dr = re.multiply(re).add(1), di = im;
      DerivativeStructure den = dr.multiply(dr).add(di.multiply(di));
      DerivativeStructure wr = sr.multiply(dr).add(si.multiply(di)).divide(den);
      DerivativeStructure wi = si.multiply(dr).subtract(sr.multiply(di)).divide(den);
      DerivativeStructure r = wr.multiply(wr).add(wi.multiply(wi)).sqrt().add(wr);
      checkScalars("complex", v, ExactGradient.of(r));
    }
  }

  @Test
  void sinCosPairFromFastMath() {
    for (double[] v : new double[][] {{1.3, 0.4}, {0.7, -2.1}}) {
      double r = v[0], t = v[1];
      checkScalars("polar", v, new double[] {Math.cos(t) + 2 * r * Math.sin(t), -r * Math.sin(t) + r * r * Math.cos(t)});
    }
  }

  @Test
  void nestedObjectsFactoriesAndMerges() {
    DSFactory f = new DSFactory(2, 1);
    for (double[] v : new double[][] {{0.8, 0.3}, {-0.6, 1.1}}) {
      DerivativeStructure a = f.variable(0, v[0]), b = f.variable(1, v[1]);
      DerivativeStructure px = a.multiply(b.cos()), py = a.multiply(b.sin());
      DerivativeStructure qx = v[0] > 0 ? b : a, qy = v[0] > 0 ? a : b.negate();
      DerivativeStructure dx = qx.subtract(px), dy = qy.subtract(py);
      DerivativeStructure r = dx.multiply(dx).add(dy.multiply(dy)).sqrt().add(px.add(qx).multiply(0.5));
      checkScalars("nested", v, ExactGradient.of(r));
    }
  }

  @Test
  void objectsMadeOnlyByFactories() {
    for (double[] v : new double[][] {{0.9, 0.4}, {-1.2, 2.0}}) {
      double r = v[0], t = v[1], c = Math.cos(t - r), sn = Math.sin(t - r);
      checkScalars("factories", v, new double[] {t * c + r * t * sn, r * c - r * t * sn});
    }
  }
}
