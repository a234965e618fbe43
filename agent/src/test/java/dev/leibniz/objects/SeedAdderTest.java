package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.Scalable;
import dev.leibniz.objects.fixtures.SeedResults;
import dev.leibniz.objects.fixtures.Twin;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The seed of an object result added field by field by generated code (README, "Objects"): scalar,
 * {@code float}, array and nested-object fields, an array the seed reaches through two fields added
 * once, a subclass of a non-final result class (the reflective helper), both modes against the
 * analytic derivative, finite differences and the dot-product test, and no allocation per call.
 */
class SeedAdderTest {
  static final Transformed T = Transformed.of(SeedResults.class);

  /** Inputs w, a[0], a[1], inner.u, inner.v[0], k; {@code shared}: fields a and b hold one array. */
  static Twin twin(double[] in, boolean shared) {
    double[] a = {in[1], in[2]};
    return new Twin(in[0], a, shared ? a : new double[] {5, 6}, new Twin.Inner(in[3], 0.5f, new double[] {in[4]}));
  }

  static double[] state(Twin t) {
    return new double[] {t.w, t.a[0], t.a[1], t.inner.u, t.inner.v[0]};
  }

  static void set(Twin s, double[] v) {
    s.w = v[0];
    s.a[0] = v[1];
    s.a[1] = v[2];
    s.inner.u = v[3];
    s.inner.v[0] = v[4];
  }

  static MethodHandle tangent() throws Exception {
    return MethodHandles.publicLookup().findStatic(T.type, "scaled$tangent",
        MethodType.methodType(Twin.class, Twin.class, Twin.class, double.class, double.class));
  }

  static MethodHandle adjoint() throws Exception {
    return MethodHandles.publicLookup().findStatic(T.type, "scaled$adjoint",
        MethodType.methodType(Twin.class, Twin.class, Twin.class, double.class, Twin.class, double[].class));
  }

  static double[] primal(double[] in, boolean shared) {
    Twin t = twin(in, shared);
    return state(SeedResults.scaled(t, in[5]));
  }

