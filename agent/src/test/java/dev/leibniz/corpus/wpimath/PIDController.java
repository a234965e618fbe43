package dev.leibniz.corpus.wpimath;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: WPILib (wpilibsuite/allwpilib on GitHub, commit caf0fb2dccb462a1507888246646daa5ba38cd82),
 * wpimath/src/main/java/org/wpilib/math/controller/PIDController.java
 * Licence: BSD 3-Clause ("Copyright (c) 2009-2026 FIRST and other WPILib contributors. All rights reserved.
 * Redistribution and use in source and binary forms, with or without modification, are permitted provided that ...";
 * the WPILib BSD license file, LICENSE.md, in the root of the repository). Provided "AS IS", without warranty.
 * Copied: the instance fields, the constructors, setIZone, enableContinuousInput,
 * setIntegratorRange, setTolerance(errorTolerance, errorDerivativeTolerance), calculate (both)
 * and reset (entry: calculate(measurement, setpoint), which stores the setpoint, the measurement, the error, its
 * derivative and the clamped integral in the receiver's fields; the continuous case wraps the error through
 * MathUtil.inputModulus).
 * Changes: package; licence header shortened to this header; the interfaces TelemetryLoggable and ComplexTunable, the
 * static instance counter and its MathSharedStore.reportUsage call, and the setChildTunableChanged(...) notifications
 * (telemetry only) left out with their imports; Math.clamp(v, lo, hi) (Java 21) spelt Math.max(lo, Math.min(hi, v)) for
 * Java 17; the other members left out; @Differentiable added to the entry.
 */

import dev.leibniz.Differentiable;


/** Implements a PID control loop. */
public class PIDController {

  // Factor for "proportional" control
  private double m_kp;

  // Factor for "integral" control
  private double m_ki;

  // Factor for "derivative" control
  private double m_kd;

  // The error range where "integral" control applies
  private double m_iZone = Double.POSITIVE_INFINITY;

  // The period (in seconds) of the loop that calls the controller
  private final double m_period;

  private double m_maximumIntegral = 1.0;

  private double m_minimumIntegral = -1.0;

  private double m_maximumInput;

  private double m_minimumInput;

  // Do the endpoints wrap around? e.g. Absolute encoder
  private boolean m_continuous;

  // The error at the time of the most recent call to calculate()
  private double m_error;
  private double m_errorDerivative;

  // The error at the time of the second-most-recent call to calculate() (used to compute velocity)
  private double m_prevError;

  // The sum of the errors for use in the integral calc
  private double m_totalError;

  // The error that is considered at setpoint.
  private double m_errorTolerance = 0.05;
  private double m_errorDerivativeTolerance = Double.POSITIVE_INFINITY;

  private double m_setpoint;
  private double m_measurement;

  private boolean m_haveMeasurement;
  private boolean m_haveSetpoint;

  /**
   * Allocates a PIDController with the given constants for kp, ki, and kd and a default period of
   * 0.02 seconds.
   *
   * @param kp The proportional coefficient.
   * @param ki The integral coefficient.
   * @param kd The derivative coefficient.
   * @throws IllegalArgumentException if kp &lt; 0
   * @throws IllegalArgumentException if ki &lt; 0
   * @throws IllegalArgumentException if kd &lt; 0
   */
  public PIDController(double kp, double ki, double kd) {
    this(kp, ki, kd, 0.02);
  }

  /**
   * Allocates a PIDController with the given constants for kp, ki, and kd.
   *
   * @param kp The proportional coefficient.
   * @param ki The integral coefficient.
   * @param kd The derivative coefficient.
   * @param period The period between controller updates in seconds.
   * @throws IllegalArgumentException if kp &lt; 0
   * @throws IllegalArgumentException if ki &lt; 0
   * @throws IllegalArgumentException if kd &lt; 0
   * @throws IllegalArgumentException if period &lt;= 0
   */
  public PIDController(double kp, double ki, double kd, double period) {
    m_kp = kp;
    m_ki = ki;
    m_kd = kd;

    if (kp < 0.0) {
      throw new IllegalArgumentException("Kp must be a non-negative number!");
    }
    if (ki < 0.0) {
      throw new IllegalArgumentException("Ki must be a non-negative number!");
    }
    if (kd < 0.0) {
      throw new IllegalArgumentException("Kd must be a non-negative number!");
    }
    if (period <= 0.0) {
      throw new IllegalArgumentException("Controller period must be a positive number!");
    }
    m_period = period;
  }

