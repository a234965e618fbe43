/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: graetz23/JWave (GitHub, commit 56e463f35294ddb1b9695652077726cc1762ec01),
 * src/main/java/de/graetz23/jwave/Transform.java
 * Licence: MIT ("JWave is distributed under the MIT License (MIT)"; Copyright (c) 2008-2025 JWave Christian
 * (graetz23@gmail.com); permission granted to use, copy, modify and distribute; "AS IS", without warranty).
 * Copied: the whole class (entries: forward(arrTime) and reverse(arrHilb, level)).
 * Changes: package (de.graetz23.jwave and its sub-packages flattened into one) and imports; the MIT licence block shortened to this header; javadoc removed; @Differentiable added to each entry method.
 */
package dev.leibniz.corpus.jwave;

import dev.leibniz.Differentiable;


public final class Transform {

    protected final BasicTransform _basicTransform;

    public Transform(BasicTransform transform) {
        _basicTransform = transform;
        try {
            if (_basicTransform == null)
                throw new JWaveFailure("given object is null!");
            if (!(_basicTransform instanceof BasicTransform))
                throw new JWaveFailure("given object is not of type BasicTransform");
        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try
    } // Transform

    @Differentiable
    public final double[] forward(double[] arrTime) {
        double[] arrHilb = null;
        try {
            arrHilb = _basicTransform.forward(arrTime);
        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try
        return arrHilb;
    } // forward

    public final double[] reverse(double[] arrHilb) {
        double[] arrTime = null;
        try {
            arrTime = _basicTransform.reverse(arrHilb);
        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try
        return arrTime;
    } // reverse

    public final double[] forward(double[] arrTime, int level) {
        double[] arrHilb = null;
        try {
            arrHilb = _basicTransform.forward(arrTime, level);
        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try
        return arrHilb;
    } // forward

    @Differentiable
    public final double[] reverse(double[] arrHilb, int level) {
        double[] arrTime = null;
        try {
            arrTime = _basicTransform.reverse(arrHilb, level);
        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try
        return arrTime;
    } // reverse

    public final Complex[] forward(Complex[] arrTime) {
        Complex[] arrFreq = null;
        try {
            arrFreq = ((BasicTransform) _basicTransform).forward(arrTime);
        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try
        return arrFreq;
    } // forward

    public final Complex[] reverse(Complex[] arrFreq) {
        Complex[] arrTime = null;
        try {
            arrTime = ((BasicTransform) _basicTransform).reverse(arrFreq);
        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try
        return arrTime;
    } // reverse

    public final double[][] forward(double[][] matrixTime) {
        double[][] matrixHilb = null;
        try {
            matrixHilb = _basicTransform.forward(matrixTime);
        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try
        return matrixHilb;
    } // forward

    public final double[][] reverse(double[][] matrixHilb) {
        double[][] matrixTime = null;
        try {
            matrixTime = _basicTransform.reverse(matrixHilb);
        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try
        return matrixTime;
    } // reverse

    public final double[][] forward(double[][] matrixTime, int levelM,
                                    int levelN) {
        double[][] matrixHilb = null;
        try {
            matrixHilb = _basicTransform.forward(matrixTime, levelM, levelN);
        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try
        return matrixHilb;
    } // forward

    public final double[][] reverse(double[][] matrixHilb, int levelM,
                                    int levelN) {
        double[][] matrixTime = null;
        try {
            matrixTime = _basicTransform.reverse(matrixHilb, levelM, levelN);
        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try
        return matrixTime;
    } // reverse

    public final double[][][] forward(double[][][] spaceTime) {
        double[][][] spaceHilb = null;
        try {
            spaceHilb = _basicTransform.forward(spaceTime);
        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try
        return spaceHilb;
    } // forward

    public final double[][][] reverse(double[][][] spaceHilb) {
        double[][][] spaceTime = null;
        try {
            spaceTime = _basicTransform.reverse(spaceHilb);
        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try
        return spaceTime;
    } // reverse

    public final double[][][] forward(double[][][] spaceTime, int levelP,
                                      int levelQ, int levelR) {
        double[][][] spaceHilb = null;
        try {
            spaceHilb = _basicTransform.forward(spaceTime, levelP, levelQ, levelR);
        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try
        return spaceHilb;
    } // forward

    public final double[][][] reverse(double[][][] spaceHilb, int levelP,
                                      int levelQ, int levelR) {
        double[][][] spaceTime = null;
        try {
            spaceTime = _basicTransform.reverse(spaceHilb, levelP, levelQ, levelR);
        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try
        return spaceTime;
    } // reverse

    public final double[][] decompose(double[] arrTime) {
        double[][] matDeComp = null;
        try {
            matDeComp = _basicTransform.decompose(arrTime);
        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try
        return matDeComp;
    } // decompose

    public final double[] recompose(double[][] matDeComp) {
        double[] arrTime = null;
        try {
            arrTime = _basicTransform.recompose(matDeComp);
        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try
        return arrTime;
    } // recompose

    public final double[] recompose(double[][] matDeComp, int level) {
        double[] arrTime = null;
        try {
            arrTime = _basicTransform.recompose(matDeComp, level);
        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try
        return arrTime;
    } // recompose

    public final BasicTransform getBasicTransform() {

        BasicTransform basicTransform = null;

        try {

            if (_basicTransform == null)
                throw new JWaveFailure("Transform - BasicTransform object is null!");

            if (!(_basicTransform instanceof BasicTransform))
                throw new JWaveFailure("Transform - getBasicTransform - "
                        + "member is not of type BasicTransform!");

            basicTransform = _basicTransform;

        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try

        return basicTransform;

    } // getBasicTransform

    public final Wavelet getWavelet() {

        Wavelet wavelet = null;
        BasicTransform basicTransform = null;

        try {

            basicTransform = getBasicTransform();
            wavelet = basicTransform.getWavelet();

        } catch (JWaveException e) {
            e.showMessage();
            e.printStackTrace();
        } // try

        return wavelet;

    } // getWavelet

} // class
