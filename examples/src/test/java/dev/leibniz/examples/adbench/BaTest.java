package dev.leibniz.examples.adbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bundle-adjustment residuals and loader against ADBench's golden values. */
class BaTest {
  private static final Path DATA = AdbenchData.require();

  @Test
  void residualsMatchGoldenForEveryObservation() {
    BaInput in = BaInput.read(DATA.resolve("ba/test.txt"));
    double[] golden = GoldenValues.read(DATA.resolve("golden/ba_test.txt"));
    for (int i = 0; i < in.observationCount(); i++) {
      double[] err = in.reprojectionError(i);
      assertTrue(GoldenValues.relativeError(golden[0], err[0]) < 1e-8, "obs " + i + ": " + err[0]);
      assertTrue(GoldenValues.relativeError(golden[1], err[1]) < 1e-8, "obs " + i + ": " + err[1]);
      double wErr = Ba.weightError(in.weights()[i]);
      assertTrue(GoldenValues.relativeError(golden[2], wErr) < 1e-8, "obs " + i + ": " + wErr);
    }
  }

  @Test
  void goldenFileHoldsTheWholeJacobian() {
    double[] golden = GoldenValues.read(DATA.resolve("golden/ba_test.txt"));
    assertEquals(3 + 310, golden.length);
  }

  @Test
  void loaderReplicatesCamerasPointsAndObservations() {
    BaInput in = BaInput.read(DATA.resolve("ba/test.txt"));
    assertEquals(2, in.cameraCount());
    assertEquals(10, in.pointCount());
    assertEquals(10, in.observationCount());
    assertEquals(1, in.obsCamera()[7]);
    assertEquals(7, in.obsPoint()[7]);
    assertEquals(211.628116, in.cams()[1][Ba.FOCAL]);
    assertEquals(1.403869, in.points()[9][2]);
    assertEquals(0.417022, in.weights()[9]);
    assertEquals(161.811929, in.features()[9][1]);
  }

  @Test
  void zeroRotationUsesTheFirstOrderFormula() {
    double[] cam = {0, 0, 0, 1, 2, 3, 10, 0.5, 0.25, 0, 0};
    double[] x = {2, 4, 7};
    double[] err = new double[2];
    Ba.residual(cam, x, 2, new double[] {0, 0}, err);
    assertArrayEquals(new double[] {2 * (10 * 0.25 + 0.5), 2 * (10 * 0.5 + 0.25)}, err, 1e-15);
  }

  @Test
  void rotationByPiAboutZTurnsXAndYOver() {
    double[] cam = {0, 0, Math.PI};
    double[] out = new double[3];
    Ba.rodriguesRotatePoint(cam, new double[] {1, 2, 3}, out);
    assertArrayEquals(new double[] {-1, -2, 3}, out, 1e-15);
  }
}
