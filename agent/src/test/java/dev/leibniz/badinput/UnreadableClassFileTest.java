package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.core.Result;
import dev.leibniz.oracle.fixtures.MergedReceivers;
import dev.leibniz.oracle.fixtures.MergedSub;
import dev.leibniz.oracle.fixtures.ObjectMerges;
import dev.leibniz.testing.Transformed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A class file the class loader does not serve (a class defined from bytes, a loader without
 * resources): where the generated code merges an object of that class with another, the stack
 * map frames can only say {@code Object}. Used as the other class after the merge (a call on a
 * receiver picked by a condition), the JVM would reject the whole class, primal included; the core
 * finds it first ({@code FrameCheck}), and the class keeps its original code with one located
 * diagnostic per marked method naming the unreadable class. A merged value only used as an {@code
 * Object} still gets its companions.
 */
class UnreadableClassFileTest {
  /** Reads class files through the test's loader, except {@link MergedSub}'s. */
  static final ClassFinder WITHOUT_SUB = name -> name.equals(MergedSub.class.getName().replace('.', '/'))
      ? null : ClassFinder.of(UnreadableClassFileTest.class.getClassLoader()).find(name);

  @Test
  void aCallOnAMergedReceiverKeepsTheOriginalCodeAndSaysWhichClassFile() {
    Result r = new ClassDifferentiator(WITHOUT_SUB).differentiate(Transformed.bytesOf(MergedReceivers.class));
    assertNull(r.transformed(), "no companions: their frames would fail verification");
    List<Diagnostic> errors = r.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertEquals(4, errors.size(), errors::toString); // pick, ifElse, passed, loop
    for (Diagnostic d : errors) {
      String message = d.toString();
      assertTrue(message.contains("the class file of dev.leibniz.oracle.fixtures.MergedSub cannot be read"), message);
      assertTrue(message.contains("keeps its original code"), message);
      assertFalse(message.contains("internal error"), message);
    }
  }

  @Test
  void theSameClassWithEveryClassFileGetsItsCompanions() {
    Result r = new ClassDifferentiator(ClassFinder.of(getClass().getClassLoader())).differentiate(Transformed.bytesOf(MergedReceivers.class));
    assertNotNull(r.transformed());
    Transformed.verify(r.transformed(), getClass().getClassLoader());
  }

  @Test
  void aMergedValueUsedAsAnObjectKeepsItsCompanions() throws Exception {
    Result r = new ClassDifferentiator(WITHOUT_SUB).differentiate(Transformed.bytesOf(ObjectMerges.class));
    assertTrue(r.diagnostics().stream().noneMatch(d -> !d.warning()), r.diagnostics()::toString);
    assertNotNull(r.transformed());
    Transformed.verify(r.transformed(), getClass().getClassLoader()); // with class loading, as the JVM does
    Transformed t = Transformed.of(ObjectMerges.class);
    for (double x : new double[] {0.5, -2, 150}) {
      assertEquals(2 * x, (double) t.call("tagged$tangent", x, 1.0), 1e-12 * Math.abs(x));
      double[] grad = new double[1];
      t.call("tagged$adjoint", x, 1.0, grad);
      assertEquals(2 * x, grad[0], 1e-12 * Math.abs(x));
    }
  }
}
