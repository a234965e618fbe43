package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.agent.FirstDispatch;
import dev.leibniz.oracle.fixtures.supercalls.Bent;
import dev.leibniz.oracle.fixtures.supercalls.Bottom;
import dev.leibniz.oracle.fixtures.supercalls.Counted;
import dev.leibniz.oracle.fixtures.supercalls.CountedPlus;
import dev.leibniz.oracle.fixtures.supercalls.Curve;
import dev.leibniz.oracle.fixtures.supercalls.FinalQuadPlus;
import dev.leibniz.oracle.fixtures.supercalls.Middle;
import dev.leibniz.oracle.fixtures.supercalls.Plain;
import dev.leibniz.oracle.fixtures.supercalls.PlainPlus;
import dev.leibniz.oracle.fixtures.supercalls.Plainly;
import dev.leibniz.oracle.fixtures.supercalls.PlainlyPlus;
import dev.leibniz.oracle.fixtures.supercalls.Pure;
import dev.leibniz.oracle.fixtures.supercalls.Quad;
import dev.leibniz.oracle.fixtures.supercalls.QuadPlus;
import dev.leibniz.oracle.fixtures.supercalls.PurePlus;
import dev.leibniz.oracle.fixtures.supercalls.Shifted;
import dev.leibniz.oracle.fixtures.supercalls.ShiftedPlus;
import dev.leibniz.oracle.fixtures.supercalls.Smooth;
import dev.leibniz.oracle.fixtures.supercalls.SmoothPlus;
import dev.leibniz.oracle.fixtures.supercalls.SuperCaller;
import dev.leibniz.testing.Transformed;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Overrides nobody transformed that call the method they override ({@code super.m(x)}, {@code I.super.m(x)}), reached
 * by a dispatched call of a marked method: their companions are generated at their first call, and the super call's
 * derivative must be the overridden code's — never a {@code NoSuchMethodError}, {@code VerifyError}, a recursion
 * through the overridden companion's receiver check, or the overridden method's derivative for the override. Both modes
 * against the analytic derivative and central differences; the adjoint against the tangent (the dot product of one
 * input and one output).
 */
class SuperCallOverridesTest {
  @BeforeAll
  static void agent() {
    FirstDispatch.install(false);
  }

  @AfterAll
  static void noAgent() {
    FirstDispatch.uninstall();
  }

  static final LinkedFixtures TRANSFORMED = LinkedFixtures.of(Counted.class, Quad.class, Smooth.class, FinalQuadPlus.class, SuperCaller.class);
  static final Class<?> CALLER = TRANSFORMED.get(SuperCaller.class);
  static final ClassLoader PLAIN = untransformed(CALLER.getClassLoader(),
      CountedPlus.class, PlainPlus.class, PurePlus.class, Bent.class, Middle.class, Bottom.class, Shifted.class, ShiftedPlus.class,
      SmoothPlus.class, PlainlyPlus.class, QuadPlus.class);

  /** The counted super call runs once in the override's companion (the overridden code's pair tangent), as in the primal. */
  @Test
  void superCallIntoAMarkedMethodThatCountsItsCalls() throws Exception {
    Object self = newInstance(CountedPlus.class);
    assertCorrect("viaFunction", self, x -> x * Math.sin(x) + x * x, x -> Math.sin(x) + x * Math.cos(x) + 2 * x);
    long before = calls(self);
    callOn(null, CALLER, "viaFunction$tangent", self, 0.3, 1.0);
    // the caller's primal call of the callback, and one run in its companion (the overridden code's pair tangent)
    assertEquals(before + 2, calls(self), "tangent: the callback's primal and its companion, each once");
    callOn(null, CALLER, "viaFunction$adjoint", self, 0.3, 1.0, new double[1]);
    assertEquals(before + 4, calls(self), "adjoint: the callback's primal and its companion, each once");
  }

  @Test
  void superCallIntoAMarkedMethod() throws Exception {
    assertCorrect("viaFunction", newInstance(QuadPlus.class), x -> x * x * Math.sin(x) + Math.exp(x),
        x -> 2 * x * Math.sin(x) + x * x * Math.cos(x) + Math.exp(x));
  }

  /** A hosted callee of the marked class (no first dispatch): its super call is differentiated here too. */
  @Test
  void superCallOfAFinalOverrideDifferentiatedInItsCaller() throws Exception {
    assertCorrect("viaFinal", TRANSFORMED.get(FinalQuadPlus.class).getConstructor().newInstance(), x -> x * x * Math.sin(x) - 3 * x,
        x -> 2 * x * Math.sin(x) + x * x * Math.cos(x) - 3);
  }

  @Test
  void superCallIntoAnUnmarkedMethodThatWritesAField() throws Exception {
    assertCorrect("viaFunction", newInstance(PlainPlus.class), x -> 1.5 * Math.exp(x) + x * x * x, x -> 1.5 * Math.exp(x) + 3 * x * x);
  }

  @Test
  void superCallIntoAnUnmarkedPureMethod() throws Exception {
    assertCorrect("viaPure", newInstance(PurePlus.class), x -> x * Math.cos(x), x -> Math.cos(x) - x * Math.sin(x));
  }

  @Test
  void superCallIntoAnAbstractClassesConcreteMethod() throws Exception {
    assertCorrect("viaFunction", newInstance(Bent.class), x -> 2 * x * x + Math.sin(x), x -> 4 * x + Math.cos(x));
  }

