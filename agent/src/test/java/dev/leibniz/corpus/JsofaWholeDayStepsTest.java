package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JSOFA's Earth rotation angle and sidereal time at JSOFA's own dates ({@code 2400000.5 + MJD}), where the corpus's
 * differences cannot judge them (ThirtySeventhRound, NEAR_JD_ZERO). {@code jauEra00} adds {@code fmod(part, 1.0)} of
 * each part of the date, a sawtooth of period one day, to the secular term: its derivative along either part is the
 * Earth's rotation rate, 2 pi * 1.00273781191135448 rad/day. The harness's steps along 2400000.5 are whole days (powers
 * of two scaled to the input, 16 days and up), which never move the sawtooth, so its differences settle on the secular
 * rate alone; the first run of the round marked the entries WRONG for that. Here both modes are checked against the
 * rate (analytic) and against central differences with a sub-day step (2^-10 day, exact at these dates), with the dot
 * product between modes; {@code jauGmst82} (a cubic in t plus the same sawtooth) against the differences.
 */
class JsofaWholeDayStepsTest {
  private static final double RATE = 2 * Math.PI * 1.00273781191135448;
  /** JSOFA's test dates (jauEra00: 2400000.5 + 54388.0), off the whole day where fmod jumps. */
  private static final double[][] DATES = {{2400000.5, 54388.3}, {2400000.5, 53736.7}};
  private static final double STEP = Math.scalb(1.0, -10);

  static final List<String> DIAGNOSTICS = new java.util.ArrayList<>();
  static final Class<?> ANGLES;

  static {
    try {
      Class<?> source = Class.forName("dev.leibniz.corpus.jsofa.JSOFAAngles");
      ANGLES = CorpusLoader.differentiate(List.of(source), DIAGNOSTICS).loadClass(source.getName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void eraAgainstTheRotationRateInBothModes() {
    for (double[] x : DATES) {
      double[] gradient = adjoint("jauEra00", x, 1.0);
      for (int i = 0; i < 2; i++) {
        assertEquals(RATE, tangent("jauEra00", x, unit(i)), 1e-12 * RATE, "tangent along date part " + i);
        assertEquals(RATE, gradient[i], 1e-12 * RATE, "adjoint, date part " + i);
      }
    }
  }

  @Test
  void bothModesAgainstSubDayDifferencesAndTheDotProduct() {
    for (String m : List.of("jauEra00", "jauGmst82")) {
      for (double[] x : DATES) {
        double[] gradient = adjoint(m, x, 1.0);
        for (int i = 0; i < 2; i++) {
          double fd = subDayDifference(m, x, i);
          assertEquals(fd, tangent(m, x, unit(i)), 1e-8 * RATE, m + " tangent along date part " + i);
          assertEquals(fd, gradient[i], 1e-8 * RATE, m + " adjoint, date part " + i);
        }
        DotProductCheck.check(m, x, 1, (p, v) -> new double[] {tangent(m, p, v)}, (p, w) -> adjoint(m, p, w[0]), 11, 4);
      }
    }
  }

  /** Why the corpus checks these entries near JD 0: its differences along 2400000.5 see the secular rate alone. */
  @Test
  void wholeDayStepsMissTheRotation() {
    double[] x = DATES[0];
    FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(p -> new double[] {primal("jauEra00", p)}, x, unit(0));
    assertEquals(2 * Math.PI * 0.00273781191135448, fd[0].value(), 1e-9, "the differences' rate along 2400000.5");
    assertTrue(Math.abs(fd[0].value() - RATE) > 6, "the differences miss the rotation");
  }

  private static double[] unit(int i) {
    double[] e = new double[2];
    e[i] = 1;
    return e;
  }

  private static double subDayDifference(String m, double[] x, int i) {
    double[] plus = x.clone(), minus = x.clone();
    plus[i] += STEP;
    minus[i] -= STEP;
    return (primal(m, plus) - primal(m, minus)) / (2 * STEP);
  }

  private static Method method(String name) {
    for (Method m : ANGLES.getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        m.setAccessible(true);
        return m;
      }
    }
    throw new AssertionError("no " + name + " in " + ANGLES + ": " + DIAGNOSTICS);
  }

  private static double invoke(String name, Object... args) {
    try {
      return (double) method(name).invoke(null, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static double primal(String m, double[] x) {
    return invoke(m, x[0], x[1]);
  }

  private static double tangent(String m, double[] x, double[] v) {
    return invoke(m + "$tangent", x[0], v[0], x[1], v[1]);
  }

  private static double[] adjoint(String m, double[] x, double seed) {
    double[] grad = new double[2];
    invoke(m + "$adjoint", x[0], x[1], seed, grad);
    return grad;
  }
}
