package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.fuzz.ByteClassLoader;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Members whose companions the class could not be defined with: constructors and static
 * initialisers marked {@code @Differentiable} (by a tool that ignores the annotation's target),
 * companions over the JVM's 255 parameter slots, companions the class already declares (written
 * by hand, or from an earlier run: the agent attached twice), bridge methods, JSR/RET subroutines
 * of pre-Java-7 class files. Each gets one located diagnostic (bridges: none, their target gets
 * the companions); the class always loads and keeps its behaviour, and the well-behaved method
 * still gets working companions.
 */
class RefusedMembersTest {
  private static final String ANNOTATION = "Ldev/leibniz/Differentiable;";

  @Test
  void constructorAndStaticInitialiser() throws Throwable {
    Subject plain = Subject.ofMembers("Ctor", """
          static double seed;
          final double v;

          static {
            seed = Math.sqrt(2); /*CLINIT*/
          }

          Ctor(double x) { /*INIT*/
            v = x * x; /*INIT*/
          }
        """, "");
    String name = plain.className;
    Map<String, byte[]> classes = new HashMap<>(plain.classes);
    classes.put(name, annotate(classes.get(name), "<init>", "<clinit>"));
    Subject s = Subject.differentiate(name, plain.source, classes);
    List<Diagnostic> d = s.result.diagnostics();
    assertEquals(2, d.size(), d::toString);
    Diagnostic init = d.stream().filter(x -> x.method().equals("<init>(D)V")).findFirst().orElseThrow();
    Diagnostic clinit = d.stream().filter(x -> x.method().equals("<clinit>()V")).findFirst().orElseThrow();
    assertTrue(init.reason().contains("constructor") && init.reason().contains("static method"), init::message);
    assertTrue(plain.linesMarked("/*INIT*/").contains(init.line()), init::message);
    assertTrue(clinit.reason().contains("static initialiser"), clinit::message);
    assertTrue(plain.linesMarked("/*CLINIT*/").contains(clinit.line()), clinit::message);
    s.assertTransformedVerifies();
    Class<?> c = s.loadTransformed();
    assertTrue(Subject.methodNames(c).stream().noneMatch(m -> m.startsWith("<")), Subject.methodNames(c)::toString);
    var ctor = c.getDeclaredConstructor(double.class);
    ctor.setAccessible(true);
    Object o = ctor.newInstance(3.0);
    var v = c.getDeclaredField("v");
    v.setAccessible(true);
    assertEquals(9.0, v.getDouble(o));
    Subject.assertGoodCompanionsWork(c);
  }

  @Test
  void companionOverTheParameterSlotLimit() throws Throwable {
    String params = IntStream.range(0, 64).mapToObj(i -> "double a" + i).collect(Collectors.joining(", "));
    String sum = IntStream.range(0, 64).mapToObj(i -> (i + 1) + " * a" + i).collect(Collectors.joining(" + "));
    Subject s = Subject.ofMembers("Wide", """
          @dev.leibniz.Differentiable
          static double wide(%s) {
            return %s; /*HERE*/
          }
        """.formatted(params, sum), "");
    List<Diagnostic> d = s.result.diagnostics();
    assertEquals(1, d.size(), d::toString);
    assertEquals("tangent", d.get(0).mode(), d.get(0)::message);
    assertTrue(d.get(0).reason().contains("256 parameter slots") && d.get(0).reason().contains("255"), d.get(0)::message);
    assertTrue(s.linesMarked("/*HERE*/").contains(d.get(0).line()), d.get(0)::message);
    s.assertTransformedVerifies();
    Class<?> c = s.loadTransformed();
    assertFalse(Subject.methodNames(c).contains("wide$tangent"));
    Subject.assertGoodCompanionsWork(c);
    // the adjoint (one double[] for the scalar adjoints) fits and is right
    Class<?>[] types = new Class<?>[66];
    Arrays.fill(types, double.class);
    types[65] = double[].class;
    Method adjoint = c.getDeclaredMethod("wide$adjoint", types);
    adjoint.setAccessible(true);
    Object[] args = new Object[66];
    for (int i = 0; i < 64; i++) args[i] = 0.5 * i;
    args[64] = 1.0;
    double[] grad = new double[64];
    args[65] = grad;
    adjoint.invoke(null, args);
    double[] expected = IntStream.range(1, 65).asDoubleStream().toArray();
    assertArrayEquals(expected, grad, 0);
  }

