/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: graetz23/JWave (GitHub, commit 56e463f35294ddb1b9695652077726cc1762ec01),
 * src/main/java/de/graetz23/jwave/transforms/BasicTransform.java
 * Licence: MIT ("JWave is distributed under the MIT License (MIT)"; Copyright (c) 2008-2025 JWave Christian
 * (graetz23@gmail.com); permission granted to use, copy, modify and distribute; "AS IS", without warranty).
 * Copied: the whole class (entry: the 2-D forward(matTime, lvlM, lvlN), through FastWaveletTransform).
 * Changes: package (de.graetz23.jwave and its sub-packages flattened into one) and imports; the MIT licence block shortened to this header; javadoc removed; @Differentiable added to each entry method.
 */
package dev.leibniz.corpus.jwave;

import dev.leibniz.Differentiable;


public abstract class BasicTransform {

    protected String _name;

    public BasicTransform() {

        _name = null;

    } // constructor

    public String getName() {
        return _name;
    } // getName

    public Wavelet getWavelet() throws JWaveFailure {
        throw new JWaveFailure(
                "BasicTransform#getWavelet - not available");
    } // method

    public abstract double[] forward(double[] arrTime) throws JWaveException;

    public abstract double[] reverse(double[] arrFreq) throws JWaveException;

    public double[] forward(double[] arrTime, int level)
            throws JWaveException {

        throw new JWaveError("BasicTransform#forward - "
                + "method is not implemented for this transform type!");

    } // method

    public double[] reverse(double[] arrFreq, int level)
            throws JWaveException {

        throw new JWaveError("BasicTransform#reverse - "
                + "method is not implemented for this transform type!");

    } // method

    public double[][] decompose(double[] arrTime) throws JWaveException {

        throw new JWaveError("BasicTransform#decompose - "
                + "method is not implemented for this transform type!");

    } // method

    public double[] recompose(double[][] matDeComp) throws JWaveException {

        // Each level of the matrix is having the full set (full energy + details)
        // of decomposition. Therefore, each level can be used to do a full reconstruction,
        int level = matDeComp.length - 1; // selected highest level in general.
        double[] arrTime = null;
        try {
            arrTime = recompose(matDeComp, level);
        } catch (JWaveFailure e) {
            e.showMessage();
            e.printStackTrace();
        } // try

        return arrTime;

    } // method

    public double[] recompose(double[][] matDeComp, int level)
            throws JWaveException {

        double[] arrTime = null;
        try {
            arrTime = recompose(matDeComp, level);
        } catch (JWaveFailure e) {
            e.showMessage();
            e.printStackTrace();
        } // try

        return arrTime;

    } // method

    public Complex[] forward(Complex[] arrTime) throws JWaveException {

        double[] arrTimeBulk = new double[2 * arrTime.length];

        for (int i = 0; i < arrTime.length; i++) {

            // TODO rehack complex number splitting this to: { r1, r2, r3, .., c1, c2, c3, .. }
            int k = i * 2;
            arrTimeBulk[k] = arrTime[i].getReal();
            arrTimeBulk[k + 1] = arrTime[i].getImag();

        } // i blown to k = 2 * i

        double[] arrHilbBulk = forward(arrTimeBulk);

        Complex[] arrHilb = new Complex[arrTime.length];

        for (int i = 0; i < arrTime.length; i++) {

            int k = i * 2;
            arrHilb[i] = new Complex(arrHilbBulk[k], arrHilbBulk[k + 1]);

        } // k = 2 * i shrink to i

        return arrHilb;

    } // method

    public Complex[] reverse(Complex[] arrHilb) throws JWaveException {

        double[] arrHilbBulk = new double[2 * arrHilb.length];

        for (int i = 0; i < arrHilb.length; i++) {

            int k = i * 2;
            arrHilbBulk[k] = arrHilb[i].getReal();
            arrHilbBulk[k + 1] = arrHilb[i].getImag();

        } // i blown to k = 2 * i

        double[] arrTimeBulk = reverse(arrHilbBulk);

        Complex[] arrTime = new Complex[arrHilb.length];

        for (int i = 0; i < arrTime.length; i++) {

            int k = i * 2;
            arrTime[i] = new Complex(arrTimeBulk[k], arrTimeBulk[k + 1]);

        } // k = 2 * i shrink to i

        return arrTime;

    } // method

    public double[][] forward(double[][] matTime) throws JWaveException {

        int maxM = MathToolKit.getExponent(matTime.length);
        int maxN = MathToolKit.getExponent(matTime[0].length);
        return forward(matTime, maxM, maxN);

    } // method

    @Differentiable
    public double[][] forward(double[][] matTime, int lvlM, int lvlN)
            throws JWaveException {

        int noOfRows = matTime.length;
        int noOfCols = matTime[0].length;

        double[][] matHilb = new double[noOfRows][noOfCols];

        for (int i = 0; i < noOfRows; i++) {

            double[] arrTime = new double[noOfCols];

            for (int j = 0; j < noOfCols; j++)
                arrTime[j] = matTime[i][j];

            double[] arrHilb = forward(arrTime, lvlN);

            for (int j = 0; j < noOfCols; j++)
                matHilb[i][j] = arrHilb[j];

        } // rows

        for (int j = 0; j < noOfCols; j++) {

            double[] arrTime = new double[noOfRows];

            for (int i = 0; i < noOfRows; i++)
                arrTime[i] = matHilb[i][j];

            double[] arrHilb = forward(arrTime, lvlM);

            for (int i = 0; i < noOfRows; i++)
                matHilb[i][j] = arrHilb[i];

        } // cols

        return matHilb;

    } // method

