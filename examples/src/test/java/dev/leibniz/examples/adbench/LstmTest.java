package dev.leibniz.examples.adbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The LSTM loss and its loader against ADBench's golden value. */
class LstmTest {
  private static final Path DATA = AdbenchData.require();

  @Test
  void lossMatchesGolden() {
    LstmInput in = LstmInput.read(DATA.resolve("lstm/lstm_l2_c1024.txt"));
    double expected = GoldenValues.read(DATA.resolve("golden/lstm_l2_c1024.txt"))[0];
    assertEquals(0.66666518, expected);
    double actual = in.loss();
    assertTrue(GoldenValues.relativeError(expected, actual) < 1e-8, actual + " vs " + expected);
  }

  @Test
  void lossLeavesTheCallersStateAlone() {
    LstmInput in = LstmInput.read(DATA.resolve("lstm/lstm_l2_c1024.txt"));
    double[] before = in.state().clone();
    double first = in.loss();
    assertArrayEquals(before, in.state());
    assertEquals(first, in.loss());
  }

  @Test
  void loaderReadsEveryPart() {
    LstmInput in = LstmInput.read(DATA.resolve("lstm/lstm_l2_c1024.txt"));
    assertEquals(2, in.l());
    assertEquals(1024, in.c());
    assertEquals(14, in.b());
    assertEquals(266, in.parameterCount());
    assertEquals(2 * 2 * 14, in.state().length);
    assertEquals(1024 * 14, in.sequence().length);
  }

  @Test
  void largerInstancesGiveFiniteLosses() {
    for (String name : new String[] {"lstm_l4_c1024.txt", "lstm_l2_c4096.txt"}) {
      LstmInput in = LstmInput.read(DATA.resolve("lstm").resolve(name));
      assertTrue(Double.isFinite(in.loss()), name);
    }
  }
}
