package dev.leibniz.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.core.Result;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Vector tangents on random programs: the fuzzer's double-precision programs, marked {@code
 * tangents = true}, must get {@code f$tangents}, and one call with k = 3 directions must give what
 * three {@code f$tangent} calls give (result tangents, array tangents, the arrays' final contents,
 * the primal result), or throw what they throw. {@code f$tangent} itself is checked against
 * differences by {@link FuzzTest}. A long run: {@code -Dleibniz.fuzzv.count=5000}.
 */
class VectorTangentFuzzTest {
  private static final long SEED = 20261201L;
  private static final int K = 3;

  @Test
  void randomProgramsGetVectorTangentsEqualToKTangentCalls() throws Exception {
    int count = Integer.getInteger("leibniz.fuzzv.count", 800);
    ProgramGenerator generator = new ProgramGenerator(Long.getLong("leibniz.fuzzv.seed", SEED));
    List<String> failures = new ArrayList<>();
    int checked = 0, refused = 0, eligible = 0;
    for (int first = 0; first < count; first += FuzzRun.BATCH) {
      List<Program> programs = new ArrayList<>();
      for (int i = first; i < Math.min(count, first + FuzzRun.BATCH); i++) {
        Program p = generator.generate(i);
        if (!p.usesFloat()) programs.add(p); // float: reported, not supported by vector tangents
      }
      String name = "dev.leibniz.fuzzgen.Vector" + first;
      StringBuilder src = new StringBuilder("package dev.leibniz.fuzzgen;\n\nfinal class Vector" + first + " {\n");
      for (Program p : programs) {
        src.append(p.source().replace("@dev.leibniz.Differentiable", "@dev.leibniz.Differentiable(tangents = true)")).append('\n');
      }
      Map<String, String> units = new LinkedHashMap<>();
      units.put(name, src.append("}\n").toString());
      Map<String, byte[]> compiled = InMemoryCompiler.compile(units);
      Result result = new ClassDifferentiator(n -> compiled.get(n.replace('/', '.'))).differentiate(compiled.get(name));
      java.util.Set<String> without = new java.util.HashSet<>();
      for (Diagnostic d : result.diagnostics()) {
        if (d.warning()) continue;
        if (d.mode().equals("vector-tangent") || d.mode().equals("sparsity")) {
          if (d.reason().contains("internal")) failures.add(d.message());
          if (Boolean.getBoolean("leibniz.fuzzv.verbose")) System.out.println(d.message());
          without.add(d.method().substring(0, d.method().indexOf('(')));
        } else if (!d.mode().equals("second-order")) {
          without.add(d.method().substring(0, d.method().indexOf('('))); // first order refused: FuzzTest's business
        }
      }
      refused += without.size();
      assertEquals(null, Verification.verify(result.transformed(), compiled));
      Map<String, byte[]> loaded = new LinkedHashMap<>(compiled);
      loaded.put(name, result.transformed());
      Class<?> c = new ByteClassLoader(loaded).load(name);
      eligible += programs.size();
      for (Program p : programs) {
        if (without.contains(p.name())) continue;
        try {
          check(c, p, new Random(SEED * 31 + p.index()));
          checked++;
        } catch (AssertionError e) {
          failures.add(p.name() + ": " + e.getMessage() + "\n" + p.source());
        }
      }
    }
    System.out.println("vector tangent fuzz: " + checked + " programs checked, " + refused + " without vector tangents, of " + eligible);
    assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n\n", failures.subList(0, Math.min(5, failures.size()))));
    assertTrue(checked >= eligible * 9 / 10, "too few programs checked: " + checked + " of " + eligible);
  }

  private static void check(Class<?> c, Program p, Random r) {
    List<ParamKind> kinds = p.params();
    Object[] x = Values.point(kinds, r);
    Object[][] dirs = new Object[K][];
    for (int d = 0; d < K; d++) dirs[d] = Values.direction(kinds, x, r);
    Method tangent = find(c, p.name() + "$tangent");
    Method tangents = find(c, p.name() + "$tangents");
    // k separate calls
    Object[] results = new Object[K];
    List<List<Object>> argsOf = new ArrayList<>();
    Throwable thrown = null;
    for (int d = 0; d < K; d++) {
      List<Object> args = new ArrayList<>();
      for (int i = 0; i < kinds.size(); i++) {
        args.add(Values.copy(x[i]));
        if (kinds.get(i).differentiable) args.add(Values.copy(dirs[d][i]));
      }
      argsOf.add(args);
      try {
        results[d] = tangent.invoke(null, args.toArray());
      } catch (InvocationTargetException e) {
        thrown = e.getCause();
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    // one vector call
    List<Object> args = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      args.add(Values.copy(x[i]));
      if (kinds.get(i).isScalar()) {
        double[] t = new double[K];
        for (int d = 0; d < K; d++) t[d] = (Double) dirs[d][i];
        args.add(t);
      } else if (kinds.get(i).array) {
        int n = ((double[]) x[i]).length;
        double[] t = new double[n * K];
        for (int d = 0; d < K; d++) for (int j = 0; j < n; j++) t[j * K + d] = ((double[]) dirs[d][i])[j];
        args.add(t);
      }
    }
    args.add(K);
    double[] resultTangents = p.returns().differentiable ? new double[K] : null;
    if (resultTangents != null) args.add(resultTangents);
    Object primal;
    try {
      primal = tangents.invoke(null, args.toArray());
    } catch (InvocationTargetException e) {
      if (thrown != null && thrown.getClass() == e.getCause().getClass()) return; // throws what the tangents throw
      throw new AssertionError("$tangents throws " + e.getCause() + (thrown == null ? "" : ", $tangent " + thrown), e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
    if (thrown != null) throw new AssertionError("$tangent throws " + thrown + ", $tangents does not");
    if (resultTangents != null) {
      for (int d = 0; d < K; d++) close((Double) results[d], resultTangents[d], "result tangent, direction " + d);
      Object[] again = Values.copyAll(x);
      Object value = invoke(find(c, p.name()), again);
      close(((Number) value).doubleValue(), ((Number) primal).doubleValue(), "primal result");
    }
    for (int i = 0, at = 0; i < kinds.size(); i++, at++) {
      if (!kinds.get(i).array) {
        if (kinds.get(i).differentiable) at++;
        continue;
      }
      double[] vx = (double[]) args.get(at), vt = (double[]) args.get(at + 1);
      int n = vx.length;
      for (int d = 0; d < K; d++) {
        double[] sx = (double[]) argsOf.get(d).get(at), st = (double[]) argsOf.get(d).get(at + 1);
        for (int j = 0; j < n; j++) {
          close(sx[j], vx[j], "parameter " + i + " element " + j + " after the call");
          close(st[j], vt[j * K + d], "parameter " + i + " element " + j + " tangent, direction " + d);
        }
      }
      at++;
    }
  }

  private static void close(double expected, double actual, String what) {
    if (Double.isNaN(expected) && Double.isNaN(actual)) return;
    if (expected == actual) return;
    assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), what);
  }

  private static Object invoke(Method m, Object[] args) {
    try {
      return m.invoke(null, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Method find(Class<?> c, String name) {
    for (Method m : c.getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        m.setAccessible(true);
        return m;
      }
    }
    throw new AssertionError("missing " + name);
  }
}
