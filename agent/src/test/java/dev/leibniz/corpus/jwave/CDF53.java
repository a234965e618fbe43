/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: graetz23/JWave (GitHub, commit 56e463f35294ddb1b9695652077726cc1762ec01),
 * src/main/java/de/graetz23/jwave/transforms/wavelets/other/CDF53.java
 * Licence: MIT ("JWave is distributed under the MIT License (MIT)"; Copyright (c) 2008-2025 JWave Christian
 * (graetz23@gmail.com); permission granted to use, copy, modify and distribute; "AS IS", without warranty).
 * Copied: the whole class (no entry: a receiver).
 * Changes: package (de.graetz23.jwave and its sub-packages flattened into one) and imports; the MIT licence block shortened to this header; javadoc removed.
 */
package dev.leibniz.corpus.jwave;


public class CDF53 extends Wavelet {

    @Deprecated
    public CDF53() {

        _name = "CDF 5/3"; // name of the wavelet

        _transformWavelength = 2; // minimal wavelength of input signal

        _motherWavelength = 5; // wavelength of mother wavelet

        //    double sqrt2 = Math.sqrt( 2. );

        _scalingDeCom = new double[_motherWavelength];
        _scalingDeCom[0] = -1. / 8.; // - 1/8
        _scalingDeCom[1] = 1. / 4.; // + 2/8
        _scalingDeCom[2] = 3. / 4.; // + 6/8
        _scalingDeCom[3] = 1. / 4.; // + 2/8
        _scalingDeCom[4] = -1. / 8.; // - 1/8

        _waveletDeCom = new double[_motherWavelength];
        _waveletDeCom[0] = 0; //
        _waveletDeCom[1] = 1. / 2.; //
        _waveletDeCom[2] = 1.; //
        _waveletDeCom[3] = 1. / 2.; //
        _waveletDeCom[4] = 0; //

        // Copy to reconstruction filters due to orthogonality!
        _scalingReCon = new double[_motherWavelength];
        _waveletReCon = new double[_motherWavelength];
        for (int i = 0; i < _motherWavelength; i++) {
            _scalingReCon[i] = _scalingDeCom[i];
            _waveletReCon[i] = _waveletDeCom[i];
        } // i

    } // CDF53

} // class
