package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Jacobians of a transformed peer-round function by both companions, for the peer rounds' edge-case tests (moved from
 * {@code FifteenthPeerEdgeCasesTest}, shared since the sixteenth round): the tangent column by column, the adjoint row by
 * row, over the method's double/float scalars and arrays (String, int and boolean arguments passive).
 */
final class PeerJacobians {
  private PeerJacobians() {}

  static Method method(Class<?> t, String name) {
    return Arrays.stream(t.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
  }

  static boolean active(Object a) {
    return a instanceof Double || a instanceof Float || a != null && a.getClass().isArray()
        && Shapes.differentiable(a.getClass());
  }

  static double[] flat(Object a) {
    double[] f = new double[Shapes.size(a)];
    Shapes.write(a, f, 0);
    return f;
  }

  /** A value of a's type and shape holding flat (or, for a scalar, flat[0]). */
  static Object shaped(Object a, double[] flat) {
    if (a instanceof Double) return flat[0];
    if (a instanceof Float) return (float) flat[0];
    return Shapes.fill(a.getClass(), a, flat, 0);
  }

  static Object copy(Object a) {
    return active(a) ? shaped(a, flat(a)) : a;
  }

  /**
   * The Jacobian of {@code name} at {@code args} by the tangent (column by column) and by the adjoint (row by row):
   * outputs are the scalar result or, when {@code output >= 0}, the elements of that array argument; inputs are the
   * other double/float scalars and arrays, flattened in parameter order (String, int and boolean arguments passive).
   */
  static double[][][] jacobians(Class<?> t, String name, int output, Object... args) throws Exception {
    Method tangent = method(t, name + "$tangent");
    Method adjoint = method(t, name + "$adjoint");
    int n = 0;
    for (int k = 0; k < args.length; k++) if (k != output && active(args[k])) n += Shapes.size(args[k]);
    int m = output >= 0 ? Shapes.size(args[output]) : 1;
    double[][] byTangent = new double[m][n];
    for (int col = 0; col < n; col++) {
      List<Object> a = new ArrayList<>();
      int offset = 0;
      Object outDot = null;
      for (int k = 0; k < args.length; k++) {
        a.add(copy(args[k]));
        if (!active(args[k])) continue;
        double[] dot = new double[Shapes.size(args[k])];
        if (k != output) {
          for (int i = 0; i < dot.length; i++) dot[i] = offset++ == col ? 1 : 0;
        }
        Object d = shaped(args[k], dot);
        if (k == output) outDot = d;
        a.add(d);
      }
      Object r = tangent.invoke(null, a.toArray());
      double[] column = outDot != null ? flat(outDot) : new double[] {((Number) r).doubleValue()};
      for (int i = 0; i < m; i++) byTangent[i][col] = column[i];
    }
    double[][] byAdjoint = new double[m][n];
    Class<?>[] types = adjoint.getParameterTypes();
    for (int row = 0; row < m; row++) {
      List<Object> a = new ArrayList<>();
      List<Object> shadows = new ArrayList<>();
      int scalars = 0;
      for (int k = 0; k < args.length; k++) {
        a.add(copy(args[k]));
        if (args[k] instanceof Double || args[k] instanceof Float) {
          scalars++;
          shadows.add("scalar");
        } else if (active(args[k])) {
          double[] seed = new double[Shapes.size(args[k])];
          if (k == output) seed[row] = 1;
          Object bar = shaped(args[k], seed);
          a.add(bar);
          shadows.add(k == output ? null : bar);
        } else {
          shadows.add(null);
        }
      }
      if (output < 0) a.add(Shapes.box(types[a.size()], 1));
      Object grad = null;
      if (a.size() < types.length) {
        grad = types[a.size()] == float[].class ? new float[scalars] : new double[scalars];
        a.add(grad);
      }
      adjoint.invoke(null, a.toArray());
      double[] scalarBars = grad == null ? new double[0] : flat(grad);
      int offset = 0, s = 0;
      for (Object sh : shadows) {
        if ("scalar".equals(sh)) {
          byAdjoint[row][offset++] = scalarBars[s++];
        } else if (sh != null) {
          for (double v : flat(sh)) byAdjoint[row][offset++] = v;
        }
      }
    }
    return new double[][][] {byTangent, byAdjoint};
  }

  static double[] rows(double[][] m) {
    return Arrays.stream(m).flatMapToDouble(Arrays::stream).toArray();
  }

  /** Both modes' Jacobian, row by row, equals {@code expected} to {@code tol} (absolute). */
  static void jacobian(Class<?> t, String name, int output, double[] expected, double tol, Object... args)
      throws Exception {
    double[][][] j = jacobians(t, name, output, args);
    String at = name + " at " + Arrays.deepToString(args);
    assertArrayEquals(expected, rows(j[0]), tol, at + " tangent");
    assertArrayEquals(expected, rows(j[1]), tol, at + " adjoint");
  }

  static void gradient(Class<?> t, String name, double[] expected, double tol, Object... args)
      throws Exception {
    jacobian(t, name, -1, expected, tol, args);
  }

  /** The vector-Jacobian product cotangent^T J of an array output, in both modes. */
  static void vjp(Class<?> t, String name, int output, double[] cotangent, double[] expected, Object... args)
      throws Exception {
    double[][][] j = jacobians(t, name, output, args);
    for (int mode = 0; mode < 2; mode++) {
      double[] got = new double[j[mode][0].length];
      for (int i = 0; i < cotangent.length; i++) {
        for (int c = 0; c < got.length; c++) got[c] += cotangent[i] * j[mode][i][c];
      }
      assertArrayEquals(expected, got, 1e-12, name + (mode == 0 ? " tangent" : " adjoint") + " vjp");
    }
  }
}
