/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: graetz23/JWave (GitHub, commit 56e463f35294ddb1b9695652077726cc1762ec01),
 * src/main/java/de/graetz23/jwave/transforms/WaveletTransform.java
 * Licence: MIT ("JWave is distributed under the MIT License (MIT)"; Copyright (c) 2008-2025 JWave Christian
 * (graetz23@gmail.com); permission granted to use, copy, modify and distribute; "AS IS", without warranty).
 * Copied: the whole class (entries: forward(arrTime) and decompose, through FastWaveletTransform).
 * Changes: package (de.graetz23.jwave and its sub-packages flattened into one) and imports; the MIT licence block shortened to this header; javadoc removed; @Differentiable added to each entry method.
 */
package dev.leibniz.corpus.jwave;

import dev.leibniz.Differentiable;


public abstract class WaveletTransform extends BasicTransform {

    protected Wavelet _wavelet;

    protected WaveletTransform(Wavelet wavelet) {
        _wavelet = wavelet;
    } // check for objects od type Wavelet

    public Wavelet getWavelet() {
        return _wavelet;
    } // getWavelet

    @Override
    @Differentiable
    public double[] forward(double[] arrTime) throws JWaveException {

        if (!isBinary(arrTime.length))
            throw new JWaveFailure(
                    "WaveletTransform#forward - "
                            + "given array length is not 2^p | p E N ... = 1, 2, 4, 8, 16, 32, .. "
                            + "please use the Ancient Egyptian Decomposition for any other array length!");

        int maxLevel = calcExponent(arrTime.length);
        return forward(arrTime, maxLevel); // forward by maximal steps

    } // forward

    @Override
    public double[] reverse(double[] arrHilb) throws JWaveException {

        if (!isBinary(arrHilb.length))
            throw new JWaveFailure(
                    "WaveletTransform#reverse - "
                            + "given array length is not 2^p | p E N ... = 1, 2, 4, 8, 16, 32, .. "
                            + "please use the Ancient Egyptian Decomposition for any other array length!");

        int maxLevel = calcExponent(arrHilb.length);
        return reverse(arrHilb, maxLevel); // reverse by maximal steps

    } // reverse

    @Override
    @Differentiable
    public double[][] decompose(double[] arrTime)
            throws JWaveException {

        int length = arrTime.length;
        int levels = calcExponent(length);
        double[][] matDeComp = new double[levels + 1][length];
        for (int p = 0; p <= levels; p++)
            System.arraycopy(forward(arrTime, p), 0, matDeComp[p], 0, length);
        return matDeComp;

    } // decompose

    public double[] recompose(double[][] matDeComp, int level)
            throws JWaveException {

        if (level < 0 || level >= matDeComp.length)
            throw new JWaveFailure("WaveletTransform#recompose - "
                    + "given level is out of range");

        return reverse(matDeComp[level], level);

    } // recompose

} // WaveletTransform