/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/statistics/DistributionFuncName.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   nothing else.
 */
/*
 * To change this template, choose Tools | Templates
 * and open the template in the editor.
 */
package dev.leibniz.corpus.alink;

public enum DistributionFuncName {

	StdNormal,
	Normal,
	Gamma,
	Beta,
	Chi2,
	StudentT,
	Uniform,
	Exponential,
	F;
}
