package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.functions.KeepingLambda;
import dev.leibniz.objects.fixtures.functions.OwnReadingFunction;
import dev.leibniz.objects.fixtures.functions.OwnWritingFunction;
import dev.leibniz.objects.fixtures.functions.OwnWritingScorer;
import dev.leibniz.objects.fixtures.functions.WritingLambda;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.FirstDispatchInstalled;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13 (never silently wrong): a generic JDK function returning a number ({@code ToDoubleFunction<Box>}) given a
 * new object or a parameter by a marked method is trusted to keep nothing and write nothing
 * ({@code TypedFunctionCalls.keepsNothingGiven}) because every implementation is judged at its first dispatch. Here the
 * implementation's companions come from elsewhere: a lambda created in the marked class itself (its body's companions
 * made by that class's transformation, found by {@code Helpers.lambdaCompanion}), and a marked class of one's own
 * implementing the interface. Its body writes into its argument, or keeps it in a static field. Each call either gives
 * the derivative central differences give, in both modes, or fails naming the function: never a wrong number.
 */
@ExtendWith(FirstDispatchInstalled.class)
class WritingFunctionBodiesTest {
  static final double[][] POINTS = {{0.7, -1.3}, {1.4, 0.4}, {-0.8, 1.1}};

  @Test
  void aLambdaOfTheMarkedClassWritingANewObject() {
    Transformed t = Transformed.of(WritingLambda.class, true);
    rightOrRefused(t, "fromNew", field(t, "SCALING"), false);
  }

  @Test
  void aLambdaOfTheMarkedClassWritingAParameter() {
    Transformed t = Transformed.of(WritingLambda.class, true);
    rightOrRefused(t, "fromParameter", field(t, "SCALING"), true);
  }

  @Test
  void aLambdaOfTheMarkedClassKeepingANewObject() {
    Transformed t = Transformed.of(KeepingLambda.class, true);
    rightOrRefused(t, "fromNew", field(t, "KEEPING"), false);
  }

  @Test
  void aLambdaOfTheMarkedClassKeepingAParameter() {
    Transformed t = Transformed.of(KeepingLambda.class, true);
    rightOrRefused(t, "fromParameter", field(t, "KEEPING"), true);
  }

  @Test
  void anOwnMarkedImplementationWritingANewObject() throws ReflectiveOperationException {
    Transformed t = Transformed.of(OwnWritingFunction.class, true);
    rightOrRefused(t, "fromNew", t.type.getConstructor().newInstance(), false);
  }

  @Test
  void anOwnMarkedImplementationWritingAParameter() throws ReflectiveOperationException {
    Transformed t = Transformed.of(OwnWritingFunction.class, true);
    rightOrRefused(t, "fromParameter", t.type.getConstructor().newInstance(), true);
  }

  /**
   * Through a generic interface of one's own whose default method is the call's fallback (Helpers.relinkOr): the call
   * passes the box typed Object, to javac's bridge {@code score(Object)}, without its shadow. The tangent lost the
   * derivative through the box's fields with no diagnostic (issue 13); the bridge is now refused at its first dispatch.
   */
  @Test
  void anOwnMarkedImplementationOfAnOwnGenericInterfaceWritingANewObject() throws ReflectiveOperationException {
    Transformed t = Transformed.of(OwnWritingScorer.class, true);
    rightOrRefused(t, "fromNew", t.type.getConstructor().newInstance(), false);
  }

  @Test
  void anOwnMarkedImplementationOfAnOwnGenericInterfaceWritingAParameter() throws ReflectiveOperationException {
    Transformed t = Transformed.of(OwnWritingScorer.class, true);
    rightOrRefused(t, "fromParameter", t.type.getConstructor().newInstance(), true);
  }

  /** One that writes nothing keeps working: its companion is generated and judged at the first dispatch. */
  @Test
  void anOwnMarkedImplementationReadingANewObjectAndAParameter() throws ReflectiveOperationException {
    Transformed t = Transformed.of(OwnReadingFunction.class);
    Object f = t.type.getConstructor().newInstance();
    assertTrue(rightOrRefused(t, "fromNew", f, false), "fromNew is right");
    assertTrue(rightOrRefused(t, "fromParameter", f, true), "fromParameter is right");
  }

