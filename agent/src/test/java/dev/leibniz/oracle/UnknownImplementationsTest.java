package dev.leibniz.oracle;

import dev.leibniz.agent.FirstDispatch;
import dev.leibniz.oracle.fixtures.transforms.FaceTransforms;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An interface call whose implementations the core cannot see (held in a static array, reached through a
 * helper) followed by a read of an integer given to a call returning a double: the core took the unknown callee to
 * read bit patterns of its active arguments and leave them where the integer came from, and refused the method as
 * "reads the bit pattern of an active value" (S2's {@code faceUvToXyz}). Such a callee is judged by its own code at its
 * first dispatch, as for field writes (analysis.DerivativeCuts.readsBits): the gradient against the analytic formula,
 * central differences and the dot-product test, both faces.
 */
class UnknownImplementationsTest {
  @BeforeAll
  static void agent() {
    FirstDispatch.install(false, net.bytebuddy.agent.ByteBuddyAgent.install());
  }

  @AfterAll
  static void noAgent() {
    FirstDispatch.uninstall();
  }

  private static final Transformed T = Transformed.of(FaceTransforms.class, true);

  @Test
  void anInterfaceCallOfUnknownImplementationsIsNoBitPatternSource() {
    double u = 0.3, v = -0.7;
    // face 0: u v * v = u v^2; face 1: -u * 2 v
    ReceiverValueBindingTest.check(T, "lift", new Object[] {0, u, v}, new double[] {v * v, 2 * u * v});
    ReceiverValueBindingTest.check(T, "lift", new Object[] {1, u, v}, new double[] {-2 * v, -2 * u});
  }
}
