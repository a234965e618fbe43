package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.CheckedMoments;
import dev.leibniz.oracle.fixtures.Gate;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Calls of overridable methods of other classes (an inherited argument check, a test on an object
 * held in a field) whose result carries no derivative and whose code, read from the class its call
 * names, writes nothing: they keep their primal call behind a check of the receiver's class
 * (README, "Calls that carry no derivative"). Both modes against the exact gradient, finite
 * differences and each other (dot-product test); a receiver running an override the core never
 * read is named at run time; a test that writes a field is refused.
 */
class DispatchedPassiveCallsTest {
  static final Class<?> M = Transformed.of(CheckedMoments.class).type;

  static Object moments(Gate gate) {
    try {
      return M.getConstructor(Gate.class).newInstance(gate);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object call(Object receiver, String name, Class<?>[] types, Object... args) throws Throwable {
    Method m = M.getMethod(name, types);
    try {
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static final Class<?>[] PRIMAL = {double[].class, int.class, int.class};
  private static final Class<?>[] TANGENT = {double[].class, double[].class, int.class, int.class};
  private static final Class<?>[] ADJOINT = {double[].class, double[].class, int.class, int.class, double.class};

  @Test
  void inheritedArgumentCheckOnTheActiveArray() {
    Object r = moments(new Gate(1));
    double[] x = {1.5, -2, 0.25, 3, -0.5};
    int begin = 1, length = 3;
    double[] exact = new double[x.length];
    for (int i = begin; i < begin + length; i++) exact[i] = 2 * x[i];
    JacobianCheck.check("sumOfSquares", x,
        v -> new double[] {number(() -> call(r, "sumOfSquares", PRIMAL, v.clone(), begin, length))},
        (v, vd) -> new double[] {number(() -> call(r, "sumOfSquares$tangent", TANGENT, v.clone(), vd.clone(), begin, length))},
        (v, yb) -> {
          double[] g = new double[v.length];
          number(() -> call(r, "sumOfSquares$adjoint", ADJOINT, v.clone(), g, begin, length, yb[0]));
          return g;
        },
        new double[][] {exact});
  }

  @Test
  void theCheckStillThrowsInBothModes() {
    Object r = moments(new Gate(1));
    double[] x = {1, 2};
    IllegalArgumentException t = assertThrows(IllegalArgumentException.class,
        () -> call(r, "sumOfSquares$tangent", TANGENT, x, new double[2], 1, 2));
    assertEquals("subarray ends after array end", t.getMessage());
    IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
        () -> call(r, "sumOfSquares$adjoint", ADJOINT, x, new double[2], -1, 2, 1.0));
    assertEquals("start position cannot be negative: -1", a.getMessage());
  }

  @Test
  void yesOrNoTestOnAHeldObjectBothSidesOfItsBranch() {
    for (Gate gate : List.of(new Gate(1), new Gate.Named(1))) { // Named overrides nothing admits runs
      ScalarFunction f = new ScalarFunction(M, moments(gate), "gated", double.class);
      JacobianCheck.checkScalar(f, 0.5);
      JacobianCheck.checkScalar(f, -2.0);
      assertEquals(3 * 0.25, f.tangentGradient(0.5)[0], 1e-15);
      assertEquals(3 * 0.25, f.gradient(0.5)[0], 1e-15);
      assertEquals(2, f.tangentGradient(-2.0)[0], 0);
      assertEquals(2, f.gradient(-2.0)[0], 0);
    }
  }

  @Test
  void aReceiverRunningAnOverrideNeverReadIsNamed() throws Throwable {
    Object wide = moments(new Gate.Wide(1)); // overrides within, which admits calls
    IllegalStateException t = assertThrows(IllegalStateException.class,
        () -> call(wide, "gated$tangent", new Class<?>[] {double.class, double.class}, 2.0, 1.0));
    assertTrue(t.getMessage().startsWith("leibniz: an instance of " + Gate.Wide.class.getName() + " runs "
        + Gate.Wide.class.getName() + ".within instead of the code of " + Gate.class.getName()), t.getMessage());
    IllegalStateException a = assertThrows(IllegalStateException.class,
        () -> call(wide, "gated$adjoint", new Class<?>[] {double.class, double.class, double[].class}, 2.0, 1.0, new double[1]));
    assertEquals(t.getMessage(), a.getMessage());
    // the primal runs the override; the same site keeps serving the classes it checked
    assertEquals(8.0, number(() -> call(wide, "gated", new Class<?>[] {double.class}, 2.0)), 0);
    Object plain = moments(new Gate(1));
    assertEquals(3 * 0.25, number(() -> call(plain, "gated$tangent", new Class<?>[] {double.class, double.class}, 0.5, 1.0)), 1e-15);
  }

  @Test
  void vectorTangentsKeepTheCheckToo() throws Throwable {
    double[] x = {0.5, -1.5, 2};
    int k = 2;
    double[] dx = {1, 0, 0, 1, 0.5, -2}; // element i, direction d at i*k + d
    double[] df = new double[k];
    Class<?>[] types = {double[].class, double[].class, int.class, double[].class};
    double value = number(() -> call(moments(new Gate(1)), "sumOfCubes$tangents", types, x.clone(), dx, k, df));
    assertEquals(0.125 - 3.375 + 8, value, 1e-15);
    for (int d = 0; d < k; d++) {
      double exact = 0;
      for (int i = 0; i < x.length; i++) exact += 3 * x[i] * x[i] * dx[i * k + d];
      assertEquals(exact, df[d], 1e-14, "direction " + d);
    }
    assertThrows(IllegalStateException.class,
        () -> call(moments(new Gate.Wide(1)), "sumOfCubes$tangents", types, x.clone(), dx, k, new double[k]));
  }

  @Test
  void secondOrderKeepsTheCheckToo() throws Throwable {
    Class<?>[] types = {double.class, double.class, double.class, double.class, double[].class, double[].class};
    Class<?>[] adjoint = {double.class, double.class, double[].class};
    Object r = moments(new Gate(1));
    for (double x : new double[] {0.5, -2.0}) {
      double[] grad = new double[1], dgrad = new double[1];
      call(r, "gatedCube$adjoint$tangent", types, x, 1.0, 1.0, 0.0, grad, dgrad);
      boolean admitted = Math.abs(x) < 1;
      assertEquals(admitted ? 4 * x * x * x : 2, grad[0], 1e-15);
      assertEquals(admitted ? 12 * x * x : 0, dgrad[0], 1e-14);
      // the second oracle: central differences of the first-order adjoint
      double h = 1e-5;
      double[] up = new double[1], down = new double[1];
      call(r, "gatedCube$adjoint", adjoint, x + h, 1.0, up);
      call(r, "gatedCube$adjoint", adjoint, x - h, 1.0, down);
      assertEquals((up[0] - down[0]) / (2 * h), dgrad[0], 1e-8);
    }
    assertThrows(IllegalStateException.class,
        () -> call(moments(new Gate.Wide(1)), "gatedCube$adjoint$tangent", types, 0.5, 1.0, 1.0, 0.0, new double[1], new double[1]));
  }

  /**
   * A test that adds the active value into a double field of the object it is called on: the tangent would run it
   * twice and is refused, located; the adjoint runs it once and carries the field through the receiver's shadow (the
   * held object's sum is an output): checked against the analytic derivative and central differences.
   */
  @Test
  void aTestThatAddsAnActiveValueToAFieldGetsOnlyAnAdjoint() throws Exception {
    Transformed t = Transformed.of(CheckedMoments.Summed.class, true);
    List<Diagnostic> ds = t.result.diagnostics();
    assertEquals(1, ds.size(), ds.toString());
    String m = ds.get(0).message();
    assertTrue(m.contains("(tangent mode) at CheckedMoments.java:") && m.contains("boolean Gate.Summing.admits(double)")
        && m.contains("writes fields"), m);
    assertTrue(Arrays.stream(t.type.getDeclaredMethods()).noneMatch(x -> x.getName().equals("summed$tangent")));
    Method adjoint = t.type.getMethod("summed$adjoint", t.type, double.class, double.class, double[].class);
    for (double x : new double[] {0.75, -1.5}) {
      double seed = 1.3, sumSeed = -0.4;
      Object r = t.type.getConstructor().newInstance();
      Object bar = Derivatives.zeroShadow(r);
      setField(field(bar, "summer"), "admittedSum", sumSeed);
      double[] xbar = new double[1];
      assertEquals(x > 0 ? x * x : x, (double) adjoint.invoke(r, bar, x, seed, xbar), 0, "the primal value");
      assertEquals(x > 0 ? x : 0, (double) field(field(r, "summer"), "admittedSum"), 0, "admits ran once");
      double exact = x > 0 ? seed * 2 * x + sumSeed : seed;
      assertEquals(exact, xbar[0], 1e-15, "adjoint at " + x);
      double[] fd = Arrays.stream(FiniteDifferences.directional(v -> summedAndSum(t.type, v[0]), new double[] {x},
          new double[] {1})).mapToDouble(FiniteDifferences.Estimate::value).toArray();
      assertEquals(exact, seed * fd[0] + sumSeed * fd[1], 1e-7, "differences at " + x);
    }
  }

  /** The method's value and the held object's sum after one call on a fresh receiver. */
  private static double[] summedAndSum(Class<?> type, double x) {
    try {
      Object r = type.getConstructor().newInstance();
      double y = (double) type.getMethod("summed", double.class).invoke(r, x);
      return new double[] {y, (double) field(field(r, "summer"), "admittedSum")};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object field(Object o, String name) throws ReflectiveOperationException {
    java.lang.reflect.Field f = o.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f.get(o);
  }

  private static void setField(Object o, String name, double value) throws ReflectiveOperationException {
    java.lang.reflect.Field f = o.getClass().getDeclaredField(name);
    f.setAccessible(true);
    f.setDouble(o, value);
  }

  /** A counter in an int field carries no derivative: the call is kept, and runs once per companion call. */
  @Test
  void aTestThatCountsIsKeptAndRunsOncePerCall() throws Exception {
    Transformed t = Transformed.of(CheckedMoments.Counted.class, true);
    assertEquals(List.of(), t.result.diagnostics());
    Object r = t.type.getConstructor().newInstance();
    Method admitted = t.type.getMethod("admitted");
    ScalarFunction f = new ScalarFunction(t.type, r, "counted", double.class);
    JacobianCheck.checkScalar(f, 0.75);
    JacobianCheck.checkScalar(f, -1.5);
    int before = (int) admitted.invoke(r);
    assertEquals(1.5, f.tangentGradient(0.75)[0], 1e-15);
    assertEquals(before + 1, (int) admitted.invoke(r), "the tangent runs the test once");
    assertEquals(1.5, f.gradient(0.75)[0], 1e-15);
    assertEquals(before + 2, (int) admitted.invoke(r), "the adjoint runs the test once");
    assertEquals(1, f.gradient(-1.5)[0], 0);
    assertEquals(before + 2, (int) admitted.invoke(r), "a value not admitted is not counted");
  }

  interface Call {
    Object run() throws Throwable;
  }

  static double number(Call c) {
    try {
      return ((Number) c.run()).doubleValue();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }
}