  static Object field(Transformed t, String name) {
    try {
      return t.type.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * {@code method(a, b, f)} ({@code box}: {@code method(new Box(a, b), f)}): refused at transformation or, in each mode,
   * at its first call (false), or its tangent and adjoint gradients equal central differences (true).
   */
  static boolean rightOrRefused(Transformed t, String method, Object f, boolean box) {
    Class<?> boxType = boxType(t);
    Method primal = find(t, method), tangent = null, adjoint = null;
    for (Method m : t.type.getDeclaredMethods()) {
      if (m.getName().equals(method + "$tangent")) tangent = m;
      if (m.getName().equals(method + "$adjoint")) adjoint = m;
    }
    if (tangent == null && adjoint == null) {
      assertTrue(t.result.diagnostics().stream().anyMatch(d -> !d.warning() && d.method().startsWith(method + "(")),
          method + " has no companions and no diagnostic: " + t.result.diagnostics());
      return false;
    }
    Method p = primal;
    Function<double[], double[]> value = x -> new double[] {(double) call(p, box ? new Object[] {box(boxType, x), f}
        : new Object[] {x[0], x[1], f})};
    boolean tangentRight = tangent != null && rightOrRefused(t, method + "$tangent", value,
        (x, k) -> tangent(tangent(t, method), boxType, x, unit(k), f, box));
    boolean adjointRight = adjoint != null && rightOrRefused(t, method + "$adjoint", value,
        (x, k) -> adjoint(adjoint(t, method), boxType, x, f, box)[k]);
    return tangentRight && adjointRight;
  }

  static Method tangent(Transformed t, String method) {
    return find(t, method + "$tangent");
  }

  static Method adjoint(Transformed t, String method) {
    return find(t, method + "$adjoint");
  }

  static Method find(Transformed t, String name) {
    for (Method m : t.type.getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        m.setAccessible(true);
        return m;
      }
    }
    throw new AssertionError(name);
  }

  static double[] unit(int k) {
    double[] e = new double[2];
    e[k] = 1;
    return e;
  }

  /** One mode's partial {@code k} at {@code x}. */
  interface Partial {
    double at(double[] x, int k);
  }

  /**
   * Each partial equals central differences (true), or the first call fails naming the function (false): it may write
   * what it is given, or takes it typed Object without its shadow.
   */
  static boolean rightOrRefused(Transformed t, String companion, Function<double[], double[]> value, Partial partial) {
    for (double[] x : POINTS) {
      for (int k = 0; k < 2; k++) {
        FiniteDifferences.Estimate fd = FiniteDifferences.directional(value, x, unit(k))[0];
        double d;
        try {
          d = partial.at(x, k);
        } catch (IllegalStateException refused) {
          String m = refused.getMessage();
          assertTrue(m.contains("leibniz") && (m.contains("may write") || m.contains("passed as Object")), m);
          return false;
        }
        assertTrue(Math.abs(d - fd.value()) <= fd.tolerance(1e-9), companion + " at " + java.util.Arrays.toString(x) + " input " + k
            + ": " + d + ", central differences " + fd.value() + "; diagnostics " + t.result.diagnostics());
      }
    }
    return true;
  }

  static double tangent(Method m, Class<?> boxType, double[] x, double[] e, Object f, boolean box) {
    if (!box) return (double) call(m, x[0], e[0], x[1], e[1], f);
    Object v = box(boxType, x), s = Derivatives.zeroShadow(v);
    set(s, "w", e[0]);
    set(s, "x", e[1]);
    return (double) call(m, v, s, f);
  }

  static double[] adjoint(Method m, Class<?> boxType, double[] x, Object f, boolean box) {
    if (!box) {
      double[] g = new double[2];
      call(m, x[0], x[1], f, 1.0, g);
      return g;
    }
    Object v = box(boxType, x), s = Derivatives.zeroShadow(v);
    call(m, v, s, f, 1.0);
    return new double[] {get(s, "w"), get(s, "x")};
  }

  static Class<?> boxType(Transformed t) {
    for (Class<?> c : t.type.getDeclaredClasses()) if (c.getSimpleName().equals("Box")) return c;
    throw new AssertionError("no Box in " + t.type);
  }

  static Object box(Class<?> boxType, double[] x) {
    try {
      return boxType.getConstructor(double.class, double.class).newInstance(x[0], x[1]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static void set(Object o, String field, double v) {
    try {
      o.getClass().getField(field).setDouble(o, v);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double get(Object o, String field) {
    try {
      return o.getClass().getField(field).getDouble(o);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object call(Method m, Object... args) {
    return Transformed.invoke(m, args);
  }
}
