/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: graetz23/JWave (GitHub, commit 56e463f35294ddb1b9695652077726cc1762ec01),
 * src/main/java/de/graetz23/jwave/transforms/wavelets/Wavelet.java
 * Licence: MIT ("JWave is distributed under the MIT License (MIT)"; Copyright (c) 2008-2025 JWave Christian
 * (graetz23@gmail.com); permission granted to use, copy, modify and distribute; "AS IS", without warranty).
 * Copied: the whole class (entries: forward and reverse, through the subclasses Haar1, Daubechies2, Coiflet1, Legendre2, CDF53).
 * Changes: package (de.graetz23.jwave and its sub-packages flattened into one) and imports; the MIT licence block shortened to this header; javadoc removed; @Differentiable added to each entry method.
 */
package dev.leibniz.corpus.jwave;

import dev.leibniz.Differentiable;

import java.util.Arrays;

public abstract class Wavelet {

    protected String _name;

    protected int _motherWavelength;

    protected int _transformWavelength;

    protected double[] _scalingDeCom;

    protected double[] _waveletDeCom;

    protected double[] _scalingReCon;

    protected double[] _waveletReCon;

    public Wavelet() {
        _name = null;
        _motherWavelength = 0;
        _transformWavelength = 0;
        _scalingDeCom = null;
        _waveletDeCom = null;
        _scalingReCon = null;
        _waveletReCon = null;
    } // Wavelet

    protected void _buildOrthonormalSpace() {
        // building wavelet as orthogonal (orthonormal) space from
        // scaling coefficients (low pass filter). Have a look into
        // Alfred Haar's wavelet or the Daubechies Wavelet with 2
        // vanishing moments for understanding what is done here. ;-)
        _waveletDeCom = new double[_motherWavelength];
        for (int i = 0; i < _motherWavelength; i++)
            if (i % 2 == 0)
                _waveletDeCom[i] = _scalingDeCom[(_motherWavelength - 1) - i];
            else
                _waveletDeCom[i] = -_scalingDeCom[(_motherWavelength - 1) - i];
        // Copy to reconstruction filters due to orthogonality (orthonormality)!
        _scalingReCon = new double[_motherWavelength];
        _waveletReCon = new double[_motherWavelength];
        for (int i = 0; i < _motherWavelength; i++) {
            _scalingReCon[i] = _scalingDeCom[i];
            _waveletReCon[i] = _waveletDeCom[i];
        } // i
    } // _buildOrthonormalSpace

    public String getName() {
        return _name;
    } // getName

    public String toString() {
        return getName();
    } // toString

    public int getMotherWavelength() {
        return _motherWavelength;
    } // getMotherWavelength

    public int getTransformWavelength() {
        return _transformWavelength;
    } // getTransformWavelength

    public final double[] getScalingDeComposition() {
        return Arrays.copyOf(_scalingDeCom, _scalingDeCom.length);
    } // getScalingDeComposition

    public final double[] getWaveletDeComposition() {
        return Arrays.copyOf(_waveletDeCom, _waveletDeCom.length);
    } // getWaveletDeComposition

    public final double[] getScalingReConstruction() {
        return Arrays.copyOf(_scalingReCon, _scalingReCon.length);
    } // getScalingReConstruction

    public final double[] getWaveletReConstruction() {
        return Arrays.copyOf(_waveletReCon, _waveletReCon.length);
    } // getWaveletReConstruction

    @Differentiable
    public double[] forward(double[] arrTime, int arrTimeLength) {

        double[] arrHilb = new double[arrTimeLength];

        int h = arrHilb.length >> 1; // .. -> 8 -> 4 -> 2 .. shrinks in each step by half wavelength
        for (int i = 0; i < h; i++) {

            arrHilb[i] = arrHilb[i + h] = 0.; // set to zero before sum up

            for (int j = 0; j < _motherWavelength; j++) {

                int k = (i << 1) + j; // k = ( i * 2 ) + j;
                while (k >= arrHilb.length)
                    k -= arrHilb.length; // circulate over arrays if scaling and wavelet are are larger

                arrHilb[i] += arrTime[k] * _scalingDeCom[j]; // low pass filter for the energy (approximation)
                arrHilb[i + h] += arrTime[k] * _waveletDeCom[j]; // high pass filter for the details

            } // Sorting each step in patterns of: { scaling coefficients | wavelet coefficients }

        } // h = 2^(p-1) | p = { 1, 2, .., N } .. shrinks in each step by half wavelength

        return arrHilb;

    } // forward

    @Differentiable
    public double[] reverse(double[] arrHilb, int arrHilbLength) {

        double[] arrTime = new double[arrHilbLength];
        for (int i = 0; i < arrTime.length; i++)
            arrTime[i] = 0.; // set to zero before sum up

        int h = arrTime.length >> 1; // .. -> 8 -> 4 -> 2 .. shrinks in each step by half wavelength
        for (int i = 0; i < h; i++) {

            for (int j = 0; j < _motherWavelength; j++) {

                int k = (i << 1) + j; // k = ( i * 2 ) + j;
                while (k >= arrTime.length)
                    k -= arrTime.length; // circulate over arrays if scaling and wavelet are larger

                // adding up energy from low pass (approximation) and details from high pass filter
                arrTime[k] +=
                        (arrHilb[i] * _scalingReCon[j])
                                + (arrHilb[i + h] * _waveletReCon[j]); // looks better with brackets

            } // Reconstruction from patterns of: { scaling coefficients | wavelet coefficients }

        } // h = 2^(p-1) | p = { 1, 2, .., N } .. shrink in each step by half wavelength

        return arrTime;

    } // reverse

} // Wavelet
