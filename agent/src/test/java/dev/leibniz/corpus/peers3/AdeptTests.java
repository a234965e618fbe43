package dev.leibniz.corpus.peers3;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The third peer round").
 * Source: Adept 2 (rjhogan/Adept-2 on GitHub): test/algorithm.cpp (commit 6078cfc6, the demonstration algorithm of
 * Tests 1 and 2: y = (s + 3) sin s, s = 2 x0 + 3 x1^2, y assigned 4 first and then overwritten and scaled in place);
 * test/test_checkpoint.cpp (commit 0e5bf475: the "Toon" advection scheme on a periodic grid of NX = 100 boxes, q
 * updated in place through a flux array, the boundary boxes copied from the interior after each step, and the test's
 * cost J = sum (q - q_init_save)^2 with q_init_save = 0.5 + 0.5 sin(2 pi i / (NX - 1.5)) + 1e-4 as in its main);
 * test/simulate_radiances.cpp (commit 0e5bf475: two radiances from a surface temperature and a temperature profile,
 * the brightness temperature relaxed layer by layer with emissivities 1 - exp(-rho k dz), rho from an exponential
 * atmosphere); include/adept/interp.h (commit 6078cfc6: interp and log_interp, binary search for the bracketing pair,
 * linear extrapolation off both ends, both orderings of x; log_interp falls back to linear when a value is not
 * positive), exercised by test/test_interp.cpp (commit 9ac1eaa0).
 * Licence: the test files are all-permissive (FSF: "Copying and distribution of this file, with or without
 * modification, are permitted ... provided the copyright notice and this notice are preserved": Copyright (C)
 * 2012-2014 The University of Reading; (C) 2015 and 2024 ECMWF); the library (interp.h) is Apache-2.0.
 * Translation (written here in Java; no comments copied): adouble/aReal are double, C arrays double[]; toon's q is the
 * caller's output array; simulate_radiances returns the two radiances in its output array and leaves the Jacobian to
 * the differentiation (the original fills it from a nested Adept stack); the static const arrays of the original are
 * local arrays; the step count of the checkpointed run (100 x 100) is a parameter.
 */

import dev.leibniz.Differentiable;

public final class AdeptTests {
  private AdeptTests() {}

  public static final int NX = 100;

  @Differentiable
  public static double algorithm(double[] x) {
    double y = 4.0;
    double s = 2.0 * x[0] + 3.0 * x[1] * x[1];
    double b = 3.0;
    y = s + b;
    y *= Math.sin(s);
    return y;
  }

  @Differentiable
  public static void toon(int nt, double c, double[] qInit, double[] q) {
    double[] flux = new double[NX - 1];
    for (int i = 0; i < NX; i++) q[i] = qInit[i];
    for (int j = 0; j < nt; j++) {
      for (int i = 0; i < NX - 1; i++) {
        flux[i] = (Math.exp(c * Math.log(q[i] / q[i + 1])) - 1.0) * q[i] * q[i + 1] / (q[i] - q[i + 1]);
      }
      for (int i = 1; i < NX - 1; i++) q[i] += flux[i - 1] - flux[i];
      q[0] = q[NX - 2];
      q[NX - 1] = q[1];
    }
  }

  /** The test's initial field, for the corpus table (the cost function computes its own copy). */
  public static double[] initialFieldForTable() {
    return initialField();
  }

  private static double[] initialField() {
    double pi = 4.0 * Math.atan(1.0);
    double[] qInitSave = new double[NX];
    for (int i = 0; i < NX; i++) {
      qInitSave[i] = (0.5 + 0.5 * Math.sin((i * 2.0 * pi) / (NX - 1.5))) + 0.0001;
    }
    return qInitSave;
  }

  @Differentiable
  public static double checkpointCost(double[] qInit, int nt, double dt) {
    double[] qInitSave = initialField();
    double[] q = new double[NX];
    toon(nt, dt, qInit, q);
    double j = 0.0;
    for (int i = 0; i < NX; i++) {
      j += (q[i] - qInitSave[i]) * (q[i] - qInitSave[i]);
    }
    return j;
  }

