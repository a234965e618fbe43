package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.objects.fixtures.cached.CachedVec;
import dev.leibniz.objects.fixtures.cached.LookAt;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.geometry.euclidean.threed.FieldVector3D;
import org.junit.jupiter.api.Test;

/**
 * A value class with a private field that no constructor writes (WorldWind's {@code Vec4} caching its hash code in a
 * {@code private int}), built from active values by a constructor that chains ({@code this(x, y, z, 1.0)}) in code of
 * another class: the construction is split (README "Objects": objects built new from values), its temporary's fields
 * copied into a blank object made in the caller, and the cache, which holds its default in every new object, is not
 * among them (it could not be written from the caller). WorldWind's {@code Matrix.fromViewLookAt} reduced: a sum over
 * the axes of a view, whose vectors an argument check formats into a message (so they stay whole and their
 * constructions are split), and the side axis returned; in both modes against Hipparchus' derivatives of the same
 * vector algebra, central differences and the dot-product test.
 */
class CachedFieldConstructionsTest {
  static final Transformed LOOK_AT = Transformed.of(LookAt.class, true); // warnings: the exact length == 0 test

  static CachedVec vec(double x, double y, double z) {
    return new CachedVec(x, y, z);
  }

  static double[] parts(CachedVec v) {
    return new double[] {v.x, v.y, v.z, v.w};
  }

