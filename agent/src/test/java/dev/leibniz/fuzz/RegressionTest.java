package dev.leibniz.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.core.Result;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Minimal reproducers of core bugs found by the fuzzer and the bad-input tests, one per bug, each
 * named for the behaviour it expects. The comment on each says how it was found.
 */
class RegressionTest {

  /**
   * Found by fuzz seed 20250601 (programs 108, 1857, 1908 of the generator's first, larger
   * version): adjoints grow to ~16x the primal's bytecode, so a straight-line method of 50
   * statements (706 bytes) gets an 11.7 KB adjoint, which the core then rejects with "over
   * HotSpot's 8000-byte compile limit" instead of outlining it (docs/architecture.md, "Emitting").
   */
  @Test
  void adjointOfFiftyStatementStraightLineMethodIsGenerated() throws Exception {
    Class<?> c = differentiateChain(50);
    Method tangent = c.getDeclaredMethod("f$tangent", double.class, double.class, double.class, double.class);
    Method adjoint = c.getDeclaredMethod("f$adjoint", double.class, double.class, double.class, double[].class);
    double x = 0.3, y = -0.2;
    double[] grad = new double[2];
    adjoint.invoke(null, x, y, 1.0, grad);
    assertEquals((double) tangent.invoke(null, x, 1.0, y, 0.0), grad[0], 1e-12 * (1 + Math.abs(grad[0])));
    assertEquals((double) tangent.invoke(null, x, 0.0, y, 1.0), grad[1], 1e-12 * (1 + Math.abs(grad[1])));
  }

  /**
   * Found by VeryLargeMethodTest: at 300 statements (4.2 KB of primal bytecode) emitting failed
   * inside ASM ({@code LimitExceededException: Too many allocated bytes} from frame computation)
   * and the core reported that internal error. Fixed in the core since; kept as a guard.
   */
  @Test
  void largeMethodIsNeverAnInternalError() {
    for (Diagnostic d : differentiateChainRejected(300).diagnostics()) {
      assertFalse(d.reason().startsWith("internal error"), d.message());
    }
  }

  /**
   * Found by VeryLargeMethodTest: a method too large in both modes gets two diagnostics (tangent,
   * adjoint; the messages differ only in the byte counts) and line -1 although the method has
   * line numbers; one diagnostic for the method, at its first line, is what a user can act on.
   * (Straight-line code is outlined into parts now, and so are loop bodies; here the chain runs
   * inside a loop whose every statement reads an array made at the top of the body: the body is
   * moved out, but a reference local (not a parameter) live across every statement boundary leaves
   * it no place to cut, so it stays too large.)
   */
  @Test
  void methodTooLargeInBothModesGetsOneDiagnosticAtItsFirstLine() {
    Map<String, byte[]> classes = InMemoryCompiler.compile("g.Chain", chainInLoop(300));
    List<Diagnostic> diagnostics = new ClassDifferentiator(ClassFinder.NONE).differentiate(classes.get("g.Chain")).diagnostics();
    assertEquals(1, diagnostics.size(), diagnostics::toString);
    assertEquals(5, diagnostics.get(0).line(), diagnostics.get(0)::message);
  }

  private static Result differentiateChainRejected(int statements) {
    Map<String, byte[]> classes = InMemoryCompiler.compile("g.Chain", chain(statements));
    return new ClassDifferentiator(ClassFinder.NONE).differentiate(classes.get("g.Chain"));
  }

