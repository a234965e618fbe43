package dev.leibniz.corpus.jdsp;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: JDSP (psambit9791/jdsp on GitHub, commit 6e9a4cd0739c0b967a20d3c509f632777bc9ad96),
 * src/main/java/com/github/psambit9791/jdsp/filter/adaptive/_Adaptive.java
 * Licence: MIT ("Copyright (c) 2019 - 2023 Sambit Paul. Permission is hereby granted, free of charge, to any person
 * obtaining a copy of this software ... THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND").
 * Copied: the whole interface (implemented by LMS).
 * Changes: package; licence header shortened to this header; nothing else.
 */

/**
 * <h2>Adaptive Filter Class (Interface)</h2>
 * The Adaptive Filter class is a super class for all Adaptive filters - AP, GNGD, LMS. NLMS, NSSLMS, SSLMS and RLS.
 *  
 *
 * @author  Sambit Paul
 * @version 1.0
 */
public interface _Adaptive {

    /**
     * Dictates how the filter weights initialization should be done.
     *      RANDOM: filter weights get an initial random value ranging from 0 to 1
     *      ZEROS: filter weights get initial value 0
     */
    enum WeightsFillMethod {
        RANDOM,
        ZEROS
    }

    /**
     * Run the adaptive filter algorithm. This will iterate over the input signal x and adapt the filter weights to
     * match the desired signal.
     * @param desired desired signal that you want after filtering of x
     * @param x input signal that you want to filter with the LMS adaptive filter to achieve the desired signal
     */
    void filter(double[] desired, double[] x);
}
