/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: vkostyukov/la4j, Linear Algebra for Java (GitHub, commit dd1b917caf9606399a49afa6b0d738934cd3a7b3),
 * src/main/java/org/la4j/operation/ooplace/OoPlaceMatrixByItsTransposeMultiplication.java
 * Licence: Apache License 2.0 (the file's notice below; the repository's LICENSE is the Apache License 2.0 text).
 * Copied: the whole file (the library is copied whole: its classes refer to each other throughout).
 * Changes: package org.la4j renamed dev.leibniz.corpus.la4j (sub-packages kept; imports renamed alike);
 * @Differentiable added to the entry methods only (see TwentySeventhRound).
 */
package dev.leibniz.corpus.la4j.operation.ooplace;

import dev.leibniz.corpus.la4j.Matrix;
import dev.leibniz.corpus.la4j.matrix.DenseMatrix;
import dev.leibniz.corpus.la4j.matrix.ColumnMajorSparseMatrix;
import dev.leibniz.corpus.la4j.matrix.RowMajorSparseMatrix;
import dev.leibniz.corpus.la4j.operation.MatrixOperation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

public class OoPlaceMatrixByItsTransposeMultiplication extends MatrixOperation<Matrix> {

    @Override
    public Matrix apply(DenseMatrix a) {
        Matrix result = a.blankOfShape(a.rows(), a.rows());

        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.rows(); j++) {
                double acc = 0.0;
                for (int k = 0; k < a.columns(); k++) {
                    acc += a.get(i, k) * a.get(j, k);
                }
                result.set(i, j, acc);
            }
        }

        return result;
    }

    @Override
    public Matrix apply(RowMajorSparseMatrix a) {
        Matrix result = a.blankOfShape(a.rows(), a.rows());
        List<Integer> nzRows = new ArrayList<Integer>();
        Iterator<Integer> it = a.iteratorOfNonZeroRows();

        while (it.hasNext()) {
            nzRows.add(it.next());
        }

        for (int i: nzRows) {
            for (int j: nzRows) {
                result.set(i, j, a.nonZeroIteratorOfRow(i)
                                  .innerProduct(a.nonZeroIteratorOfRow(j)));
            }
        }

        return result;
    }

    @Override
    public Matrix apply(ColumnMajorSparseMatrix a) {
        // TODO: Implement its own algorithm
        return apply(a.toRowMajorSparseMatrix());
    }
}
