package dev.leibniz.examples.nbody;

import dev.leibniz.Derivatives;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * The {@code nbody} command: the gradient of the energy after k steps with respect to the initial
 * velocities of the five bodies, by one adjoint call (the gradient lands in the receiver's adjoint
 * shadow) and by one tangent call per component (the direction set in a zero shadow of the
 * system), beside central finite differences, and the maximum relative difference.
 */
public final class NBodyDemo {
  private static final String[] NAMES = {"sun", "jupiter", "saturn", "uranus", "neptune"};
  private final PrintStream out;
  private final int steps;
  private final double dt;

  public NBodyDemo(PrintStream out, int steps, double dt) {
    this.out = out;
    this.steps = steps;
    this.dt = dt;
  }

  /** dE/dv by one adjoint call: row per body, columns vx vy vz. */
  public double[][] adjointGradient() throws Throwable {
    MethodHandle adjoint = Derivatives.adjoint(MethodHandles.lookup(), NBodySystem.class, "energyAfter", int.class, double.class);
    NBodySystem system = new NBodySystem();
    NBodySystem bar = Derivatives.zeroShadow(system);
    double[] dtBar = new double[1];
    double energy = (double) adjoint.invokeExact(system, bar, steps, dt, 1.0, dtBar);
    double[][] g = new double[5][3];
    for (int i = 0; i < 5; i++) {
      Body b = bar.bodies[i];
      g[i] = new double[] {b.vx, b.vy, b.vz};
    }
    return g;
  }

  /** dE/dv by 15 tangent calls: row per body, columns vx vy vz. */
  public double[][] gradient() throws Throwable {
    MethodHandle tangent = Derivatives.tangent(MethodHandles.lookup(), NBodySystem.class, "energyAfter", int.class, double.class);
    double[][] g = new double[5][3];
    for (int i = 0; i < 5; i++) {
      for (int k = 0; k < 3; k++) {
        NBodySystem system = new NBodySystem();
        NBodySystem direction = Derivatives.zeroShadow(system);
        Body d = direction.bodies[i];
        if (k == 0) d.vx = 1; else if (k == 1) d.vy = 1; else d.vz = 1;
        g[i][k] = (double) tangent.invokeExact(system, direction, steps, dt, 0.0);
      }
    }
    return g;
  }

  /** The same by central differences, Richardson-extrapolated. */
  public double[][] differences() {
    double[][] g = new double[5][3];
    for (int i = 0; i < 5; i++) {
      for (int k = 0; k < 3; k++) {
        double v = component(new NBodySystem().bodies[i], k);
        double h = 1e-3 * Math.max(Math.abs(v), 0.1);
        double coarse = (energyWith(i, k, v + h) - energyWith(i, k, v - h)) / (2 * h);
        double fine = (energyWith(i, k, v + h / 2) - energyWith(i, k, v - h / 2)) / h;
        g[i][k] = (4 * fine - coarse) / 3; // Richardson: error O(h^4)
      }
    }
    return g;
  }

  private double energyWith(int i, int k, double value) {
    NBodySystem s = new NBodySystem();
    Body b = s.bodies[i];
    if (k == 0) b.vx = value; else if (k == 1) b.vy = value; else b.vz = value;
    return s.energyAfter(steps, dt);
  }

  private static double component(Body b, int k) {
    return k == 0 ? b.vx : k == 1 ? b.vy : b.vz;
  }

  /** Prints both and returns the maximum relative difference. */
  public double run() throws Throwable {
    double[][] ad = adjointGradient(), tg = gradient(), fd = differences();
    out.printf("n-body (Benchmarks Game), energy after %d steps of %s: dE/d(initial velocity), one adjoint call%n", steps, dt);
    out.printf("%-8s %24s %24s %24s   %s%n", "body", "dE/dvx", "dE/dvy", "dE/dvz", "central differences (vx vy vz)");
    double max = 0, modes = 0;
    for (int i = 0; i < 5; i++) {
      out.printf("%-8s %24.16e %24.16e %24.16e   %.6e %.6e %.6e%n", NAMES[i], ad[i][0], ad[i][1], ad[i][2], fd[i][0], fd[i][1], fd[i][2]);
      for (int k = 0; k < 3; k++) {
        max = Math.max(max, Math.abs(ad[i][k] - fd[i][k]) / Math.max(Math.abs(ad[i][k]), 1e-6));
        modes = Math.max(modes, Math.abs(ad[i][k] - tg[i][k]) / Math.max(Math.abs(ad[i][k]), 1e-6));
      }
    }
    out.printf("max relative difference, adjoint vs 15 tangent calls: %.2e%n", modes);
    out.printf("max relative difference: %.2e%n", Math.max(max, modes));
    return Math.max(max, modes);
  }
}
