package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class PreFilterTest {
  @Test
  void classWithAnAnnotatedMethodPasses() throws IOException {
    assertTrue(PreFilter.mentionsDifferentiable(bytesOf(dev.leibniz.agent.fixtures.Model.class)));
    assertTrue(PreFilter.mentionsDifferentiable(bytesOf(dev.leibniz.agent.fixtures.Mixed.class)));
  }

  @Test
  void classWithoutOneIsStopped() throws IOException {
    assertFalse(PreFilter.mentionsDifferentiable(bytesOf(dev.leibniz.agent.fixtures.Trivial.class)));
    assertFalse(PreFilter.mentionsDifferentiable(bytesOf(String.class)));
    assertFalse(PreFilter.mentionsDifferentiable(new byte[0]));
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
