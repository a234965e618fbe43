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
 * Second order on random programs: the fuzzer's double-precision programs, marked {@code order =
 * 2}, must get {@code f$adjoint$tangent}, and it must be the tangent of {@code f$adjoint} viewed
 * as a function of all its inputs (the point, the adjoint seeds, the seed and the scalar adjoint
 * buffer): its primal outputs equal {@code f$adjoint}'s, its tangent outputs match Richardson
 * extrapolated central differences of {@code f$adjoint} (points near a kink are skipped), and its
 * result is the first-order tangent of {@code f}. A long run: {@code -Dleibniz.fuzz2.count=5000}.
 */
class SecondOrderFuzzTest {
  private static final long SEED = 20251201L;
  private static final double H = 1e-3;

  @Test
  void randomProgramsGetSecondOrderCompanionsThatAreTheTangentsOfTheirAdjoints() throws Exception {
    int count = Integer.getInteger("leibniz.fuzz2.count", 800);
    ProgramGenerator generator = new ProgramGenerator(Long.getLong("leibniz.fuzz2.seed", SEED), false); // second order is reported through dispatch
    List<String> failures = new ArrayList<>();
    int checked = 0, skipped = 0, eligible = 0, large = 0;
    for (int first = 0; first < count; first += FuzzRun.BATCH) {
      List<Program> programs = new ArrayList<>();
      for (int i = first; i < Math.min(count, first + FuzzRun.BATCH); i++) {
        Program p = generator.generate(i);
        if (!p.usesFloat()) programs.add(p); // float programs: differences too coarse for second order
      }
      String name = "dev.leibniz.fuzzgen.Second" + first;
      StringBuilder src = new StringBuilder("package dev.leibniz.fuzzgen;\n\nfinal class Second" + first + " {\n");
      for (Program p : programs) {
        src.append(p.source().replace("@dev.leibniz.Differentiable", "@dev.leibniz.Differentiable(order = 2)")).append('\n');
      }
      Map<String, String> units = new LinkedHashMap<>();
      units.put(name, src.append("}\n").toString());
      Map<String, byte[]> compiled = InMemoryCompiler.compile(units);
      Result result = new ClassDifferentiator(n -> compiled.get(n.replace('/', '.'))).differentiate(compiled.get(name));
      java.util.Set<String> tooLarge = new java.util.HashSet<>();
      for (Diagnostic d : result.diagnostics()) {
        if (d.warning()) continue; // a rounded index into a passive array: the differences check the derivative
        if (d.mode().equals("second-order") && d.reason().contains("compile limit")) {
          tooLarge.add(d.method().substring(0, d.method().indexOf('('))); // reported, as it should be
        } else {
          failures.add(d.message());
        }
      }
      large += tooLarge.size();
      String broken = Verification.verify(result.transformed(), compiled);
      assertEquals(null, broken);
      Map<String, byte[]> loaded = new LinkedHashMap<>(compiled);
      loaded.put(name, result.transformed());
      Class<?> c = new ByteClassLoader(loaded).load(name);
      eligible += programs.size();
      for (Program p : programs) {
        if (tooLarge.contains(p.name())) continue;
        try {
          if (check(c, p, new Random(SEED * 31 + p.index()))) checked++; else skipped++;
        } catch (AssertionError e) {
          failures.add(p.name() + ": " + e.getMessage() + "\n" + p.source());
        }
      }
    }
    System.out.println("second-order fuzz: " + checked + " programs checked against differences, " + skipped + " skipped (kinks or non-finite; of them NaN in the second order: " + NAN_BOTH.get()
        + " with a NaN first-order tangent too, " + NAN_SECOND_ONLY.get() + " only in the second order), " + large + " reported as over the size limit");
    assertTrue(NAN_BOTH.get() + NAN_SECOND_ONLY.get() <= Math.max(2, checked / 50), "too many NaN second derivatives");
    assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n\n", failures.subList(0, Math.min(5, failures.size()))));
    assertTrue(large <= eligible / 20, large + " of " + eligible + " second-order companions over the size limit");
    assertTrue(checked >= eligible / 2, "too few programs checked: " + checked + " of " + eligible);
  }

  /** The adjoint's inputs for program p: each parameter (and an array's adjoint seed), the seed, the scalar buffer. */
  private static List<Object> adjointInputs(Program p, Random r) {
    List<ParamKind> kinds = p.params();
    Object[] x = Values.point(kinds, r);
    Object[] ybar = Values.direction(kinds, x, r);
    List<Object> a = new ArrayList<>();
    int scalars = 0;
    for (int i = 0; i < kinds.size(); i++) {
      a.add(x[i]);
      if (kinds.get(i).array) a.add(ybar[i]);
      if (kinds.get(i).isScalar()) scalars++;
    }
    if (p.returns().differentiable) a.add(2 * r.nextDouble() - 1);
    if (scalars > 0) a.add(r.doubles(scalars, -1, 1).toArray());
    return a;
  }

  private static boolean differentiable(Object v) {
    return v instanceof Double || v instanceof double[];
  }

  private static Object direction(Object v, Random r) {
    return v instanceof double[] a ? r.doubles(a.length, -1, 1).toArray() : (Object) (2 * r.nextDouble() - 1);
  }

  private static Object shift(Object v, Object d, double h) {
    if (v instanceof double[] a) {
      double[] s = a.clone();
      for (int j = 0; j < s.length; j++) s[j] += h * ((double[]) d)[j];
      return s;
    }
    return v instanceof Double x ? (Object) (x + h * (Double) d) : v;
  }

