package dev.leibniz.corpus.jdsp;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: JDSP (psambit9791/jdsp on GitHub, commit 6e9a4cd0739c0b967a20d3c509f632777bc9ad96),
 * src/main/java/com/github/psambit9791/jdsp/misc/UtilMethods.java
 * Licence: MIT ("Copyright (c) 2019 - 2023 Sambit Paul. Permission is hereby granted, free of charge, to any person
 * obtaining a copy of this software ... THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND").
 * Copied: seven static methods, unchanged: modulo(double, double) (Python's modulo through %), rescale(double[], int, int) and zeroCenter(double[]) (Commons Math 3's StatUtils.min, max and mean of the active array), i0(double) (the modified Bessel function I0 by Chebyshev series, through chebyEval(double, double[]) over local coefficient arrays), sinc(double) (a zero test replaced by 1e-20) — all entries but chebyEval, a plain helper — and dotProduct(double[], double[]) (two Commons Math 3 ArrayRealVector wrappers; called by LMS.adaptWeights).
 * Changes: package; licence header shortened to this header; the class's 90 other methods (and the imports they need) left out; @Differentiable added to the five entries.
 */

import dev.leibniz.Differentiable;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.StatUtils;

/**
 * A collection of utilities
 *
 * @author Sambit Paul
 * @version 1.0
 */
public class UtilMethods {

    /**
     * Java provides a different implementation of modulo than Python.
     * In Java, the result has the sign of the dividend, but in Python, the sign is from the divisor.
     * This method implements the Python version of the modulo operation
     * @param dividend The numerator
     * @param divisor The denominator
     * @return double Result of the modulo operation
     */
    @Differentiable
    public static double modulo(double dividend, double divisor) {
        return (((dividend % divisor) + divisor) % divisor);
    }

    /**
     * Scales the input array between the new limits provided in the arguments
     * @param arr Array to be modified
     * @param min_value Minimum value for the rescaling range
     * @param max_value Maximum value for the rescaling range
     * @return double[] Rescaled array
     */
    @Differentiable
    public static double[] rescale(double[] arr, int min_value, int max_value) {
        double[] newArr = new double[arr.length];
        double minArr = StatUtils.min(arr);
        double maxArr = StatUtils.max(arr);
        for (int i=0; i<arr.length; i++) {
            newArr[i] = ((arr[i] - minArr)/(maxArr - minArr))*(max_value - min_value) + min_value;
        }
        return newArr;
    }

    /**
     * Zero-Centres the input array
     * @param arr Array to be modified
     * @return double[] Standardized array
     */
    @Differentiable
    public static double[] zeroCenter(double[] arr) {
        double[] newArr = new double[arr.length];
        double mean = StatUtils.mean(arr);
        for (int i=0; i<arr.length; i++) {
            newArr[i] = arr[i] - mean;
        }
        return newArr;
    }

    /**
     * Chebyshev Series Evaluation
     * @param x Single point at which the Chebyshev series needs to be evaluated
     * @param arr The Chebyshev series coefficients
     * @return double The evaluation output
     */
    public static double chebyEval(double x, double[] arr) {
        double b0 = arr[0];
        double b1 = 0.0;
        double b2 = 0.0;

        for (int i=1; i<arr.length; i++) {
            b2 = b1;
            b1 = b0;
            b0 = x*b1 - b2 + arr[i];
        }

        return 0.5 * (b0 - b2);
    }

    /**
     * Compute the modified Bessel function (0 order) of the first kind
     * @param x Array of all the points to compute for
     * @return double Value of the modified Bessel function
     */
    @Differentiable
    public static double i0(double x) {
        double[] A = {-4.41534164647933937950E-18, 3.33079451882223809783E-17, -2.43127984654795469359E-16,
                1.71539128555513303061E-15, -1.16853328779934516808E-14, 7.67618549860493561688E-14,
                -4.85644678311192946090E-13, 2.95505266312963983461E-12, -1.72682629144155570723E-11,
                9.67580903537323691224E-11, -5.18979560163526290666E-10, 2.65982372468238665035E-9,
                -1.30002500998624804212E-8, 6.04699502254191894932E-8, -2.67079385394061173391E-7,
                1.11738753912010371815E-6, -4.41673835845875056359E-6, 1.64484480707288970893E-5,
                -5.75419501008210370398E-5, 1.88502885095841655729E-4, -5.76375574538582365885E-4,
                1.63947561694133579842E-3, -4.32430999505057594430E-3, 1.05464603945949983183E-2,
                -2.37374148058994688156E-2, 4.93052842396707084878E-2, -9.49010970480476444210E-2,
                1.71620901522208775349E-1, -3.04682672343198398683E-1, 6.76795274409476084995E-1 };
        double[] B = {-7.23318048787475395456E-18, -4.83050448594418207126E-18, 4.46562142029675999901E-17,
                3.46122286769746109310E-17, -2.82762398051658348494E-16, -3.42548561967721913462E-16,
                1.77256013305652638360E-15, 3.81168066935262242075E-15, -9.55484669882830764870E-15,
                -4.15056934728722208663E-14, 1.54008621752140982691E-14, 3.85277838274214270114E-13,
                7.18012445138366623367E-13, -1.79417853150680611778E-12, -1.32158118404477131188E-11,
                -3.14991652796324136454E-11, 1.18891471078464383424E-11, 4.94060238822496958910E-10,
                3.39623202570838634515E-9, 2.26666899049817806459E-8, 2.04891858946906374183E-7,
                2.89137052083475648297E-6, 6.88975834691682398426E-5, 3.36911647825569408990E-3,
                8.04490411014108831608E-1 };

        double out;
        x = Math.abs(x);

        if (x <= 8) {
            out = Math.exp(x) * UtilMethods.chebyEval(x/2.0 - 2.0, A);
        }
        else {
            out = Math.exp(x) * UtilMethods.chebyEval(32.0/x - 2.0, B) / Math.sqrt(x);
        }
        return out;
    }

    /**
     * Compute the normalised sinc function
     * @param x Single point to compute sinc for
     * @return double The computed sinc value
     */
    @Differentiable
    public static double sinc(double x) {
        double y;
        if (x==0) {
            y = 1.0E-20;
        }
        else {
            y = x;
        }
        y = Math.PI * y;
        return Math.sin(y)/y;
    }

    /**
     * Dot Product of 2 1-D arrays
     * @param w 1st Vector
     * @param x 2nd Vector
     * @return double Output of the dot product
     */
    public static double dotProduct(double[] w, double[] x) {
        RealVector a = new ArrayRealVector(w, false);
        RealVector b = new ArrayRealVector(x, false);
        return a.dotProduct(b);
    }
}
