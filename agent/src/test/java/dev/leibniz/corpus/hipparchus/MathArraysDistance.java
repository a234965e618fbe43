package dev.leibniz.corpus.hipparchus;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Hipparchus-Math/hipparchus (GitHub), hipparchus-core/src/main/java/org/hipparchus/util/MathArrays.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; modified by the Hipparchus project. You may obtain a copy of the
 * License at http://www.apache.org/licenses/LICENSE-2.0. Distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: distance(double[], double[]) (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 * Calls hipparchus-core 4.0.2 (a test dependency): MathArrays.checkEqualLength (void, active
 * arguments), FastMath.
 */

import dev.leibniz.Differentiable;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.util.FastMath;
import static org.hipparchus.util.MathArrays.checkEqualLength;

public final class MathArraysDistance {
    @Differentiable
    public static double distance(double[] p1, double[] p2)
        throws MathIllegalArgumentException {
        checkEqualLength(p1, p2);
        double sum = 0;
        for (int i = 0; i < p1.length; i++) {
            final double dp = p1[i] - p2[i];
            sum += dp * dp;
        }
        return FastMath.sqrt(sum);
    }
}
