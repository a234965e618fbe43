package dev.leibniz.examples.adbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The ADBench derivatives computed by the agent's generated companions (looked up through {@code
 * dev.leibniz.Derivatives}) against the golden files, within ADBench's own tolerance. {@link
 * AdbenchHarnessTest} checks the same harness with finite-difference stand-ins.
 */
class AdbenchDerivativesTest {
  private final AdbenchGoldenChecks checks = new AdbenchGoldenChecks(AdbenchData.require());

  @Test
  void gmmGradientByAdjointMatchesGolden() throws Throwable {
    assertWithinAdbenchTolerance(checks.gmmByAdjoint(GmmGradient.adjoint()));
  }

  @Test
  void gmmGradientByTangentMatchesGolden() throws Throwable {
    assertWithinAdbenchTolerance(checks.gmmByTangent(GmmGradient.tangent()));
  }

  @Test
  void baJacobianByTangentMatchesGolden() throws Throwable {
    assertWithinAdbenchTolerance(
        checks.baByTangent(BaJacobian.residualTangent(), BaJacobian.weightErrorTangent()));
  }

  @Test
  void baJacobianByAdjointMatchesGolden() throws Throwable {
    assertWithinAdbenchTolerance(
        checks.baByAdjoint(BaJacobian.residualAdjoint(), BaJacobian.weightErrorAdjoint()));
  }

  @Test
  void baJacobianByAdjointIntoAGivenArrayOverwritesItWithTheSameEntries() throws Throwable {
    BaInput in = BaInput.read(AdbenchData.require().resolve("ba/test.txt"));
    double[] fresh = BaJacobian.byAdjoint(BaJacobian.residualAdjoint(), BaJacobian.weightErrorAdjoint(), in);
    double[] byTangent = BaJacobian.byTangent(BaJacobian.residualTangent(), BaJacobian.weightErrorTangent(), in);
    double[] into = new double[fresh.length];
    for (int round = 0; round < 2; round++) {
      java.util.Arrays.fill(into, Double.NaN); // every entry must be written, each time
      assertSame(into, BaJacobian.byAdjoint(BaJacobian.residualAdjoint(), BaJacobian.weightErrorAdjoint(), in, into));
      assertArrayEquals(fresh, into, 0, "round " + round);
    }
    for (int k = 0; k < fresh.length; k++) {
      assertEquals(byTangent[k], fresh[k], 1e-12 * Math.max(1, Math.abs(byTangent[k])), "entry " + k + ": adjoint rows vs tangent columns");
    }
  }

  @Test
  void lstmGradientByAdjointMatchesGolden() throws Throwable {
    assertWithinAdbenchTolerance(checks.lstmByAdjoint(LstmGradient.adjoint()));
  }

  private static void assertWithinAdbenchTolerance(double maxRelativeError) {
    assertTrue(
        maxRelativeError < AdbenchGoldenChecks.TOLERANCE,
        "largest relative error " + maxRelativeError);
  }
}
