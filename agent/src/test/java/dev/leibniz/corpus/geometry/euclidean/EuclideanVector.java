/*
 * Real-code corpus entry (test code only, see ../../README.md).
 * Source: apache/commons-geometry (GitHub, commit 7c07ceffedac9f0afaaaff5de404000d91e897bf),
 * commons-geometry-euclidean/src/main/java/org/apache/commons/geometry/euclidean/EuclideanVector.java
 * Licence: Apache License 2.0 (Licensed to the Apache Software Foundation (ASF) under one or more contributor
 * license agreements; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the class but eq and isZero (no entry).
 * Changes: package (the classes of commons-geometry-euclidean and the few of commons-geometry-core it needs in one package) and imports; the licence block shortened to this header; javadoc removed; eq(V, Precision.DoubleEquivalence) and isZero(Precision.DoubleEquivalence) left out (Commons Numbers' Precision is not a dependency of the tests).
 */
package dev.leibniz.corpus.geometry.euclidean;


public abstract class EuclideanVector<V extends EuclideanVector<V>>
    implements Vector<V>, Point<V> {

    public EuclideanVector() {
        // Do nothing
    }

    public abstract V vectorTo(V v);

    public abstract V directionTo(V v);

    public abstract V lerp(V v, double t);



    protected double getCheckedNorm() {
        return Vectors.checkedNorm(this);
    }
}
