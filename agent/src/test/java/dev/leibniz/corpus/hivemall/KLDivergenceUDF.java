package dev.leibniz.corpus.hivemall;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Hivemall (apache/incubator-hivemall on GitHub, commit 5113ee00fd420449c42ca5385085a67d1195575f),
 * core/src/main/java/hivemall/knn/distance/KLDivergenceUDF.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: kld(double, double, double, double) (entry: the KL divergence of two normal distributions, with
 * Math.log and Math.pow(x, 2)).
 * Changes: package; licence header shortened to this header; the class no longer extends Hive's UDF, and its two
 * evaluate methods returning Hadoop writables are omitted with the Hive annotations; @Differentiable added to kld.
 */

import dev.leibniz.Differentiable;

public final class KLDivergenceUDF {

    @Differentiable
    public static double kld(final double mu1, final double sigma1, final double mu2,
            final double sigma2) {
        return (Math.log(sigma2 / sigma1) + sigma2 / sigma1 + Math.pow(mu1 - mu2, 2) / sigma2 - 1.d)
                * 0.5d;
    }

}
