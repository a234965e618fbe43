package dev.leibniz.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.fuzz.ByteClassLoader;
import dev.leibniz.fuzz.InMemoryCompiler;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Generated code that would not verify is never handed out: the class keeps its original code and
 * the user gets a diagnostic, instead of a {@code VerifyError} that makes the class fail to load.
 */
class GeneratedCodeCheckTest {
  static final String NAME = "dev.leibniz.core.gen.LastTrip";

  @Test
  void aMethodReadingAnUnassignedLocalIsReported() {
    List<String> failures = GeneratedCodeCheck.failures(classWith(true), null);
    assertEquals(1, failures.size(), failures::toString);
    assertTrue(failures.get(0).startsWith("f(D)I: "), failures::toString);
    assertTrue(GeneratedCodeCheck.failures(classWith(false), null).isEmpty());
  }

  /**
   * A loop over the size limit writing an {@code int} that is read after the loop (a reviewer's
   * reproducer: its outlined part loaded the local before any value was stored, and the class
   * failed to load). Whatever the core does with it, the class it returns verifies, runs the
   * primal unchanged, and has companions that match finite differences (no diagnostic since the outliner loads a carried local its part may write).
   */
  @Test
  void aBigLoopWritingAnIntReadAfterItNeverBreaksTheClass() throws Exception {
    Map<String, byte[]> classes = InMemoryCompiler.compile(NAME, lastTripSource());
    Result result = new ClassDifferentiator(internal -> classes.get(internal.replace('/', '.'))).differentiate(classes.get(NAME));
    byte[] out = result.transformed() == null ? classes.get(NAME) : result.transformed();
    Transformed.verify(out, getClass().getClassLoader());
    Map<String, byte[]> transformed = new HashMap<>(classes);
    transformed.put(NAME, out);
    Class<?> type = new ByteClassLoader(transformed).load(NAME);
    Class<?> original = new ByteClassLoader(classes).load(NAME);
    double[] x = {0.3, 1.2, -0.7, 2.1, 0.9};
    double value = (double) type.getMethod("f", double[].class).invoke(null, (Object) x.clone());
    assertEquals((double) original.getMethod("f", double[].class).invoke(null, (Object) x.clone()), value);
    // since the outliner loads a carried local its part may write (review R6-F1), the class gets its companions
    assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
    Method tangent = type.getMethod("f$tangent", double[].class, double[].class);
    Method f = type.getMethod("f", double[].class);
    for (int i = 0; i < x.length; i++) {
      double[] dx = new double[x.length];
      dx[i] = 1;
      double h = 1e-6;
      double[] plus = x.clone(), minus = x.clone();
      plus[i] += h;
      minus[i] -= h;
      double fd = ((double) f.invoke(null, (Object) plus) - (double) f.invoke(null, (Object) minus)) / (2 * h);
      double t = (double) tangent.invoke(null, x.clone(), dx);
      assertEquals(fd, t, 1e-6 * Math.max(1, Math.abs(fd)), "d/dx" + i);
    }
  }

  /** The reviewer's program: 120 statements in a loop of 25 trips, {@code last = i} in the middle. */
  static String lastTripSource() {
    StringBuilder s = new StringBuilder("package dev.leibniz.core.gen;\n\npublic final class LastTrip {\n");
    s.append("  @dev.leibniz.Differentiable\n  public static double f(double[] x) {\n");
    s.append("    double u = x[0], v = x[1], w = 0.1, z = 0.2;\n    int last = -1;\n");
    s.append("    for (int i = 0; i < 25; i++) {\n");
    String[] v = {"u", "v", "w", "z"};
    String[] op = {"+", "-", "*"};
    String[] fn = {"Math.sin", "Math.cos", "Math.tanh", ""};
    for (int k = 0; k < 120; k++) {
      String a = v[(k * 7) % 4], b = v[(k * 5 + 1 + (k * 7) % 4) % 4 == (k * 7) % 4 ? ((k * 5 + 2) % 4) : (k * 5 + 1) % 4];
      if (a.equals(b)) b = v[((k * 7) % 4 + 1) % 4];
      s.append("      ").append(a).append(" = ").append(a).append(' ').append(op[k % 3]).append(" 0.02*")
          .append(fn[(k / 3) % 4]).append("(").append(b).append(" + x[(i+").append(k).append(") % x.length]);\n");
      if (k == 59) s.append("      last = i;\n");
    }
    s.append("    }\n    return u * last + v + w * z;\n  }\n}\n");
    return s.toString();
  }

