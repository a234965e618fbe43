package dev.leibniz.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;

/**
 * The analytic oracle of a quaternion made from Euler angles ({@code qY qX qZ}, Sceneform's {@code eulerAngles}; the
 * fixture {@code Quat.euler}) by Hipparchus' {@code DerivativeStructure}, and the check of both modes against it, for
 * {@code objects.OutlinedHeldObjectsTest} and {@code corpus.OversizedHeldObjectsTest}.
 */
public final class EulerRotations {
  private EulerRotations() {}

  /** A mode of a function from the angles to the quaternion: the tangent along {@code v}, or the adjoint of seed {@code v}. */
  public interface Mode {
    double[] at(double[] x, double[] v) throws Exception;
  }

  /**
   * {@code qY qX qZ}, each an axis-angle rotation of half the angle (in degrees) about y, x and z, each factor and
   * product normalised as {@code new Quaternion(x, y, z, w)} does: the Jacobian, a row per component.
   */
  public static double[][] jacobian(double[] degrees) {
    DSFactory f = new DSFactory(3, 1);
    DerivativeStructure[] half = new DerivativeStructure[3];
    for (int i = 0; i < 3; i++) half[i] = f.variable(i, degrees[i]).toRadians().divide(2);
    DerivativeStructure zero = f.constant(0);
    DerivativeStructure[] qx = normal(half[0].sin(), zero, zero, half[0].cos());
    DerivativeStructure[] qy = normal(zero, half[1].sin(), zero, half[1].cos());
    DerivativeStructure[] qz = normal(zero, zero, half[2].sin(), half[2].cos());
    DerivativeStructure[] q = multiply(multiply(qy, qx), qz);
    double[][] j = new double[4][3];
    for (int o = 0; o < 4; o++) {
      for (int i = 0; i < 3; i++) j[o][i] = q[o].getPartialDerivative(i == 0 ? 1 : 0, i == 1 ? 1 : 0, i == 2 ? 1 : 0);
    }
    return j;
  }

  /** The tangent's columns (unit directions) and the adjoint's rows (unit seeds) at {@code x} against {@code j}. */
  public static void checkJacobian(double[][] j, double[] x, Mode tangent, Mode adjoint, double tolerance) throws Exception {
    for (int i = 0; i < 3; i++) {
      double[] e = new double[3];
      e[i] = 1;
      double[] col = tangent.at(x, e);
      for (int o = 0; o < 4; o++) assertEquals(j[o][i], col[o], tolerance, "tangent d" + o + "/d" + i);
    }
    for (int o = 0; o < 4; o++) {
      double[] w = new double[4];
      w[o] = 1;
      double[] row = adjoint.at(x, w);
      for (int i = 0; i < 3; i++) assertEquals(j[o][i], row[i], tolerance, "adjoint d" + o + "/d" + i);
    }
  }

  private static DerivativeStructure[] multiply(DerivativeStructure[] l, DerivativeStructure[] r) {
    return normal(
        l[3].multiply(r[0]).add(l[0].multiply(r[3])).add(l[1].multiply(r[2])).subtract(l[2].multiply(r[1])),
        l[3].multiply(r[1]).subtract(l[0].multiply(r[2])).add(l[1].multiply(r[3])).add(l[2].multiply(r[0])),
        l[3].multiply(r[2]).add(l[0].multiply(r[1])).subtract(l[1].multiply(r[0])).add(l[2].multiply(r[3])),
        l[3].multiply(r[3]).subtract(l[0].multiply(r[0])).subtract(l[1].multiply(r[1])).subtract(l[2].multiply(r[2])));
  }

  private static DerivativeStructure[] normal(DerivativeStructure... q) {
    DerivativeStructure norm = q[0].square().add(q[1].square()).add(q[2].square()).add(q[3].square()).sqrt();
    return new DerivativeStructure[] {q[0].divide(norm), q[1].divide(norm), q[2].divide(norm), q[3].divide(norm)};
  }
}
