package dev.leibniz.corpus.androidx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Android Jetpack (androidx/androidx on GitHub, commit 9db3602f89a6bd54872015d5b5bd236cae216619),
 * dynamicanimation/dynamicanimation/src/main/java/androidx/dynamicanimation/animation/DynamicAnimation.java
 * Licence: Apache License 2.0 ("Copyright (C) 2017 The Android Open Source Project ... Licensed under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the nested class MassState only, which SpringForce.updateValues fills and returns.
 * Changes: package; licence header shortened to this header; the animation itself (it needs android.view and the
 * Choreographer) left out: the class is a holder of MassState.
 */

/** Holds the nested MassState of androidx's DynamicAnimation. */
public abstract class DynamicAnimation {
    private DynamicAnimation() {}

    static class MassState {
        float mValue;
        float mVelocity;
    }
}
