package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.LinkedFixtures;
import dev.leibniz.oracle.fixtures.firstdispatch.Integrals;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Companions generated at the first dispatch obey the agent's {@code dump=} (their class is written
 * with its source and diagnostics) and {@code check=} (the self-check samples their calls, prepared
 * once per method: {@link SelfCheck#prepared}); implementations that change state (here: count their
 * runs) are not re-run by the check.
 */
class FirstDispatchOptionsTest {
  static final AtomicInteger HITS = new AtomicInteger();

  /** A passive call the companion keeps: each run of the primal or of the companion counts one. */
  public static void hit() {
    HITS.incrementAndGet();
  }

  /** x^3, nobody marked it. */
  public static final class Checked implements DoubleUnaryOperator {
    @Override
    public double applyAsDouble(double x) {
      return x * x * x;
    }
  }

  /** x^3 counting its runs: state its caller sees, so the check must not re-run it. */
  public static final class Counting implements DoubleUnaryOperator {
    @Override
    public double applyAsDouble(double x) {
      hit();
      return x * x * x;
    }
  }

  /** The same, another class: generated while the check is off. */
  public static final class Unchecked implements DoubleUnaryOperator {
    @Override
    public double applyAsDouble(double x) {
      hit();
      return x * x * x;
    }
  }

  private static final Class<?> I = LinkedFixtures.of(Integrals.class).get(Integrals.class);

  @BeforeEach
  void agent() {
    FirstDispatch.install(false);
  }

  @AfterEach
  void off() {
    SelfCheck.enable(0);
    FirstDispatch.configure(null, false);
    FirstDispatch.uninstall();
  }

  /** d/db of the trapezoid rule of x^3 on [0.1, b], 3 intervals, at b = 0.9. */
  private static double tangent(DoubleUnaryOperator f) throws Exception {
    for (Method m : I.getMethods()) {
      if (m.getName().equals("trapezoid$tangent")) return (double) m.invoke(null, f, 0.1, 0.0, 0.9, 1.0, 3);
    }
    throw new AssertionError("no trapezoid$tangent");
  }

  private static double expected() {
    double h = 0.8 / 3, dh = 1.0 / 3;
    double s = 0, ds = 0;
    for (int i = 0; i <= 3; i++) {
      double x = 0.1 + i * h, w = i == 0 || i == 3 ? 0.5 : 1;
      s += w * x * x * x;
      ds += w * 3 * x * x * i * dh;
    }
    return ds * h + s * dh;
  }

  /**
   * A lambda created here (a class the agent never transformed) gets its companions at the first
   * call, bound to what it captured; under {@code check=} that handle samples the self-check too.
   */
  @Test
  void checkSamplesALambdasCompanions() throws Exception {
    FirstDispatch.configure(null, true);
    SelfCheck.enable(1.0);
    double scale = 1.0; // captured: a constant for the derivative
    DoubleUnaryOperator cube = x -> scale * x * x * x;
    assertEquals(expected(), tangent(cube), 1e-13);
    assertTrue(SelfCheck.prepared(cube.getClass()).stream().anyMatch(w -> w.contains("generated at its first call")),
        "the self-check ran: " + SelfCheck.prepared(cube.getClass()));
    SelfCheck.enable(0);
    double one = 1.0; // two captures: the lambdas of this class differ in shape, so each is told by its captured types
    DoubleUnaryOperator another = x -> scale * one * x * x * x;
    assertEquals(expected(), tangent(another), 1e-13);
    assertTrue(SelfCheck.prepared(another.getClass()).isEmpty(), "the check off");
  }

  /** Review: a lambda counting its runs was re-run some twenty times per sampled call (270 runs for 20). */
  @Test
  void aLambdaChangingStateIsNotRerunByTheCheck() throws Exception {
    FirstDispatch.configure(null, true);
    SelfCheck.enable(1.0);
    HITS.set(0);
    float scale = 1f; // a float capture: a shape of its own among this class's lambdas
    DoubleUnaryOperator counting = x -> {
      hit();
      return scale * x * x * x;
    };
    assertEquals(expected(), tangent(counting), 1e-13);
    assertTrue(HITS.get() <= 8, "only the companion's own runs: " + HITS.get());
    assertTrue(SelfCheck.prepared(counting.getClass()).isEmpty(), "left unchecked");
  }

  @Test
  void checkSamplesTheGeneratedCompanionsAndDumpWritesThem(@TempDir Path dump) throws Exception {
    FirstDispatch.configure(dump, true);
    SelfCheck.enable(1.0);
    assertEquals(expected(), tangent(new Checked()), 1e-13);
    assertTrue(!SelfCheck.prepared(Checked.class).isEmpty(), "the self-check ran");
    HITS.set(0);
    assertEquals(expected(), tangent(new Counting()), 1e-13);
    assertTrue(HITS.get() <= 8, "a method counting its runs is not re-run by the check: " + HITS.get());
    assertTrue(SelfCheck.prepared(Counting.class).isEmpty(), "left unchecked");
    Path dir = dump.resolve(Checked.class.getName() + "$leibniz");
    assertTrue(Files.size(dir.resolve("companions.class")) > 0, "class file written");
    String diagnostics = Files.readString(dir.resolve("diagnostics.txt"));
    assertTrue(diagnostics.contains("generated at its first call") && diagnostics.contains("applyAsDouble"), diagnostics);

    SelfCheck.enable(0);
    FirstDispatch.configure(null, false);
    HITS.set(0);
    assertEquals(expected(), tangent(new Unchecked()), 1e-13);
    assertTrue(HITS.get() <= 8, "without the check, only the companion's own runs: " + HITS.get());
    assertTrue(SelfCheck.prepared(Unchecked.class).isEmpty(), "nothing checked without check=");
    assertTrue(!Files.exists(dump.resolve(Unchecked.class.getName() + "$leibniz")), "nothing dumped without dump=");
  }
}
