/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: graetz23/JWave (GitHub, commit 56e463f35294ddb1b9695652077726cc1762ec01),
 * src/main/java/de/graetz23/jwave/transforms/wavelets/daubechies/Daubechies2.java
 * Licence: MIT ("JWave is distributed under the MIT License (MIT)"; Copyright (c) 2008-2025 JWave Christian
 * (graetz23@gmail.com); permission granted to use, copy, modify and distribute; "AS IS", without warranty).
 * Copied: the whole class (no entry: a receiver).
 * Changes: package (de.graetz23.jwave and its sub-packages flattened into one) and imports; the MIT licence block shortened to this header; javadoc removed.
 */
package dev.leibniz.corpus.jwave;


public class Daubechies2 extends Wavelet {

    public Daubechies2() {

        _name = "Daubechies 2"; // name of the wavelet

        _transformWavelength = 2; // minimal wavelength of input signal

        _motherWavelength = 4; // wavelength of mother wavelet

        // calculate the coefficients analytically
        double sqrt3 = Math.sqrt(3.); // 1.7320508075688772
        _scalingDeCom = new double[_motherWavelength]; // can be done in static way also; faster?
        _scalingDeCom[0] = ((1. + sqrt3) / 4.); // s0
        _scalingDeCom[1] = ((3. + sqrt3) / 4.); // s1
        _scalingDeCom[2] = ((3. - sqrt3) / 4.); // s2
        _scalingDeCom[3] = ((1. - sqrt3) / 4.); // s3

        // normalize orthogonal space => orthonormal space!!!
        double sqrt02 = Math.sqrt(2.); // 1.4142135623730951
        for (int i = 0; i < _motherWavelength; i++)
            _scalingDeCom[i] /= sqrt02;

        _buildOrthonormalSpace(); // build all other coefficients from low pass decomposition

    } // Daubechies2

} // class
