package dev.leibniz.examples.adbench;

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
  void lstmGradientByAdjointMatchesGolden() throws Throwable {
    assertWithinAdbenchTolerance(checks.lstmByAdjoint(LstmGradient.adjoint()));
  }

  private static void assertWithinAdbenchTolerance(double maxRelativeError) {
    assertTrue(
        maxRelativeError < AdbenchGoldenChecks.TOLERANCE,
        "largest relative error " + maxRelativeError);
  }
}
