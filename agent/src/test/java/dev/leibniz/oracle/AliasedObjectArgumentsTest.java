package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.corpus.jblas.ComplexDoubleDivi;
import dev.leibniz.corpus.jblas.ComplexDoubleMuli;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * jblas' {@code ComplexDouble.muli(c, result)} and {@code divi(c, result)} (tenth corpus round) called with aliased
 * objects, as users write them: {@code a.muli(c, a)} (in place, what {@code muli(c)} does), {@code a.muli(c, c)},
 * {@code a.divi(a, a)}. The companions read the receiver, c and result and write result's fields; with aliasing, the
 * shadows passed are the same objects too. Tangents against the analytic derivative and central differences of the
 * primal; adjoints against the analytic gradient (so against the tangent: the dot product).
 */
class AliasedObjectArgumentsTest {
  private static final double AR = 1.2, AI = -0.7, CR = 0.4, CI = 1.5;

  @Test
  void productIntoTheReceiver() throws Exception {
    Complex k = new Complex(Transformed.of(ComplexDoubleMuli.class, true).type, "muli");
    // a' = a c: d a'/d a.r = (cr, ci), d a'/d a.i = (-ci, cr)
    Object a = k.make(AR, AI), ad = k.make(1, 0), c = k.make(CR, CI);
    k.tangent.invoke(a, ad, c, k.make(0, 0), a, ad);
    assertPair(CR, CI, ad, "tangent along a.r");
    assertPair(CR, CI, differences(k), "central differences along a.r");
    Object ab = k.make(1, 0), cb = k.make(0, 0);
    a = k.make(AR, AI);
    k.adjoint.invoke(a, ab, c, cb, a, ab, k.make(0, 0));
    assertPair(CR, -CI, ab, "adjoint of a.r' in a");
    assertPair(AR, -AI, cb, "adjoint of a.r' in c");
  }

  @Test
  void productIntoTheOtherFactor() throws Exception {
    Complex k = new Complex(Transformed.of(ComplexDoubleMuli.class, true).type, "muli");
    // c' = a c: d c'/d c.r = (ar, ai); the adjoint of c.i' is (ci, cr) in a and (ai, ar) in c
    Object a = k.make(AR, AI), c = k.make(CR, CI), cd = k.make(1, 0);
    k.tangent.invoke(a, k.make(0, 0), c, cd, c, cd);
    assertPair(AR, AI, cd, "tangent along c.r");
    Object ab = k.make(0, 0), cb = k.make(0, 1);
    c = k.make(CR, CI);
    k.adjoint.invoke(a, ab, c, cb, c, cb, k.make(0, 0));
    assertPair(CI, CR, ab, "adjoint of c.i' in a");
    assertPair(AI, AR, cb, "adjoint of c.i' in c");
  }

  @Test
  void quotientOfTheReceiverByItselfIntoItself() throws Exception {
    Complex k = new Complex(Transformed.of(ComplexDoubleDivi.class, true).type, "divi");
    Object a = k.make(AR, AI), ad = k.make(1, 0);
    k.tangent.invoke(a, ad, a, ad, a, ad);
    assertPair(1, 0, a, "a / a");
    assertPair(0, 0, ad, "the tangent of a / a");
    a = k.make(AR, AI);
    Object ab = k.make(1, 0);
    k.adjoint.invoke(a, ab, a, ab, a, ab, k.make(0, 0));
    assertPair(0, 0, ab, "the adjoint of a / a");
  }

  /** Central differences of a.muli(c, a) in a.r, the output a's fields. */
  private static Object differences(Complex k) throws Exception {
    double h = 1e-6;
    Object plus = k.make(AR + h, AI), minus = k.make(AR - h, AI);
    k.primal.invoke(plus, k.make(CR, CI), plus);
    k.primal.invoke(minus, k.make(CR, CI), minus);
    return k.make((k.get(plus, "r") - k.get(minus, "r")) / (2 * h), (k.get(plus, "i") - k.get(minus, "i")) / (2 * h));
  }

  private static void assertPair(double r, double i, Object z, String what) throws Exception {
    Field fr = z.getClass().getDeclaredField("r"), fi = z.getClass().getDeclaredField("i");
    fr.setAccessible(true);
    fi.setAccessible(true);
    assertEquals(r, fr.getDouble(z), 1e-8, what + " (real part)");
    assertEquals(i, fi.getDouble(z), 1e-8, what + " (imaginary part)");
  }

  /** The transformed class: its constructor, the entry and its companions. */
  private static final class Complex {
    final Constructor<?> ctor;
    final Method primal, tangent, adjoint;

    Complex(Class<?> type, String name) throws Exception {
      ctor = type.getConstructor(double.class, double.class);
      primal = type.getMethod(name, type, type);
      Method t = null, a = null;
      for (Method m : type.getDeclaredMethods()) {
        if (m.getName().equals(name + "$tangent")) t = m;
        if (m.getName().equals(name + "$adjoint")) a = m;
      }
      tangent = t;
      adjoint = a;
      tangent.setAccessible(true);
      adjoint.setAccessible(true);
    }

    Object make(double r, double i) throws Exception {
      return ctor.newInstance(r, i);
    }

    double get(Object z, String f) throws Exception {
      Field x = z.getClass().getDeclaredField(f);
      x.setAccessible(true);
      return x.getDouble(z);
    }
  }
}
