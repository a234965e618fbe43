package dev.leibniz.benchmarks.hipparchus;

import dev.leibniz.examples.adbench.BaInput;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * The ADBench bundle-adjustment residual on Hipparchus {@link Gradient}s. Each observation depends
 * on 15 values (11 camera, 3 point, 1 weight), so the full Jacobian costs one evaluation per
 * observation with 15 free parameters.
 */
public final class HipparchusBa {
  private HipparchusBa() {}

  /** {@code w·(proj(cam, X) − feat)}, the two reprojection errors. */
  public static Gradient[] residual(Gradient[] cam, Gradient[] X, Gradient w, double[] feat) {
    Gradient[] xo = {X[0].subtract(cam[3]), X[1].subtract(cam[4]), X[2].subtract(cam[5])};
    Gradient[] xcam = rotate(cam, xo);
    Gradient p0 = xcam[0].divide(xcam[2]);
    Gradient p1 = xcam[1].divide(xcam[2]);
    Gradient rsq = p0.multiply(p0).add(p1.multiply(p1));
    Gradient l = cam[9].multiply(rsq).add(cam[10].multiply(rsq).multiply(rsq)).add(1);
    Gradient proj0 = p0.multiply(l).multiply(cam[6]).add(cam[7]);
    Gradient proj1 = p1.multiply(l).multiply(cam[6]).add(cam[8]);
    return new Gradient[] {w.multiply(proj0.subtract(feat[0])), w.multiply(proj1.subtract(feat[1]))};
  }

  private static Gradient[] rotate(Gradient[] cam, Gradient[] pt) {
    Gradient sqtheta =
        cam[0].multiply(cam[0]).add(cam[1].multiply(cam[1])).add(cam[2].multiply(cam[2]));
    if (sqtheta.getValue() != 0) {
      Gradient theta = sqtheta.sqrt();
      Gradient cos = theta.cos();
      Gradient sin = theta.sin();
      Gradient inverse = theta.reciprocal();
      Gradient w0 = cam[0].multiply(inverse);
      Gradient w1 = cam[1].multiply(inverse);
      Gradient w2 = cam[2].multiply(inverse);
      Gradient c0 = w1.multiply(pt[2]).subtract(w2.multiply(pt[1]));
      Gradient c1 = w2.multiply(pt[0]).subtract(w0.multiply(pt[2]));
      Gradient c2 = w0.multiply(pt[1]).subtract(w1.multiply(pt[0]));
      Gradient tmp = w0.multiply(pt[0]).add(w1.multiply(pt[1])).add(w2.multiply(pt[2]))
          .multiply(cos.negate().add(1));
      return new Gradient[] {
        pt[0].multiply(cos).add(c0.multiply(sin)).add(w0.multiply(tmp)),
        pt[1].multiply(cos).add(c1.multiply(sin)).add(w1.multiply(tmp)),
        pt[2].multiply(cos).add(c2.multiply(sin)).add(w2.multiply(tmp))
      };
    }
    return new Gradient[] {
      pt[0].add(cam[1].multiply(pt[2]).subtract(cam[2].multiply(pt[1]))),
      pt[1].add(cam[2].multiply(pt[0]).subtract(cam[0].multiply(pt[2]))),
      pt[2].add(cam[0].multiply(pt[1]).subtract(cam[1].multiply(pt[0])))
    };
  }

  /** The whole Jacobian, in ADBench's CSR value order (see {@code manual.BaJacobian}). */
  public static void jacobian(BaInput in, double[] jac) {
    int p = in.observationCount();
    double[] row = new double[15];
    for (int i = 0; i < p; i++) {
      Gradient[] cam = Variables.independent(in.cams()[in.obsCamera()[i]], 0, 15);
      Gradient[] x = Variables.independent(in.points()[in.obsPoint()[i]], 11, 15);
      Gradient w = Gradient.variable(15, 14, in.weights()[i]);
      Gradient[] err = residual(cam, x, w, in.features()[i]);
      for (int e = 0; e < 2; e++) {
        Variables.partials(err[e], 0, row);
        System.arraycopy(row, 0, jac, 30 * i + 15 * e, 15);
      }
      Gradient wErr = Gradient.variable(1, 0, in.weights()[i]);
      jac[30 * p + i] = wErr.multiply(wErr).negate().add(1).getPartialDerivative(0);
    }
  }
}
