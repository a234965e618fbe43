package dev.leibniz.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.leibniz.core.fixtures.Scalars;
import dev.leibniz.testing.Transformed;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceMethodVisitor;

/** Properties of the generated code itself: originals untouched, no allocation, long loops. */
class GeneratedCodeTest {
  private static final Transformed T = Transformed.of(Scalars.class);

  @Test
  void originalMethodsAreUnchangedByteForByte() {
    Map<String, String> before = methods(Transformed.bytesOf(Scalars.class));
    Map<String, String> after = methods(T.result.transformed());
    for (Map.Entry<String, String> e : before.entrySet()) {
      assertEquals(e.getValue(), after.get(e.getKey()), e.getKey());
    }
    assertTrue(after.size() > before.size());
  }

  private static Map<String, String> methods(byte[] bytes) {
    ClassNode cn = new ClassNode();
    new ClassReader(bytes).accept(cn, 0);
    Map<String, String> out = new HashMap<>();
    for (MethodNode m : cn.methods) {
      Textifier t = new Textifier();
      m.accept(new TraceMethodVisitor(t));
      out.put(m.name + m.desc + " " + m.access, t.getText().toString());
    }
    return out;
  }

  @Test
  void straightLineScalarCompanionsAllocateNothing() throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(T.type, MethodHandles.lookup());
    MethodHandle tangent = lookup.findStatic(T.type, "poly$tangent", MethodType.methodType(double.class, double.class, double.class, double.class, double.class));
    MethodHandle adjoint = lookup.findStatic(T.type, "poly$adjoint", MethodType.methodType(double.class, double.class, double.class, double.class, double[].class));
    double[] g = new double[2];
    double s = 0;
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocated = Long.MAX_VALUE;
    for (int round = 0; round < 20 && allocated > 0; round++) {
      long before = threads.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < 20_000; i++) {
        s += (double) tangent.invokeExact(1.0 + i * 1e-6, 1.0, 2.0, 0.0);
        s += (double) adjoint.invokeExact(1.0 + i * 1e-6, 2.0, 1.0, g);
      }
      allocated = threads.getCurrentThreadAllocatedBytes() - before;
    }
    assertTrue(s != 0);
    assertEquals(0, allocated, "bytes allocated by 40,000 companion calls once compiled");
  }

  @Test
  void adjointOfTenMillionIterationLoopMatchesTangent() {
    double x = 0.7;
    int n = 10_000_000;
    double t = (double) T.call("loop$tangent", x, 1.0, n);
    double[] g = new double[1];
    T.call("loop$adjoint", x, n, 1.0, g);
    assertEquals(t, g[0], 1e-9 * Math.max(1, Math.abs(t)));
  }
}
