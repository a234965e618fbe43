/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: graetz23/JWave (GitHub, commit 56e463f35294ddb1b9695652077726cc1762ec01),
 * src/main/java/de/graetz23/jwave/transforms/ShiftingWaveletTransform.java
 * Licence: MIT ("JWave is distributed under the MIT License (MIT)"; Copyright (c) 2008-2025 JWave Christian
 * (graetz23@gmail.com); permission granted to use, copy, modify and distribute; "AS IS", without warranty).
 * Copied: the whole class (entries: forward and reverse).
 * Changes: package (de.graetz23.jwave and its sub-packages flattened into one) and imports; the MIT licence block shortened to this header; javadoc removed; @Differentiable added to each entry method.
 */
package dev.leibniz.corpus.jwave;

import dev.leibniz.Differentiable;


public class ShiftingWaveletTransform extends WaveletTransform {

    public ShiftingWaveletTransform(Wavelet wavelet) {
        super(wavelet);
    } // ShiftingWaveletTransform

    @Override
    @Differentiable
    public double[] forward(double[] arrTime) throws JWaveException {

        int length = arrTime.length;

        int div = 2;
        int odd = length % div; // if odd == 1 => steps * 2 + odd else steps * 2

        double[] arrHilb = new double[length];
        for (int i = 0; i < length; i++)
            arrHilb[i] = arrTime[i];

        while (div <= length) {

            int splits = length / div; // cuts the digits == round down to full

            // doing smallest wavelength of div by no of steps

            for (int s = 0; s < splits; s++) {

                double[] arrDiv = new double[div];
                double[] arrRes = null;

                for (int p = 0; p < div; p++)
                    arrDiv[p] = arrHilb[s * div + p];

                arrRes = _wavelet.forward(arrDiv, div);

                for (int q = 0; q < div; q++)
                    arrHilb[s * div + q] = arrRes[q];

            } // s

            div *= 2;

        } // while

        if (odd == 1)
            arrHilb[length - 1] = arrTime[length - 1];

        return arrHilb;

    } // forward

    @Override
    @Differentiable
    public double[] reverse(double[] arrHilb) throws JWaveException {

        int length = arrHilb.length;

        int div = 0;
        if (length % 2 == 0)
            div = length;
        else {
            div = length / 2; // 2 = 4.5 => 4
            div *= 2; // 4 * 2 = 8
        }

        int odd = length % div; // if odd == 1 => steps * 2 + odd else steps * 2

        double[] arrTime = new double[length];
        for (int i = 0; i < length; i++)
            arrTime[i] = arrHilb[i];

        while (div >= 2) {

            int splits = length / div; // cuts the digits == round down to full

            // doing smallest wavelength of div by no of steps

            for (int s = 0; s < splits; s++) {

                double[] arrDiv = new double[div];
                double[] arrRes = null;

                for (int p = 0; p < div; p++)
                    arrDiv[p] = arrTime[s * div + p];

                arrRes = _wavelet.reverse(arrDiv, div);

                for (int q = 0; q < div; q++)
                    arrTime[s * div + q] = arrRes[q];

            } // s

            div /= 2;

        } // while

        if (odd == 1)
            arrTime[length - 1] = arrHilb[length - 1];

        return arrTime;

    } // reverse

} // class
