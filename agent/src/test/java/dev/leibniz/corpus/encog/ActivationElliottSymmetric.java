package dev.leibniz.corpus.encog;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jeffheaton/encog-java-core (GitHub), src/main/java/org/encog/engine/network/activation/ActivationElliottSymmetric.java
 * Licence: Apache License 2.0. Copyright 2008-2017 Heaton Research, Inc.; http://www.apache.org/licenses/LICENSE-2.0;
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the params field, the constructor and activationFunction (entry; reads its slope
 * from the params array held in a field).
 * Changes: package; javadoc omitted; "implements ActivationFunction" dropped with the interface's other
 * methods (derivative, clone, params accessors); @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public class ActivationElliottSymmetric {
    private final double[] params;

    public ActivationElliottSymmetric() {
        this.params = new double[1];
        this.params[0] = 1.0;
    }

    @Differentiable
    public final void activationFunction(final double[] x, final int start,
            final int size) {
        for (int i = start; i < start + size; i++) {
        	double s = params[0];
        	x[i] = (x[i]*s) / (1 + Math.abs(x[i]*s));        		     			
        }
    }
}
