package dev.leibniz.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.fixtures.Large;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** Companions stay under HotSpot's 8,000-byte limit, or are reported instead of generated. */
class SizeLimitTest {
  @Test
  void everyGeneratedMethodIsUnderTheCompileLimit() {
    Transformed t = Transformed.of(Large.class, true);
    t.result.diagnostics().forEach(d -> System.out.println(d.message()));
    assertTrue(t.result.generated().stream().anyMatch(g -> g.contains("polynomial$tangent")), "generated " + t.result.generated());
    ClassNode cn = new ClassNode();
    new ClassReader(t.result.transformed()).accept(cn, 0);
    for (MethodNode m : cn.methods) {
      if (m.name.contains("$")) {
        int size = ClassDifferentiator.codeSize(m);
        System.out.println(m.name + " " + size + " bytes");
        assertTrue(size <= ClassDifferentiator.HUGE_METHOD_LIMIT, m.name + " has " + size + " bytes");
      }
    }
    for (Diagnostic d : t.result.diagnostics()) {
      System.out.println(d.message());
      assertTrue(d.reason().contains("8000-byte compile limit"), d.message());
    }
  }
}