  @Test
  void methodNamedLikeACompanionLeavesTheClassAsItIsAndReportsWhatIsMissing() throws Throwable {
    Subject s = Subject.ofMembers("HandWritten", """
          @dev.leibniz.Differentiable
          static double f(double x) { /*HERE*/
            return x * x; /*HERE*/
          }

          static double f$tangent(double x, double dx) {
            return 42;
          }
        """, "");
    assertNull(s.result.transformed(), "a class declaring a companion counts as transformed: left as it is");
    List<Diagnostic> d = s.result.diagnostics();
    assertEquals(2, d.size(), d::toString);
    Diagnostic f = d.stream().filter(x -> x.method().equals("f(D)D")).findFirst().orElseThrow();
    assertEquals("adjoint", f.mode(), f::message);
    assertTrue(f.reason().contains("already declares f$tangent(DD)D") && f.reason().contains("rename"), f::message);
    assertTrue(s.linesMarked("/*HERE*/").contains(f.line()), f::message);
    Diagnostic good = d.stream().filter(x -> x.method().equals("good(D)D")).findFirst().orElseThrow();
    assertEquals("both", good.mode(), good::message);
    Class<?> c = s.loadTransformed();
    Method t = c.getDeclaredMethod("f$tangent", double.class, double.class);
    t.setAccessible(true);
    assertEquals(42.0, t.invoke(null, 3.0, 1.0));
    assertFalse(Subject.methodNames(c).contains("f$adjoint"));
  }

  /** Transformed twice (at build time, then under the agent): nothing is missing, nothing is said. */
  @Test
  void classTransformedTwiceKeepsTheFirstCompanions() throws Throwable {
    Subject first = Subject.ofMembers("Twice", """
          @dev.leibniz.Differentiable
          static double sumSquares(double[] x) {
            double s = 0;
            for (int i = 0; i < x.length; i++) s += x[i] * x[i];
            return s;
          }
        """, "");
    assertTrue(first.result.diagnostics().isEmpty(), first.result.diagnostics()::toString);
    Map<String, byte[]> once = first.transformedClasses();
    Subject second = Subject.differentiate(first.className, first.source, once);
    assertNull(second.result.transformed(), "the class was transformed a second time");
    assertTrue(second.result.diagnostics().isEmpty(), second.result.diagnostics()::toString);
    Class<?> c = new ByteClassLoader(once).load(first.className);
    Subject.assertGoodCompanionsWork(c);
  }

  /** Transformed before with a method that failed: the second run reports that it has no companions. */
  @Test
  void classTransformedTwiceReportsTheMethodsWithoutCompanions() throws Throwable {
    Subject first = Subject.ofMembers("TwiceFailed", """
          private static final Object LOCK = new Object();
          private static double scale = 1;

          @dev.leibniz.Differentiable
          static double locked(double x) {
            synchronized (LOCK) {
              return x * x * scale;
            }
          }
        """, "");
    assertEquals(1, first.result.diagnostics().size(), first.result.diagnostics()::toString);
    Subject second = Subject.differentiate(first.className, first.source, first.transformedClasses());
    assertNull(second.result.transformed());
    assertEquals(1, second.result.diagnostics().size(), second.result.diagnostics()::toString);
    assertEquals("locked(D)D", second.result.diagnostics().get(0).method());
    Subject.assertGoodCompanionsWork(new ByteClassLoader(first.transformedClasses()).load(first.className));
  }