  private static double simulateRadiancePrivate(int n, double wavelength, double[] emissivity,
      double surfaceTemperature, double[] temperature) {
    final double boltzmannConstant = 1.380648813e-23;
    final double speedOfLight = 299792458.0;
    double bt = surfaceTemperature;
    for (int i = 0; i < n; i++) {
      bt = bt * (1.0 - emissivity[i]) + emissivity[i] * temperature[i];
    }
    return 2.0 * speedOfLight * boltzmannConstant * bt / (wavelength * wavelength * wavelength * wavelength);
  }

  @Differentiable
  public static void simulateRadiances(int n, double surfaceTemperature, double[] temperature, double[] radiance) {
    double[] wavelength = {0.006, 0.0061};
    double[] massAbsCoefft = {3.0e-5, 3.0e-3};
    double dz = 1000.0;
    double[] densityOxygen = new double[n];
    double[] emissivity = new double[n];
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      double altitude = i * dz;
      densityOxygen[i] = 1.2 * 0.21 * (16.0 / 29.0) * Math.exp(-altitude / 8000.0);
      t[i] = temperature[i];
    }
    for (int ichan = 0; ichan < 2; ichan++) {
      for (int i = 0; i < n; i++) {
        emissivity[i] = 1.0 - Math.exp(-densityOxygen[i] * massAbsCoefft[ichan] * dz);
      }
      radiance[ichan] = simulateRadiancePrivate(n, wavelength[ichan], emissivity, surfaceTemperature, t);
    }
  }

  private static int[] bracket(double[] x, double xii) {
    int jmin = 0;
    int jmax = x.length - 1;
    if (x[0] < x[1]) {
      if (xii <= x[0]) {
        jmax = 1;
      } else if (xii >= x[jmax]) {
        jmin = jmax - 1;
      } else {
        while (jmax > jmin + 1) {
          int jmid = jmin + (jmax - jmin) / 2;
          if (xii > x[jmid]) {
            jmin = jmid;
          } else {
            jmax = jmid;
          }
        }
      }
    } else {
      if (xii >= x[0]) {
        jmax = 1;
      } else if (xii <= x[jmax]) {
        jmin = jmax - 1;
      } else {
        while (jmax > jmin + 1) {
          int jmid = jmin + (jmax - jmin) / 2;
          if (xii < x[jmid]) {
            jmin = jmid;
          } else {
            jmax = jmid;
          }
        }
      }
    }
    return new int[] {jmin, jmax};
  }

  @Differentiable
  public static double[] interp(double[] x, double[] y, double[] xi) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("Interpolation vectors must be the same length in interp");
    }
    double[] ans = new double[xi.length];
    for (int i = 0; i < xi.length; i++) {
      double xii = xi[i];
      int[] j = bracket(x, xii);
      int jmin = j[0];
      int jmax = j[1];
      ans[i] = ((xii - x[jmin]) * y[jmax] + (x[jmax] - xii) * y[jmin]) / (x[jmax] - x[jmin]);
    }
    return ans;
  }

  @Differentiable
  public static double[] log_interp(double[] x, double[] y, double[] xi) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("Interpolation vectors must be the same length in log_interp");
    }
    double[] ans = new double[xi.length];
    for (int i = 0; i < xi.length; i++) {
      double xii = xi[i];
      int[] j = bracket(x, xii);
      int jmin = j[0];
      int jmax = j[1];
      if (y[jmax] > 0.0 && y[jmin] > 0.0) {
        double logYJmax = Math.log(y[jmax]);
        double logYJmin = Math.log(y[jmin]);
        ans[i] = Math.exp(((xii - x[jmin]) * logYJmax + (x[jmax] - xii) * logYJmin) / (x[jmax] - x[jmin]));
      } else {
        ans[i] = ((xii - x[jmin]) * y[jmax] + (x[jmax] - xii) * y[jmin]) / (x[jmax] - x[jmin]);
      }
    }
    return ans;
  }
}