  /**
   * Sets the IZone range. When the absolute value of the position error is greater than IZone, the
   * total accumulated error will reset to zero, disabling integral gain until the absolute value of
   * the position error is less than IZone. This is used to prevent integral windup. Must be
   * non-negative. Passing a value of zero will effectively disable integral gain. Passing a value
   * of {@link Double#POSITIVE_INFINITY} disables IZone functionality.
   *
   * @param iZone Maximum magnitude of error to allow integral control.
   * @throws IllegalArgumentException if iZone &lt; 0
   */
  public void setIZone(double iZone) {
    if (iZone < 0) {
      throw new IllegalArgumentException("IZone must be a non-negative number!");
    }
    m_iZone = iZone;
  }

  /**
   * Enables continuous input.
   *
   * <p>Rather then using the max and min input range as constraints, it considers them to be the
   * same point and automatically calculates the shortest route to the setpoint.
   *
   * @param minimumInput The minimum value expected from the input.
   * @param maximumInput The maximum value expected from the input.
   */
  public void enableContinuousInput(double minimumInput, double maximumInput) {
    m_continuous = true;
    m_minimumInput = minimumInput;
    m_maximumInput = maximumInput;
  }

  /** Disables continuous input. */
  public void disableContinuousInput() {
    m_continuous = false;
  }

  /**
   * Returns true if continuous input is enabled.
   *
   * @return True if continuous input is enabled.
   */
  public boolean isContinuousInputEnabled() {
    return m_continuous;
  }

  /**
   * Sets the minimum and maximum contributions of the integral term.
   *
   * <p>The internal integrator is clamped so that the integral term's contribution to the output
   * stays between minimumIntegral and maximumIntegral. This prevents integral windup.
   *
   * @param minimumIntegral The minimum contribution of the integral term.
   * @param maximumIntegral The maximum contribution of the integral term.
   */
  public void setIntegratorRange(double minimumIntegral, double maximumIntegral) {
    m_minimumIntegral = minimumIntegral;
    m_maximumIntegral = maximumIntegral;
  }

  /**
   * Sets the error which is considered tolerable for use with atSetpoint().
   *
   * @param errorTolerance Error which is tolerable.
   * @param errorDerivativeTolerance Error derivative which is tolerable.
   */
  public void setTolerance(double errorTolerance, double errorDerivativeTolerance) {
    m_errorTolerance = errorTolerance;
    m_errorDerivativeTolerance = errorDerivativeTolerance;
  }

  /**
   * Returns the next output of the PID controller.
   *
   * @param measurement The current measurement of the process variable.
   * @param setpoint The new setpoint of the controller.
   * @return The next controller output.
   */
  @Differentiable
  public double calculate(double measurement, double setpoint) {
    final boolean setpointChanged = m_setpoint != setpoint;
    m_setpoint = setpoint;
    m_haveSetpoint = true;
    return calculate(measurement);
  }


  /**
   * Returns the next output of the PID controller.
   *
   * @param measurement The current measurement of the process variable.
   * @return The next controller output.
   */
  public double calculate(double measurement) {
    m_measurement = measurement;
    m_prevError = m_error;
    m_haveMeasurement = true;

    if (m_continuous) {
      double errorBound = (m_maximumInput - m_minimumInput) / 2.0;
      m_error = MathUtil.inputModulus(m_setpoint - m_measurement, -errorBound, errorBound);
    } else {
      m_error = m_setpoint - m_measurement;
    }

    m_errorDerivative = (m_error - m_prevError) / m_period;

    // If the absolute value of the position error is greater than IZone, reset the total error
    if (Math.abs(m_error) > m_iZone) {
      m_totalError = 0;
    } else if (m_ki != 0) {
      m_totalError =
          Math.max(
              m_minimumIntegral / m_ki,
              Math.min(m_maximumIntegral / m_ki, m_totalError + m_error * m_period));
    }

    return m_kp * m_error + m_ki * m_totalError + m_kd * m_errorDerivative;
  }

  /** Resets the previous error and the integral term. */
  public void reset() {
    m_error = 0;
    m_prevError = 0;
    m_totalError = 0;
    m_errorDerivative = 0;
    m_haveMeasurement = false;
  }
}
