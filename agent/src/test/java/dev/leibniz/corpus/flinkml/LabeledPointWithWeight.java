package dev.leibniz.corpus.flinkml;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Flink ML (apache/flink-ml on GitHub, commit 583a6199dc94c1443a9c58242a32f81ddfe82f34),
 * flink-ml-servable-core/src/main/java/org/apache/flink/ml/common/feature/LabeledPointWithWeight.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (features, label, weight behind getters).
 * Changes: package (imports of the other copied classes dropped or pointed at this package); licence header shortened to this header; none else.
 */


/** Utility class to represent a data point that contains features, label and weight. */
public class LabeledPointWithWeight {

    private DenseVector features;

    private double label;

    private double weight;

    public LabeledPointWithWeight(DenseVector features, double label, double weight) {
        this.features = features;
        this.label = label;
        this.weight = weight;
    }

    public LabeledPointWithWeight() {}

    public DenseVector getFeatures() {
        return features;
    }

    public void setFeatures(DenseVector features) {
        this.features = features;
    }

    public double getLabel() {
        return label;
    }

    public void setLabel(double label) {
        this.label = label;
    }

    public double getWeight() {
        return weight;
    }

    public void setWeight(double weight) {
        this.weight = weight;
    }
}
