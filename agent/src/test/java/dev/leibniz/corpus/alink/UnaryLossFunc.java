/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/linear/unarylossfunc/UnaryLossFunc.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   nothing else.
 */
package dev.leibniz.corpus.alink;

import java.io.Serializable;

/**
 * Interface of unary loss function.
 * Each function has 2 inputs(eta and y), we take their difference as the unary variable of the loss function.
 * More information about loss function, please see：
 * 1. https://en.wikipedia.org/wiki/Loss_function
 * 2. https://en.wikipedia.org/wiki/Loss_functions_for_classification
 */
public interface UnaryLossFunc extends Serializable {

	/**
	 * Loss function.
	 *
	 * @param eta eta value.
	 * @param y   label value.
	 * @return loss value.
	 */
	double loss(double eta, double y);

	/**
	 * The derivative of loss function.
	 *
	 * @param eta eta value.
	 * @param y   label value.
	 * @return derivative value.
	 */
	double derivative(double eta, double y);

	/**
	 * The second derivative of the loss function.
	 *
	 * @param eta eta value.
	 * @param y   label value.
	 * @return second derivative value.
	 */
	double secondDerivative(double eta, double y);

}
