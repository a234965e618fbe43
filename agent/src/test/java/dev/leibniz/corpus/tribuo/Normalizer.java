package dev.leibniz.corpus.tribuo;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Tribuo 4.3.1, tribuo-math sources jar (Maven Central; oracle/tribuo on GitHub),
 * org/tribuo/math/util/Normalizer.java
 * Licence: Apache License 2.0 (Copyright (c) 2015, 2022, Oracle and/or its affiliates. All rights reserved;
 * http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF
 * ANY KIND.
 * Copied unchanged: the () constructor, normalize(double[]), normalizeInPlace(double[]) (entry: void, writes its array).
 * Changes: package and class name; javadoc omitted; @Differentiable added to normalizeInPlace(double[]) (the entry); implements the reduced
 * VectorNormalizer; the serialization (protobuf) and ONNX methods omitted.
 */

import java.util.Arrays;

import dev.leibniz.Differentiable;

public class Normalizer implements VectorNormalizer {
    public Normalizer() {}

    @Override
    public double[] normalize(double[] input) {
        double[] output = Arrays.copyOf(input, input.length);
        normalizeInPlace(output);
        return output;
    }

    @Override
    @Differentiable
    public void normalizeInPlace(double[] input) {
        double min = Double.MAX_VALUE;
        for (int i = 0; i < input.length; i++) {
            if (min > input[i]) {
                min = input[i];
            }
        }
        min -= 0.01;
        double sum = 0.0;
        for (int i = 0; i < input.length; i++) {
            input[i] -= min;
            sum += input[i];
        }
        for (int i = 0; i < input.length; i++) {
            input[i] /= sum;
        }
    }
}
