/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Team254/FRC-2018-Public (GitHub, commit 2c06c1ea), src/main/java/com/team254/lib/spline/Spline.java
 * Licence: MIT ("Copyright (c) 2018 Team 254", the repository's LICENSE; its text is in ./LICENSE-TEAM254.txt).
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.team254 (the original's com.team254.lib.spline), its imports of the project's own classes dropped (one package here); @Differentiable added to the entry methods (see ThirtyNinthRound) with its import.
 */
package dev.leibniz.corpus.team254;

import dev.leibniz.Differentiable;


public abstract class Spline {
    public abstract Translation2d getPoint(double t);

    public abstract Rotation2d getHeading(double t);

    public abstract double getCurvature(double t);

    // dk/ds
    public abstract double getDCurvature(double t);

    // ds/dt
    public abstract double getVelocity(double t);

    public Pose2d getPose2d(double t) {
        return new Pose2d(getPoint(t), getHeading(t));
    }

    @Differentiable
    public Pose2dWithCurvature getPose2dWithCurvature(double t) {
        return new Pose2dWithCurvature(getPose2d(t), getCurvature(t), getDCurvature(t) / getVelocity(t));
    }

    // TODO add toString
    // public abstract String toString();
}