  @Test
  void bridgeMethodGetsNoCompanionsItsTargetDoes() throws Throwable {
    Subject s = Subject.ofMembers("Bridged", """
          static class Base {
            Object twice(double[] x) {
              return null;
            }
          }

          static final class Derived extends Base {
            @dev.leibniz.Differentiable
            @Override
            double[] twice(double[] x) {
              double[] y = new double[x.length];
              for (int i = 0; i < x.length; i++) y[i] = 2 * x[i];
              return y;
            }
          }
        """, "");
    String derived = s.className + "$Derived";
    Subject d = Subject.differentiate(derived, s.source, s.classes);
    assertTrue(d.result.diagnostics().isEmpty(), d.result.diagnostics()::toString);
    assertNotNull(d.result.transformed());
    d.assertTransformedVerifies();
    Class<?> c = d.loadTransformed();
    List<Method> tangents = Arrays.stream(c.getDeclaredMethods()).filter(m -> m.getName().equals("twice$tangent")).toList();
    assertEquals(1, tangents.size(), tangents::toString);
    assertEquals(double[].class, tangents.get(0).getReturnType());
    tangents.get(0).setAccessible(true);
    var ctor = c.getDeclaredConstructor();
    ctor.setAccessible(true);
    Object o = ctor.newInstance();
    double[] dy = (double[]) tangents.get(0).invoke(o, new double[] {1, 2}, new double[] {3, 4});
    assertArrayEquals(new double[] {6, 8}, dy, 0);
  }

  @Test
  void subroutinesOfOldClassFiles() throws Throwable {
    String name = Subject.PACKAGE + ".Jsr";
    byte[] bytes = jsrClass(name.replace('.', '/'));
    Subject s = Subject.differentiate(name, "", Map.of(name, bytes));
    List<Diagnostic> d = s.result.diagnostics();
    assertEquals(1, d.size(), d::toString);
    assertEquals("f(D)D", d.get(0).method());
    assertEquals(5, d.get(0).line(), d.get(0)::message);
    assertTrue(d.get(0).instruction().toLowerCase().contains("jsr"), d.get(0)::message);
    assertTrue(d.get(0).reason().contains("recompile"), d.get(0)::message);
    Class<?> c = s.loadTransformed();
    assertEquals(9.0, c.getMethod("f", double.class).invoke(null, 3.0));
    double[] g = new double[1];
    c.getMethod("g$adjoint", double.class, double.class, double[].class).invoke(null, 3.0, 1.0, g);
    assertEquals(6.0, g[0]);
  }

  /** {@code bytes} with {@code @Differentiable} added to the named methods. */
  static byte[] annotate(byte[] bytes, String... methods) {
    ClassWriter w = new ClassWriter(0);
    new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9, w) {
      @Override
      public MethodVisitor visitMethod(int access, String n, String desc, String sig, String[] ex) {
        MethodVisitor mv = super.visitMethod(access, n, desc, sig, ex);
        if (Arrays.asList(methods).contains(n)) {
          mv.visitAnnotation(ANNOTATION, true).visitEnd();
        }
        return mv;
      }
    }, 0);
    return w.toByteArray();
  }

  /**
   * A Java 1.4 class file (version 48): {@code f(x) = x * x} through a JSR subroutine as old
   * compilers emitted for {@code finally}, line 5; and {@code g(x) = x * x} without one.
   */
  static byte[] jsrClass(String internalName) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(Opcodes.V1_4, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, internalName, null, "java/lang/Object", null);
    cw.visitSource("Jsr.java", null);
    MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "f", "(D)D", null, null);
    mv.visitAnnotation(ANNOTATION, true).visitEnd();
    mv.visitCode();
    Label start = new Label(), sub = new Label();
    mv.visitLabel(start);
    mv.visitLineNumber(5, start);
    mv.visitJumpInsn(Opcodes.JSR, sub);
    mv.visitVarInsn(Opcodes.DLOAD, 0);
    mv.visitVarInsn(Opcodes.DLOAD, 0);
    mv.visitInsn(Opcodes.DMUL);
    mv.visitInsn(Opcodes.DRETURN);
    mv.visitLabel(sub);
    mv.visitVarInsn(Opcodes.ASTORE, 2);
    mv.visitVarInsn(Opcodes.RET, 2);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "g", "(D)D", null, null);
    mv.visitAnnotation(ANNOTATION, true).visitEnd();
    mv.visitCode();
    mv.visitVarInsn(Opcodes.DLOAD, 0);
    mv.visitVarInsn(Opcodes.DLOAD, 0);
    mv.visitInsn(Opcodes.DMUL);
    mv.visitInsn(Opcodes.DRETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }
}
