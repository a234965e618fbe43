package dev.leibniz.corpus.flinkml;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Flink ML (apache/flink-ml on GitHub, commit 583a6199dc94c1443a9c58242a32f81ddfe82f34),
 * flink-ml-lib/src/main/java/org/apache/flink/ml/common/optimizer/RegularizationUtils.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: regularize(coefficient, reg, elasticNet, learningRate): the loss of an
 * L2, L1 or elastic-net penalty, with Math.signum, while scaling the coefficients in place by BLAS.scal or a loop).
 * Changes: package (imports of the other copied classes dropped or pointed at this package); licence header shortened to this header; the @Internal annotation and its import removed; the class made public (package-private in the original; the
 * test table is in another package); @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;


/**
 * A utility class for algorithms that need to handle regularization. The regularization term is
 * defined as:
 *
 * <p>elasticNet * reg * norm1(coefficient) + (1 - elasticNet) * (reg/2) * (norm2(coefficient))^2
 *
 * <p>See https://scikit-learn.org/stable/modules/generated/sklearn.linear_model.ElasticNet.html.
 */
public class RegularizationUtils {

    /**
     * Regularize the model coefficient. The gradient of each dimension could be computed as:
     * {elasticNet * reg * Math.sign(c_i) + (1 - elasticNet) * reg * c_i}. Here c_i is the value of
     * coefficient at i-th dimension.
     *
     * @param coefficient The model coefficient.
     * @param reg The reg param.
     * @param elasticNet The elasticNet param.
     * @param learningRate The learningRate param.
     * @return The loss introduced by regularization.
     */
    @Differentiable
    public static double regularize(
            DenseVector coefficient,
            final double reg,
            final double elasticNet,
            final double learningRate) {

        if (Double.compare(reg, 0) == 0) {
            return 0;
        } else if (Double.compare(elasticNet, 0) == 0) {
            // Only L2 regularization.
            double loss = reg / 2 * BLAS.norm2(coefficient);
            BLAS.scal(1 - learningRate * reg, coefficient);
            return loss;
        } else if (Double.compare(elasticNet, 1) == 0) {
            // Only L1 regularization.
            double loss = 0;
            double[] coefficientArray = coefficient.values;
            for (int i = 0; i < coefficientArray.length; i++) {
                if (Double.compare(coefficientArray[i], 0) == 0) {
                    continue;
                }
                loss += elasticNet * reg * Math.signum(coefficientArray[i]);
                coefficientArray[i] -=
                        learningRate * elasticNet * reg * Math.signum(coefficientArray[i]);
            }
            return loss;
        } else {
            // Both L1 and L2 are not zero.
            double loss = 0;
            double[] coefficientArray = coefficient.values;
            for (int i = 0; i < coefficientArray.length; i++) {
                loss +=
                        elasticNet * reg * Math.signum(coefficientArray[i])
                                + (1 - elasticNet)
                                        * (reg / 2)
                                        * coefficientArray[i]
                                        * coefficientArray[i];
                coefficientArray[i] -=
                        (learningRate
                                * (elasticNet * reg * Math.signum(coefficientArray[i])
                                        + (1 - elasticNet) * reg * coefficientArray[i]));
            }
            return loss;
        }
    }
}
