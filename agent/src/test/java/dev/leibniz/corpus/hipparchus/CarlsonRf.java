package dev.leibniz.corpus.hipparchus;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Hipparchus-Math/hipparchus (GitHub), hipparchus-core/src/main/java/org/hipparchus/special/elliptic/carlson/CarlsonEllipticIntegral.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; modified by the Hipparchus project. You may obtain a copy of the
 * License at http://www.apache.org/licenses/LICENSE-2.0. Distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: rF (entry; Carlson's symmetric integral: builds an RfRealDuplication object whose
 * constructor stores the arguments in an array field and whose integral() is a template method over
 * abstract hooks, with an AGM loop for the complete case).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 * Uses RfRealDuplication and RealDuplication, package-private classes of Hipparchus copied next to
 * this class, which call FastMath and MathArrays.linearCombination of hipparchus-core 4.0.2.
 */

import dev.leibniz.Differentiable;

public final class CarlsonRf {
    @Differentiable
    public static double rF(final double x, final double y, final double z) {
        return new RfRealDuplication(x, y, z).integral();
    }
}
