/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Team254/FRC-2018-Public (GitHub, commit 2c06c1ea), src/main/java/com/team254/lib/trajectory/timing/TimingConstraint.java
 * Licence: MIT ("Copyright (c) 2018 Team 254", the repository's LICENSE; its text is in ./LICENSE-TEAM254.txt).
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.team254 (the original's com.team254.lib.trajectory.timing), its imports of the project's own classes dropped (one package here).
 */
package dev.leibniz.corpus.team254;


public interface TimingConstraint<S extends State<S>> {
    double getMaxVelocity(S state);

    MinMaxAcceleration getMinMaxAcceleration(S state, double velocity);

    public static class MinMaxAcceleration {
        protected final double min_acceleration_;
        protected final double max_acceleration_;

        public static MinMaxAcceleration kNoLimits = new MinMaxAcceleration();

        public MinMaxAcceleration() {
            // No limits.
            min_acceleration_ = Double.NEGATIVE_INFINITY;
            max_acceleration_ = Double.POSITIVE_INFINITY;
        }

        public MinMaxAcceleration(double min_acceleration, double max_acceleration) {
            min_acceleration_ = min_acceleration;
            max_acceleration_ = max_acceleration;
        }

        public double min_acceleration() {
            return min_acceleration_;
        }

        public double max_acceleration() {
            return max_acceleration_;
        }

        public boolean valid() {
            return min_acceleration() <= max_acceleration();
        }
    }
}
