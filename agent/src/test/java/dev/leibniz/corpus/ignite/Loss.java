package dev.leibniz.corpus.ignite;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Ignite (apache/ignite on GitHub, commit 22669b82c1acba9a493879344dfbdaefedb0c04b),
 * modules/ml/src/main/java/org/apache/ignite/ml/composition/boosting/loss/Loss.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the two methods of the interface.
 * Changes: package; licence header shortened to this header; nothing else.
 */

/**
 * Loss interface of computing error or gradient of error on specific row in dataset.
 */
public interface Loss extends java.io.Serializable {
    /**
     * Error value for model answer.
     *
     * @param sampleSize Sample size.
     * @param lb Label.
     * @param mdlAnswer Model answer.
     * @return error value.
     */
    public double error(long sampleSize, double lb, double mdlAnswer);

    /**
     * Error gradient value for model answer.
     *
     * @param sampleSize Sample size.
     * @param lb Label.
     * @param mdlAnswer Model answer.
     * @return error value.
     */
    public double gradient(long sampleSize, double lb, double mdlAnswer);
}