  /**
   * Found by CompanionsClassFileTest: the adjoint's zero-initialisation of adjoint locals comes
   * out in a different order on every call (iteration over an identity-hashed set), so the same
   * class file gives different bytecode each time (unreproducible builds, flaky golden tests).
   */
  @Test
  void sameMethodGivesTheSameBytecodeEveryTime() {
    Map<String, byte[]> classes = InMemoryCompiler.compile("g.D", """
        package g;
        class D {
          @dev.leibniz.Differentiable
          static double f(double a, double b) {
            double s = a * b;
            return s * b;
          }
        }
        """);
    ClassDifferentiator core = new ClassDifferentiator(ClassFinder.NONE);
    Map<String, String> first = FuzzRun.methodTexts(core.differentiate(classes.get("g.D")).transformed());
    for (int i = 0; i < 5; i++) {
      assertEquals(first, FuzzRun.methodTexts(core.differentiate(classes.get("g.D")).transformed()));
    }
  }

  /**
   * Found by the fuzzer once helpers could both write an array and return a value: the core
   * rejects the caller's tangent ("calls C.callee, which both returns a value and writes arrays or
   * fields; in tangent mode such a callee must either return void or write nothing"), whether the
   * callee is marked or not. The adjoint of the same caller is generated.
   */
  @Test
  void tangentThroughCalleeThatWritesAnArrayAndReturnsAValue() throws Exception {
    Map<String, byte[]> classes = InMemoryCompiler.compile("g.C", """
        package g;
        class C {
          private static double callee(double[] x, double v) {
            x[0] = v * v;
            return v * x[1];
          }

          @dev.leibniz.Differentiable
          static double caller(double[] x, double a) {
            return callee(x, a) + x[0];
          }
        }
        """);
    Result r = new ClassDifferentiator(ClassFinder.NONE).differentiate(classes.get("g.C"));
    assertEquals(List.of(), r.diagnostics());
    Map<String, byte[]> loaded = new java.util.HashMap<>(classes);
    loaded.put("g.C", r.transformed());
    Class<?> c = new ByteClassLoader(loaded).load("g.C");
    Method tangent = c.getDeclaredMethod("caller$tangent", double[].class, double[].class, double.class, double.class);
    tangent.setAccessible(true);
    double[] x = {5.0, 3.0}, dx = {0.0, 0.0};
    // caller = a * x1 + a^2: d/da = x1 + 2a = 7 at a = 2, and x0 ends as a^2 with tangent 2a = 4
    assertEquals(7.0, (double) tangent.invoke(null, x, dx, 2.0, 1.0), 1e-15);
    assertEquals(4.0, dx[0], 1e-15);
  }

  private static Class<?> differentiateChain(int statements) throws Exception {
    Map<String, byte[]> classes = InMemoryCompiler.compile("g.Chain", chain(statements));
    Result r = new ClassDifferentiator(ClassFinder.NONE).differentiate(classes.get("g.Chain"));
    assertEquals(List.of(), r.diagnostics());
    assertNotNull(r.transformed());
    assertNull(FuzzRun.verify(r.transformed(), classes));
    Map<String, byte[]> loaded = new java.util.HashMap<>(classes);
    loaded.put("g.Chain", r.transformed());
    return new ByteClassLoader(loaded).load("g.Chain");
  }

  /** {@code s = s * sin(s + a) + b}, {@code statements} times. */
  private static String chainInLoop(int statements) {
    StringBuilder sb = new StringBuilder("package g;\npublic class Chain {\n  @dev.leibniz.Differentiable\n");
    sb.append("  public static double f(double a, double b, int n) {\n    double s = a;\n    for (int r = 0; r < n; r++) {\n");
    sb.append("      double[] w = {a};\n");
    for (int i = 0; i < statements; i++) {
      sb.append("      s = s * Math.sin(s + w[0]) + b;\n");
    }
    return sb.append("    }\n    return s;\n  }\n}\n").toString();
  }

  private static String chain(int statements) {
    StringBuilder sb = new StringBuilder("package g;\npublic class Chain {\n  @dev.leibniz.Differentiable\n");
    sb.append("  public static double f(double a, double b) {\n    double s = a;\n");
    for (int i = 0; i < statements; i++) {
      sb.append("    s = s * Math.sin(s + a) + b;\n");
    }
    return sb.append("    return s;\n  }\n}\n").toString();
  }
}
