package dev.leibniz.corpus.androidx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Android Jetpack (androidx/androidx on GitHub), the interface
 * dynamicanimation/dynamicanimation/src/main/java/androidx/dynamicanimation/animation/Force.java, which the stored
 * snapshot does not hold: declared here with the two methods SpringForce (commit
 * fd79a569793acda1e955ddefad9b964cff70909f) overrides, as SpringForce.java uses them.
 * Licence: Apache License 2.0 (The Android Open Source Project). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES
 * OR CONDITIONS OF ANY KIND.
 */

/** A force acting on the value being animated: its acceleration, and when it is at rest. */
interface Force {
    // Acceleration based on position.
    float getAcceleration(float position, float velocity);

    boolean isAtEquilibrium(float value, float velocity);
}