  /** The result (if a double) and then the final contents of every array argument, flattened. */
  private static double[] outputs(Object result, List<Object> args) {
    List<Double> out = new ArrayList<>();
    if (result instanceof Double d) out.add(d);
    for (Object a : args) {
      if (a instanceof double[] arr) for (double v : arr) out.add(v);
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static Object invoke(Method m, List<Object> args) {
    try {
      return m.invoke(null, args.toArray());
    } catch (InvocationTargetException e) {
      throw new AssertionError(m.getName() + " throws " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static double[] adjointOutputs(Method adjoint, List<Object> inputs, List<Object> directions, double h) {
    List<Object> args = new ArrayList<>();
    for (int k = 0; k < inputs.size(); k++) {
      args.add(directions.get(k) == null ? inputs.get(k) : shift(inputs.get(k), directions.get(k), h));
    }
    return outputs(invoke(adjoint, args), args);
  }

  /** Checks p; false when the point was skipped. */
  private static boolean check(Class<?> c, Program p, Random r) {
    Method adjoint = find(c, p.name() + "$adjoint", ProgramChecker.adjointTypes(p).length);
    Method second = find(c, p.name() + "$adjoint$tangent", -1);
    List<Object> inputs = adjointInputs(p, r);
    List<Object> directions = new ArrayList<>();
    for (Object v : inputs) directions.add(differentiable(v) ? direction(v, r) : null);
    List<Object> args = new ArrayList<>(), primalParts = new ArrayList<>(), tangentParts = new ArrayList<>();
    for (int k = 0; k < inputs.size(); k++) {
      Object v = Values.copy(inputs.get(k));
      args.add(v);
      primalParts.add(v);
      if (directions.get(k) != null) {
        Object d = Values.copy(directions.get(k));
        args.add(d);
        tangentParts.add(d);
      }
    }
    Object t = invoke(second, args);
    double[] primal = outputs(null, primalParts);
    double[] byAdjoint = adjointOutputs(adjoint, inputs, directions, 0);
    double[] plain = p.returns().differentiable ? java.util.Arrays.copyOfRange(byAdjoint, 1, byAdjoint.length) : byAdjoint;
    if (!Values.allFinite(plain)) return false;
    assertTrue(Values.close(plain, primal, 1e-12), "primal part " + Values.show(primal) + " but $adjoint gives " + Values.show(plain));
    double[] tangent = outputs(t, tangentParts);
    if (!Values.allFinite(tangent)) {
      // NaN is loud, never silently wrong. It comes from a partial that is undefined at the point
      // (hypot at (0, 0), ...) meeting a zero: 0 · NaN. The first-order tangent may have it too, or
      // not: its adjoint may carry the NaN only into an adjoint nobody reads, while the tangent of
      // that adjoint carries a NaN tangent into a product with a zero adjoint.
      (firstOrderTangentFinite(c, p, inputs, directions) ? NAN_SECOND_ONLY : NAN_BOTH).incrementAndGet();
      return false;
    }
    double[] d1 = central(adjoint, inputs, directions, H), d2 = central(adjoint, inputs, directions, H / 2), d4 = central(adjoint, inputs, directions, H / 4);
    double[] r1 = new double[d1.length], r2 = new double[d1.length];
    for (int i = 0; i < d1.length; i++) {
      r1[i] = (4 * d2[i] - d1[i]) / 3;
      r2[i] = (4 * d4[i] - d2[i]) / 3;
    }
    double scale = Math.max(1, Values.maxAbs(r2));
    if (!Values.allFinite(r1) || !Values.allFinite(r2) || Values.maxAbsDiff(r1, r2) > 1e-6 * scale) return false;
    assertTrue(Values.maxAbsDiff(tangent, r2) <= 1e-5 * scale,
        "tangent of the adjoint " + Values.show(tangent) + " but differences give " + Values.show(r2) + " at " + show(inputs) + " along " + show(directions));
    return true;
  }

  static final java.util.concurrent.atomic.AtomicInteger NAN_BOTH = new java.util.concurrent.atomic.AtomicInteger();
  static final java.util.concurrent.atomic.AtomicInteger NAN_SECOND_ONLY = new java.util.concurrent.atomic.AtomicInteger();

  /** f$tangent at the point along the direction's parts for f's own parameters. */
  private static boolean firstOrderTangentFinite(Class<?> c, Program p, List<Object> inputs, List<Object> directions) {
    List<Object> args = new ArrayList<>();
    int k = 0;
    for (ParamKind kind : p.params()) {
      args.add(Values.copy(inputs.get(k)));
      if (kind.differentiable) args.add(Values.copy(directions.get(k)));
      k += kind.array ? 2 : 1;
    }
    Method tangent = find(c, p.name() + "$tangent", args.size());
    Object r = invoke(tangent, args);
    return Values.allFinite(outputs(r, args));
  }

  private static String show(List<Object> v) {
    return Values.show(v.toArray());
  }

  private static double[] central(Method adjoint, List<Object> inputs, List<Object> directions, double h) {
    double[] plus = adjointOutputs(adjoint, inputs, directions, h), minus = adjointOutputs(adjoint, inputs, directions, -h);
    double[] d = new double[plus.length];
    for (int i = 0; i < d.length; i++) d[i] = (plus[i] - minus[i]) / (2 * h);
    return d;
  }

  private static Method find(Class<?> c, String name, int parameters) {
    for (Method m : c.getDeclaredMethods()) {
      if (m.getName().equals(name) && (parameters < 0 || m.getParameterCount() == parameters)) {
        m.setAccessible(true);
        return m;
      }
    }
    throw new AssertionError("missing " + name);
  }
}
