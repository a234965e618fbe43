/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: graetz23/JWave (GitHub, commit 56e463f35294ddb1b9695652077726cc1762ec01),
 * src/main/java/de/graetz23/jwave/transforms/WaveletPacketTransform.java
 * Licence: MIT ("JWave is distributed under the MIT License (MIT)"; Copyright (c) 2008-2025 JWave Christian
 * (graetz23@gmail.com); permission granted to use, copy, modify and distribute; "AS IS", without warranty).
 * Copied: the whole class (entries: forward and reverse).
 * Changes: package (de.graetz23.jwave and its sub-packages flattened into one) and imports; the MIT licence block shortened to this header; javadoc removed; @Differentiable added to each entry method.
 */
package dev.leibniz.corpus.jwave;

import dev.leibniz.Differentiable;

import java.util.Arrays;


public class WaveletPacketTransform extends WaveletTransform {

    public WaveletPacketTransform(Wavelet wavelet) {

        super(wavelet);

        _name = "Wavelet Packet Transform";

    } // WaveletPacketTransform

    @Override
    @Differentiable
    public double[] forward(double[] arrTime, int level)
            throws JWaveException {

        if (!isBinary(arrTime.length))
            throw new JWaveFailure(
                    "given array length is not 2^p | p E N ... = 1, 2, 4, 8, 16, 32, .. "
                            + "please use the Ancient Egyptian Decomposition for any other array length!");

        int noOfLevels = calcExponent(arrTime.length);
        if (level < 0 || level > noOfLevels)
            throw new JWaveFailure(
                    "WaveletPacketTransform#forward - given level is out of range for given array");

        double[] arrHilb = new double[arrTime.length];
        for (int i = 0; i < arrTime.length; i++)
            arrHilb[i] = arrTime[i];

        int k = arrTime.length;

        int h = arrTime.length;

        int transformWavelength = _wavelet.getTransformWavelength(); // 2, 4, 8, 16, 32, ...

        int l = 0;

        while (h >= transformWavelength && l < level) {

            int g = k / h; // 1 -> 2 -> 4 -> 8 -> ...

            for (int p = 0; p < g; p++) {

                double[] iBuf = new double[h];

                for (int i = 0; i < h; i++)
                    iBuf[i] = arrHilb[i + (p * h)];

                double[] oBuf = _wavelet.forward(iBuf, h);

                for (int i = 0; i < h; i++)
                    arrHilb[i + (p * h)] = oBuf[i];

            } // packets

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
                    "given array length is not 2^p | p E N ... = 1, 2, 4, 8, 16, 32, .. "
                            + "please use the Ancient Egyptian Decomposition for any other array length!");

        int noOfLevels = calcExponent(arrHilb.length);
        if (level < 0 || level > noOfLevels)
            throw new JWaveFailure(
                    "WaveletPacketTransform#reverse - given level is out of range for given array");

        int length = arrHilb.length; // length of first Hilbert space
        double[] arrTime = Arrays.copyOf(arrHilb, length);

        int transformWavelength = _wavelet.getTransformWavelength(); // 2, 4, 8, 16, 32, ...

        int k = arrTime.length;

        int h = transformWavelength;

        int steps = calcExponent(length);
        for (int l = level; l < steps; l++)
            h = h << 1; // begin reverse transform at certain - matching - level of hilbert space

        while (h <= arrTime.length && h >= transformWavelength) {

            int g = k / h; // ... -> 8 -> 4 -> 2 -> 1

            for (int p = 0; p < g; p++) {

                double[] iBuf = new double[h];

                for (int i = 0; i < h; i++)
                    iBuf[i] = arrTime[i + (p * h)];

                double[] oBuf = _wavelet.reverse(iBuf, h);

                for (int i = 0; i < h; i++)
                    arrTime[i + (p * h)] = oBuf[i];

            } // packets

            h = h << 1;

        } // levels

        return arrTime;

    } // reverse

} // class
