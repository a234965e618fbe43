/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: klausbrunner/solarpositioning 0.1.10, net.e175.klaus:solarpositioning:0.1.10 sources jar (Maven Central),
 *   net/e175/klaus/solarpositioning/MathUtil.java
 * Licence: MIT (the artifact's POM: "MIT", https://spdx.org/licenses/MIT.html; the file has no licence header).
 * Copyright (c) Klaus Brunner. Permission is hereby granted, free of charge, to any person obtaining a copy of this
 *   software ... (the MIT licence text) ... THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.solarpositioning (the original's net.e175.klaus.solarpositioning); the import of
 *   dev.leibniz.Differentiable added (no entry method here; see ThirtyFourthRound).
 */
package dev.leibniz.corpus.solarpositioning;

import dev.leibniz.Differentiable;

final class MathUtil {
  private MathUtil() {}

  static double polynomial(double x, double coeff0, double coeff1, double coeff2, double coeff3) {
    return ((coeff3 * x + coeff2) * x + coeff1) * x + coeff0;
  }

  static double polynomial(double x, double coeff0, double coeff1, double coeff2) {
    return (coeff2 * x + coeff1) * x + coeff0;
  }

  static double polynomial(double x, double coeff0, double coeff1) {
    return coeff1 * x + coeff0;
  }

  static double polynomial(double x, double... coeffs) {
    int n = coeffs.length - 1;
    double sum = coeffs[n];
    for (int i = n - 1; i >= 0; i--) {
      sum = coeffs[i] + (x * sum);
    }
    return sum;
  }

  static void checkLatLonRange(double latitude, double longitude) {
    if (latitude < -90.0 || latitude > 90.0 || longitude < -180.0 || longitude > 180.0) {
      throw new IllegalArgumentException("latitude/longitude out of range");
    }
  }
}
