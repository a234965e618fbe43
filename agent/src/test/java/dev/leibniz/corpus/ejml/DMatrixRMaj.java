package dev.leibniz.corpus.ejml;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: lessthanoptimal/ejml (GitHub), main/ejml-ddense/src/org/ejml/data/DMatrixRMaj.java and its
 * superclasses DMatrix1Row / DMatrixD1.
 * Licence: Apache License 2.0. Copyright (c) 2022, Peter Abeles. All Rights Reserved.
 * Not a copy: a stand-in holding the three public fields the corpus entry reads (data, numRows,
 * numCols, declared as in DMatrixD1) and a constructor; EJML's matrix class hierarchy is omitted.
 */
public class DMatrixRMaj {
    public double[] data;
    public int numRows;
    public int numCols;

    public DMatrixRMaj(int numRows, int numCols, double[] data) {
        this.numRows = numRows;
        this.numCols = numCols;
        this.data = data;
    }
}
