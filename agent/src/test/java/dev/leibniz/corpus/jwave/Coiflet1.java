/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: graetz23/JWave (GitHub, commit 56e463f35294ddb1b9695652077726cc1762ec01),
 * src/main/java/de/graetz23/jwave/transforms/wavelets/coiflet/Coiflet1.java
 * Licence: MIT ("JWave is distributed under the MIT License (MIT)"; Copyright (c) 2008-2025 JWave Christian
 * (graetz23@gmail.com); permission granted to use, copy, modify and distribute; "AS IS", without warranty).
 * Copied: the whole class (no entry: a receiver).
 * Changes: package (de.graetz23.jwave and its sub-packages flattened into one) and imports; the MIT licence block shortened to this header; javadoc removed.
 */
package dev.leibniz.corpus.jwave;


public class Coiflet1 extends Wavelet {

    public Coiflet1() {

        _name = "Coiflet 1"; // name of the wavelet

        _transformWavelength = 2; // minimal wavelength of input signal

        _motherWavelength = 6; // wavelength of mother wavelet

        double sqrt02 = 1.4142135623730951;
        double sqrt15 = Math.sqrt(15.);

        // these coefficients are already orthonormal
        _scalingDeCom = new double[_motherWavelength];
        _scalingDeCom[0] = sqrt02 * (sqrt15 - 3.) / 32.; //  -0.01565572813546454;
        _scalingDeCom[1] = sqrt02 * (1. - sqrt15) / 32.; // -0.0727326195128539;
        _scalingDeCom[2] = sqrt02 * (6. - 2 * sqrt15) / 32.; //  0.38486484686420286;
        _scalingDeCom[3] = sqrt02 * (2. * sqrt15 + 6.) / 32.; // 0.8525720202122554;
        _scalingDeCom[4] = sqrt02 * (sqrt15 + 13.) / 32.; // 0.3378976624578092;
        _scalingDeCom[5] = sqrt02 * (9. - sqrt15) / 32.; //-0.0727326195128539;

        _buildOrthonormalSpace(); // build all other coefficients from low pass decomposition

    } // Coiflet1

} // class
