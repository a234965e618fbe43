/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: graetz23/JWave (GitHub, commit 56e463f35294ddb1b9695652077726cc1762ec01),
 * src/main/java/de/graetz23/jwave/transforms/DiscreteFourierTransform.java
 * Licence: MIT ("JWave is distributed under the MIT License (MIT)"; Copyright (c) 2008-2025 JWave Christian
 * (graetz23@gmail.com); permission granted to use, copy, modify and distribute; "AS IS", without warranty).
 * Copied: the whole class (entries: forward(double[]) and reverse(double[])).
 * Changes: package (de.graetz23.jwave and its sub-packages flattened into one) and imports; the MIT licence block shortened to this header; javadoc removed; @Differentiable added to each entry method.
 */
package dev.leibniz.corpus.jwave;

import dev.leibniz.Differentiable;



public class DiscreteFourierTransform extends BasicTransform {

    public DiscreteFourierTransform() {

        _name = "Discrete Fourier Transform";

    } // DiscreteFourierTransform

    @Override
    @Differentiable
    public double[] forward(double[] arrTime) throws JWaveException {

        if (!isBinary(arrTime.length))
            throw new JWaveFailure("DiscreteFourierTransform#forward - "
                    + "given array length is not 2^p | p E N "
                    + "... = 1, 2, 4, 8, 16, 32, .. "
                    + "please use the Ancient Egyptian "
                    + "Decomposition for any other array length!");

        int m = arrTime.length;
        double[] arrFreq = new double[m]; // result

        int n = m >> 1; // half of m

        for (int i = 0; i < n; i++) {

            int iR = i * 2;
            int iC = i * 2 + 1;

            arrFreq[iR] = 0.;
            arrFreq[iC] = 0.;

            double arg = -2. * Math.PI * (double) i / (double) n;

            for (int k = 0; k < n; k++) {

                int kR = k * 2;
                int kC = k * 2 + 1;

                double cos = Math.cos(k * arg);
                double sin = Math.sin(k * arg);

                arrFreq[iR] += arrTime[kR] * cos - arrTime[kC] * sin;
                arrFreq[iC] += arrTime[kR] * sin + arrTime[kC] * cos;

            } // k

            arrFreq[iR] /= (double) n;
            arrFreq[iC] /= (double) n;

        } // i

        return arrFreq;

    } // forward

    @Override
    @Differentiable
    public double[] reverse(double[] arrFreq) throws JWaveException {

        if (!isBinary(arrFreq.length))
            throw new JWaveFailure("DiscreteFourierTransform#reverse - "
                    + "given array length is not 2^p | p E N "
                    + "... = 1, 2, 4, 8, 16, 32, .. "
                    + "please use the Ancient Egyptian "
                    + "Decomposition for any other array length!");

        int m = arrFreq.length;
        double[] arrTime = new double[m]; // result

        int n = m >> 1; // half of m

        for (int i = 0; i < n; i++) {

            int iR = i * 2;
            int iC = i * 2 + 1;

            arrTime[iR] = 0.;
            arrTime[iC] = 0.;

            double arg = 2. * Math.PI * (double) i / (double) n;

            for (int k = 0; k < n; k++) {

                int kR = k * 2;
                int kC = k * 2 + 1;

                double cos = Math.cos(k * arg);
                double sin = Math.sin(k * arg);

                arrTime[iR] += arrFreq[kR] * cos - arrFreq[kC] * sin;
                arrTime[iC] += arrFreq[kR] * sin + arrFreq[kC] * cos;

            } // k

        } // i

        return arrTime;

    } // reverse

    @Override
    public double[] forward(double[] arrTime, int level)
            throws JWaveException {

        return forward(arrTime);

    } // forward

    @Override
    public double[] reverse(double[] arrFreq, int level)
            throws JWaveException {

        return reverse(arrFreq);

    } // reverse

    public Complex[] forward(Complex[] arrTime) {

        int n = arrTime.length;

        Complex[] arrFreq = new Complex[n]; // result

        for (int i = 0; i < n; i++) {

            arrFreq[i] = new Complex(); // 0. , 0.

            double arg = -2. * Math.PI * (double) i / (double) n;

            for (int k = 0; k < n; k++) {

                double cos = Math.cos(k * arg);
                double sin = Math.sin(k * arg);

                double real = arrTime[k].getReal();
                double imag = arrTime[k].getImag();

                arrFreq[i].addReal(real * cos - imag * sin);
                arrFreq[i].addImag(real * sin + imag * cos);

            } // k

            arrFreq[i].mulReal(1. / (double) n);
            arrFreq[i].mulImag(1. / (double) n);

        } // i

        return arrFreq;
    } // forward

    public Complex[] reverse(Complex[] arrFreq) {

        int n = arrFreq.length;
        Complex[] arrTime = new Complex[n]; // result

        for (int i = 0; i < n; i++) {

            arrTime[i] = new Complex(); // 0. , 0.

            double arg = 2. * Math.PI * (double) i / (double) n;

            for (int k = 0; k < n; k++) {

                double cos = Math.cos(k * arg);
                double sin = Math.sin(k * arg);

                double real = arrFreq[k].getReal();
                double imag = arrFreq[k].getImag();

                arrTime[i].addReal(real * cos - imag * sin);
                arrTime[i].addImag(real * sin + imag * cos);

            } // k

        } // i

        return arrTime;
    } // reverse

} // class
