/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Team254/FRC-2018-Public (GitHub, commit 2c06c1ea), src/main/java/com/team254/lib/trajectory/timing/DifferentialDriveDynamicsConstraint.java
 * Licence: MIT ("Copyright (c) 2018 Team 254", the repository's LICENSE; its text is in ./LICENSE-TEAM254.txt).
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.team254 (the original's com.team254.lib.trajectory.timing), its imports of the project's own classes dropped (one package here); @Differentiable added to the entry methods (see ThirtyNinthRound) with its import.
 */
package dev.leibniz.corpus.team254;

import dev.leibniz.Differentiable;


public class DifferentialDriveDynamicsConstraint<S extends IPose2d<S> & ICurvature<S>> implements TimingConstraint<S> {

    protected final DifferentialDrive drive_;
    protected final double abs_voltage_limit_;

    public DifferentialDriveDynamicsConstraint(final DifferentialDrive drive, double abs_voltage_limit) {
        drive_ = drive;
        abs_voltage_limit_ = abs_voltage_limit;
    }

    @Override
    @Differentiable
    public double getMaxVelocity(S state) {
        return Units.meters_to_inches(drive_.getMaxAbsVelocity(
                Units.meters_to_inches(state.getCurvature()),  // Curvature is in inverse inches, so meters_to_inches is correct.
                /*Units.meters_to_inches(Units.meters_to_inches(state.getDCurvatureDs())),  // DCurvature is in inverse inches^2.*/
                abs_voltage_limit_));
    }

    @Override
    @Differentiable
    public MinMaxAcceleration getMinMaxAcceleration(S state,
                                                    double velocity) {
        // TODO figure out a units convention for generic states.  Traditionally we use inches...
        // NOTE: units cancel on angular velocity.
        DifferentialDrive.MinMax min_max = drive_.getMinMaxAcceleration(new DifferentialDrive.ChassisState(
                        Units.inches_to_meters(velocity), state.getCurvature() * velocity),
                Units.meters_to_inches(state.getCurvature()),  // Curvature is in inverse inches, so meters_to_inches is correct.
                /*Units.meters_to_inches(Units.meters_to_inches(state.getDCurvatureDs())),  // DCurvature is in inverse inches^2.*/
                abs_voltage_limit_);
        return new MinMaxAcceleration(Units.meters_to_inches(min_max.min), Units.meters_to_inches(min_max.max));
    }
}
