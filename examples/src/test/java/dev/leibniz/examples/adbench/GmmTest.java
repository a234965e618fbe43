package dev.leibniz.examples.adbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/** The GMM objective and its loader against ADBench's golden value. */
class GmmTest {
  private static final Path DATA = AdbenchData.require();

  @Test
  void objectiveMatchesGolden() {
    GmmInput in = GmmInput.read(DATA.resolve("gmm/test.txt"));
    double expected = GoldenValues.read(DATA.resolve("golden/gmm_test.txt"))[0];
    assertEquals(8.07380408004975791, expected);
    double actual = in.objective();
    assertTrue(GoldenValues.relativeError(expected, actual) < 1e-8, actual + " vs " + expected);
  }

  @Test
  void loaderReadsEveryPart() {
    GmmInput in = GmmInput.read(DATA.resolve("gmm/test.txt"));
    assertEquals(2, in.d());
    assertEquals(3, in.k());
    assertEquals(1, in.n());
    assertEquals(18, in.parameterCount());
    assertEquals(-0.758453, in.alphas()[2]);
    assertEquals(0.396767, in.means()[3]);
    assertEquals(-1.270071, in.icf()[8]);
    assertEquals(2.029160, in.x()[1]);
    assertEquals(1.0, in.gamma());
    assertEquals(0, in.m());
  }

  @Test
  void objectiveIsFiniteOnThousandPoints() {
    GmmInput in = GmmInput.read(DATA.resolve("gmm/1k/gmm_d10_K25.txt"));
    assertEquals(1000, in.n());
    assertTrue(Double.isFinite(in.objective()));
  }

  @Test
  void objectiveDoesNotChangeItsArguments() {
    GmmInput in = GmmInput.read(DATA.resolve("gmm/test.txt"));
    GmmInput copy = GmmInput.read(DATA.resolve("gmm/test.txt"));
    in.objective();
    assertEquals(java.util.Arrays.toString(copy.icf()), java.util.Arrays.toString(in.icf()));
    assertEquals(java.util.Arrays.toString(copy.means()), java.util.Arrays.toString(in.means()));
  }

  @Test
  void logGammaMatchesHipparchus() {
    double[] xs = {0.5, 1, 1.5, 2, 2.5, 3.7, 9.5, 10, 33.5, 200, 1e4};
    for (double x : xs) {
      double expected = Gamma.logGamma(x);
      assertEquals(expected, Gmm.logGamma(x), 1e-14 * Math.max(1, Math.abs(expected)), "x=" + x);
    }
  }
}
