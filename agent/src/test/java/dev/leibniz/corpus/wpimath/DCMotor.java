package dev.leibniz.corpus.wpimath;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: WPILib (wpilibsuite/allwpilib on GitHub, commit caf0fb2dccb462a1507888246646daa5ba38cd82),
 * wpimath/src/main/java/org/wpilib/math/system/DCMotor.java
 * Licence: BSD 3-Clause ("Copyright (c) 2009-2026 FIRST and other WPILib contributors. All rights reserved.
 * Redistribution and use in source and binary forms, with or without modification, are permitted provided that ...";
 * the WPILib BSD license file, LICENSE.md, in the root of the repository). Provided "AS IS", without warranty.
 * Copied: the fields, the constructor, getCurrent (both), getTorque, getVoltage, getVelocity and withReduction (entries: getCurrent(velocity, voltageInput), getVoltage and getVelocity, reading the constants the constructor derived into final fields).
 * Changes: package; licence header shortened to this header; the interfaces ProtobufSerializable and StructSerializable, the static fields proto and struct and the motor factories (getCIM(...) and the others, which call Units) left out with their imports; @Differentiable added to the entries.
 */

import dev.leibniz.Differentiable;

/** Holds the constants for a DC motor. */
public class DCMotor {
  /** Voltage at which the motor constants were measured. */
  public final double nominalVoltage;

  /** Torque when stalled in Newton-meters. */
  public final double stallTorque;

  /** Current draw when stalled in amps. */
  public final double stallCurrent;

  /** Current draw under no load in amps. */
  public final double freeCurrent;

  /** Angular velocity under no load in radians per second. */
  public final double freeSpeed;

  /** Motor internal resistance in Ohms. */
  public final double R;

  /** Motor velocity constant in (rad/s)/V. */
  public final double Kv;

  /** Motor torque constant in Newton-meters per amp. */
  public final double Kt;

  /**
   * Constructs a DC motor.
   *
   * @param nominalVoltage Voltage at which the motor constants were measured.
   * @param stallTorque Torque when stalled.
   * @param stallCurrent Current draw when stalled.
   * @param freeCurrent Current draw under no load.
   * @param freeSpeed Angular velocity under no load.
   * @param numMotors Number of motors in a gearbox.
   */
  public DCMotor(
      double nominalVoltage,
      double stallTorque,
      double stallCurrent,
      double freeCurrent,
      double freeSpeed,
      int numMotors) {
    this.nominalVoltage = nominalVoltage;
    this.stallTorque = stallTorque * numMotors;
    this.stallCurrent = stallCurrent * numMotors;
    this.freeCurrent = freeCurrent * numMotors;
    this.freeSpeed = freeSpeed;

    this.R = nominalVoltage / this.stallCurrent;
    this.Kv = freeSpeed / (nominalVoltage - R * this.freeCurrent);
    this.Kt = this.stallTorque / this.stallCurrent;
  }

  /**
   * Calculate current drawn by motor with given velocity and input voltage.
   *
   * @param velocity The current angular velocity of the motor.
   * @param voltageInput The voltage being applied to the motor.
   * @return The estimated current.
   */
  @Differentiable
  public double getCurrent(double velocity, double voltageInput) {
    return -1.0 / Kv / R * velocity + 1.0 / R * voltageInput;
  }

  /**
   * Calculate current drawn by motor for a given torque.
   *
   * @param torque The torque produced by the motor in Newton-meters.
   * @return The current drawn by the motor.
   */
  public double getCurrent(double torque) {
    return torque / Kt;
  }

  /**
   * Calculate torque produced by the motor with a given current.
   *
   * @param current The current drawn by the motor in amps.
   * @return The torque output in Newton-meters.
   */
  public double getTorque(double current) {
    return current * Kt;
  }

  /**
   * Calculate the voltage provided to the motor for a given torque and angular velocity.
   *
   * @param torque The torque produced by the motor in Newton-meters.
   * @param velocity The current angular velocity of the motor in radians per second.
   * @return The voltage of the motor.
   */
  @Differentiable
  public double getVoltage(double torque, double velocity) {
    return 1.0 / Kv * velocity + 1.0 / Kt * R * torque;
  }

  /**
   * Calculates the angular velocity produced by the motor at a given torque and input voltage.
   *
   * @param torque The torque produced by the motor in Newton-meters.
   * @param voltageInput The voltage applied to the motor.
   * @return The angular velocity of the motor.
   */
  @Differentiable
  public double getVelocity(double torque, double voltageInput) {
    return voltageInput * Kv - 1.0 / Kt * torque * R * Kv;
  }

  /**
   * Returns a copy of this motor with the given gearbox reduction applied.
   *
   * @param gearboxReduction The gearbox reduction.
   * @return A motor with the gearbox reduction applied.
   */
  public DCMotor withReduction(double gearboxReduction) {
    return new DCMotor(
        nominalVoltage,
        stallTorque * gearboxReduction,
        stallCurrent,
        freeCurrent,
        freeSpeed / gearboxReduction,
        1);
  }
}
