package dev.leibniz.corpus.tribuo;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Tribuo 4.3.1, tribuo-math sources jar (Maven Central; oracle/tribuo on GitHub),
 * org/tribuo/math/util/ExpNormalizer.java
 * Licence: Apache License 2.0 (Copyright (c) 2015, 2022, Oracle and/or its affiliates. All rights reserved;
 * http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF
 * ANY KIND.
 * Copied unchanged: the () constructor, normalize(double[]) (entry), normalizeInPlace(double[]) (public, not final: the entry's call of it is virtual).
 * Changes: package and class name; javadoc omitted; @Differentiable added to normalize(double[]) (the entry); implements the reduced
 * VectorNormalizer; the serialization (protobuf) and ONNX methods omitted.
 */

import java.util.Arrays;

import dev.leibniz.Differentiable;

public class ExpNormalizer implements VectorNormalizer {
    public ExpNormalizer() {}

    @Differentiable
    @Override
    public double[] normalize(double[] input) {
        double[] output = Arrays.copyOf(input, input.length);
        normalizeInPlace(output);
        return output;
    }

    @Override
    public void normalizeInPlace(double[] input) {
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < input.length; i++) {
            if (max < input[i]) {
                max = input[i];
            }
        }
        double sum = 0.0;
        for (int i = 0; i < input.length; i++) {
            input[i] = Math.exp(input[i] - max);
            sum += input[i];
        }
        for (int i = 0; i < input.length; i++) {
            input[i] /= sum;
        }
    }
}
