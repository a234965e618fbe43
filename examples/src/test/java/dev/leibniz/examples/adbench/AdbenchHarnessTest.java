package dev.leibniz.examples.adbench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import org.junit.jupiter.api.Test;

/**
 * The derivative harness ({@link GmmGradient}, {@link BaJacobian}, {@link LstmGradient}, {@link
 * AdbenchGoldenChecks}) fed with {@link FiniteDifferenceCompanions}: it must reproduce the golden
 * derivatives to finite-difference accuracy, so that a failure of {@link AdbenchDerivativesTest}
 * points at the generated companions, not at the harness.
 */
class AdbenchHarnessTest {
  private static final double FINITE_DIFFERENCE_TOLERANCE = 1e-6;

  private final AdbenchGoldenChecks checks = new AdbenchGoldenChecks(AdbenchData.require());

  @Test
  void gmmGradientByAdjointHarnessMatchesGolden() throws Throwable {
    assertAccurate(checks.gmmByAdjoint(fd("gmmObjectiveAdjoint", Gmm.class, "objective", false)));
  }

  @Test
  void gmmGradientByTangentHarnessMatchesGolden() throws Throwable {
    assertAccurate(checks.gmmByTangent(fd("gmmObjectiveTangent", Gmm.class, "objective", true)));
  }

  @Test
  void baJacobianByTangentHarnessMatchesGolden() throws Throwable {
    assertAccurate(
        checks.baByTangent(
            fd("baResidualTangent", Ba.class, "residual", true),
            fd("baWeightErrorTangent", Ba.class, "weightError", true)));
  }

  @Test
  void baJacobianByAdjointHarnessMatchesGolden() throws Throwable {
    assertAccurate(
        checks.baByAdjoint(
            fd("baResidualAdjoint", Ba.class, "residual", false),
            fd("baWeightErrorAdjoint", Ba.class, "weightError", false)));
  }

  @Test
  void lstmGradientByAdjointHarnessMatchesGolden() throws Throwable {
    assertAccurate(checks.lstmByAdjoint(fd("lstmLossAdjoint", Lstm.class, "loss", false)));
  }

  private static MethodHandle fd(String name, Class<?> owner, String primal, boolean tangent)
      throws ReflectiveOperationException {
    return FiniteDifferenceCompanions.handle(name, owner, primal, tangent);
  }

  private static void assertAccurate(double maxRelativeError) {
    System.out.println("finite-difference stand-in, largest relative error " + maxRelativeError);
    assertTrue(
        maxRelativeError < FINITE_DIFFERENCE_TOLERANCE,
        "largest relative error " + maxRelativeError);
  }
}
