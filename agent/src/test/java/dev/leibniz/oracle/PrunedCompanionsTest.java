package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.prune.Caller;
import dev.leibniz.oracle.fixtures.prune.Library;
import dev.leibniz.oracle.fixtures.prune.Wave;
import dev.leibniz.testing.CallGraph;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Generated methods that nothing can call are not emitted (core.CallableMembers), and what other
 * classes call stays: {@link Library} and {@link Wave} are transformed first, {@link Caller}, which
 * calls their companions (the contract adjoint of {@code axpy}, whose in-class callers use its
 * variants; the private companions of {@code Wave.applyAsDouble}, found by name by a dispatched
 * call), after them, as a class loaded later is. Both modes against the exact derivative, central
 * finite differences and each other (dot product).
 */
class PrunedCompanionsTest {
  static final LinkedFixtures F = LinkedFixtures.of(Library.class, Wave.class, Caller.class);

  /** bump(t) = t sin t + t^2 / 2. */
  static double bumpPrime(double t) {
    return t * Math.cos(t) + Math.sin(t) + t;
  }

  @Test
  void aClassTransformedLaterCallsTheCompanionsOfAClassTransformedEarlier() {
    ScalarFunction f = new ScalarFunction(F.get(Caller.class), "combined", double.class, double.class);
    for (double[] p : new double[][] {{0.3, -0.7}, {1.2, 0.4}}) {
      double a = p[0], b = p[1];
      double[] y = {1 + a * a, 2 + a * b, 3 + a * a * b};
      double[] dyda = {2 * a, b, 2 * a * b}, dydb = {0, a, a * a};
      double da = 0, db = bumpPrime(b);
      for (int i = 0; i < 3; i++) {
        da += bumpPrime(2 * y[i]) * 2 * dyda[i];
        db += bumpPrime(2 * y[i]) * 2 * dydb[i];
      }
      JacobianCheck.check("combined", p, v -> new double[] {f.value(v)}, (v, dv) -> new double[] {f.tangent(v, dv)},
          (v, yb) -> {
            double[] g = new double[2];
            f.adjoint(v, yb[0], g);
            return g;
          }, new double[][] {{da, db}});
    }
  }

  @Test
  void aDispatchedCallFindsThePrivateCompanionsOfItsReceiversClass() throws Exception {
    Class<?> caller = F.get(Caller.class);
    double k = 1.7;
    Object wave = F.get(Wave.class).getConstructor(double.class).newInstance(k);
    Method value = caller.getDeclaredMethod("dispatched", DoubleUnaryOperator.class, double.class);
    Method tangent = caller.getDeclaredMethod("dispatched$tangent", DoubleUnaryOperator.class, double.class, double.class);
    Method adjoint = caller.getDeclaredMethod("dispatched$adjoint", DoubleUnaryOperator.class, double.class, double.class, double[].class);
    for (double x : new double[] {-0.6, 0.9}) {
      double exact = (k * Math.cos(k * x) + 1) * x + Math.sin(k * x) + x;
      JacobianCheck.check("dispatched", new double[] {x}, v -> new double[] {(double) invoke(value, wave, v[0])},
          (v, dv) -> new double[] {(double) invoke(tangent, wave, v[0], dv[0])},
          (v, yb) -> {
            double[] g = new double[1];
            invoke(adjoint, wave, v[0], yb[0], g);
            return g;
          }, new double[][] {{exact}});
    }
  }

  private static Object invoke(Method m, Object... args) {
    try {
      return m.invoke(null, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(m.getName(), e.getCause() == null ? e : e.getCause());
    }
  }

  @Test
  void everyMethodTheLaterClassCallsInTheEarlierOnesIsThere() {
    ClassNode caller = node(F.result(Caller.class).transformed());
    for (Class<?> callee : List.of(Library.class, Wave.class)) {
      String owner = callee.getName().replace('.', '/');
      Set<String> declared = new HashSet<>();
      for (MethodNode m : node(F.result(callee).transformed()).methods) declared.add(m.name + m.desc);
      List<String> called = new ArrayList<>();
      for (MethodNode m : caller.methods) {
        for (AbstractInsnNode n : m.instructions) {
          if (n instanceof MethodInsnNode && ((MethodInsnNode) n).owner.equals(owner)) {
            called.add(((MethodInsnNode) n).name + ((MethodInsnNode) n).desc);
          }
        }
      }
      if (callee == Library.class) assertTrue(called.stream().anyMatch(c -> c.startsWith("axpy$adjoint(")), called::toString);
      for (String c : called) assertTrue(declared.contains(c), callee.getSimpleName() + " lacks " + c);
    }
  }

  @Test
  void noGeneratedMethodIsLeftUncalled() {
    for (Class<?> c : List.of(Library.class, Wave.class, Caller.class)) {
      // Wave's companions of applyAsDouble are found by name (a dispatched call's private lookup)
      List<String> unreached = CallGraph.unreached(F.result(c).transformed(), Transformed.bytesOf(c),
          "applyAsDouble$tangent", "applyAsDouble$adjoint");
      assertTrue(unreached.isEmpty(), c.getSimpleName() + ": " + unreached);
    }
    // Library's own callers use axpy's and bump's private variants; its entries stay for Caller
    Set<String> library = CallGraph.of(F.result(Library.class).transformed()).methods();
    for (String m : new String[] {"axpy$adjoint", "axpy$tangent", "bump$adjoint", "bump$tangent", "twice$adjoint", "twice$tangent"}) {
      assertTrue(library.contains(m), m + " missing: " + library);
    }
    assertTrue(CallGraph.of(F.result(Wave.class).transformed()).methods().contains("applyAsDouble$tangent"));
  }

  private static ClassNode node(byte[] bytes) {
    ClassNode cn = new ClassNode();
    new ClassReader(bytes).accept(cn, 0);
    return cn;
  }
}
