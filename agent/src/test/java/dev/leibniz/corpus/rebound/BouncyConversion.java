/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: facebookarchive/rebound (GitHub, commit 65f155c6cf4e7594da636b2ab5215067e24da6ae),
 * rebound-core/src/main/java/com/facebook/rebound/BouncyConversion.java
 * Licence: BSD-3-Clause (the repository's LICENSE: "BSD License For Rebound software Copyright (c) 2013, Facebook, Inc. All
 * rights reserved. Redistribution and use in source and binary forms, with or without modification, are permitted
 * provided that the following conditions are met: * Redistributions of source code must retain the above copyright
 * notice, this list of conditions and the following disclaimer. * Redistributions in binary form must reproduce the
 * above copyright notice, this list of conditions and the following disclaimer in the documentation and/or other
 * materials provided with the distribution. THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES ... ARE DISCLAIMED."; the file's own header names that licence and is kept below).
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.rebound (the original's com.facebook.rebound); @Differentiable added to the entry methods (see ThirtiethRound) with its import.
 */
/*
 *  Copyright (c) 2013, Facebook, Inc.
 *  All rights reserved.
 *
 *  This source code is licensed under the BSD-style license found in the
 *  LICENSE file in the root directory of this source tree. An additional grant
 *  of patent rights can be found in the PATENTS file in the same directory.
 *
 */

package dev.leibniz.corpus.rebound;

import dev.leibniz.Differentiable;

/**
 * This class converts values from the Quartz Composer Bouncy patch into Bouncy QC tension and
 * friction values.
 */
public class BouncyConversion {

  private final double mBouncyTension;
  private final double mBouncyFriction;
  private final double mSpeed;
  private final double mBounciness;

  public BouncyConversion(double speed, double bounciness) {
    mSpeed = speed;
    mBounciness = bounciness;
    double b = normalize(bounciness / 1.7, 0, 20.);
    b = project_normal(b, 0.0, 0.8);
    double s = normalize(speed / 1.7, 0, 20.);
    mBouncyTension = project_normal(s, 0.5, 200);
    mBouncyFriction = quadratic_out_interpolation(b, b3_nobounce(mBouncyTension), 0.01);
  }

  public double getSpeed() {
    return mSpeed;
  }

  public double getBounciness() {
    return mBounciness;
  }

  public double getBouncyTension() {
    return mBouncyTension;
  }

  public double getBouncyFriction() {
    return mBouncyFriction;
  }

  @Differentiable
  private double normalize(double value, double startValue, double endValue) {
    return (value - startValue) / (endValue - startValue);
  }

  @Differentiable
  private double project_normal(double n, double start, double end) {
    return start + (n * (end - start));
  }

  private double linear_interpolation(double t, double start, double end) {
    return t * end + (1.f - t) * start;
  }

  @Differentiable
  private double quadratic_out_interpolation(double t, double start, double end) {
    return linear_interpolation(2*t - t*t, start, end);
  }

  @Differentiable
  private double b3_friction1(double x) {
    return (0.0007 * Math.pow(x, 3)) - (0.031 * Math.pow(x, 2)) + 0.64 * x + 1.28;
  }

  private double b3_friction2(double x) {
    return (0.000044 * Math.pow(x, 3)) - (0.006 * Math.pow(x, 2)) + 0.36 * x + 2.;
  }

  private double b3_friction3(double x) {
    return (0.00000045 * Math.pow(x, 3)) - (0.000332 * Math.pow(x, 2)) + 0.1078 * x + 5.84;
  }

  @Differentiable
  private double b3_nobounce(double tension) {
    double friction = 0;
    if (tension <= 18) {
      friction = b3_friction1(tension);
    } else if (tension > 18 && tension <= 44) {
      friction = b3_friction2(tension);
    } else if (tension > 44) {
      friction = b3_friction3(tension);
    } else {
      assert(false);
    }
    return friction;
  }

}
