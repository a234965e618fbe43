package dev.leibniz.corpus.flinkml;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Flink ML (apache/flink-ml on GitHub, commit 583a6199dc94c1443a9c58242a32f81ddfe82f34),
 * flink-ml-servable-core/src/main/java/org/apache/flink/ml/linalg/Vector.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole interface.
 * Changes: package (imports of the other copied classes dropped or pointed at this package); licence header shortened to this header; Flink's type-information annotations (@TypeInfo, @PublicEvolving) and their imports removed.
 */


import java.io.Serializable;

/** A vector of double values. */
public interface Vector extends Serializable {

    /** Gets the size of the vector. */
    int size();

    /** Gets the value of the ith element. */
    double get(int i);

    /** Sets the value of the ith element. */
    void set(int i, double value);

    /** Converts the instance to a double array. */
    double[] toArray();

    /** Converts the instance to a dense vector. */
    DenseVector toDense();

    /** Converts the instance to a sparse vector. */
    SparseVector toSparse();

    /** Makes a deep copy of the vector. */
    Vector clone();
}
