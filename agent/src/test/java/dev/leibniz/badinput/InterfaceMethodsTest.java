package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * Interfaces (Java 9+ class files) get companions too: a default method's companions are default
 * methods, a static method's are static; private helpers are private interface methods.
 */
class InterfaceMethodsTest {
  private static final Subject SUBJECT = Subject.compile("Shape", """
      package dev.leibniz.badinput.gen;

      interface Shape {
        @dev.leibniz.Differentiable
        default double area(double r) {
          return Math.PI * r * r;
        }

        @dev.leibniz.Differentiable
        static double wave(double[] x) {
          double s = 0;
          for (double v : x) s += Math.sin(v) * v;
          return s;
        }
      }

      final class Disc implements Shape {}
      """);

  @Test
  void defaultAndStaticInterfaceMethodsGetWorkingCompanions() throws Exception {
    assertTrue(SUBJECT.result.diagnostics().isEmpty(), SUBJECT.result.diagnostics().toString());
    Class<?> shape = SUBJECT.loadTransformed();
    Class<?> disc = Class.forName(Subject.PACKAGE + ".Disc", true, shape.getClassLoader());
    var ctor = disc.getDeclaredConstructor();
    ctor.setAccessible(true);
    Object d = ctor.newInstance();
    Method t = shape.getMethod("area$tangent", double.class, double.class);
    t.setAccessible(true);
    assertEquals(2 * Math.PI * 1.5, (double) t.invoke(d, 1.5, 1.0), 1e-12);
    Method a = shape.getMethod("wave$adjoint", double[].class, double[].class, double.class);
    a.setAccessible(true);
    double[] x = {0.3, -1.2}, bar = new double[2];
    a.invoke(null, x, bar, 1.0);
    for (int i = 0; i < 2; i++) {
      assertEquals(Math.cos(x[i]) * x[i] + Math.sin(x[i]), bar[i], 1e-14);
    }
  }
}
