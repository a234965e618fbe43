/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: graetz23/JWave (GitHub, commit 56e463f35294ddb1b9695652077726cc1762ec01),
 * src/main/java/de/graetz23/jwave/transforms/wavelets/biorthogonal/BiOrthogonal13.java
 * Licence: MIT ("JWave is distributed under the MIT License (MIT)"; Copyright (c) 2008-2025 JWave Christian
 * (graetz23@gmail.com); permission granted to use, copy, modify and distribute; "AS IS", without warranty).
 * Copied: the whole class (no entry: a receiver).
 * Changes: package (de.graetz23.jwave and its sub-packages flattened into one) and imports; the MIT licence block shortened to this header; javadoc removed.
 */
package dev.leibniz.corpus.jwave;

public class BiOrthogonal13 extends BiOrthogonal {

    public BiOrthogonal13() {

        _name = "BiOrthogonal 1/3"; // name of the wavelet

        _transformWavelength = 2; // minimal wavelength of input signal

        _motherWavelength = 6; // wavelength of mother wavelet

        _scalingDeCom = new double[_motherWavelength];
        _scalingDeCom[0] = -0.08838834764831845;
        _scalingDeCom[1] = 0.08838834764831845;
        _scalingDeCom[2] = 0.7071067811865476;
        _scalingDeCom[3] = 0.7071067811865476;
        _scalingDeCom[4] = 0.08838834764831845;
        _scalingDeCom[5] = -0.08838834764831845;

        _waveletDeCom = new double[_motherWavelength];
        _waveletDeCom[0] = 0.;
        _waveletDeCom[1] = 0.;
        _waveletDeCom[2] = 0.7071067811865476;
        _waveletDeCom[3] = -0.7071067811865476;
        _waveletDeCom[4] = 0.;
        _waveletDeCom[5] = 0.;

        _scalingReCon = new double[_motherWavelength];
        _scalingReCon[0] = 0.; // w_r0 =  w_d1 .. biorthogonal!
        _scalingReCon[1] = 0.; // w_r1 = -w_d0 .. biorthogonal!
        _scalingReCon[2] = 0.7071067811865476; // w_r0 =  w_d1 .. biorthogonal!
        _scalingReCon[3] = 0.7071067811865476; // w_r1 = -w_d0 .. biorthogonal!
        _scalingReCon[4] = 0.; // w_r0 =  w_d1 .. biorthogonal!
        _scalingReCon[5] = 0.; // w_r1 = -w_d0 .. biorthogonal!

        _waveletReCon = new double[_motherWavelength];
        _waveletReCon[0] = -0.08838834764831845;
        _waveletReCon[1] = -0.08838834764831845;
        _waveletReCon[2] = 0.7071067811865476;
        _waveletReCon[3] = -0.7071067811865476;
        _waveletReCon[4] = 0.08838834764831845;
        _waveletReCon[5] = 0.08838834764831845;

        // build all other coefficients from low & high pass decomposition
        // _buildBiOrthonormalSpace( );

    } // BiOrthogonal13

} // BiOrthogonal13