  static double[] tangentOf(double[] in, double[] v, boolean shared) {
    try {
      Twin t = twin(in, shared), dt = Derivatives.zeroShadow(t);
      set(dt, v);
      Twin dr = (Twin) tangent().invokeExact(t, dt, in[5], v[5]);
      assertSame(dt, dr, "the tangent of the returned parameter is its shadow");
      return state(dr);
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  /** J^T w with the whole seed on the result, given as a separate shadow (the adjoint shadow starts at zero). */
  static double[] adjointOf(double[] in, double[] w, boolean shared) {
    try {
      Twin t = twin(in, shared), bar = Derivatives.zeroShadow(t), seed = Derivatives.zeroShadow(t);
      set(seed, w);
      double[] grad = new double[1];
      Twin r = (Twin) adjoint().invokeExact(t, bar, in[5], seed, grad);
      assertSame(t, r, "the adjoint returns the primal result");
      assertEquals(w[0], seed.w, 0, "the seed is read, not changed");
      double[] g = state(bar);
      return new double[] {g[0], g[1], g[2], g[3], g[4], grad[0]};
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  static final double[] X = {0.3, -1.2, 0.8, 2.5, -0.7, 1.75};

  @Test
  void adjointAgainstTheAnalyticDerivative() {
    for (boolean shared : new boolean[] {false, true}) {
      double[] w = {0.7, -0.4, 0.2, 0.9, -1.1};
      double[] g = adjointOf(X, w, shared);
      double k = X[5];
      assertEquals(k * w[0], g[0], 1e-15, "w");
      assertEquals(k * w[1], g[1], 1e-15, "a[0]");
      assertEquals(w[2], g[2], 0, "a[1], added once although the seed reaches its array through a and b: " + shared);
      assertEquals(k * w[3], g[3], 1e-15, "inner.u");
      assertEquals(w[4], g[4], 0, "inner.v[0]");
      assertEquals(w[0] * X[0] + w[1] * X[1] + w[3] * X[3], g[5], 1e-15, "k");
    }
  }

  @Test
  void bothModesAgainstFiniteDifferencesAndTheDotProduct() {
    for (boolean shared : new boolean[] {false, true}) {
      java.util.Random r = new java.util.Random(11);
      for (int trial = 0; trial < 3; trial++) {
        double[] v = new double[X.length];
        for (int k = 0; k < v.length; k++) v[k] = r.nextGaussian();
        FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(in -> primal(in, shared), X, v);
        double[] jv = tangentOf(X, v, shared);
        for (int o = 0; o < fd.length; o++) {
          assertEquals(fd[o].value(), jv[o], fd[o].tolerance(1e-9), "tangent, output " + o);
          double[] w = new double[fd.length];
          w[o] = 1;
          double[] g = adjointOf(X, w, shared);
          double gv = 0;
          for (int k = 0; k < v.length; k++) gv += g[k] * v[k];
          assertEquals(fd[o].value(), gv, fd[o].tolerance(1e-9), "adjoint, output " + o);
        }
      }
      DotProductCheck.check("scaled", X, 5, (in, v) -> tangentOf(in, v, shared), (in, w) -> adjointOf(in, w, shared), 5, 5);
    }
  }

  @Test
  void floatFieldsAndTheSeedsOwnShadowOrNull() throws Throwable {
    Twin t = twin(X, false), bar = Derivatives.zeroShadow(t), seed = Derivatives.zeroShadow(t);
    seed.inner.f = 0.25f;
    Twin ignored = (Twin) adjoint().invokeExact(t, bar, 2.0, seed, new double[1]);
    assertEquals(0.25f, bar.inner.f, 0, "a float field of a nested object");
    Twin u = twin(X, false), ubar = Derivatives.zeroShadow(u);
    ubar.w = 1;
    ignored = (Twin) adjoint().invokeExact(u, ubar, 2.0, ubar, new double[1]);
    assertEquals(2, ubar.w, 0, "the returned object's own shadow as seed: not added again");
    Twin n = twin(X, false), nbar = Derivatives.zeroShadow(n);
    nbar.w = 1;
    ignored = (Twin) adjoint().invokeExact(n, nbar, 2.0, (Twin) null, new double[1]);
    assertEquals(2, nbar.w, 0, "a null seed adds nothing");
  }

  @Test
  void aSubclassOfANonFinalResultClassGetsItsOwnFieldsAdded() throws Throwable {
    MethodHandle bumped = MethodHandles.publicLookup().findStatic(T.type, "bumped$adjoint",
        MethodType.methodType(Scalable.class, Scalable.class, Scalable.class, double.class, Scalable.class, double[].class));
    Scalable.Wider s = new Scalable.Wider(1.5, 2), bar = Derivatives.zeroShadow(s), seed = Derivatives.zeroShadow(s);
    seed.p = 1;
    seed.q = 3;
    double[] grad = new double[1];
    Scalable r = (Scalable) bumped.invokeExact((Scalable) s, (Scalable) bar, 4.0, (Scalable) seed, grad);
    assertSame(s, r);
    assertEquals(4, bar.p, 0, "p: k times its seed");
    assertEquals(3, bar.q, 0, "q, which only the subclass declares, is added too");
    assertEquals(1.5, grad[0], 0, "dk: the seed of p times p");
    Scalable plain = new Scalable(1.5), pbar = Derivatives.zeroShadow(plain), pseed = Derivatives.zeroShadow(plain);
    pseed.p = 1;
    r = (Scalable) bumped.invokeExact(plain, pbar, 4.0, pseed, new double[1]);
    assertEquals(4, pbar.p, 0, "the declared class: the generated adder");
    Scalable other = new Scalable(1.5), obar = Derivatives.zeroShadow(other);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> { Scalable x = (Scalable) bumped.invokeExact(other, obar, 4.0, (Scalable) Derivatives.zeroShadow(s), new double[1]); });
    assertTrue(e.getMessage().contains("seed"), e.getMessage());
  }

  /** Helpers the adjoints of a method call, transitively through the class's own methods. */
  static Set<String> calledHelpers(String method) {
    ClassNode cn = new ClassNode();
    new ClassReader(T.result.transformed()).accept(cn, 0);
    Set<String> out = new HashSet<>();
    for (MethodNode m : cn.methods) {
      if (!m.name.startsWith(method + "$adjoint")) continue;
      for (AbstractInsnNode n : m.instructions) {
        if (n instanceof MethodInsnNode) out.add(((MethodInsnNode) n).name);
      }
    }
    return out;
  }

  @Test
  void theAdderOfAFinalClassIsGeneratedCodeWithoutReflection() {
    assertFalse(calledHelpers("scaled").contains("leibniz$addShadow"), "scaled: " + calledHelpers("scaled"));
    assertTrue(calledHelpers("scaled").contains("leibniz$addSeedD"), "scaled: " + calledHelpers("scaled"));
    assertTrue(calledHelpers("bumped").contains("leibniz$addShadow"), "a subclass may add fields: " + calledHelpers("bumped"));
  }

  @Test
  void anAdjointWithASeparateSeedAllocatesNothingOnceCompiled() throws Throwable {
    MethodHandle adjoint = adjoint();
    Twin t = twin(X, true), bar = Derivatives.zeroShadow(t), seed = Derivatives.zeroShadow(t);
    set(seed, new double[] {1e-9, 1e-9, 1e-9, 1e-9, 1e-9});
    double[] grad = new double[1];
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocated = Long.MAX_VALUE;
    for (int round = 0; round < 20 && allocated > 0; round++) {
      long before = threads.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < 20_000; i++) {
        Twin r = (Twin) adjoint.invokeExact(t, bar, 1.0, seed, grad);
      }
      allocated = threads.getCurrentThreadAllocatedBytes() - before;
    }
    assertTrue(bar.w > 0);
    assertEquals(0, allocated, "bytes allocated by 20,000 adjoint calls with a separate result seed once compiled");
  }
}