  /** A class with {@code static int f(double)} that returns local 2, assigned first only if {@code assigned}. */
  private static byte[] classWith(boolean unassigned) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "dev/leibniz/core/gen/Bad", null, "java/lang/Object", null);
    MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "f", "(D)I", null, null);
    mv.visitCode();
    if (!unassigned) {
      mv.visitInsn(Opcodes.ICONST_1);
      mv.visitVarInsn(Opcodes.ISTORE, 2);
    }
    mv.visitVarInsn(Opcodes.ILOAD, 2);
    mv.visitInsn(Opcodes.IRETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }

  // Links across classes: a generated class (Gen) and another class (Other) it refers to, read
  // through the core's class-bytes lookup, never loaded.
  static final String GEN = "dev/leibniz/core/gen/Gen", OTHER = "dev/leibniz/core/gen/Other", BASE = "dev/leibniz/core/gen/Base";

  /** Other extends Base: {@code private double secret}, {@code public double open}, {@code static double twice(double)}, {@code static void take(Base)}. */
  static byte[] other() {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
    cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, OTHER, null, BASE, null);
    cw.visitField(Opcodes.ACC_PRIVATE, "secret", "D", null, null).visitEnd();
    cw.visitField(Opcodes.ACC_PUBLIC, "open", "D", null, null).visitEnd();
    MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "twice", "(D)D", null, null);
    mv.visitCode();
    mv.visitVarInsn(Opcodes.DLOAD, 0);
    mv.visitInsn(Opcodes.DUP2);
    mv.visitInsn(Opcodes.DADD);
    mv.visitInsn(Opcodes.DRETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "take", "(L" + BASE + ";)V", null, null);
    mv.visitCode();
    mv.visitInsn(Opcodes.RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }

  static byte[] base() {
    ClassWriter cw = new ClassWriter(0);
    cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, BASE, null, "java/lang/Object", null);
    cw.visitEnd();
    return cw.toByteArray();
  }

  /** Gen with one method {@code static Object f$adjoint(Other)} whose body {@code body} writes. */
  static byte[] gen(java.util.function.Consumer<MethodVisitor> body) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, GEN, null, "java/lang/Object", null);
    MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "f$adjoint", "(L" + OTHER + ";)Ljava/lang/Object;", null, null);
    mv.visitCode();
    body.accept(mv);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }

  static List<String> linkFailures(byte[] gen) {
    Map<String, byte[]> classes = Map.of(OTHER, other(), BASE, base());
    return GeneratedCodeCheck.failures(gen, null, new ClassLibrary(classes::get, java.util.Set.of()), true);
  }

  /** Reads {@code Other.<field>} and returns it boxed... as {@code Object}: null, after the read. */
  static byte[] readsField(String field) {
    return gen(mv -> {
      mv.visitVarInsn(Opcodes.ALOAD, 0);
      mv.visitFieldInsn(Opcodes.GETFIELD, OTHER, field, "D");
      mv.visitInsn(Opcodes.POP2);
      mv.visitInsn(Opcodes.ACONST_NULL);
      mv.visitInsn(Opcodes.ARETURN);
    });
  }

  @Test
  void aPrivateFieldOfAnotherClassIsAFailure() {
    List<String> failures = linkFailures(readsField("secret"));
    assertEquals(1, failures.size(), failures::toString);
    assertTrue(failures.get(0).contains(OTHER + ".secret:D") && failures.get(0).contains("may not access"), failures::toString);
    assertTrue(linkFailures(readsField("open")).isEmpty(), () -> linkFailures(readsField("open")).toString());
    List<String> missing = linkFailures(readsField("gone"));
    assertTrue(missing.size() == 1 && missing.get(0).contains("does not exist"), missing::toString);
    assertTrue(GeneratedCodeCheck.failures(readsField("secret"), null).isEmpty()); // the basic check alone: no class lookup
  }

  /** An {@code invokedynamic} making a {@code DoubleUnaryOperator} of {@code Other.<method>(D)D}. */
  static byte[] lambdaOf(String method) {
    return gen(mv -> {
      Handle metafactory = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "metafactory",
          "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;"
              + "Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;", false);
      Type d2d = Type.getType("(D)D");
      mv.visitInvokeDynamicInsn("applyAsDouble", "()Ljava/util/function/DoubleUnaryOperator;", metafactory,
          d2d, new Handle(Opcodes.H_INVOKESTATIC, OTHER, method, "(D)D", false), d2d);
      mv.visitInsn(Opcodes.ARETURN);
    });
  }

  @Test
  void anInvokedynamicHandleToAMissingMethodOfAnotherClassIsAFailure() {
    List<String> failures = linkFailures(lambdaOf("thrice"));
    assertEquals(1, failures.size(), failures::toString);
    assertTrue(failures.get(0).contains(OTHER + ".thrice(D)D, which does not exist"), failures::toString);
    assertTrue(linkFailures(lambdaOf("twice")).isEmpty(), () -> linkFailures(lambdaOf("twice")).toString());
  }

  /** Passes {@code arg} (pushed by {@code push}) to {@code Other.take(Base)}. */
  static byte[] passes(java.util.function.Consumer<MethodVisitor> push) {
    return gen(mv -> {
      push.accept(mv);
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, OTHER, "take", "(L" + BASE + ";)V", false);
      mv.visitInsn(Opcodes.ACONST_NULL);
      mv.visitInsn(Opcodes.ARETURN);
    });
  }

  @Test
  void aReferenceOfTheWrongTypeIsAFailure() {
    byte[] array = passes(mv -> {
      mv.visitInsn(Opcodes.ICONST_1);
      mv.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_DOUBLE);
    });
    List<String> failures = linkFailures(array);
    assertEquals(1, failures.size(), failures::toString);
    assertTrue(failures.get(0).startsWith("f$adjoint(L" + OTHER + ";)Ljava/lang/Object;: "), failures::toString);
    assertTrue(GeneratedCodeCheck.failures(array, null).isEmpty()); // only references: the basic verifier passes it
    byte[] string = passes(mv -> mv.visitLdcInsn("x"));
    assertEquals(1, linkFailures(string).size(), () -> linkFailures(string).toString());
    // a subclass is a Base: no failure; nor for a class the lookup cannot read (the benefit of the doubt)
    assertTrue(linkFailures(passes(mv -> mv.visitVarInsn(Opcodes.ALOAD, 0))).isEmpty());
    byte[] unknown = passes(mv -> {
      mv.visitInsn(Opcodes.ACONST_NULL);
      mv.visitTypeInsn(Opcodes.CHECKCAST, "dev/leibniz/core/gen/Unknown");
    });
    assertTrue(linkFailures(unknown).isEmpty(), () -> linkFailures(unknown).toString());
  }
}
