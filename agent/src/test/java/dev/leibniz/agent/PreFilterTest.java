package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.agent.fixtures.hierarchy.Derived;
import dev.leibniz.agent.fixtures.hierarchy.Further;
import dev.leibniz.agent.fixtures.hierarchy.OnlyShape;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class PreFilterTest {
  private final PreFilter filter = new PreFilter(new java.lang.instrument.ClassFileTransformer() {});
  private final ClassLoader loader = getClass().getClassLoader();

  @Test
  void classWithAnAnnotatedMethodPasses() throws IOException {
    assertTrue(PreFilter.mentionsDifferentiable(bytesOf(dev.leibniz.agent.fixtures.Model.class)));
    assertTrue(filter.mayNeedCompanions(loader, bytesOf(dev.leibniz.agent.fixtures.Mixed.class)));
  }

  @Test
  void subclassesOfAMarkingClassPassWithoutMentioningTheMark() throws IOException {
    assertFalse(PreFilter.mentionsDifferentiable(bytesOf(Derived.class)));
    assertTrue(filter.mayNeedCompanions(loader, bytesOf(Derived.class)));
    assertTrue(filter.mayNeedCompanions(loader, bytesOf(Further.class)));
    assertTrue(filter.mayNeedCompanions(loader, bytesOf(Further.class)), "cached answer");
  }

  @Test
  void subclassThatCannotOverrideAMarkedMethodIsStopped() throws IOException {
    assertFalse(filter.mayNeedCompanions(loader, bytesOf(dev.leibniz.agent.fixtures.hierarchy.NoOverride.class)));
  }

  @Test
  void overrideBelowAStoppedClassStillPasses() throws IOException {
    assertFalse(filter.mayNeedCompanions(loader, bytesOf(dev.leibniz.agent.fixtures.hierarchy.Middle.class)));
    assertTrue(filter.mayNeedCompanions(loader, bytesOf(dev.leibniz.agent.fixtures.hierarchy.Leaf.class)));
  }

  @Test
  void classWithoutOneIsStopped() throws IOException {
    assertFalse(filter.mayNeedCompanions(loader, bytesOf(dev.leibniz.agent.fixtures.Trivial.class)));
    assertFalse(filter.mayNeedCompanions(loader, bytesOf(OnlyShape.class)));
    assertFalse(filter.mayNeedCompanions(null, bytesOf(String.class)));
    assertFalse(filter.mayNeedCompanions(loader, new byte[0]));
  }

  @Test
  void markAtTheVeryEndIsFound() {
    byte[] mark = "Ldev/leibniz/Differentiable;".getBytes();
    assertTrue(PreFilter.mentionsDifferentiable(mark));
    assertFalse(PreFilter.mentionsDifferentiable(java.util.Arrays.copyOf(mark, mark.length - 1)));
  }

  private static byte[] bytesOf(Class<?> c) throws IOException {
    try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
      return in.readAllBytes();
    }
  }
}
