package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.agent.fixtures.check.Retransformable;
import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Regeneration;
import dev.leibniz.core.Result;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Companions regenerated after another agent's retransformation ({@link Regeneration}, as the
 * agent's {@code RetransformWatch} calls it under {@code check=}) are wrapped for the run-time
 * self-check like the first ones: the same members (wrapper and {@code leibniz$unchecked$}
 * companion) get the bodies generated from the changed code, none is dropped, the regenerated
 * derivatives are right (analytic and central differences, both modes) and unflagged, and a
 * change that makes them wrong (through the class's wrong rule for {@code cube}) is reported.
 */
class CheckedRegenerationTest {
  private static final ClassFinder FINDER = ClassFinder.of(Retransformable.class.getClassLoader());

  @AfterEach
  void off() {
    SelfCheck.enable(0);
    SelfCheck.reset();
  }

  /** The class as the agent under {@code check=} defined it, then changed in {@code f} by another agent. */
  private static byte[] retransformed(UnaryOperator<MethodVisitor> change) {
    byte[] original = Transformed.bytesOf(Retransformable.class);
    Result r = new ClassDifferentiator(FINDER).differentiate(original);
    assertTrue(r.diagnostics().isEmpty(), r.diagnostics()::toString);
    ClassWriter w = new ClassWriter(0);
    new ClassReader(CheckedCompanions.wrap(original, r.transformed(), FINDER)).accept(new ClassVisitor(Opcodes.ASM9, w) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
        MethodVisitor mv = super.visitMethod(access, name, desc, sig, ex);
        return name.equals("f") && desc.equals("(D)D") ? change.apply(mv) : mv;
      }
    }, 0);
    return w.toByteArray();
  }

  /** {@code f} returns what it returned, combined with {@code x} by {@code tail} (which leaves one double). */
  private static UnaryOperator<MethodVisitor> atReturn(java.util.function.Consumer<MethodVisitor> tail) {
    return mv -> new MethodVisitor(Opcodes.ASM9, mv) {
      @Override
      public void visitInsn(int opcode) {
        if (opcode == Opcodes.DRETURN) tail.accept(mv);
        super.visitInsn(opcode);
      }

      @Override
      public void visitMaxs(int stack, int locals) {
        super.visitMaxs(stack + 4, locals);
      }
    };
  }

  private static final UnaryOperator<MethodVisitor> DOUBLING = atReturn(mv -> {
    mv.visitLdcInsn(2.0);
    mv.visitInsn(Opcodes.DMUL);
  });

  /** {@code f}'s {@code 0.0 * cube(x)} made {@code 1.0 * cube(x)}: the same members, now through the wrong rule. */
  private static final UnaryOperator<MethodVisitor> PLUS_CUBE = mv -> new MethodVisitor(Opcodes.ASM9, mv) {
    @Override
    public void visitInsn(int opcode) {
      super.visitInsn(opcode == Opcodes.DCONST_0 ? Opcodes.DCONST_1 : opcode);
    }
  };

  private static Class<?> regeneratedAndLoaded(UnaryOperator<MethodVisitor> change) {
    Regeneration.Outcome o = Regeneration.regenerate(retransformed(change), FINDER, (o2, t) -> CheckedCompanions.wrap(o2, t, FINDER));
    assertTrue(o.dropped().isEmpty(), o.dropped()::toString);
    assertWrapped(o.bytes(), "f$tangent", "f$adjoint", "g$tangent", "g$adjoint");
    Transformed.verify(o.bytes(), Retransformable.class.getClassLoader());
    return new ClassLoader(Retransformable.class.getClassLoader()) {
      Class<?> define() {
        return defineClass(Retransformable.class.getName(), o.bytes(), 0, o.bytes().length);
      }
    }.define();
  }

  /** Each companion is a wrapper that samples, in front of its {@code leibniz$unchecked$} companion. */
  private static void assertWrapped(byte[] bytes, String... companions) {
    ClassNode cn = new ClassNode();
    new ClassReader(bytes).accept(cn, 0);
    for (String name : companions) {
      MethodNode wrapper = cn.methods.stream().filter(m -> m.name.equals(name)).findFirst().orElseThrow();
      boolean samples = false;
      for (AbstractInsnNode n : wrapper.instructions) {
        samples |= n instanceof MethodInsnNode && ((MethodInsnNode) n).owner.equals(Type.getInternalName(SelfCheck.class))
            && ((MethodInsnNode) n).name.equals("sample");
      }
      assertTrue(samples, name + " is not the self-check's wrapper after the regeneration");
      assertTrue(cn.methods.stream().anyMatch(m -> m.name.equals(CheckedCompanions.UNCHECKED + name)), name);
    }
  }

  private static double call(Class<?> c, String name, Object... args) throws Throwable {
    for (Method m : c.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) {
        try {
          return ((Number) m.invoke(null, args)).doubleValue();
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    }
    throw new AssertionError("no " + name);
  }

  private static String stderrOf(RunTimeCheckTest.ThrowingRunnable body) throws Throwable {
    PrintStream saved = System.err;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setErr(saved);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void regeneratedCompanionsAreWrappedRightAndUnflagged() throws Throwable {
    Class<?> c = regeneratedAndLoaded(DOUBLING);
    SelfCheck.enable(1);
    String err = stderrOf(() -> {
      for (double x : new double[] {3, -0.7}) {
        assertEquals(2 * x * x + 3 * x, call(c, "g", x), 0, "the other agent's change runs");
        assertEquals(4 * x + 3, call(c, "g$tangent", x, 1.0), 1e-14, "g's tangent follows the changed code");
        double[] grad = new double[1];
        assertEquals(2 * x * x + 3 * x, call(c, "g$adjoint", x, 1.0, grad), 1e-14);
        assertEquals(4 * x + 3, grad[0], 1e-14, "g's adjoint follows the changed code");
        FiniteDifferences.Estimate est = FiniteDifferences.derivative(v -> {
          try {
            return call(c, "g", v);
          } catch (Throwable e) {
            throw new AssertionError(e);
          }
        }, x);
        assertEquals(est.value(), grad[0], est.tolerance(1e-7), "g's adjoint vs central differences");
      }
    });
    assertEquals("", err, "right regenerated companions are not flagged");
  }

  @Test
  void regeneratedCompanionsThatAreWrongAreReported() throws Throwable {
    Class<?> c = regeneratedAndLoaded(PLUS_CUBE);
    SelfCheck.enable(1);
    double x = 1.5;
    String err = stderrOf(() -> {
      // the wrong rule gives 2x² for cube's derivative: the companion computes that, and the check says so
      assertEquals(2 * x + 2 * x * x + 3, call(c, "g$tangent", x, 1.0), 1e-14);
    });
    assertTrue(err.startsWith("leibniz: warning: check: double " + Retransformable.class.getName() + ".g(double)"), err);
    assertTrue(err.contains("the tangent disagrees with central finite differences"), err);
  }
}
