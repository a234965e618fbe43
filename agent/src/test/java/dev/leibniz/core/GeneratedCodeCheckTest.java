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
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

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
}
