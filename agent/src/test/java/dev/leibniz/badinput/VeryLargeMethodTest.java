package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A method of {@value #STATEMENTS} generated statements (about 54 KB of bytecode, near the JVM's
 * 64 KB limit, so any straightforward companion would not fit). The core may outline it into
 * companions that work, or reject it with one diagnostic; either way it must finish promptly and
 * the class must load with its other method's companions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VeryLargeMethodTest {
  static final int STATEMENTS = 5000;
  private Subject subject;
  private int firstLine;
  private int lastLine;

  @BeforeAll
  void differentiate() {
    StringBuilder members = new StringBuilder();
    members.append("  @dev.leibniz.Differentiable\n  static double big(double x, double y) {\n");
    members.append("    double s = x;\n");
    for (int i = 1; i < STATEMENTS; i++) {
      members.append(i % 10 == 0 ? "    s = s * 0.999 + Math.sin(s) * 0.001;\n" : "    s += y * 0.001;\n");
    }
    members.append("    return s;\n  }\n");
    String source = "package " + Subject.PACKAGE + ";\n\nclass Big {\n" + members + "\n" + Subject.GOOD + "}\n";
    var classes = dev.leibniz.fuzz.InMemoryCompiler.compile(Subject.PACKAGE + ".Big", source);
    subject = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> Subject.differentiate(Subject.PACKAGE + ".Big", source, classes),
        "differentiating a method of " + STATEMENTS + " statements takes over a minute");
    firstLine = 6;
    lastLine = 6 + STATEMENTS;
  }

  @Test
  void veryLargeMethodIsEitherDifferentiatedCorrectlyOrReportedOnce() throws Throwable {
    subject.assertTransformedVerifies();
    List<Diagnostic> diagnostics = subject.result.diagnostics();
    if (diagnostics.isEmpty()) {
      assertBigCompanionsWork(subject.loadTransformed());
      return;
    }
    assertEquals(1, diagnostics.size(), diagnostics::toString);
    Diagnostic d = diagnostics.get(0);
    assertEquals(subject.className, d.className(), d::message);
    assertEquals("big(DD)D", d.method(), d::message);
    assertTrue(d.line() >= firstLine && d.line() <= lastLine, d::message);
    assertTrue(Set.of("tangent", "adjoint", "both").contains(d.mode()), d::message);
  }

  @Test
  void classLoadsAndBothMethodsBehaveAsBefore() throws Throwable {
    subject.assertTransformedVerifies();
    Class<?> before = subject.loadOriginal(), after = subject.loadTransformed();
    assertEquals(big(before, 0.3, -0.7), big(after, 0.3, -0.7), 0.0);
  }

  @Test
  void otherMethodsOfTheClassStillGetWorkingCompanions() throws Throwable {
    Subject.assertGoodCompanionsWork(subject.loadTransformed());
  }

  private static void assertBigCompanionsWork(Class<?> c) throws Exception {
    double x = 0.3, y = -0.7, h = 1e-4;
    double dx = (big(c, x + h, y) - big(c, x - h, y)) / (2 * h);
    double dy = (big(c, x, y + h) - big(c, x, y - h)) / (2 * h);
    Method tangent = c.getDeclaredMethod("big$tangent", double.class, double.class, double.class, double.class);
    tangent.setAccessible(true); // the generated class is package-private
    assertEquals(dx, (double) tangent.invoke(null, x, 1.0, y, 0.0), 1e-6 * (1 + Math.abs(dx)));
    assertEquals(dy, (double) tangent.invoke(null, x, 0.0, y, 1.0), 1e-6 * (1 + Math.abs(dy)));
    Method adjoint = c.getDeclaredMethod("big$adjoint", double.class, double.class, double.class, double[].class);
    adjoint.setAccessible(true);
    double[] grad = new double[2];
    assertEquals(big(c, x, y), (double) adjoint.invoke(null, x, y, 1.0, grad), 0.0);
    assertEquals(dx, grad[0], 1e-6 * (1 + Math.abs(dx)));
    assertEquals(dy, grad[1], 1e-6 * (1 + Math.abs(dy)));
  }

  private static double big(Class<?> c, double x, double y) throws Exception {
    Method m = c.getDeclaredMethod("big", double.class, double.class);
    m.setAccessible(true);
    return (double) m.invoke(null, x, y);
  }
}
