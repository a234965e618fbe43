package dev.leibniz.core;

import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.lift.Lifter;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** Debugging aid: {@code -Ddump=fully.qualified.Class#method} prints the IR of both modes. */
class DumpTest {
  @Test
  @EnabledIfSystemProperty(named = "dump", matches = ".+")
  void dump() throws Exception {
    String[] spec = System.getProperty("dump").split("#");
    Class<?> c = Class.forName(spec[0]);
    ClassNode cn = new ClassNode();
    new ClassReader(Transformed.bytesOf(c)).accept(cn, 0);
    Callees none = new Callees() {
      public boolean isDifferentiable(MethodRef m) { return false; }
      public boolean isPure(MethodRef m) { return false; }
      public String whyNot(MethodRef m) { return "?"; }
      public boolean writesArgument(MethodRef m, int k) { return true; }
    };
    for (MethodNode m : cn.methods) {
      if (m.name.equals(spec[1])) {
        Graph g = Lifter.lift(cn.name, m);
        System.out.println(g);
        Activity a = Activity.of(g, none);
        System.out.println(dev.leibniz.core.forward.TangentBuilder.build(g, a, none, m.name + "$tangent"));
        System.out.println(dev.leibniz.core.reverse.AdjointBuilder.build(g, a, none, m.name + "$adjoint"));
      }
    }
    Transformed t = Transformed.of(c, true);
    System.out.println(Transformed.text(t.result.transformed()));
  }
}
