/*
 * Real-code corpus entry (test code only, see ../../README.md).
 * Source: apache/commons-geometry (GitHub, commit 7c07ceffedac9f0afaaaff5de404000d91e897bf),
 * commons-geometry-core/src/main/java/org/apache/commons/geometry/core/Spatial.java
 * Licence: Apache License 2.0 (Licensed to the Apache Software Foundation (ASF) under one or more contributor
 * license agreements; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole interface (no entry).
 * Changes: package (the classes of commons-geometry-euclidean and the few of commons-geometry-core it needs in one package) and imports; the licence block shortened to this header; javadoc removed; from commons-geometry-core (package org.apache.commons.geometry.core).
 */
package dev.leibniz.corpus.geometry.euclidean;

public interface Spatial {

    int getDimension();

    boolean isNaN();

    boolean isInfinite();

    boolean isFinite();
}
