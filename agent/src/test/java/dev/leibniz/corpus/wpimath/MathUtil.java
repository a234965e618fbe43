package dev.leibniz.corpus.wpimath;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: WPILib (wpilibsuite/allwpilib on GitHub, commit caf0fb2dccb462a1507888246646daa5ba38cd82),
 * wpimath/src/main/java/org/wpilib/math/util/MathUtil.java
 * Licence: BSD 3-Clause ("Copyright (c) 2009-2026 FIRST and other WPILib contributors. All rights reserved.
 * Redistribution and use in source and binary forms, with or without modification, are permitted provided that ...";
 * the WPILib BSD license file, LICENSE.md, in the root of the repository). Provided "AS IS", without warranty.
 * Copied: the scalar methods: lerp, inverseLerp, applyDeadband (both), copyDirectionPow (both), inputModulus, angleModulus, isNear (both) (entries: inverseLerp, applyDeadband with three arguments, copyDirectionPow with three, angleModulus through inputModulus, whose (int) casts of active quotients count the wraps).
 * Changes: package; licence header shortened to this header; the overloads on Vector, Translation2d and Translation3d left out with their imports; @Differentiable added to the entries.
 */

import dev.leibniz.Differentiable;

/** Math utility functions. */
public final class MathUtil {
  private MathUtil() {
    throw new AssertionError("utility class");
  }

  /**
   * Computes the linear interpolation between a and b if t ∈ [0, 1) and the linear extrapolation
   * otherwise.
   *
   * @param a The start value.
   * @param b The end value.
   * @param t The fraction for interpolation.
   * @return The interpolated value.
   */
  public static double lerp(double a, double b, double t) {
    return a + (b - a) * t;
  }

  /**
   * Returns the interpolant t that reflects where q is with respect to the range (a, b). In other
   * words, returns t such that q = a + (b - a)t. If a = b, then returns 0.
   *
   * @param a Lower part of interpolation range.
   * @param b Upper part of interpolation range.
   * @param q Query.
   * @return Interpolant.
   */
  @Differentiable
  public static double inverseLerp(double a, double b, double q) {
    // q = a + (b − a)t
    // (b − a)t = q − a
    // t = (q − a)/(b − a)
    if (Math.abs(a - b) < 1e-9) {
      return 0.0;
    } else {
      return (q - a) / (b - a);
    }
  }

  /**
   * Returns 0.0 if the given value is within the specified range around zero. The remaining range
   * between the deadband and the maximum magnitude is scaled from 0.0 to the maximum magnitude.
   *
   * @param value Value to clip.
   * @param deadband Range around zero.
   * @param maxMagnitude The maximum magnitude of the input. Can be infinite.
   * @return The value after the deadband is applied.
   */
  @Differentiable
  public static double applyDeadband(double value, double deadband, double maxMagnitude) {
    if (Math.abs(value) < deadband) {
      return 0;
    }
    if (value > 0.0) {
      // Map deadband to 0 and map max to max with a linear relationship.
      //
      //   y - y₁ = m(x - x₁)
      //   y - y₁ = (y₂ - y₁)/(x₂ - x₁) (x - x₁)
      //   y = (y₂ - y₁)/(x₂ - x₁) (x - x₁) + y₁
      //
      // (x₁, y₁) = (deadband, 0) and (x₂, y₂) = (max, max).
      //
      //   x₁ = deadband
      //   y₁ = 0
      //   x₂ = max
      //   y₂ = max
      //   y = (max - 0)/(max - deadband) (x - deadband) + 0
      //   y = max/(max - deadband) (x - deadband)
      //
      // To handle high values of max, rewrite so that max only appears on the denominator.
      //
      //   y = ((max - deadband) + deadband)/(max - deadband) (x - deadband)
      //   y = (1 + deadband/(max - deadband)) (x - deadband)
      return (1 + deadband / (maxMagnitude - deadband)) * (value - deadband);
    } else {
      // Map -deadband to 0 and map -max to -max with a linear relationship.
      //
      //   y - y₁ = m(x - x₁)
      //   y - y₁ = (y₂ - y₁)/(x₂ - x₁) (x - x₁)
      //   y = (y₂ - y₁)/(x₂ - x₁) (x - x₁) + y₁
      //
      // (x₁, y₁) = (-deadband, 0) and (x₂, y₂) = (-max, -max).
      //
      //   x₁ = -deadband
      //   y₁ = 0
      //   x₂ = -max
      //   y₂ = -max
      //   y = (-max - 0)/(-max + deadband) (x + deadband) + 0
      //   y = max/(max - deadband) (x + deadband)
      //
      // To handle high values of max, rewrite so that max only appears on the denominator.
      //
      //   y = ((max - deadband) + deadband)/(max - deadband) (x + deadband)
      //   y = (1 + deadband/(max - deadband)) (x + deadband)
      return (1 + deadband / (maxMagnitude - deadband)) * (value + deadband);
    }
  }

