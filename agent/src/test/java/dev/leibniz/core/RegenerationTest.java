package dev.leibniz.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.fixtures.Mocked;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A class whose marked method another agent changes after the companions were generated (what a
 * retransformation does: bodies change, members stay): {@link Regeneration} gives every companion
 * the body generated from the changed code, or, where the changed code cannot be differentiated,
 * a body that throws an error naming the retransformation. Against the analytic derivative and
 * central differences of the changed code, in both modes.
 */
class RegenerationTest {
  static final ClassFinder FINDER = ClassFinder.of(Mocked.class.getClassLoader());

  /** The class as the agent left it, then changed by {@code change} (in {@code f} only). */
  static byte[] retransformed(UnaryOperator<MethodVisitor> change) {
    Result r = new ClassDifferentiator(FINDER).differentiate(Transformed.bytesOf(Mocked.class));
    assertTrue(r.diagnostics().isEmpty(), r.diagnostics()::toString);
    ClassWriter w = new ClassWriter(0);
    new ClassReader(r.transformed()).accept(new ClassVisitor(Opcodes.ASM9, w) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
        MethodVisitor mv = super.visitMethod(access, name, desc, sig, ex);
        return name.equals("f") && desc.equals("(D)D") ? change.apply(mv) : mv;
      }
    }, 0);
    return w.toByteArray();
  }

  /** {@code f} returns twice its value. */
  static MethodVisitor doubling(MethodVisitor mv) {
    return new MethodVisitor(Opcodes.ASM9, mv) {
      @Override
      public void visitInsn(int opcode) {
        if (opcode == Opcodes.DRETURN) {
          super.visitLdcInsn(2.0);
          super.visitInsn(Opcodes.DMUL);
        }
        super.visitInsn(opcode);
      }

      @Override
      public void visitMaxs(int stack, int locals) {
        super.visitMaxs(stack + 2, locals);
      }
    };
  }

  /** {@code f} returns {@code parseDouble(valueOf(x·x)) · x}: a string round trip, a derivative cut the core refuses. */
  static MethodVisitor throughText(MethodVisitor mv) {
    return new MethodVisitor(Opcodes.ASM9, mv) {
      @Override
      public void visitInsn(int opcode) {
        if (opcode == Opcodes.DRETURN) {
          super.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/String", "valueOf", "(D)Ljava/lang/String;", false);
          super.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Double", "parseDouble", "(Ljava/lang/String;)D", false);
          super.visitVarInsn(Opcodes.DLOAD, 0);
          super.visitInsn(Opcodes.DMUL);
        }
        super.visitInsn(opcode);
      }

      @Override
      public void visitMaxs(int stack, int locals) {
        super.visitMaxs(stack + 2, locals);
      }
    };
  }

  static Class<?> load(byte[] bytes) {
    Transformed.verify(bytes, Mocked.class.getClassLoader());
    return new ClassLoader(Mocked.class.getClassLoader()) {
      Class<?> define() {
        return defineClass(Mocked.class.getName(), bytes, 0, bytes.length);
      }
    }.define();
  }

  static double call(Class<?> c, String name, Object... args) throws Throwable {
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

  @Test
  void staleCompanionsDifferentiateTheOldCode() throws Throwable {
    Class<?> stale = load(retransformed(RegenerationTest::doubling));
    assertEquals(18, call(stale, "f", 3.0), 0, "the other agent's change runs");
    assertEquals(6, call(stale, "f$tangent", 3.0, 1.0), 0, "without regeneration the tangent is the old code's: silently wrong");
  }

  @Test
  void companionsFollowAChangedBodyInBothModes() throws Throwable {
    Regeneration.Outcome o = Regeneration.regenerate(retransformed(RegenerationTest::doubling), FINDER);
    assertTrue(o.dropped().isEmpty(), o.dropped()::toString);
    Class<?> c = load(o.bytes());
    for (double x : new double[] {3, -0.7}) {
      assertEquals(2 * x * x, call(c, "f", x), 0);
      assertEquals(4 * x, call(c, "f$tangent", x, 1.0), 1e-15, "f's tangent follows the new code");
      assertEquals(4 * x + 3, call(c, "g$tangent", x, 1.0), 1e-15, "so does its caller's");
      double[] grad = new double[1];
      assertEquals(2 * x * x + 3 * x, call(c, "g$adjoint", x, 1.0, grad), 1e-15);
      assertEquals(4 * x + 3, grad[0], 1e-15, "g's adjoint follows the new code");
      FiniteDifferences.Estimate est = FiniteDifferences.derivative(v -> {
        try {
          return call(c, "g", v);
        } catch (Throwable e) {
          throw new AssertionError(e);
        }
      }, x);
      assertEquals(est.value(), grad[0], est.tolerance(1e-7), "g's adjoint vs central differences");
    }
  }

  @Test
  void companionsOfCodeThatCannotBeDifferentiatedAnyMoreThrowNamingTheRetransformation() throws Throwable {
    Regeneration.Outcome o = Regeneration.regenerate(retransformed(RegenerationTest::throughText), FINDER);
    assertTrue(o.dropped().stream().anyMatch(l -> l.contains("companion f$tangent could not be regenerated")), o.dropped()::toString);
    Class<?> c = load(o.bytes());
    assertEquals(27, call(c, "f", 3.0), 0, "the changed code runs");
    for (Object[] call : new Object[][] {{"f$tangent", new Object[] {3.0, 1.0}}, {"g$tangent", new Object[] {3.0, 1.0}},
        {"g$adjoint", new Object[] {3.0, 1.0, new double[1]}}}) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> call(c, (String) call[0], (Object[]) call[1]));
      assertTrue(e.getMessage().startsWith("leibniz: dev.leibniz.core.fixtures.Mocked was retransformed by another agent"), e::getMessage);
    }
  }
}