  @Test
  void superCallIntoAGrandparentsMethod() throws Exception {
    assertCorrect("viaFunction", newInstance(Bottom.class), x -> x * Math.sin(x) - x, x -> Math.sin(x) + x * Math.cos(x) - 1);
  }

  @Test
  void superCallIntoAnUnmarkedOverrideOfAMarkedMethod() throws Exception {
    assertCorrect("viaFunction", newInstance(ShiftedPlus.class), x -> x * x * x + 2 * x, x -> 3 * x * x + 2);
  }

  @Test
  void superCallIntoAMarkedDefaultMethod() throws Exception {
    assertCorrect("viaSmooth", newInstance(SmoothPlus.class), x -> Math.exp(x) * Math.sin(x) + x * x,
        x -> Math.exp(x) * (Math.sin(x) + Math.cos(x)) + 2 * x);
  }

  @Test
  void superCallIntoAnUnmarkedDefaultMethod() throws Exception {
    assertCorrect("viaPlainly", newInstance(PlainlyPlus.class), x -> 2 * x * x * Math.cos(x) + x,
        x -> 4 * x * Math.cos(x) - 2 * x * x * Math.sin(x) + 1);
  }

  @Test
  void theBasesOwnReceivers() throws Exception {
    assertCorrect("viaFunction", newInstance(Plain.class), x -> 0.5 * Math.exp(x), x -> 0.5 * Math.exp(x));
    assertCorrect("viaFunction", TRANSFORMED.get(Counted.class).getConstructor().newInstance(), x -> x * Math.sin(x),
        x -> Math.sin(x) + x * Math.cos(x));
    assertCorrect("viaFunction", newInstance(PurePlus.class), x -> x * Math.cos(x), x -> Math.cos(x) - x * Math.sin(x));
  }

  /**
   * The marked {@code twice(x) = m(x)^2}, inherited by an override of m that calls {@code super.m}: its tangent calls
   * m's pair tangent, this class's code, behind the receiver check, which names the override (no pair of an override is
   * generated at a first call); the adjoint reverses m split behind the same check.
   */
  @Test
  void anInheritedMarkedMethodCallingTheOverrideNamesIt() throws Exception {
    Object self = newInstance(CountedPlus.class);
    Class<?> counted = TRANSFORMED.get(Counted.class);
    AssertionError e = assertThrows(AssertionError.class, () -> callOn(self, counted, "twice$tangent", 0.4, 1.0));
    assertTrue(e.getCause() instanceof IllegalStateException && e.getCause().getMessage().contains(CountedPlus.class.getName()
        + " overrides " + Counted.class.getName() + ".applyAsDouble"), e.getCause()::getMessage);
  }

  private static long calls(Object counted) {
    return (long) callOn(counted, TRANSFORMED.get(Counted.class), "calls");
  }

  /** {@code method(receiver, x) = g(x) x}: tangent, adjoint, the analytic g' x + g and central differences agree. */
  private static void assertCorrect(String method, Object receiver, DoubleUnaryOperator g, DoubleUnaryOperator dg) {
    for (int round = 0; round < 2; round++) { // the second round runs on linked call sites
      for (double x : new double[] {-0.8, 0.4, 1.3}) {
        String what = method + " on " + receiver.getClass().getSimpleName() + " at " + x;
        assertEquals(g.applyAsDouble(x) * x, d(callOn(null, CALLER, method, receiver, x)), 1e-14, what + " primal");
        double exact = dg.applyAsDouble(x) * x + g.applyAsDouble(x);
        double tangent = d(callOn(null, CALLER, method + "$tangent", receiver, x, 1.0));
        double[] bar = new double[1];
        double yb = 0.7;
        callOn(null, CALLER, method + "$adjoint", receiver, x, yb, bar);
        assertEquals(exact, tangent, 1e-12 * (1 + Math.abs(exact)), what + " tangent");
        assertEquals(exact * yb, bar[0], 1e-12 * (1 + Math.abs(exact)), what + " adjoint");
        assertEquals(tangent * yb, bar[0], 1e-13 * (1 + Math.abs(exact)), what + " dot product");
        FiniteDifferences.Estimate fd = FiniteDifferences.derivative(v -> d(callOn(null, CALLER, method, receiver, v)), x);
        assertEquals(fd.value(), tangent, fd.tolerance(1e-8), what + " finite differences");
      }
    }
  }

  private static Object newInstance(Class<?> fixture) throws Exception {
    return Class.forName(fixture.getName(), true, PLAIN).getConstructor().newInstance();
  }

  /** A loader defining the class files of {@code classes} as the compiler wrote them, over {@code parent}. */
  private static ClassLoader untransformed(ClassLoader parent, Class<?>... classes) {
    Map<String, byte[]> bytes = new HashMap<>();
    for (Class<?> c : classes) bytes.put(c.getName(), Transformed.bytesOf(c));
    return new ClassLoader(parent) {
      @Override
      protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
        byte[] b = bytes.get(n);
        if (b == null) return super.loadClass(n, resolve);
        synchronized (getClassLoadingLock(n)) {
          Class<?> c = findLoadedClass(n);
          return c != null ? c : defineClass(n, b, 0, b.length);
        }
      }
    };
  }
}
