package cfix;

import dev.leibniz.Derivatives;
import dev.leibniz.Differentiable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;

/**
 * Compiled with javac --release 8 and run under JaCoCo's agent in EnvironmentsIT: JaCoCo gives
 * class files before Java 11 a {@code $jacocoInit()} method that writes the static {@code
 * $jacocoData} and calls it first thing in every method. Prints the companions' values, the
 * self-check's verdict and whether the class was instrumented.
 */
public class Covered {
  private final double weight;

  public Covered(double weight) {
    this.weight = weight;
  }

  /** f = sum_i sin(i x) y + (x > 0 ? x^2 : 0). */
  @Differentiable
  public static double f(double x, double y) {
    double s = 0;
    for (int i = 0; i < 3; i++) {
      s += Math.sin(x * i) * y;
    }
    return x > 0 ? s + x * x : s;
  }

  @Differentiable
  public double g(double[] v) {
    double s = 0;
    for (int i = 0; i < v.length; i++) {
      s += weight * v[i] * v[i];
    }
    return s;
  }

  public static void main(String[] args) throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    double x = 0.7, y = -1.3;
    MethodHandle tangent = Derivatives.tangent(lookup, Covered.class, "f", double.class, double.class);
    MethodHandle adjoint = Derivatives.adjoint(lookup, Covered.class, "f", double.class, double.class);
    double dx = (double) tangent.invokeExact(x, 1.0, y, 0.0);
    double[] grad = new double[2];
    double value = (double) adjoint.invokeExact(x, y, 1.0, grad);
    Derivatives.check(lookup, Covered.class, "f", x, y);
    Derivatives.check(lookup, Covered.class.getMethod("g", double[].class), new Covered(1.5), (Object) new double[] {0.5, -2});
    boolean instrumented = false;
    for (Method m : Covered.class.getDeclaredMethods()) {
      instrumented |= m.getName().equals("$jacocoInit");
    }
    System.out.println("value=" + value + " tangent=" + dx + " gradient=" + grad[0] + "," + grad[1] + " checked instrumented="
        + instrumented);
  }
}
