package dev.leibniz.corpus.tribuo;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Tribuo 4.3.1, tribuo-math sources jar (Maven Central; oracle/tribuo on GitHub),
 * org/tribuo/math/util/VectorNormalizer.java
 * Licence: Apache License 2.0 (Copyright (c) 2015, 2022, Oracle and/or its affiliates. All rights reserved;
 * http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF
 * ANY KIND.
 * Copied unchanged: normalize(double[]) and the default method normalizeInPlace(double[]).
 * Changes: package; javadoc omitted; no longer extends ProtoSerializable and Serializable; its ONNX methods omitted.
 */

public interface VectorNormalizer {

    public double[] normalize(double[] input);

    default public void normalizeInPlace(double[] input) {
        double[] output = normalize(input);
        for (int i = 0; i < input.length; i++) {
            input[i] = output[i];
        }
    }
}