    public double[][] reverse(double[][] matFreq) throws JWaveException {

        int maxM = MathToolKit.getExponent(matFreq.length);
        int maxN = MathToolKit.getExponent(matFreq[0].length);
        return reverse(matFreq, maxM, maxN);

    } // method

    public double[][] reverse(double[][] matFreq, int lvlM, int lvlN)
            throws JWaveException {

        int noOfRows = matFreq.length;
        int noOfCols = matFreq[0].length;

        double[][] matTime = new double[noOfRows][noOfCols];

        for (int j = 0; j < noOfCols; j++) {

            double[] arrFreq = new double[noOfRows];

            for (int i = 0; i < noOfRows; i++)
                arrFreq[i] = matFreq[i][j];

            double[] arrTime = reverse(arrFreq, lvlM); // AED

            for (int i = 0; i < noOfRows; i++)
                matTime[i][j] = arrTime[i];

        } // cols

        for (int i = 0; i < noOfRows; i++) {

            double[] arrFreq = new double[noOfCols];

            for (int j = 0; j < noOfCols; j++)
                arrFreq[j] = matTime[i][j];

            double[] arrTime = reverse(arrFreq, lvlN); // AED

            for (int j = 0; j < noOfCols; j++)
                matTime[i][j] = arrTime[j];

        } // rows

        return matTime;

    } // method

    public double[][][] forward(double[][][] spcTime)
            throws JWaveException {

        int maxP = MathToolKit.getExponent(spcTime.length);
        int maxQ = MathToolKit.getExponent(spcTime[0].length);
        int maxR = MathToolKit.getExponent(spcTime[0][0].length);
        return forward(spcTime, maxP, maxQ, maxR);

    } // method

    public double[][][] forward(double[][][] spcTime, int lvlP, int lvlQ,
                                int lvlR) throws JWaveException {

        int noOfRows = spcTime.length; // first dimension
        int noOfCols = spcTime[0].length; // second dimension
        int noOfHigh = spcTime[0][0].length; // third dimension

        double[][][] spcHilb = new double[noOfRows][noOfCols][noOfHigh];

        for (int i = 0; i < noOfRows; i++) {

            double[][] matTime = new double[noOfCols][noOfHigh];

            for (int j = 0; j < noOfCols; j++) {

                for (int k = 0; k < noOfHigh; k++) {

                    matTime[j][k] = spcTime[i][j][k];

                } // high

            } // cols

            double[][] matHilb = forward(matTime, lvlP, lvlQ); // 2-D forward

            for (int j = 0; j < noOfCols; j++) {

                for (int k = 0; k < noOfHigh; k++) {

                    spcHilb[i][j][k] = matHilb[j][k];

                } // high

            } // cols

        } // rows

        for (int j = 0; j < noOfCols; j++) {

            for (int k = 0; k < noOfHigh; k++) {

                double[] arrTime = new double[noOfRows];

                for (int i = 0; i < noOfRows; i++)
                    arrTime[i] = spcHilb[i][j][k];

                double[] arrHilb = forward(arrTime, lvlR); // 1-D forward

                for (int i = 0; i < noOfRows; i++)
                    spcHilb[i][j][k] = arrHilb[i];

            } // high

        } // cols

        return spcHilb;

    } // method

    public double[][][] reverse(double[][][] spcHilb)
            throws JWaveException {

        int maxP = MathToolKit.getExponent(spcHilb.length);
        int maxQ = MathToolKit.getExponent(spcHilb[0].length);
        int maxR = MathToolKit.getExponent(spcHilb[0][0].length);
        return reverse(spcHilb, maxP, maxQ, maxR);

    } // method

    public double[][][] reverse(double[][][] spcHilb, int lvlP, int lvlQ,
                                int lvlR) throws JWaveException {

        int noOfRows = spcHilb.length; // first dimension
        int noOfCols = spcHilb[0].length; // second dimension
        int noOfHigh = spcHilb[0][0].length; // third dimension

        double[][][] spcTime = new double[noOfRows][noOfCols][noOfHigh];

        for (int i = 0; i < noOfRows; i++) {

            double[][] matHilb = new double[noOfCols][noOfHigh];

            for (int j = 0; j < noOfCols; j++) {

                for (int k = 0; k < noOfHigh; k++) {

                    matHilb[j][k] = spcHilb[i][j][k];

                } // high

            } // cols

            double[][] matTime = reverse(matHilb, lvlP, lvlQ); // 2-D reverse

            for (int j = 0; j < noOfCols; j++) {

                for (int k = 0; k < noOfHigh; k++) {

                    spcTime[i][j][k] = matTime[j][k];

                } // high

            } // cols

        } // rows

        for (int j = 0; j < noOfCols; j++) {

            for (int k = 0; k < noOfHigh; k++) {

                double[] arrHilb = new double[noOfRows];

                for (int i = 0; i < noOfRows; i++)
                    arrHilb[i] = spcTime[i][j][k];

                double[] arrTime = reverse(arrHilb, lvlR); // 1-D reverse

                for (int i = 0; i < noOfRows; i++)
                    spcTime[i][j][k] = arrTime[i];

            } // high

        } // cols

        return spcTime;

    } // method

    protected boolean isBinary(int number) {

        return MathToolKit.isBinary(number); // use MathToolKit or implement

    } // method

    protected int calcExponent(int number) throws JWaveException {

        if (!isBinary(number))
            throw new JWaveFailure("BasicTransform#calcExponent - "
                    + "given number is not binary: "
                    + "2^p | pEN .. = 1, 2, 4, 8, 16, 32, .. ");

        return (int) (MathToolKit.getExponent((int) (number))); // use MathToolKit or implement

    } // method

} // BasicTransform
