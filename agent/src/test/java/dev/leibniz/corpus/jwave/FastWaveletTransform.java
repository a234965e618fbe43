/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: graetz23/JWave (GitHub, commit 56e463f35294ddb1b9695652077726cc1762ec01),
 * src/main/java/de/graetz23/jwave/transforms/FastWaveletTransform.java
 * Licence: MIT ("JWave is distributed under the MIT License (MIT)"; Copyright (c) 2008-2025 JWave Christian
 * (graetz23@gmail.com); permission granted to use, copy, modify and distribute; "AS IS", without warranty).
 * Copied: the whole class (entries: forward and reverse).
 * Changes: package (de.graetz23.jwave and its sub-packages flattened into one) and imports; the MIT licence block shortened to this header; javadoc removed; @Differentiable added to each entry method.
 */
package dev.leibniz.corpus.jwave;

import dev.leibniz.Differentiable;

import java.util.Arrays;


public class FastWaveletTransform extends WaveletTransform {

    public FastWaveletTransform(Wavelet wavelet) {

        super(wavelet);
        _name = "Fast Wavelet Transform"; // set identifier of transform; keep constant

    } // FastWaveletTransform

    @Override
    @Differentiable
    public double[] forward(double[] arrTime, int level)
            throws JWaveException {

        if (!isBinary(arrTime.length))
            throw new JWaveFailure(
                    "FastWaveletTransform#forward - "
                            + "given array length is not 2^p | p E N ... = 1, 2, 4, 8, 16, 32, .. "
                            + "please use the Ancient Egyptian Decomposition for any other array length!");

        int noOfLevels = calcExponent(arrTime.length);
        if (level < 0 || level > noOfLevels)
            throw new JWaveFailure("FastWaveletTransform#forward - "
                    + "given level is out of range for given array");

        double[] arrHilb = Arrays.copyOf(arrTime, arrTime.length);

        int l = 0;
        int h = arrHilb.length;
        int transformWavelength = _wavelet.getTransformWavelength(); // normally 2
        while (h >= transformWavelength && l < level) {

            double[] arrTempPart = _wavelet.forward(arrHilb, h);
            System.arraycopy(arrTempPart, 0, arrHilb, 0, h);
            h = h >> 1;
            l++;

        } // levels

        return arrHilb;

    } // forward

    @Override
    @Differentiable
    public double[] reverse(double[] arrHilb, int level)
            throws JWaveException {

        if (!isBinary(arrHilb.length))
            throw new JWaveFailure(
                    "FastWaveletTransform#reverse - "
                            + "given array length is not 2^p | p E N ... = 1, 2, 4, 8, 16, 32, .. "
                            + "please use the Ancient Egyptian Decomposition for any other array length!");

        int noOfLevels = calcExponent(arrHilb.length);
        if (level < 0 || level > noOfLevels)
            throw new JWaveFailure("FastWaveletTransform#reverse - "
                    + "given level is out of range for given array");

        int length = arrHilb.length; // length of first Hilbert space
        double[] arrTime = Arrays.copyOf(arrHilb, length);

        int transformWavelength = _wavelet.getTransformWavelength(); // normally 2
        int h = transformWavelength;

        int steps = calcExponent(length);
        for (int l = level; l < steps; l++)
            h = h << 1; // begin reverse transform at certain - matching - level of Hilbert space

        while (h <= arrTime.length && h >= transformWavelength) {

            double[] arrTempPart = _wavelet.reverse(arrTime, h);
            System.arraycopy(arrTempPart, 0, arrTime, 0, h);
            h = h << 1;

        } // levels

        return arrTime;

    } // reverse

} // FastWaveletTransfrom