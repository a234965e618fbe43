package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.FiniteDifferences;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Joise's {@code ModuleCache.get} (the twenty-eighth corpus round): a marked method with a {@code double} parameter
 * whose receiver gets shadows because it writes its fields (the last point and value it caches), and whose receiver
 * holds, behind a holder with shadows ({@code Parameter}, holding a number of its own), an object declared with an
 * abstract class without shadows ({@code Source}: a {@code String} id beside its abstract {@code get}). The numbers of
 * the source's run-time class are passive by the contract (README, "Objects"), so their derivative is 0; a user seeding
 * the receiver's shadow, or a harness perturbing every number the receiver reaches, was told nothing. Now one located
 * warning names the path of fields in Java syntax, and the class still loads with companions that are right along what
 * they claim: the parameter {@code x}, in both modes, against the analytic derivative, central differences and each
 * other. A method with a {@code double} parameter whose receiver has no shadow (the Dataset pattern) stays quiet.
 */
@ExtendWith(dev.leibniz.testing.FirstDispatchInstalled.class) // the source's class gets its companions at its first call
class PassiveNumbersBehindShadowsTest {
  static final String SOURCE = """
      package %s;

      abstract class Source {
        private final String id = "source";
        abstract double get(double x);
        String id() { return id; }
      }

      final class Quadratic extends Source {
        final double a, b;
        Quadratic(double a, double b) { this.a = a; this.b = b; }
        double get(double x) { return a * x * x + b * Math.sin(x); }
      }

      final class Parameter {
        private Source module;
        private double value;
        Parameter(double value) { this.value = value; }
        void set(Source s) { module = s; }
        double get(double x) { return module != null ? module.get(x) : value; }
      }

      class Cached {
        static final class Last { double x, value; boolean valid; }
        private final Last last = new Last();
        private final Parameter source = new Parameter(0.0);

        Cached(Source s) { source.set(s); }

        @dev.leibniz.Differentiable
        double get(double x) {
          if (!last.valid || last.x != x) {
            last.x = x;
            last.valid = true;
            last.value = source.get(x); // HELD
          }
          return last.value;
        }
      }

      final class Data { final Source source; Data(Source s) { source = s; } }

      class Plain {
        final Data data;
        Plain(Data d) { data = d; }

        @dev.leibniz.Differentiable
        double get(double x) {
          return x * data.source.get(x);
        }
      }
      """.formatted(Subject.PACKAGE);

  static final double A = 1.3, B = -0.7;

  @Test
  void numbersHeldBehindTheReceiversShadowAreWarnedWithTheirPath() {
    Subject s = Subject.compile("Cached", SOURCE);
    List<Diagnostic> held = s.result.diagnostics().stream().filter(d -> d.reason().contains("held as constants")).toList();
    assertEquals(1, held.size(), s.result.diagnostics()::toString);
    Diagnostic d = held.get(0);
    assertTrue(d.warning(), d.message());
    assertEquals(s.linesMarked("HELD").first(), d.line(), d.message());
    assertTrue(d.method().startsWith("get("), d.message());
    String m = d.message();
    assertTrue(m.contains("Cached.source -> Parameter.module, which holds Source objects"), m);
    assertTrue(m.contains("pass them as parameters") && m.contains("annotate the class holding them @Differentiable"), m);
    assertTrue(m.contains("double Parameter.get(double)"), "located at the call that reads it: " + m);
    assertTrue(s.result.diagnostics().stream().allMatch(Diagnostic::warning), s.result.diagnostics()::toString);
  }

  @Test
  void theClassStillLoadsAndBothModesAreRightAlongTheParameter() throws Throwable {
    Subject s = Subject.compile("Cached", SOURCE);
    Class<?> c = s.loadTransformed();
    Class<?> quadratic = c.getClassLoader().loadClass(Subject.PACKAGE + ".Quadratic");
    Class<?> source = c.getClassLoader().loadClass(Subject.PACKAGE + ".Source");
    Constructor<?> makeSource = quadratic.getDeclaredConstructor(double.class, double.class);
    makeSource.setAccessible(true);
    Constructor<?> make = c.getDeclaredConstructor(source);
    make.setAccessible(true);
    Method tangent = method(c, "get$tangent"), adjoint = method(c, "get$adjoint");
    for (double x : new double[] {0.4, -1.1, 2.3}) {
      double exact = 2 * A * x + B * Math.cos(x);
      double fd = FiniteDifferences.derivative(h -> A * (x + h) * (x + h) + B * Math.sin(x + h), 0).value();
      Object o = make.newInstance(makeSource.newInstance(A, B));
      double dy = (double) tangent.invoke(o, Derivatives.zeroShadow(o), x, 1.0);
      assertEquals(exact, dy, 1e-14 * (1 + Math.abs(exact)), "tangent at " + x);
      assertEquals(fd, dy, 1e-8, "tangent against differences at " + x);
      // the adjoint returns the primal value and adds seed * dy/dx into the parameter's adjoint
      Object p = make.newInstance(makeSource.newInstance(A, B));
      double[] xbar = {0.25};
      double y = (double) adjoint.invoke(p, Derivatives.zeroShadow(p), x, 1.7, xbar);
      assertEquals(A * x * x + B * Math.sin(x), y, 1e-15, "primal at " + x);
      assertEquals(0.25 + 1.7 * exact, xbar[0], 1e-13 * (1 + Math.abs(exact)), "adjoint at " + x);
      // dot product between modes along v = -0.6, ybar = 1.7: <ybar, J v> = <J^T ybar, v>
      Object q = make.newInstance(makeSource.newInstance(A, B));
      double jv = (double) tangent.invoke(q, Derivatives.zeroShadow(q), x, -0.6);
      assertEquals(1.7 * jv, -0.6 * (xbar[0] - 0.25), 1e-13 * (1 + Math.abs(jv)), "dot product at " + x);
    }
  }

  @Test
  void aReceiverWithoutShadowsHoldsItsDataPassivelyWithoutAWord() {
    Subject s = Subject.compile("Plain", SOURCE);
    assertTrue(s.result.diagnostics().stream().noneMatch(d -> d.reason().contains("held as constants")), s.result.diagnostics()::toString);
  }

  private static Method method(Class<?> c, String name) {
    for (Method m : c.getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        m.setAccessible(true);
        return m;
      }
    }
    throw new AssertionError("no " + name + " in " + Subject.methodNames(c));
  }
}