  /** Hipparchus' Jacobian of (s.x, s.y, s.z, w) in (eye, center), s = normalize(center - eye) x (0, 0, 1). */
  static double[][] hipparchus(double[] x) {
    DSFactory f = new DSFactory(6, 1);
    FieldVector3D<DerivativeStructure> eye = new FieldVector3D<>(f.variable(0, x[0]), f.variable(1, x[1]), f.variable(2, x[2]));
    FieldVector3D<DerivativeStructure> center = new FieldVector3D<>(f.variable(3, x[3]), f.variable(4, x[4]), f.variable(5, x[5]));
    FieldVector3D<DerivativeStructure> s = FieldVector3D.crossProduct(center.subtract(eye).normalize(),
        new FieldVector3D<>(f.constant(0), f.constant(0), f.constant(1)));
    DerivativeStructure[] out = {s.getX(), s.getY(), s.getZ()};
    double[][] j = new double[4][6];
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 6; k++) {
        int[] order = new int[6];
        order[k] = 1;
        j[i][k] = out[i].getPartialDerivative(order);
      }
    }
    return j; // w = 1 whatever the inputs
  }

  @Test
  void aChainedConstructionOfAClassWithACachedHashIsDifferentiatedInAnotherClass() {
    // a returned object is planned from its constructor's code (core.objects.NewResults), with or without the split
    assertEquals(java.util.List.of(), LOOK_AT.result.diagnostics().stream().filter(d -> !d.warning() && d.method().startsWith("side(")).toList());
    Method primal = LOOK_AT.method("side", CachedVec.class, CachedVec.class);
    Method tangent = LOOK_AT.method("side$tangent", CachedVec.class, CachedVec.class, CachedVec.class, CachedVec.class);
    Method adjoint = LOOK_AT.method("side$adjoint", CachedVec.class, CachedVec.class, CachedVec.class, CachedVec.class, CachedVec.class);
    double[] x = {0.3, -1.2, 0.8, 2.1, 0.4, -0.5};
    JacobianCheck.check("side", x,
        v -> parts((CachedVec) Transformed.invoke(primal, vec(v[0], v[1], v[2]), vec(v[3], v[4], v[5]))),
        (v, dv) -> parts((CachedVec) Transformed.invoke(tangent, vec(v[0], v[1], v[2]), new CachedVec(dv[0], dv[1], dv[2], 0),
            vec(v[3], v[4], v[5]), new CachedVec(dv[3], dv[4], dv[5], 0))),
        (v, w) -> {
          CachedVec eyeBar = new CachedVec(0, 0, 0, 0), centerBar = new CachedVec(0, 0, 0, 0);
          CachedVec r = (CachedVec) Transformed.invoke(adjoint, vec(v[0], v[1], v[2]), eyeBar, vec(v[3], v[4], v[5]), centerBar,
              new CachedVec(w[0], w[1], w[2], w[3]));
          assertEquals(java.util.Arrays.toString(parts((CachedVec) Transformed.invoke(primal, vec(v[0], v[1], v[2]), vec(v[3], v[4], v[5])))),
              java.util.Arrays.toString(parts(r)), "the adjoint returns the primal result");
          return new double[] {eyeBar.x, eyeBar.y, eyeBar.z, centerBar.x, centerBar.y, centerBar.z};
        },
        hipparchus(x));
  }

  /** Hipparchus' gradient of {@link LookAt#axes} in (eye, center). */
  static double[][] hipparchusAxes(double[] x) {
    DSFactory f = new DSFactory(6, 1);
    FieldVector3D<DerivativeStructure> eye = new FieldVector3D<>(f.variable(0, x[0]), f.variable(1, x[1]), f.variable(2, x[2]));
    FieldVector3D<DerivativeStructure> center = new FieldVector3D<>(f.variable(3, x[3]), f.variable(4, x[4]), f.variable(5, x[5]));
    FieldVector3D<DerivativeStructure> fw = center.subtract(eye).normalize();
    FieldVector3D<DerivativeStructure> s = FieldVector3D.crossProduct(fw, new FieldVector3D<>(f.constant(0), f.constant(0), f.constant(1))).normalize();
    FieldVector3D<DerivativeStructure> u = FieldVector3D.crossProduct(s, fw).normalize();
    DerivativeStructure y = s.getX().add(s.getY().multiply(2)).add(u.getX().multiply(3)).subtract(u.getY()).add(u.getZ().multiply(5));
    double[][] j = new double[1][6];
    for (int k = 0; k < 6; k++) {
      int[] order = new int[6];
      order[k] = 1;
      j[0][k] = y.getPartialDerivative(order);
    }
    return j;
  }

  @Test
  void vectorsKeptWholeByAMessageAreBuiltFromValuesInAnotherClass() {
    // without the cache left out of the layout: "an active value is passed to a constructor of ...CachedVec" at line 31
    assertEquals(java.util.List.of(), LOOK_AT.result.diagnostics().stream().filter(d -> !d.warning() && d.method().startsWith("axes(")).toList());
    Method primal = LOOK_AT.method("axes", CachedVec.class, CachedVec.class);
    Method tangent = LOOK_AT.method("axes$tangent", CachedVec.class, CachedVec.class, CachedVec.class, CachedVec.class);
    Method adjoint = LOOK_AT.method("axes$adjoint", CachedVec.class, CachedVec.class, CachedVec.class, CachedVec.class, double.class);
    double[] x = {0.3, -1.2, 0.8, 2.1, 0.4, -0.5};
    JacobianCheck.check("axes", x,
        v -> new double[] {(double) Transformed.invoke(primal, vec(v[0], v[1], v[2]), vec(v[3], v[4], v[5]))},
        (v, dv) -> new double[] {(double) Transformed.invoke(tangent, vec(v[0], v[1], v[2]), new CachedVec(dv[0], dv[1], dv[2], 0),
            vec(v[3], v[4], v[5]), new CachedVec(dv[3], dv[4], dv[5], 0))},
        (v, w) -> {
          CachedVec eyeBar = new CachedVec(0, 0, 0, 0), centerBar = new CachedVec(0, 0, 0, 0);
          Transformed.invoke(adjoint, vec(v[0], v[1], v[2]), eyeBar, vec(v[3], v[4], v[5]), centerBar, w[0]);
          return new double[] {eyeBar.x, eyeBar.y, eyeBar.z, centerBar.x, centerBar.y, centerBar.z};
        },
        hipparchusAxes(x));
  }
}
