package dev.leibniz.corpus.numbers11;

/*
 * A helper of the real-code corpus (not an entry) (test code only, see ../README.md).
 * Source: Apache Commons Numbers 1.1, commons-numbers-gamma-1.1-sources.jar (Maven Central, org.apache.commons:commons-numbers-gamma:1.1),
 *   org/apache/commons/numbers/gamma/LogGamma1p.java
 * Licence: Apache License 2.0 (the licence header below); the code adapted from Boost keeps its Boost
 * Software License 1.0 notice below (http://www.boost.org/LICENSE_1_0.txt).
 * Copied unchanged: the whole class, with its licence and comments.
 * Changes: package.
 */
/*
 * Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements.  See the NOTICE file distributed with
 * this work for additional information regarding copyright ownership.
 * The ASF licenses this file to You under the Apache License, Version 2.0
 * (the "License"); you may not use this file except in compliance with
 * the License.  You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

/**
 * Function \( \ln \Gamma(1 + x) \).
 *
 * Class is immutable.
 */
final class LogGamma1p {
    /** Private constructor. */
    private LogGamma1p() {
        // intentionally empty
    }

    /**
     * Computes the function \( \ln \Gamma(1 + x) \) for \( -0.5 \leq x \leq 1.5 \).
     *
     * This implementation is based on the double precision implementation in
     * the <em>NSWC Library of Mathematics Subroutines</em>, {@code DGMLN1}.
     *
     * @param x Argument.
     * @return \( \ln \Gamma(1 + x) \)
     * @throws IllegalArgumentException if {@code x < -0.5} or {@code x > 1.5}.
     */
    public static double value(final double x) {
        if (x < -0.5 || x > 1.5) {
            throw new GammaException(GammaException.OUT_OF_RANGE, x, -0.5, 1.5);
        }

        return -Math.log1p(InvGamma1pm1.value(x));
    }
}
