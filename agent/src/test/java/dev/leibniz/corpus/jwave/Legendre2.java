/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: graetz23/JWave (GitHub, commit 56e463f35294ddb1b9695652077726cc1762ec01),
 * src/main/java/de/graetz23/jwave/transforms/wavelets/legendre/Legendre2.java
 * Licence: MIT ("JWave is distributed under the MIT License (MIT)"; Copyright (c) 2008-2025 JWave Christian
 * (graetz23@gmail.com); permission granted to use, copy, modify and distribute; "AS IS", without warranty).
 * Copied: the whole class (no entry: a receiver).
 * Changes: package (de.graetz23.jwave and its sub-packages flattened into one) and imports; the MIT licence block shortened to this header; javadoc removed.
 */
package dev.leibniz.corpus.jwave;


@Deprecated
public class Legendre2 extends Wavelet {

    public Legendre2() {

        _name = "Legendre 2"; // name of the wavelet

        _transformWavelength = 2; // minimal wavelength of input signal

        _motherWavelength = 4; // wavelength of mother wavelet

        _scalingDeCom = new double[_motherWavelength]; // can be done in static way also; faster?
        _scalingDeCom[0] = -5. / 8.; // s0
        _scalingDeCom[1] = -3. / 8.; // s1
        _scalingDeCom[2] = -3. / 8.; // s2
        _scalingDeCom[3] = -5. / 8.; // s3

        // normalize orthogonal space => orthonormal space!!!
        double sqrt02 = Math.sqrt(2.); // 1.4142135623730951
        for (int i = 0; i < _motherWavelength; i++)
            _scalingDeCom[i] /= sqrt02;

        _buildOrthonormalSpace(); // build all other coefficients from low pass decomposition

    } // Legendre2

} // class