  /**
   * Returns 0.0 if the given value is within the specified range around zero. The remaining range
   * between the deadband and 1.0 is scaled from 0.0 to 1.0.
   *
   * @param value Value to clip.
   * @param deadband Range around zero.
   * @return The value after the deadband is applied.
   */
  public static double applyDeadband(double value, double deadband) {
    return applyDeadband(value, deadband, 1);
  }


  /**
   * Raises the input to the power of the given exponent while preserving its sign.
   *
   * <p>The function normalizes the input value to the range [0, 1] based on the maximum magnitude,
   * raises it to the power of the exponent, then scales the result back to the original range and
   * copying the sign. This keeps the value in the original range and gives consistent curve
   * behavior regardless of the input value's scale.
   *
   * <p>This is useful for applying smoother or more aggressive control response curves (e.g.
   * joystick input shaping).
   *
   * @param value The input value to transform.
   * @param exponent The exponent to apply (e.g. 1.0 = linear, 2.0 = squared curve). Must be
   *     positive.
   * @param maxMagnitude The maximum expected absolute value of input. Must be positive.
   * @return The transformed value with the same sign and scaled to the input range.
   */
  @Differentiable
  public static double copyDirectionPow(double value, double exponent, double maxMagnitude) {
    return Math.copySign(Math.pow(Math.abs(value) / maxMagnitude, exponent), value) * maxMagnitude;
  }

  /**
   * Raises the input to the power of the given exponent while preserving its sign.
   *
   * <p>This is useful for applying smoother or more aggressive control response curves (e.g.
   * joystick input shaping).
   *
   * @param value The input value to transform.
   * @param exponent The exponent to apply (e.g. 1.0 = linear, 2.0 = squared curve). Must be
   *     positive.
   * @return The transformed value with the same sign.
   */
  public static double copyDirectionPow(double value, double exponent) {
    return copyDirectionPow(value, exponent, 1);
  }


  /**
   * Returns modulus of input.
   *
   * @param input Input value to wrap.
   * @param minimumInput The minimum value expected from the input.
   * @param maximumInput The maximum value expected from the input.
   * @return The wrapped value.
   */
  public static double inputModulus(double input, double minimumInput, double maximumInput) {
    double modulus = maximumInput - minimumInput;

    // Wrap input if it's above the maximum input
    int numMax = (int) ((input - minimumInput) / modulus);
    input -= numMax * modulus;

    // Wrap input if it's below the minimum input
    int numMin = (int) ((input - maximumInput) / modulus);
    input -= numMin * modulus;

    return input;
  }

  /**
   * Wraps an angle to the range -π to π radians.
   *
   * @param angleRadians Angle to wrap in radians.
   * @return The wrapped angle.
   */
  @Differentiable
  public static double angleModulus(double angleRadians) {
    return inputModulus(angleRadians, -Math.PI, Math.PI);
  }

  /**
   * Checks if the given value matches an expected value within a certain tolerance.
   *
   * @param expected The expected value
   * @param actual The actual value
   * @param tolerance The allowed difference between the actual and the expected value
   * @return Whether or not the actual value is within the allowed tolerance
   */
  public static boolean isNear(double expected, double actual, double tolerance) {
    if (tolerance < 0) {
      throw new IllegalArgumentException("Tolerance must be a non-negative number!");
    }
    return Math.abs(expected - actual) < tolerance;
  }

  /**
   * Checks if the given value matches an expected value within a certain tolerance. Supports
   * continuous input for cases like absolute encoders.
   *
   * <p>Continuous input means that the min and max value are considered to be the same point, and
   * tolerances can be checked across them. A common example would be for absolute encoders: calling
   * isNear(2, 359, 5, 0, 360) returns true because 359 is 1 away from 360 (which is treated as the
   * same as 0) and 2 is 2 away from 0, adding up to an error of 3 degrees, which is within the
   * given tolerance of 5.
   *
   * @param expected The expected value
   * @param actual The actual value
   * @param tolerance The allowed difference between the actual and the expected value
   * @param min Smallest value before wrapping around to the largest value
   * @param max Largest value before wrapping around to the smallest value
   * @return Whether or not the actual value is within the allowed tolerance
   */
  public static boolean isNear(
      double expected, double actual, double tolerance, double min, double max) {
    if (tolerance < 0) {
      throw new IllegalArgumentException("Tolerance must be a non-negative number!");
    }
    // Max error is exactly halfway between the min and max
    double errorBound = (max - min) / 2.0;
    double error = MathUtil.inputModulus(expected - actual, -errorBound, errorBound);
    return Math.abs(error) < tolerance;
  }
}
