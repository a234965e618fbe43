package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A marked method whose only inputs are objects (their classes get shadows) reading a field of one
 * that holds another object, of a class without shadows (Flink ML's {@code VectorWithNorm.vector}, found
 * by the eleventh corpus round): the held numbers are passive, so the derivative along them is 0 by
 * the contract; the method gets one located warning saying so and what to annotate, once per field,
 * for an interface-typed field (the objects' class is not known) and a class holding numbers, and none
 * for a held object of an annotated class (it has shadows) or for a method with a {@code double}
 * parameter whose holder has no shadow (the Dataset pattern: data held in fields is passive on purpose).
 * A holder with shadows beside a {@code double} parameter is an active object like any other: warned
 * ({@code scaledWithShadows}; a receiver with shadows is {@code PassiveNumbersBehindShadowsTest}'s).
 */
class HeldPassiveNumbersTest {
  static final String SOURCE = """
      package %s;

      interface Vec { int size(); }

      final class Dense implements Vec {
        final double[] values;
        Dense(double[] values) { this.values = values; }
        public int size() { return values.length; }
      }

      @dev.leibniz.Differentiable
      final class Marked { final double[] values; Marked(double[] v) { values = v; } }

      final class WithNorm { final Vec vector; final double norm; WithNorm(Vec v, double n) { vector = v; norm = n; } }

      final class WithDense { final Dense vector; final double norm; WithDense(Dense v, double n) { vector = v; norm = n; } }

      final class Sample { final Dense vector; Sample(Dense v) { vector = v; } }

      final class WithMarked { final Marked vector; final double norm; WithMarked(Marked v, double n) { vector = v; norm = n; } }

      class Held {
        @dev.leibniz.Differentiable
        static double distance(WithNorm a, WithNorm b) {
          double[] x = ((Dense) a.vector).values, y = ((Dense) b.vector).values; // READ_INTERFACE
          double s = 0;
          for (int i = 0; i < x.length; i++) s += x[i] * y[i];
          return a.norm * a.norm + b.norm * b.norm - 2 * s;
        }

        @dev.leibniz.Differentiable
        static double dense(WithDense a) {
          return a.norm * a.vector.values[0]; // READ_CLASS
        }

        @dev.leibniz.Differentiable
        static double marked(WithMarked a) {
          return a.norm * a.vector.values[0];
        }

        @dev.leibniz.Differentiable
        static double scaled(Sample a, double t) {
          return t * a.vector.values[0];
        }

        @dev.leibniz.Differentiable
        static double scaledWithShadows(WithDense a, double t) {
          return t * a.vector.values[0]; // READ_BESIDE_DOUBLE
        }
      }
      """.formatted(Subject.PACKAGE);

  @Test
  void readsOfHeldObjectsWithoutShadowsAreWarnedWhereTheInputsAreObjects() {
    Subject s = Subject.compile("Held", SOURCE);
    List<Diagnostic> held = s.result.diagnostics().stream().filter(d -> d.reason().contains("the numbers they hold are passive")).toList();
    assertEquals(3, held.size(), s.result.diagnostics()::toString);
    for (Diagnostic d : held) {
      assertTrue(d.warning(), d.message());
      assertTrue(d.message().contains("annotate the class holding them @Differentiable"), d.message());
    }
    Diagnostic onInterface = held.stream().filter(d -> d.method().startsWith("distance(")).findFirst().orElseThrow();
    assertEquals(s.linesMarked("READ_INTERFACE").first(), onInterface.line());
    assertTrue(onInterface.message().contains("WithNorm.vector") && onInterface.message().contains("holds Vec objects"),
        onInterface.message());
    Diagnostic onClass = held.stream().filter(d -> d.method().startsWith("dense(")).findFirst().orElseThrow();
    assertEquals(s.linesMarked("READ_CLASS").first(), onClass.line());
    // beside a double parameter, a holder with shadows (WithDense has them for dense's sake) is an active object too
    Diagnostic beside = held.stream().filter(d -> d.method().startsWith("scaledWithShadows(")).findFirst().orElseThrow();
    assertEquals(s.linesMarked("READ_BESIDE_DOUBLE").first(), beside.line());
    assertTrue(s.result.diagnostics().stream().noneMatch(d -> !d.warning()), s.result.diagnostics()::toString);
  }
}
