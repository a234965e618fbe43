package dev.leibniz.oracle;

import static dev.leibniz.oracle.ActiveLambdasTest.check;
import static dev.leibniz.oracle.ActiveLambdasTest.scalars;
import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.agent.FirstDispatch;
import dev.leibniz.oracle.ActiveLambdasTest.Companions;
import dev.leibniz.oracle.fixtures.staticlambdas.Functions;
import dev.leibniz.oracle.fixtures.staticlambdas.StaticLambdas;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Functions held in {@code static final} fields and initialised with a lambda or a method
 * reference ({@code private static final DoubleUnaryOperator EXP = Math::exp;}): the field's one
 * write, in the static initialiser, shows which implementation every call runs, so the call is
 * differentiated as a call of that implementation ({@code core.objects.LambdaCalls}, {@code
 * ObjectCode.lambdaOfConstant}) — no dispatch at run time, so no agent bridge is installed here. A
 * field that is not final, or final but set from a method's result, is left to run-time dispatch,
 * which follows the object the field holds at the call. Both modes against Hipparchus'
 * DerivativeStructure and finite differences, and the dot product.
 */
class StaticFinalLambdasTest {
  static final LinkedFixtures L = LinkedFixtures.of(StaticLambdas.class);
  static final Class<?> C = L.get(StaticLambdas.class);

  @Test
  void ownFieldsJdkReferenceBoxedLambdaAndOwnReference() {
    for (double[] x : new double[][] {{0.3, 1.2}, {-0.8, 2.5}, {1.1, -0.4}}) {
      check("own", scalars(C, null, "own"), x, v -> v[0].exp().multiply(v[1].multiply(v[1]).add(v[1].sin()))
          .add(v[0].multiply(v[0]).add(v[1].multiply(v[1])).sqrt()));
    }
  }

  /** Resolved from the class file, not dispatched: the companions of own and library call no function. */
  @Test
  void constantsAreNotDispatched() {
    org.objectweb.asm.tree.ClassNode c = new org.objectweb.asm.tree.ClassNode();
    new org.objectweb.asm.ClassReader(L.result(StaticLambdas.class).transformed()).accept(c, 0);
    int companions = 0;
    for (org.objectweb.asm.tree.MethodNode m : c.methods) {
      if (!m.name.startsWith("own$") && !m.name.startsWith("library$")) continue;
      companions++;
      for (org.objectweb.asm.tree.AbstractInsnNode n : m.instructions) {
        assertFalse(n instanceof org.objectweb.asm.tree.InvokeDynamicInsnNode, m.name + " has an invokedynamic");
        if (n instanceof org.objectweb.asm.tree.MethodInsnNode call) {
          assertFalse(call.name.startsWith("apply"), m.name + " calls " + call.owner + "." + call.name);
        }
      }
    }
    assertTrue(companions >= 4, "companions of own and library: " + companions);
  }

  /** Another class's fields (a lambda with a private body, a reference to a private method) in a loop. */
  @Test
  void anotherClasssFieldsInALoop() {
    double[] x0 = {0.4, -1.3, 2.2};
    Companions c = new Companions() {
      public double primal(double[] v) {
        return d(callOn(null, C, "library", Arrays.copyOf(v, 3), v[3]));
      }

      public double tangent(double[] v, double[] vdot) {
        return d(callOn(null, C, "library$tangent", Arrays.copyOf(v, 3), Arrays.copyOf(vdot, 3), v[3], vdot[3]));
      }

      public double adjoint(double[] v, double[] grad) {
        double[] xbar = new double[3];
        double[] wbar = new double[1];
        double y = d(callOn(null, C, "library$adjoint", Arrays.copyOf(v, 3), xbar, v[3], 1.0, wbar));
        System.arraycopy(xbar, 0, grad, 0, 3);
        grad[3] = wbar[0];
        return y;
      }
    };
    double[] x = Arrays.copyOf(x0, 4);
    x[3] = 0.7;
    check("library", c, x, v -> {
      DerivativeStructure s = v[0].getField().getZero();
      for (int i = 0; i < 3; i++) {
        DerivativeStructure logistic = v[i].negate().exp().add(1).reciprocal();
        s = s.add(logistic).add(v[i].multiply(v[3].cos())).add(v[3].multiply(v[3]).multiply(0.25));
      }
      return s;
    });
  }

  /**
   * A field that is not final holds whatever was stored last: without the bridge its companion
   * names the lambda it cannot differentiate; with it, the function stored last is differentiated,
   * never the one the initialiser stored.
   */
  @Test
  void aMutableFieldIsDispatchedOnWhatItHolds() {
    DoubleUnaryOperator before = Functions.current;
    try {
      Functions.current = Math::cos;
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> unwrap(() -> callOn(null, C, "mutable$tangent", 0.7, 1.0)));
      assertTrue(e.getMessage().startsWith("leibniz:"), e.getMessage());
      FirstDispatch.install(false, net.bytebuddy.agent.ByteBuddyAgent.install());
      try {
        check("mutable", scalars(C, null, "mutable"), new double[] {0.7}, v -> v[0].multiply(v[0]).cos());
      } finally {
        FirstDispatch.uninstall();
      }
    } finally {
      Functions.current = before;
    }
  }

  /** A final field set from a method's result is not read off the class file either: refused without the bridge. */
  @Test
  void aFinalFieldSetByAMethodIsNotGuessed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> unwrap(() -> callOn(null, C, "chosen$tangent", 0.3, 1.0)));
    assertTrue(e.getMessage().startsWith("leibniz:"), e.getMessage());
    assertEquals(Math.exp(0.6), d(callOn(null, C, "chosen", 0.3)), 1e-15);
  }

  /** Runs {@code r}, rethrowing the cause of the assertion {@code callOn} wraps a thrown exception in. */
  private static void unwrap(Runnable r) {
    try {
      r.run();
    } catch (AssertionError e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw e;
    }
  }
}
