package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.BridgedHelper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A call given an active array whose int result carries no derivative, made to an inherited public method of a
 * package-private base class: javac re-declares it in the public subclass as a visibility bridge, which the core took
 * for an overridable method of the class itself without @Differentiable (liblinear's {@code grad} calling {@code
 * get_nr_variable()}: a tangent that threw at run time). The bridge runs the inherited code, which is read and writes
 * nothing: the call is kept as a passive call behind the check of the receiver's class. Both modes against the exact
 * gradient, central differences and the dot-product test; a receiver whose class overrides it is named at run time.
 */
class VisibilityBridgeCallsTest {
  static final LinkedFixtures T = linked();

  private static LinkedFixtures linked() {
    try {
      return LinkedFixtures.allowingDiagnostics(Class.forName("dev.leibniz.oracle.fixtures.BridgeBase"), BridgedHelper.class,
          dev.leibniz.oracle.fixtures.BridgedHelperOverride.class, Class.forName("dev.leibniz.oracle.fixtures.BridgeHookBase"),
          dev.leibniz.oracle.fixtures.BridgedHook.class);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
  private static final Class<?>[] PRIMAL = {double[].class};
  private static final Class<?>[] TANGENT = {double[].class, double[].class};
  private static final Class<?>[] ADJOINT = {double[].class, double[].class, double.class};

  static Object receiver(String name) {
    try {
      return Class.forName("dev.leibniz.oracle.fixtures." + name, true, T.get(BridgedHelper.class).getClassLoader()).getConstructor()
          .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object call(Object receiver, String name, Class<?>[] types, Object... args) throws Exception {
    Method m = T.get(BridgedHelper.class).getMethod(name, types);
    try {
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception x) throw x;
      throw new AssertionError(e.getCause());
    }
  }

  static double number(java.util.concurrent.Callable<Object> c) {
    try {
      return (double) c.call();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void anInheritedCallThroughAVisibilityBridgeKeepsItsPrimalCall() {
    List<Diagnostic> ds = T.result(BridgedHelper.class).diagnostics();
    assertTrue(ds.stream().noneMatch(d -> d.method().startsWith("sumOfSquares(")), ds::toString);
    Object r = receiver("BridgedHelper");
    double[] x = {1.5, -2, 0.25};
    // the first two entries count: 1 x0^2 + 2 x1^2
    double[] exact = {2 * x[0], 4 * x[1], 0};
    JacobianCheck.check("sumOfSquares", x,
        v -> new double[] {number(() -> call(r, "sumOfSquares", PRIMAL, (Object) v.clone()))},
        (v, vd) -> new double[] {number(() -> call(r, "sumOfSquares$tangent", TANGENT, v.clone(), vd.clone()))},
        (v, yb) -> {
          double[] g = new double[v.length];
          number(() -> call(r, "sumOfSquares$adjoint", ADJOINT, v.clone(), g, yb[0]));
          return g;
        },
        new double[][] {exact});
  }

  @Test
  void aReceiverOverridingTheBridgedMethodIsNamedAtRunTime() {
    Object r = receiver("BridgedHelperOverride");
    double[] x = {1.5, -2, 0.25};
    for (String mode : new String[] {"tangent", "adjoint"}) {
      Throwable e = assertThrows(Throwable.class, () -> {
        if (mode.equals("tangent")) call(r, "sumOfSquares$tangent", TANGENT, x.clone(), new double[] {1, 0, 0});
        else call(r, "sumOfSquares$adjoint", ADJOINT, x.clone(), new double[3], 1.0);
      });
      assertTrue(String.valueOf(e.getMessage()).contains("BridgedHelperOverride"), mode + ": " + e);
    }
  }

  /**
   * A bridge whose inherited code the core cannot follow (it calls an abstract method) stays refused, and the advice does
   * not ask to annotate the bridge, a synthetic method with no source.
   */
  @Test
  void aRefusedCallThroughABridgeDoesNotAdviseAnnotatingIt() {
    List<Diagnostic> ds = T.result(dev.leibniz.oracle.fixtures.BridgedHook.class).diagnostics();
    List<Diagnostic> on = ds.stream().filter(d -> d.method().startsWith("sumOfSquares(") && !d.warning()).toList();
    assertTrue(!on.isEmpty(), ds::toString);
    for (Diagnostic d : on) {
      assertTrue(d.reason().contains("synthetic method that javac generated"), d::toString);
      assertTrue(!d.reason().contains("annotate it"), d::toString);
    }
  }
}
