package dev.leibniz.objects;

import static dev.leibniz.objects.SubclassNumbersTest.below;
import static dev.leibniz.objects.SubclassNumbersTest.make;
import static dev.leibniz.objects.SubclassNumbersTest.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.agent.FirstDispatch;
import dev.leibniz.agent.Options;
import dev.leibniz.objects.fixtures.sparsesetter.Slots;
import dev.leibniz.objects.fixtures.sparsesetter.Sparse;
import dev.leibniz.testing.Transformed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Review R2: companions generated at a first dispatch warn as a loaded class's do. la4j's {@code CompressedVector.set}
 * removes a zero ({@code if (value != 0.0) insert else remove}); {@link Slots#setThenGet} stores x through that
 * abstract setter and reads it back. At x = 0 the tangent is the removing branch's 0 (the function's is 1), which the
 * exact test's warning names: it was generated and thrown away, so the 0 came without a word. Now it is printed on
 * standard error, located in {@link Sparse}'s code, once however many calls and receivers, and {@code nowarn} silences it.
 */
class FirstDispatchWarningsTest {
  static final String WARNING = "leibniz: warning: void " + Sparse.class.getName() + ".set(int, double) at Sparse.java:20: ";
  static final Class<?>[] NONE = {};

  @BeforeEach
  void agent() {
    FirstDispatch.install(false);
  }

  @AfterEach
  void off() {
    FirstDispatch.uninstall();
  }

  /** The tangents of setThenGet at x = 0.5 and x = 0, d/dx = 1, on fresh receivers; what the generation printed. */
  private static String run(double[] tangents) {
    Transformed t = Transformed.of(Slots.class); // a class of its own per test: each generates at its first call
    Class<?> sparse = below(t, Sparse.class);
    Method tangent = t.method("setThenGet$tangent", t.type, double.class, double.class);
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      tangents[0] = (double) on(tangent, make(sparse, NONE), make(sparse, NONE), 0.5, 1.0);
      tangents[1] = (double) on(tangent, make(sparse, NONE), make(sparse, NONE), 0.0, 1.0);
    } finally {
      System.setErr(err);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
    return n;
  }

  @Test
  void aSpecialCaseInCodeGeneratedAtTheFirstCallIsWarnedOnceAtItsLine() {
    double[] tangents = new double[2];
    String printed = run(tangents);
    assertEquals(1.0, tangents[0], "where the test fails, the function's derivative");
    assertEquals(0.0, tangents[1], "at the special case, the removing branch's: what the warning names");
    assertEquals(1, count(printed, WARNING), printed);
    assertTrue(printed.contains(WARNING + "… == … (an exact test of two doubles): an exact test of whether an active value"
        + " equals a constant"), printed);
  }

  @Test
  void nowarnSilencesIt() {
    Options options = Options.parse("nowarn=" + Sparse.class.getName() + ".set");
    FirstDispatch.warnings(options);
    double[] tangents = new double[2];
    String printed = run(tangents);
    assertEquals(1.0, tangents[0]);
    assertEquals(0, count(printed, "leibniz: warning:"), printed);
  }
}
