/*
 * Real-code corpus entry (test code only, see ../../README.md).
 * Source: apache/commons-geometry (GitHub, commit 7c07ceffedac9f0afaaaff5de404000d91e897bf),
 * commons-geometry-euclidean/src/main/java/org/apache/commons/geometry/euclidean/AbstractAffineTransformMatrix.java
 * Licence: Apache License 2.0 (Licensed to the Apache Software Foundation (ASF) under one or more contributor
 * license agreements; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class (no entry).
 * Changes: package (the classes of commons-geometry-euclidean and the few of commons-geometry-core it needs in one package) and imports; the licence block shortened to this header; javadoc removed.
 */
package dev.leibniz.corpus.geometry.euclidean;

public abstract class AbstractAffineTransformMatrix<
        V extends EuclideanVector<V>,
        M extends AbstractAffineTransformMatrix<V, M>>
    implements EuclideanTransform<V> {

    public AbstractAffineTransformMatrix() {
        // Do nothing
    }

    public abstract V applyDirection(V vec);

    public abstract double determinant();

    @Override
    public abstract M inverse();

    public abstract M linear();

    public abstract M linearTranspose();

    public M normalTransform() {
        return inverse().linearTranspose();
    }

    @Override
    public boolean preservesOrientation() {
        return determinant() > 0.0;
    }
}
