/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: graetz23/JWave (GitHub, commit 56e463f35294ddb1b9695652077726cc1762ec01),
 * src/main/java/de/graetz23/jwave/transforms/wavelets/haar/Haar1.java
 * Licence: MIT ("JWave is distributed under the MIT License (MIT)"; Copyright (c) 2008-2025 JWave Christian
 * (graetz23@gmail.com); permission granted to use, copy, modify and distribute; "AS IS", without warranty).
 * Copied: the whole class (no entry: a receiver of Wavelet's entries).
 * Changes: package (de.graetz23.jwave and its sub-packages flattened into one) and imports; the MIT licence block shortened to this header; javadoc removed.
 */
package dev.leibniz.corpus.jwave;


public class Haar1 extends Wavelet {

    public Haar1() {

        _name = "Haar"; // name of the wavelet

        _transformWavelength = 2; // minimal wavelength of input signal

        _motherWavelength = 2; // wavelength of mother wavelet

        double sqrt2 = Math.sqrt(2.);

        _scalingDeCom = new double[_motherWavelength];
        _scalingDeCom[0] = 1. / sqrt2; // w0 = 1.4142135623730951 - normalized by square root of 2
        _scalingDeCom[1] = 1. / sqrt2; // w1 = 1.4142135623730951 - normalized by square root of 2

        _waveletDeCom = new double[_motherWavelength];
        _waveletDeCom[0] = _scalingDeCom[1]; // s0 = w1 - odd scaling is even wavelet parameter
        _waveletDeCom[1] = -_scalingDeCom[0]; // s1 = -w0 - even scaling is negative odd wavelet parameter

        // Copy to reconstruction filters due to orthogonality (orthonormality)!
        _scalingReCon = new double[_motherWavelength];
        _waveletReCon = new double[_motherWavelength];
        for (int i = 0; i < _motherWavelength; i++) {
            _scalingReCon[i] = _scalingDeCom[i]; //
            _waveletReCon[i] = _waveletDeCom[i];
        } // i

    } // Haar1



} // class
