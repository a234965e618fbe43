/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Team254/FRC-2018-Public (GitHub, commit 2c06c1ea), src/main/java/com/team254/lib/physics/DCMotorTransmission.java
 * Licence: MIT ("Copyright (c) 2018 Team 254", the repository's LICENSE; its text is in ./LICENSE-TEAM254.txt).
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.team254 (the original's com.team254.lib.physics), its imports of the project's own classes dropped (one package here); @Differentiable added to the entry methods (see ThirtyNinthRound) with its import.
 */
package dev.leibniz.corpus.team254;

import dev.leibniz.Differentiable;


/**
 * Model of a DC motor rotating a shaft.  All parameters refer to the output (e.g. should already consider gearing
 * and efficiency losses).  The motor is assumed to be symmetric forward/reverse.
 */
public class DCMotorTransmission {
    // TODO add electrical constants?  (e.g. current)

    // All units must be SI!
    protected final double speed_per_volt_;  // rad/s per V (no load)
    protected final double torque_per_volt_;  // N m per V (stall)
    protected final double friction_voltage_;  // V

    public DCMotorTransmission(final double speed_per_volt,
                               final double torque_per_volt,
                               final double friction_voltage) {
        speed_per_volt_ = speed_per_volt;
        torque_per_volt_ = torque_per_volt;
        friction_voltage_ = friction_voltage;
    }

    public double speed_per_volt() {
        return speed_per_volt_;
    }

    public double torque_per_volt() {
        return torque_per_volt_;
    }

    public double friction_voltage() {
        return friction_voltage_;
    }

    @Differentiable
    public double free_speed_at_voltage(final double voltage) {
        if (voltage > Util.kEpsilon) {
            return Math.max(0.0, voltage - friction_voltage()) * speed_per_volt();
        } else if (voltage < Util.kEpsilon) {
            return Math.min(0.0, voltage + friction_voltage()) * speed_per_volt();
        } else {
            return 0.0;
        }
    }

    @Differentiable
    public double getTorqueForVoltage(final double output_speed, final double voltage) {
        double effective_voltage = voltage;
        if (output_speed > Util.kEpsilon) {
            // Forward motion, rolling friction.
            effective_voltage -= friction_voltage();
        } else if (output_speed < -Util.kEpsilon) {
            // Reverse motion, rolling friction.
            effective_voltage += friction_voltage();
        } else if (voltage > Util.kEpsilon) {
            // System is static, forward torque.
            effective_voltage = Math.max(0.0, voltage - friction_voltage());
        } else if (voltage < -Util.kEpsilon) {
            // System is static, reverse torque.
            effective_voltage = Math.min(0.0, voltage + friction_voltage());
        } else {
            // System is idle.
            return 0.0;
        }
        return torque_per_volt() * (-output_speed / speed_per_volt() + effective_voltage);
    }

    @Differentiable
    public double getVoltageForTorque(final double output_speed, final double torque) {
        double friction_voltage;
        if (output_speed > Util.kEpsilon) {
            // Forward motion, rolling friction.
            friction_voltage = friction_voltage();
        } else if (output_speed < -Util.kEpsilon) {
            // Reverse motion, rolling friction.
            friction_voltage = -friction_voltage();
        } else if (torque > Util.kEpsilon) {
            // System is static, forward torque.
            friction_voltage = friction_voltage();
        } else if (torque < -Util.kEpsilon) {
            // System is static, reverse torque.
            friction_voltage = -friction_voltage();
        } else {
            // System is idle.
            return 0.0;
        }
        return torque / torque_per_volt() + output_speed / speed_per_volt() + friction_voltage;
    }
}
