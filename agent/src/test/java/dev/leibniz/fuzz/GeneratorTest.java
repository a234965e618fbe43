package dev.leibniz.fuzz;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The generator itself: its programs compile, run in bounds, and cover every intended shape. */
class GeneratorTest {
  private static final List<Program> PROGRAMS = new FuzzRun(FuzzTest.DEFAULT_SEED).generate(0, 2000);

  @Test
  void sameSeedAndIndexRegenerateTheSameProgram() {
    assertEquals(PROGRAMS.get(1234).source(), new ProgramGenerator(FuzzTest.DEFAULT_SEED, true, true).generate(1234).source());
  }

  @Test
  void generatedProgramsCompileAndRunWithoutExceptions() throws Exception {
    for (int first = 0; first < 200; first += FuzzRun.BATCH) {
      List<Program> batch = PROGRAMS.subList(first, first + FuzzRun.BATCH);
      Map<String, String> units = FuzzRun.sources(batch);
      Map<String, byte[]> classes = InMemoryCompiler.compile(units);
      Class<?> c = new ByteClassLoader(classes).load(units.keySet().iterator().next());
      Random r = new Random(first);
      for (Program p : batch) {
        Method m = c.getDeclaredMethod(p.name(), p.parameterTypes());
        m.setAccessible(true);
        for (int k = 0; k < 5; k++) {
          m.invoke(null, Values.point(p.params(), r));
        }
      }
    }
  }

  @Test
  void programsCoverEveryShape() {
    assertAll(
        covers("straight-line code", s -> !s.contains("if (") && !s.contains("for (") && !s.contains("while")),
        covers("branches on doubles", s -> s.matches("(?s).*if \\(\\(?[a-z].* [<>]=? .*")),
        covers("for loops", s -> s.contains("for (")),
        covers("while loops", s -> s.contains("while (") && !s.contains("do {")),
        covers("do-while loops", s -> s.contains("do {")),
        covers("break", s -> s.contains("break;")),
        covers("continue", s -> s.contains("continue;")),
        covers("early return", s -> s.contains(") return ")),
        covers("switch", s -> s.contains("switch (")),
        covers("local arrays", s -> s.contains("new double[")),
        covers("array parameters", s -> s.contains("double[] x")),
        covers("array copies", s -> s.contains(".clone()") || s.contains("Arrays.copyOf(")),
        covers("System.arraycopy", s -> s.contains("System.arraycopy(")),
        covers("Arrays.fill", s -> s.contains("Arrays.fill(")),
        covers("float arrays", s -> s.contains("float[] u")),
        covers("float scalars", s -> s.contains("float p")),
        covers("int to double", s -> s.contains(" * 0.5)")),
        covers("double to int", s -> s.contains("(int) ")),
        covers("helper calls", s -> s.contains("_h0(")),
        covers("helpers writing arrays", s -> s.contains("private static void")),
        covers("calls to other marked methods", s -> s.matches("(?s).*@dev.leibniz.Differentiable\\n  static double f\\d+_h.*")),
        covers("helpers that write and return", s -> s.matches("(?s).*private static double f\\d+_h\\d+\\(double\\[\\] x, int i, double v\\) \\{\\n    double w.*")),
        covers("sqrt", s -> s.contains("Math.sqrt")),
        covers("log", s -> s.contains("Math.log")),
        covers("exp", s -> s.contains("Math.exp")),
        covers("pow", s -> s.contains("Math.pow")),
        covers("hypot", s -> s.contains("Math.hypot")),
        covers("abs", s -> s.contains("Math.abs")),
        covers("max/min", s -> s.contains("Math.max") && s.contains("Math.min")),
        covers("trigonometry", s -> s.contains("Math.sin") && s.contains("Math.cos") && s.contains("Math.atan")),
        covers("tanh", s -> s.contains("Math.tanh")),
        covers("the rest of Math", s -> s.contains("Math.expm1") || s.contains("Math.asin") || s.contains("Math.cbrt")),
        covers("StrictMath", s -> s.contains("StrictMath.")),
        covers("FastMath", s -> s.contains("FastMath.")),
        covers("FastMath's own functions", s -> s.contains("FastMath.asinh") || s.contains("FastMath.atanh") || s.contains("FastMath.log(")),
        covers("long locals", s -> s.contains("long l0")),
        covers("void methods", s -> s.contains("static void f")),
        covers("float results", s -> s.contains("static float f")),
        covers("static calls into another class", s -> s.contains("_L.h(")),
        covers("virtual calls over three receiver classes", s -> s.contains("_r[") && s.contains("_T extends")),
        covers("overrides without the mark", s -> s.matches("(?s).*_B \\{\\n    @Override.*")),
        covers("overrides with the mark", s -> s.matches("(?s).*_B \\{\\n    @dev.leibniz.Differentiable\\n    @Override.*")),
        covers("marked interface calls", s -> s.contains("_i[") && s.contains(".k(")),
        covers("JDK interface calls", s -> s.contains("_q[") && s.contains(".applyAsDouble(")),
        covers("lambdas capturing nothing", s -> s.contains("_l = la -> ") && !s.contains("final double c0")),
        covers("lambdas capturing a passive value", s -> s.contains("final double c0") && s.matches("(?s).*_[lm] = [^;]*c0.*")),
        covers("unary lambdas applied in the method", s -> s.matches("(?s).*f\\d+_l\\.applyAsDouble\\(.*")),
        covers("binary lambdas applied in the method", s -> s.matches("(?s).*f\\d+_m\\.applyAsDouble\\(.*")),
        covers("lambdas passed to a helper that applies them", s -> s.matches("(?s).*_h[ab]\\(f\\d+_[lm], .*")),
        covers("library-jar calls (Hipparchus Erf)", s -> s.contains("org.hipparchus.special.Erf.erf")),
        covers("library-jar calls (Hipparchus Gamma.logGamma)", s -> s.contains("org.hipparchus.special.Gamma.logGamma(")),
        covers("calls a user rule differentiates", s -> s.matches("(?s).*static \\w+ f\\d+\\(.*f\\d+_G\\.h\\(.*")));
  }

  @Test
  void batchesNameTheirProgramsRuleClasses() {
    List<Program> batch = PROGRAMS.subList(0, FuzzRun.BATCH);
    String rules = batch.stream().flatMap(p -> p.ruleClasses().stream()).findFirst().orElseThrow();
    String source = FuzzRun.sources(batch).values().iterator().next();
    assertTrue(source.matches("(?s).*@dev.leibniz.DerivativeRules\\(\\{[^}]*" + rules + "\\.class.*"), source.substring(0, 200));
  }

  private static org.junit.jupiter.api.function.Executable covers(String shape, Predicate<String> has) {
    return () -> {
      long n = PROGRAMS.stream().map(Program::source).filter(has).count();
      assertTrue(n >= 10, shape + " appears in only " + n + " of " + PROGRAMS.size() + " programs");
    };
  }
}
