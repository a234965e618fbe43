package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.objects.ShadowClasses;
import dev.leibniz.objects.fixtures.CountingModel;
import dev.leibniz.objects.fixtures.EvalStats;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A class nobody annotated gets shadows only for writes whose value may carry a derivative
 * (README, "Objects"): {@code st.evals += 1} is bookkeeping, so {@link EvalStats} stays passive and
 * the companions keep the contract they had before (no shadow after the stats), and a direct call
 * with that descriptor works; derivatives against central differences and the analytic formula.
 */
class PassiveWritesTest {
  static final LinkedFixtures L = LinkedFixtures.of(CountingModel.class);
  static final Class<?> T = L.get(CountingModel.class);
  static final double[] W = {0.3, -1.2, 2.5, 0.7};

  static double f(double x, double[] w) {
    double s = 0;
    for (int i = 0; i < w.length; i++) s += w[i] * Math.sin(x * i);
    return s;
  }

  @Test
  void noShadowsForABookkeepingWrite() {
    assertTrue(L.result(CountingModel.class).plans().stream().noneMatch(p -> p.contains("EvalStats")),
        () -> "" + L.result(CountingModel.class).plans());
    for (Method m : T.getDeclaredMethods()) {
      long stats = Arrays.stream(m.getParameterTypes()).filter(EvalStats.class::equals).count();
      assertTrue(stats <= 1, () -> "a shadow of EvalStats in " + m);
    }
  }

  @Test
  void theActiveWriteStillMarksItsClass() throws Exception {
    java.util.Map<String, String> marked = scan(CountingModel.class);
    assertEquals(java.util.Set.of("dev/leibniz/objects/fixtures/PlainCell"), marked.keySet(), marked::toString);
  }

  @Test
  void aFieldOfAMarkedClassIsActiveWhereverItIsRead() {
    java.util.Map<String, String> marked = scan(dev.leibniz.objects.fixtures.ReadsBeforeMarking.class);
    assertEquals(java.util.Set.of("dev/leibniz/objects/fixtures/PlainCell", "dev/leibniz/objects/fixtures/EvalStats"), marked.keySet(), marked::toString);
  }

  static java.util.Map<String, String> scan(Class<?> c) {
    org.objectweb.asm.tree.ClassNode cn = new org.objectweb.asm.tree.ClassNode();
    new org.objectweb.asm.ClassReader(Transformed.bytesOf(c)).accept(cn, 0);
    return ShadowClasses.of(cn, m -> !m.name.startsWith("<"), PassiveWritesTest::classNode);
  }

  static org.objectweb.asm.tree.ClassNode classNode(String name) {
    try (java.io.InputStream in = PassiveWritesTest.class.getClassLoader().getResourceAsStream(name + ".class")) {
      if (in == null || name.startsWith("java/")) return null;
      org.objectweb.asm.tree.ClassNode cn = new org.objectweb.asm.tree.ClassNode();
      new org.objectweb.asm.ClassReader(in.readAllBytes()).accept(cn, 0);
      return cn;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void adjointWithTheOldContractAgreesWithDifferencesAndTheFormula() throws Exception {
    Method adj = T.getMethod("f$adjoint", double.class, double[].class, double[].class, EvalStats.class, double.class, double[].class);
    double x = 0.5;
    double[] wbar = new double[W.length], xbar = new double[1];
    EvalStats st = new EvalStats();
    double y = (double) adj.invoke(null, x, W.clone(), wbar, st, 1.0, xbar);
    assertEquals(f(x, W), y, 1e-14);
    assertEquals(1.0, st.evals, "the primal's bookkeeping still runs");
    double analytic = 0;
    for (int i = 0; i < W.length; i++) analytic += W[i] * i * Math.cos(x * i);
    FiniteDifferences.Estimate fd = FiniteDifferences.derivative(v -> f(v, W), x);
    assertEquals(analytic, xbar[0], 1e-12);
    assertEquals(fd.value(), xbar[0], fd.tolerance(1e-9));
    for (int i = 0; i < W.length; i++) assertEquals(Math.sin(x * i), wbar[i], 1e-14, "d/dw" + i);
  }

  @Test
  void tangentWithTheOldContractAgreesWithDifferencesAndTheAdjoint() throws Exception {
    Method tan = T.getMethod("f$tangent", double.class, double.class, double[].class, double[].class, EvalStats.class);
    double x = 0.5, dx = 0.7;
    double[] dw = {0.1, -0.4, 0.25, 1.5};
    EvalStats st = new EvalStats();
    double dy = (double) tan.invoke(null, x, dx, W.clone(), dw, st);
    assertEquals(1.0, st.evals);
    double[] p = new double[W.length + 1], v = new double[W.length + 1];
    p[0] = x; v[0] = dx;
    for (int i = 0; i < W.length; i++) { p[i + 1] = W[i]; v[i + 1] = dw[i]; }
    FiniteDifferences.Estimate fd = FiniteDifferences.directional(q -> new double[] {f(q[0], Arrays.copyOfRange(q, 1, q.length))}, p, v)[0];
    assertEquals(fd.value(), dy, fd.tolerance(1e-9));
    // the dot-product test: <ybar, J v> = <J^T ybar, v> with ybar = 1
    Method adj = T.getMethod("f$adjoint", double.class, double[].class, double[].class, EvalStats.class, double.class, double[].class);
    double[] wbar = new double[W.length], xbar = new double[1];
    adj.invoke(null, x, W.clone(), wbar, new EvalStats(), 1.0, xbar);
    double dot = xbar[0] * dx;
    for (int i = 0; i < W.length; i++) dot += wbar[i] * dw[i];
    assertEquals(dy, dot, 1e-13 * Math.max(1, Math.abs(dy)));
  }
}
