package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Class files of every version from 45 (Java 1.1) to the newest ASM reads, each with one
 * {@code @Differentiable} method {@code f(x) = x sin x + x * x} written with ASM. For each version
 * the core either adds working companions (keeping the class's version) or reports one diagnostic
 * naming the class and method. Versions newer than the running JVM are checked without loading.
 */
class ClassFileVersionTest {
  private static final int LINE = 7;

  static IntStream versions() {
    int newest = 0;
    for (Field f : Opcodes.class.getFields()) {
      if (f.getName().matches("V\\d+")) {
        try {
          newest = Math.max(newest, f.getInt(null) & 0xFFFF);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return IntStream.rangeClosed(45, newest);
  }

  @ParameterizedTest(name = "class file version {0}")
  @MethodSource("versions")
  void classOfEveryVersionGetsCompanionsOrOneDiagnostic(int version) throws Throwable {
    String name = Subject.PACKAGE + ".V" + version;
    byte[] classFile = classFile(name.replace('.', '/'), version);
    Subject subject = Subject.differentiate(name, "", Map.of(name, classFile));
    List<Diagnostic> diagnostics = subject.result.diagnostics();
    if (!diagnostics.isEmpty()) {
      assertEquals(1, diagnostics.size(), diagnostics::toString);
      Diagnostic d = diagnostics.get(0);
      assertEquals(name, d.className(), d::message);
      assertEquals("f(D)D", d.method(), d::message);
      assertTrue(d.line() == LINE || d.line() == -1, d::message);
      return;
    }
    byte[] transformed = subject.result.transformed();
    assertNotNull(transformed, "no companions and no diagnostic");
    assertEquals(version, new ClassReader(transformed).readUnsignedShort(6), "class file version changed");
    subject.assertTransformedVerifies();
    assertTrue(subject.result.generated().stream().anyMatch(g -> g.contains("f$tangent")), subject.result::toString);
    assertTrue(subject.result.generated().stream().anyMatch(g -> g.contains("f$adjoint")), subject.result::toString);
    if (version <= Runtime.version().feature() + 44) {
      Class<?> c = subject.loadTransformed();
      for (double x : new double[] {-1.5, 0.25, 2.0}) {
        double expected = Math.sin(x) + x * Math.cos(x) + 2 * x;
        double dy = (double) c.getMethod("f$tangent", double.class, double.class).invoke(null, x, 1.0);
        assertEquals(expected, dy, 1e-12 * (1 + Math.abs(expected)));
        double[] grad = new double[1];
        double y = (double) c.getMethod("f$adjoint", double.class, double.class, double[].class).invoke(null, x, 1.0, grad);
        assertEquals(x * Math.sin(x) + x * x, y, 0.0);
        assertEquals(expected, grad[0], 1e-12 * (1 + Math.abs(expected)));
      }
    }
  }

  /** {@code public class <name> { @Differentiable public static double f(double x) { return x*sin(x) + x*x; } }} */
  static byte[] classFile(String internalName, int version) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(version, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, internalName, null, "java/lang/Object", null);
    cw.visitSource(internalName.substring(internalName.lastIndexOf('/') + 1) + ".java", null);
    MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "f", "(D)D", null, null);
    mv.visitAnnotation("Ldev/leibniz/Differentiable;", true).visitEnd();
    mv.visitCode();
    Label start = new Label();
    mv.visitLabel(start);
    mv.visitLineNumber(LINE, start);
    mv.visitVarInsn(Opcodes.DLOAD, 0);
    mv.visitVarInsn(Opcodes.DLOAD, 0);
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Math", "sin", "(D)D", false);
    mv.visitInsn(Opcodes.DMUL);
    mv.visitVarInsn(Opcodes.DLOAD, 0);
    mv.visitVarInsn(Opcodes.DLOAD, 0);
    mv.visitInsn(Opcodes.DMUL);
    mv.visitInsn(Opcodes.DADD);
    mv.visitInsn(Opcodes.DRETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }
}
