package dev.leibniz.corpus.smile;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Smile 1.5.3 (haifengl/smile on GitHub, tag v1.5.3, commit 3c4bab4e86718ed0edd6159258488b2dafe96045),
 * math/src/main/java/smile/math/kernel/LaplacianKernel.java
 * Licence: Apache License 2.0 ("Copyright (c) 2010 Haifeng Li. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"; Smile 1.x is Apache-2.0, later versions are not and were not used).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the class but toString: fields, constructors, setters, k(double[], double[]) (entry: exp(-gamma *
 * Math.distance(x, y)): the square root of a squared distance in another class; an IllegalArgumentException with
 * String.format of the lengths).
 * Changes: package; javadoc omitted; @Differentiable added to the entry method; Math is ./Math.java, the copy of
 * smile.math.Math (the original imports smile.math.Math); toString omitted; MercerKernel is ./MercerKernel.java.
 */

import dev.leibniz.Differentiable;

public class LaplacianKernel implements MercerKernel<double[]> {
    private static final long serialVersionUID = 1L;

    private double gamma;

    public LaplacianKernel(double sigma) {
        if (sigma <= 0)
            throw new IllegalArgumentException("sigma is not positive.");

        this.gamma = 1.0 / sigma;
    }

    @Override
    @Differentiable
    public double k(double[] x, double[] y) {
        if (x.length != y.length)
            throw new IllegalArgumentException(String.format("Arrays have different length: x[%d], y[%d]", x.length, y.length));

        return Math.exp(-gamma * Math.distance(x, y));
    }
}
