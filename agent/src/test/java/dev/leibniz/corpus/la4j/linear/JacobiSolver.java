/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: vkostyukov/la4j, Linear Algebra for Java (GitHub, commit dd1b917caf9606399a49afa6b0d738934cd3a7b3),
 * src/main/java/org/la4j/linear/JacobiSolver.java
 * Licence: Apache License 2.0 (the file's notice below; the repository's LICENSE is the Apache License 2.0 text).
 * Copied: the whole file (the library is copied whole: its classes refer to each other throughout).
 * Changes: package org.la4j renamed dev.leibniz.corpus.la4j (sub-packages kept; imports renamed alike);
 * @Differentiable added to the entry methods only (see TwentySeventhRound).
 */
/*
 * Copyright 2011-2013, by Vladimir Kostyukov and Contributors.
 * 
 * This file is part of la4j project (http://la4j.org)
 * 
 * Licensed under the Apache License, Version 2.0 (the "License");
 * You may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 * 
 *      http://www.apache.org/licenses/LICENSE-2.0
 * 
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * 
 * Contributor(s): -
 * 
 */

package dev.leibniz.corpus.la4j.linear;

import dev.leibniz.Differentiable;

import dev.leibniz.corpus.la4j.Matrices;
import dev.leibniz.corpus.la4j.Matrix;
import dev.leibniz.corpus.la4j.matrix.functor.MatrixFunction;
import dev.leibniz.corpus.la4j.Vector;

/**
 * This class represents Jacobi method for solving linear systems. More details
 * <p>
 * <a href="http://mathworld.wolfram.com/JacobiMethod.html"> here.</a>
 * </p>
 */
public class JacobiSolver extends AbstractSolver implements LinearSystemSolver {

    private static final long serialVersionUID = 4071505L;

    private final Matrix aa;

    public JacobiSolver(Matrix a) {
        super(a);

        // We need a copy here, since we don't want to change source matrix
        this.aa = a.copy();

        for (int i = 0; i < aa.rows(); i++) {
            MatrixFunction divider = Matrices.asDivFunction(aa.get(i, i));
            for (int j = 0; j < aa.columns(); j++) {
                if (i != j) {
                    aa.updateAt(i, j, divider);
                }
            }
        }
    }

    @Differentiable
    @Override
    public Vector solve(Vector b) {
        ensureRHSIsCorrect(b);

        Vector current =b.blankOfLength(unknowns());

        // while it is not a solution
        while (!a.multiply(current).equals(b)) {

            Vector next = current.blank();

            for (int i = 0; i < aa.rows(); i++) {

                double acc = b.get(i) / aa.get(i, i);
                for (int j = 0; j < aa.columns(); j++) {
                    if (i != j) {
                        acc -= aa.get(i, j) * current.get(j);
                    }
                }

                next.set(i, acc);
            }

            current = next;
        }

        return current;
    }

    @Override
    public boolean applicableTo(Matrix matrix) {
        return matrix.is(Matrices.DIAGONALLY_DOMINANT_MATRIX);
    }
}
