/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: dhale/jtk, the Mines Java Toolkit (GitHub, commit 881408f2afd0a012efd28686ee600aeb6459eb77),
 * core/src/main/java/edu/mines/jtk/util/ArrayMath.java
 * Licence: Apache-2.0 (the file's notice: "Copyright, Colorado School of Mines and others. Licensed under the Apache
 * License, Version 2.0"; the repository's license.txt is the Apache License 2.0 text).
 * Copied: the constants, the scalar functions, and the overloads the copied classes call (sin, cos, atan2, exp, log, log10, sqrt, pow, abs, max and min of two values, hypot; fill of double[] and double[][]; the copy overloads of float[], float[][], float[][][], double[] and double[][] the classes call (whole arrays, leading n1, n2, n3 elements, and double[][] with offsets); isRegular; isMonotonic with isIncreasing and isDecreasing; quickPartialSort(int, float[]) with its private float helpers; binarySearch(float[]/double[], x, i); add, sub, mul, div and neg of double[][] into an output through the private Binary and Unary operator classes, of which only the double members are kept), verbatim.
 * Changes: package dev.leibniz.corpus.jtk (the original's edu.mines.jtk.util, .dsp, .interp and .la flattened into one
 * package, so imports of those classes removed and static imports of ArrayMath/MathPlus renamed); every other member removed (about 15,000 lines of overloads for other types and ranks), and dump(double[]), dump(double[][]) are stand-ins printing Arrays.toString (the originals format through private iterators not copied; only Eigen's failure path calls them).
 */
package dev.leibniz.corpus.jtk;

/**
 * Utilities for arrays plus math methods for floats and doubles.
 * <p>
 * The math methods mirror those in the standard {@link java.lang.Math}, 
 * but include overloaded methods that return floats when passed float 
 * arguments. This eliminates tedious and ugly casts when using floats. 
 * <p>
 * This class also provides utility functions for working with arrays of 
 * primitive types, including arrays of real numbers (floats and doubles)
 * and complex numbers (pairs of floats and doubles). Many of the array
 * methods (e.g., sqrt) overload scalar math methods.
 * <p>
 * Here is an example of using this class:
 * <pre><code>
 * import static edu.mines.jtk.util.ArrayMath.*;
 * ...
 * float[] x = randfloat(10); // an array of 10 random floats
 * System.out.println("x="); dump(x); // print x
 * float[] y = sqrt(x); // an array of square roots of those floats
 * System.out.println("y="); dump(y); // print y
 * float z = sqrt(x[0]); // no (float) cast required
 * System.out.println("z="); // print z
 * ...
 * </code></pre>
 * <p>
 * A real array rx is an array of numeric values, in which each value 
 * represents one real number. A complex array is an array of float or
 * double values, in which each consecutive pair of values represents the 
 * real and imaginary parts of one complex number. This means that a 
 * complex array cx contains cx.length/2 complex numbers, and cx.length is 
 * an even number. For example, the length of a 1-D complex array cx with 
 * dimension n1 is cx.length = 2*n1; i.e., n1 is the number of complex 
 * elements in the array.
 * <p>
 * Methods are overloaded for 1-D arrays, 2-D arrays (arrays of arrays), 
 * and 3-D arrays (arrays of arrays of arrays). Multi-dimensional arrays 
 * can be regular or ragged. For example, the dimensions of a regular 3-D 
 * array float[n3][n2][n1] are n1, n2, and n3, where n1 is the fastest 
 * dimension, and n3 is the slowest dimension. In contrast, the lengths 
 * of arrays within a ragged array of arrays (of arrays) may vary.
 * <p>
 * Some methods that create new arrays (e.g., zero, fill, ramp, and 
 * rand) have no array arguments; these methods have arguments that 
 * specify regular array dimensions n1, n2, and/or n3. All other methods, 
 * those with at least one array argument, use the dimensions of the first 
 * array argument to determine the number of array elements to process.
 * <p>
 * Some methods may have arguments that are arrays of real and/or complex 
 * numbers. In such cases, arguments with names like rx, ry, and rz denote 
 * arrays of real (non-complex) elements. Arguments with names like ra and 
 * rb denote real values. Arguments with names like cx, cy, and cz denote 
 * arrays of complex elements, and arguments with names like ca and cb 
 * denote complex values. 
 * <p>
 * Because complex numbers are packed into arrays of the same types (float 
 * or double) as real arrays, method overloading cannot distinguish methods 
 * with real array arguments from those with complex array arguments.
 * Therefore, all methods with at least one complex array argument are
 * prefixed with the letter 'c'. For example, methods mul that multiply 
 * two arrays of real numbers have corresponding methods cmul that multiply 
 * two arrays of complex numbers.
 * <pre>
 * Creation and copy operations:
 * zero - fills an array with a constant value zero
 * fill - fills an array with a specified constant value
 * ramp - fills an array with a linear values ra + rb1*i1 (+ rb2*i2 + rb3*i3)
 * rand - fills an array with pseudo-random numbers
 * copy - copies an array, or a specified subset of an array
 * </pre><pre>
 * Binary operations:
 * add - adds one array (or value) to another array (or value)
 * sub - subtracts one array (or value) from another array (or value)
 * mul - multiplies one array (or value) by another array (or value)
 * div - divides one array (or value) by another array (or value)
 * </pre><pre>
 * Unary operations:
 * abs - absolute value
 * neg - negation
 * cos - cosine
 * sin - sine
 * sqrt - square-root
 * exp - exponential
 * log - natural logarithm
 * log10 - logarithm base 10
 * clip - clip values to be within specified min/max bounds
 * pow - raise to a specified power
 * sgn - sign (1 if positive, -1 if negative, 0 if zero)
 * </pre><pre>
 * Other operations:
 * equal - compares arrays for equality (to within an optional tolerance)
 * sum - returns the sum of array values
 * max - returns the maximum value in an array and (optionally) its indices
 * min - returns the minimum value in an array and (optionally) its indices
 * dump - prints an array to standard output
 * </pre>
 * Many more utility methods are included as well, for sorting, searching, 
 * etc.
 * @see java.lang.Math
 * @author Dave Hale and Chris Engelsma, Colorado School of Mines
 * @version 2009.06.23
 */
public class ArrayMath {

  // Math methods

  /**
   * The double value that is closer than any other to <i>e</i>,
   * the base of the natural logarithm.
   */
  public static final double E = Math.E;

  /**
   * The float value that is closer than any other to <i>e</i>,
   * the base of the natural logarithm.
   */
  public static final float FLT_E = (float)E;

  /**
   * The double value that is closer than any other to <i>e</i>,
   * the base of the natural logarithm.
   */
  public static final double DBL_E = E;

  /**
   * The double value that is closer than any other to <i>pi</i>, 
   * the ratio of the circumference of a circle to its diameter.
   */
  public static final double PI = Math.PI;  
  
 /**
   * The float value that is closer than any other to <i>pi</i>, 
   * the ratio of the circumference of a circle to its diameter.
   */
  public static final float FLT_PI = (float)PI;

  /**
   * The double value that is closer than any other to <i>pi</i>, 
   * the ratio of the circumference of a circle to its diameter.
   */
  public static final double DBL_PI = PI;

  /**
   * The maximum positive float value.
   */
  public static final float FLT_MAX = Float.MAX_VALUE;

  /**
   * The minimum positive float value.
   */
  public static final float FLT_MIN = Float.MIN_VALUE;

  /**
   * The smallest float value e such that (1+e) does not equal 1.
   */
  public static final float FLT_EPSILON = 1.19209290e-07f;

  /**
   * The maximum positive double value.
   */
  public static final double DBL_MAX = Double.MAX_VALUE;

  /**
   * The minimum positive double value.
   */
  public static final double DBL_MIN = Double.MIN_VALUE;

  /**
   * The smallest double value e such that (1+e) does not equal 1.
   */
  public static final double DBL_EPSILON = 2.2204460492503131e-16d;

  /**
   * Returns array copy of elements from the specified array.
   * @param n1 number of elements to copy in 1st dimension.
   * @param rx source array.
   * @return array copy
   */
  public static double[] copy(int n1, double[] rx) {
    double[] ry = new double[n1];
    copy(n1,rx,ry);
    return ry;
  }

  /**
   * Fills the specified array with a specified value.
   * @param ra the value.
   * @param rx the array.
   */
  public static void fill(double ra, double[] rx) {
    int n1 = rx.length;
    for (int i1=0; i1<n1; ++i1)
      rx[i1] = ra;
  }

  /**
   * Returns array copy of elements from the specified array.
   * @param n1 number of elements to copy in 1st dimension.
   * @param rx source array.
   * @return array copy
   */
  public static float[] copy(int n1, float[] rx) {
    float[] ry = new float[n1];
    copy(n1,rx,ry);
    return ry;
  }

  /**
   * Returns array copy of elements from the specified array.
   * @param n1 number of elements to copy in 1st dimension.
   * @param n2 number of elements to copy in 2nd dimension.
   * @param rx source array.
   * @return array copy
   */
  public static float[][] copy(int n1, int n2, float[][] rx) {
    float[][] ry = new float[n2][n1];
    copy(n1,n2,rx,ry);
    return ry;
  }

  /**
   * Returns array copy of elements from the specified array.
   * @param n1 number of elements to copy in 1st dimension.
   * @param n2 number of elements to copy in 2nd dimension.
   * @param n3 number of elements to copy in 3rd dimension.
   * @param rx source array.
   * @return array copy
   */
  public static float[][][] copy(int n1, int n2, int n3, float[][][] rx) {
    float[][][] ry = new float[n3][n2][n1];
    copy(n1,n2,n3,rx,ry);
    return ry;
  }

  /**
   * Copies elements from one specified array to another.
   * @param n1 number of elements to copy in 1st dimension.
   * @param rx source array.
   * @param ry destination array.
   */
  public static void copy(int n1, float[] rx, float[] ry) {
    for (int i1=0; i1<n1; ++i1)
      ry[i1] = rx[i1];
  }

  /**
   * Copies elements from one specified array to another.
   * @param n1 number of elements to copy in 1st dimension.
   * @param n2 number of elements to copy in 2nd dimension.
   * @param rx source array.
   * @param ry destination array.
   */
  public static void copy(int n1, int n2, float[][] rx, float[][] ry) {
    for (int i2=0; i2<n2; ++i2)
      copy(n1,rx[i2],ry[i2]);
  }

  /**
   * Copies elements from one specified array to another.
   * @param n1 number of elements to copy in 1st dimension.
   * @param n2 number of elements to copy in 2nd dimension.
   * @param n3 number of elements to copy in 3rd dimension.
   * @param rx source array.
   * @param ry destination array.
   */
  public static void copy(
    int n1, int n2, int n3, float[][][] rx, float[][][] ry) {
    for (int i3=0; i3<n3; ++i3)
      copy(n1,n2,rx[i3],ry[i3]);
  }

  /**
   * Returns array copy of elements from the specified array.
   * @param rx source array.
   * @return array copy
   */
  public static double[] copy(double[] rx) {
    return copy(rx.length,rx);
  }

  /**
   * Copies elements from one specified array to another.
   * @param rx source array.
   * @param ry destination array.
   */
  public static void copy(double[] rx, double[] ry) {
    copy(rx.length,rx,ry);
  }

  /**
   * Copies elements from one specified array to another.
   * @param n1 number of elements to copy in 1st dimension.
   * @param rx source array.
   * @param ry destination array.
   */
  public static void copy(int n1, double[] rx, double[] ry) {
    for (int i1=0; i1<n1; ++i1)
      ry[i1] = rx[i1];
  }

  /**
   * Copies elements from one specified array to another.
   * @param n1 number of elements to copy in 1st dimension.
   * @param j1x offset in 1st dimension of rx.
   * @param rx source array.
   * @param j1y offset in 1st dimension of ry.
   * @param ry destination array.
   */
  public static void copy(
    int n1, 
    int j1x, double[] rx, 
    int j1y, double[] ry) {
    for (int i1=0,ix=j1x,iy=j1y; i1<n1; ++i1)
      ry[iy++] = rx[ix++];
  }

  /**
   * Copies elements from one specified array to another.
   * @param n1 number of elements to copy in 1st dimension.
   * @param n2 number of elements to copy in 2nd dimension.
   * @param j1x offset in 1st dimension of rx.
   * @param j2x offset in 2nd dimension of rx.
   * @param rx source array.
   * @param j1y offset in 1st dimension of ry.
   * @param j2y offset in 2nd dimension of ry.
   * @param ry destination array.
   */
  public static void copy(
    int n1, int n2, 
    int j1x, int j2x, double[][] rx, 
    int j1y, int j2y, double[][] ry) {
    for (int i2=0; i2<n2; ++i2)
      copy(n1,j1x,rx[j2x+i2],j1y,ry[j2y+i2]);
  }

  /**
   * Determines whether the specified array is increasing. The array is 
   * increasing if its elements a[i] increase with array index i, with 
   * no equal values.
   * @param a the array.
   * @return true, if increasing (or a.length&lt;2); false, otherwise.
   */
  public static boolean isIncreasing(float[] a) {
    int n = a.length;
    if (n>1) {
      for (int i=1; i<n; ++i) {
        if (a[i-1]>=a[i])
          return false;
      }
    }
    return true;
  }

  /**
   * Determines whether the specified array is decreasing. The array is 
   * decreasing if its elements a[i] decrease with array index i, with 
   * no equal values.
   * @param a the array.
   * @return true, if decreasing (or a.length&lt;2); false, otherwise.
   */
  public static boolean isDecreasing(float[] a) {
    int n = a.length;
    if (n>1) {
      for (int i=1; i<n; ++i) {
        if (a[i-1]<=a[i])
          return false;
      }
    }
    return true;
  }

  /**
   * Determines whether the specified array is increasing. The array is 
   * increasing if its elements a[i] increase with array index i, with 
   * no equal values.
   * @param a the array.
   * @return true, if increasing (or a.length&lt;2); false, otherwise.
   */
  public static boolean isIncreasing(double[] a) {
    int n = a.length;
    if (n>1) {
      for (int i=1; i<n; ++i) {
        if (a[i-1]>=a[i])
          return false;
      }
    }
    return true;
  }

  /**
   * Determines whether the specified array is decreasing. The array is 
   * decreasing if its elements a[i] decrease with array index i, with 
   * no equal values.
   * @param a the array.
   * @return true, if decreasing (or a.length&lt;2); false, otherwise.
   */
  public static boolean isDecreasing(double[] a) {
    int n = a.length;
    if (n>1) {
      for (int i=1; i<n; ++i) {
        if (a[i-1]<=a[i])
          return false;
      }
    }
    return true;
  }

  /**
   * Returns the trigonometric sine of an angle.
   * @param x the angle, in radians.
   * @return the sine of the argument.
   */
  public static float sin(float x) {
    return (float)Math.sin(x);
  }

  /**
   * Returns the trigonometric sine of an angle.
   * @param x the angle, in radians.
   * @return the sine of the argument.
   */
  public static double sin(double x) {
    return Math.sin(x);
  }

  /**
   * Returns the trigonometric cosine of an angle.
   * @param x the angle, in radians.
   * @return the cosine of the argument.
   */
  public static float cos(float x) {
    return (float)Math.cos(x);
  }

  /**
   * Returns the trigonometric cosine of an angle.
   * @param x the angle, in radians.
   * @return the cosine of the argument.
   */
  public static double cos(double x) {
    return Math.cos(x);
  }

  /**
   * Computes the arc tangent of the specified y/x, in the range 
   * -<i>pi</i> to <i>pi</i>.
   * @param y the ordinate coordinate y.
   * @param x the abscissa coordinate x.
   * @return the arc tangent.
   */
  public static float atan2(float y, float x) {
    return (float)Math.atan2(y,x);
  }

  /**
   * Computes the arc tangent of the specified y/x, in the range 
   * -<i>pi</i> to <i>pi</i>.
   * @param y the ordinate coordinate y.
   * @param x the abscissa coordinate x.
   * @return the arc tangent.
   */
  public static double atan2(double y, double x) {
    return Math.atan2(y,x);
  }

  /**
   * Returns the value of <i>e</i> raised to the specified power.
   * @param x the exponent.
   * @return the value.
   */
  public static float exp(float x) {
    return (float)Math.exp(x);
  }

  /**
   * Returns the value of <i>e</i> raised to the specified power.
   * @param x the exponent.
   * @return the value.
   */
  public static double exp(double x) {
    return Math.exp(x);
  }

  /**
   * Returns the natural logarithm (base <i>e</i>) of the specified value.
   * @param x the value.
   * @return the natural logarithm.
   */
  public static float log(float x) {
    return (float)Math.log(x);
  }

  /**
   * Returns the natural logarithm (base <i>e</i>) of the specified value.
   * @param x the value.
   * @return the natural logarithm.
   */
  public static double log(double x) {
    return Math.log(x);
  }

  /**
   * Returns the logarithm base 10 of the specified value.
   * @param x the value.
   * @return the logarithm base 10.
   */
  public static float log10(float x) {
    return (float)Math.log10(x);
  }

  /**
   * Returns the logarithm base 10 of the specified value.
   * @param x the value.
   * @return the logarithm base 10.
   */
  public static double log10(double x) {
    return Math.log10(x);
  }

  /**
   * Returns the positive square root of a the specified value.
   * @param x the value.
   * @return the positive square root.
   */
  public static float sqrt(float x) {
    return (float)Math.sqrt(x);
  }

  /**
   * Returns the positive square root of a the specified value.
   * @param x the value.
   * @return the positive square root.
   */
  public static double sqrt(double x) {
    return Math.sqrt(x);
  }

  /**
   * Returns the value of x raised to the y'th power.
   * @param x the base.
   * @param y the exponent.
   * @return the value.
   */
  public static float pow(float x, float y) {
    return (float)Math.pow(x,y);
  }

  /**
   * Returns the value of x raised to the y'th power.
   * @param x the base.
   * @param y the exponent.
   * @return the value.
   */
  public static double pow(double x, double y) {
    return Math.pow(x,y);
  }

  /**
   * Returns the absolute value of the specified value.
   * Note that {@code abs(-0.0f)} returns {@code -0.0f};
   * the sign bit is not cleared.
   * If this is a problem, use {@code Math.abs}.
   * @param x the value.
   * @return the absolute value.
   */
  public static float abs(float x) {
    return (x>=0.0f)?x:-x;
  }

  /**
   * Returns the absolute value of the specified value.
   * Note that {@code abs(-0.0d)} returns {@code -0.0d};
   * the sign bit is not cleared.
   * If this is a problem, use {@code Math.abs}.
   * @param x the value.
   * @return the absolute value.
   */
  public static double abs(double x) {
    return (x>=0.0d)?x:-x;
  }

  /**
   * Returns the maximum of the specified values.
   * @param a a value.
   * @param b a value.
   * @return the maximum value.
   */
  public static int max(int a, int b) {
    return (a>=b)?a:b;
  }

  /**
   * Returns the maximum of the specified values.
   * @param a a value.
   * @param b a value.
   * @return the maximum value.
   */
  public static float max(float a, float b) {
    return (a>=b)?a:b;
  }

  /**
   * Returns the maximum of the specified values.
   * @param a a value.
   * @param b a value.
   * @return the maximum value.
   */
  public static double max(double a, double b) {
    return (a>=b)?a:b;
  }

  /**
   * Returns the minimum of the specified values.
   * @param a a value.
   * @param b a value.
   * @return the minimum value.
   */
  public static int min(int a, int b) {
    return (a<=b)?a:b;
  }

  /**
   * Returns the minimum of the specified values.
   * @param a a value.
   * @param b a value.
   * @return the minimum value.
   */
  public static float min(float a, float b) {
    return (a<=b)?a:b;
  }

  /**
   * Returns the minimum of the specified values.
   * @param a a value.
   * @param b a value.
   * @return the minimum value.
   */
  public static double min(double a, double b) {
    return (a<=b)?a:b;
  }

  /**
   * Returns the hypotenuse for two given values.  
   * The hypotenuse is calculated using the Pythagorean theorem.
   * @param x a value.
   * @param y a value.
   * @return the hypotenuse.
   */
  public static double hypot(double x, double y) {
    return Math.hypot(x,y);
  }

  /**
   * Returns the hypotenuse for two given values.  
   * The hypotenuse is calculated using the Pythagorean theorem.
   * @param x a value.
   * @param y a value.
   * @return the hypotenuse.
   */
  public static float hypot(float x, float y) {
    return (float)Math.hypot(x,y);
  }

  /**
   * Fills the specified array with a specified value.
   * @param ra the value.
   * @param rx the array.
   */
  public static void fill(double ra, double[][] rx) {
    int n2 = rx.length;
    for (int i2=0; i2<n2; ++i2)
      fill(ra,rx[i2]);
  }

  /**
   * Returns array copy of elements from the specified array.
   * @param rx source array.
   * @return array copy
   */
  public static float[] copy(float[] rx) {
    return copy(rx.length,rx);
  }

  /**
   * Copies elements from one specified array to another.
   * @param rx source array.
   * @param ry destination array.
   */
  public static void copy(float[] rx, float[] ry) {
    copy(rx.length,rx,ry);
  }

  /**
   * Returns array copy of elements from the specified array.
   * @param rx source array.
   * @return array copy
   */
  public static double[][] copy(double[][] rx) {
    int n2 = rx.length;
    double[][] ry = new double[n2][];
    for (int i2=0; i2<n2; ++i2)
      ry[i2] = copy(rx[i2]);
    return ry;
  }

  /**
   * Copies elements from one specified array to another.
   * @param rx source array.
   * @param ry destination array.
   */
  public static void copy(double[][] rx, double[][] ry) {
    int n2 = rx.length;
    for (int i2=0; i2<n2; ++i2)
      copy(rx[i2],ry[i2]);
  }

  /**
   * Determines whether the specified array of arrays is regular. The array 
   * is regular if each of its elements, which are arrays, have the same 
   * length.
   * @param a the array.
   * @return true, if regular; false, otherwise.
   */
  public static boolean isRegular(double[][] a) {
    int n2 = a.length;
    int n1 = a[0].length;
    for (int i2=1; i2<n2; ++i2) {
      if (a[i2].length!=n1)
        return false;
    }
    return true;
  }

  /**
   * Determines whether the specified array is monotonic. The array is 
   * monotonic if its elements a[i] either increase or decrease (but 
   * not both) with array index i, with no equal values.
   * @param a the array.
   * @return true, if monotonic (or a.length&lt;2); false, otherwise.
   */
  public static boolean isMonotonic(float[] a) {
    return isIncreasing(a) || isDecreasing(a);
  }

  /**
   * Determines whether the specified array is monotonic. The array is 
   * monotonic if its elements a[i] either increase or decrease (but 
   * not both) with array index i, with no equal values.
   * @param a the array.
   * @return true, if monotonic (or a.length&lt;2); false, otherwise.
   */
  public static boolean isMonotonic(double[] a) {
    return isIncreasing(a) || isDecreasing(a);
  }

  /**
   * Partially sorts the elements of the specified array in ascending order.
   * After partial sorting, the element a[k] with specified index k has the 
   * value it would have if the array were completely sorted. That is,
   * a[0:k-1] &lt;= a[k] &lt;= a[k:n-1], where n is the length of a.
   * @param k the index.
   * @param a the array to be partially sorted.
   */
  public static void quickPartialSort(int k, float[] a) {
    int n = a.length;
    int p = 0;
    int q = n-1;
    int[] m = (n>NSMALL_SORT)?new int[2]:null;
    while (q-p>=NSMALL_SORT) {
      m[0] = p;
      m[1] = q;
      quickPartition(a,m);
      if (k<m[0]) {
        q = m[0]-1;
      } else if (k>m[1]) {
        p = m[1]+1;
      } else {
        return;
      }
    }
    insertionSort(a,p,q);
  }

  /**
   * Performs a binary search in a monotonic array of values. Values are
   * assumed to increase or decrease monotonically, with no equal values.
   * This method is most efficient when called repeatedly for slightly 
   * changing search values; in such cases, the index returned from one 
   * call should be passed in the next.
   * <p>
   * Warning: this method does not ensure that the specified array is
   * monotonic; that check would be more costly than this search.
   * @param a the array of values, assumed to be monotonic.
   * @param x the value for which to search.
   * @param i the index at which to begin the search. If negative, this 
   *  method interprets this index as if returned from a previous call.
   * @return the index at which the specified value is found, or, if not
   *  found, -(i+1), where i equals the index at which the specified value 
   *  would be located if it was inserted into the monotonic array.
   */
  public static int binarySearch(float[] a, float x, int i) {
    int n = a.length;
    int nm1 = n-1;
    int low = 0;
    int high = nm1;
    boolean increasing = n<2 || a[0]<a[1];
    if (i<n) {
      high = (0<=i)?i:-(i+1);
      low = high-1;
      int step = 1;
      if (increasing) {
        for (; 0<low && x<a[low]; low-=step,step+=step)
          high = low;
        for (; high<nm1 && a[high]<x; high+=step,step+=step)
          low = high;
      } else {
        for (; 0<low && x>a[low]; low-=step,step+=step)
          high = low;
        for (; high<nm1 && a[high]>x; high+=step,step+=step)
          low = high;
      }
      if (low<0) low = 0;
      if (high>nm1) high = nm1;
    }
    if (increasing) {
      while (low<=high) {
        int mid = (low+high)>>1;
        float amid = a[mid];
        if (amid<x)
          low = mid+1;
        else if (amid>x)
          high = mid-1;
        else
          return mid;
      }
    } else {
      while (low<=high) {
        int mid = (low+high)>>1;
        float amid = a[mid];
        if (amid>x)
          low = mid+1;
        else if (amid<x)
          high = mid-1;
        else
          return mid;
      }
    }
    return -(low+1);
  }

  /**
   * Performs a binary search in a monotonic array of values. Values are
   * assumed to increase or decrease monotonically, with no equal values.
   * This method is most efficient when called repeatedly for slightly 
   * changing search values; in such cases, the index returned from one 
   * call should be passed in the next.
   * <p>
   * Warning: this method does not ensure that the specified array is
   * monotonic; that check would be more costly than this search.
   * @param a the array of values, assumed to be monotonic.
   * @param x the value for which to search.
   * @param i the index at which to begin the search. If negative, this 
   *  method interprets this index as if returned from a previous call.
   * @return the index at which the specified value is found, or, if not
   *  found, -(i+1), where i equals the index at which the specified value 
   *  would be located if it was inserted into the monotonic array.
   */
  public static int binarySearch(double[] a, double x, int i) {
    int n = a.length;
    int nm1 = n-1;
    int low = 0;
    int high = nm1;
    boolean increasing = n<2 || a[0]<a[1];
    if (i<n) {
      high = (0<=i)?i:-(i+1);
      low = high-1;
      int step = 1;
      if (increasing) {
        for (; 0<low && x<a[low]; low-=step,step+=step)
          high = low;
        for (; high<nm1 && a[high]<x; high+=step,step+=step)
          low = high;
      } else {
        for (; 0<low && x>a[low]; low-=step,step+=step)
          high = low;
        for (; high<nm1 && a[high]>x; high+=step,step+=step)
          low = high;
      }
      if (low<0) low = 0;
      if (high>nm1) high = nm1;
    }
    if (increasing) {
      while (low<=high) {
        int mid = (low+high)>>1;
        double amid = a[mid];
        if (amid<x)
          low = mid+1;
        else if (amid>x)
          high = mid-1;
        else
          return mid;
      }
    } else {
      while (low<=high) {
        int mid = (low+high)>>1;
        double amid = a[mid];
        if (amid>x)
          low = mid+1;
        else if (amid<x)
          high = mid-1;
        else
          return mid;
      }
    }
    return -(low+1);
  }

  public static void add(double[][] rx, double[][] ry, double[][] rz) {
    _add.apply(rx,ry,rz);
  }

  public static void sub(double[][] rx, double[][] ry, double[][] rz) {
    _sub.apply(rx,ry,rz);
  }

  public static void mul(double[][] rx, double[][] ry, double[][] rz) {
    _mul.apply(rx,ry,rz);
  }

  public static void mul(double[][] rx, double rb, double[][] rz) {
    _mul.apply(rx,rb,rz);
  }

  public static void div(double[][] rx, double[][] ry, double[][] rz) {
    _div.apply(rx,ry,rz);
  }

  public static void neg(double[][] rx, double[][] ry) {
    _neg.apply(rx,ry);
  }

  // stand-in for the original dump(double[]), which formats through private iterators not copied
  public static void dump(double[] rx) {
    System.out.println(java.util.Arrays.toString(rx));
  }
  // stand-in for the original dump(double[][]), which formats through private iterators not copied
  public static void dump(double[][] rx) {
    System.out.println(java.util.Arrays.deepToString(rx));
  }

  private static final int NSMALL_SORT =  7;
  private static final int NLARGE_SORT = 40;
  private static int med3(float[] a, int i, int j, int k) {
    return a[i]<a[j] ? 
           (a[j]<a[k] ? j : a[i]<a[k] ? k : i) :
           (a[j]>a[k] ? j : a[i]>a[k] ? k : i);
  }

  private static void swap(float[] a, int i, int j) {
    float ai = a[i];
    a[i] = a[j];
    a[j] = ai;
  }

  private static void swap(float[] a, int i, int j, int n) {
    while (n>0) {
      float ai = a[i];
      a[i++] = a[j];
      a[j++] = ai;
      --n;
    }
  }

  private static void insertionSort(float[] a, int p, int q) {
    for (int i=p; i<=q; ++i)
      for (int j=i; j>p && a[j-1]>a[j]; --j)
        swap(a,j,j-1);
  }

  private static void quickPartition(float[] x, int[] m) {
    int p = m[0];
    int q = m[1];
    int n = q-p+1;
    int k = (p+q)/2;
    if (n>NSMALL_SORT) {
      int j = p;
      int l = q;
      if (n>NLARGE_SORT) {
        int s = n/8;
        j = med3(x,j,j+s,j+2*s);
        k = med3(x,k-s,k,k+s);
        l = med3(x,l-2*s,l-s,l);
      }
      k = med3(x,j,k,l);
    }
    float y = x[k];
    int a=p,b=p;
    int c=q,d=q;
    while (true) {
      while (b<=c && x[b]<=y) {
        if (x[b]==y) 
          swap(x,a++,b);
        ++b;
      }
      while (c>=b && x[c]>=y) {
        if (x[c]==y)
          swap(x,c,d--);
        --c;
      }
      if (b>c)
        break;
      swap(x,b,c);
      ++b;
      --c;
    }
    int r = Math.min(a-p,b-a); 
    int s = Math.min(d-c,q-d); 
    int t = q+1;
    swap(x,p,b-r,r);
    swap(x,b,t-s,s);
    m[0] = p+(b-a); // p --- m[0]-1 | m[0] --- m[1] | m[1]+1 --- q
    m[1] = q-(d-c); //   x<y               x=y               x>y
  }

  private static abstract class Binary {
    abstract void apply(double[] rx, double[] ry, double[] rz);
    abstract void apply(double   ra, double[] ry, double[] rz);
    abstract void apply(double[] rx, double   rb, double[] rz);
    void apply(double[][] rx, double[][] ry, double[][] rz) {
      int n2 = rx.length;
      for (int i2=0; i2<n2; ++i2)
        apply(rx[i2],ry[i2],rz[i2]);
    }
    void apply(double ra, double[][] ry, double[][] rz) {
      int n2 = ry.length;
      for (int i2=0; i2<n2; ++i2)
        apply(ra,ry[i2],rz[i2]);
    }
    void apply(double[][] rx, double rb, double[][] rz) {
      int n2 = rx.length;
      for (int i2=0; i2<n2; ++i2)
        apply(rx[i2],rb,rz[i2]);
    }
    void apply(double[][][] rx, double[][][] ry, double[][][] rz) {
      int n3 = rx.length;
      for (int i3=0; i3<n3; ++i3)
        apply(rx[i3],ry[i3],rz[i3]);
    }
    void apply(double ra, double[][][] ry, double[][][] rz) {
      int n3 = ry.length;
      for (int i3=0; i3<n3; ++i3)
        apply(ra,ry[i3],rz[i3]);
    }
    void apply(double[][][] rx, double rb, double[][][] rz) {
      int n3 = rx.length;
      for (int i3=0; i3<n3; ++i3)
        apply(rx[i3],rb,rz[i3]);
    }
  }
  private static Binary _add = new Binary() {
    void apply(double[] rx, double[] ry, double[] rz) {
      int n1 = rx.length;
      for (int i1=0; i1<n1; ++i1)
        rz[i1] = rx[i1]+ry[i1];
    }
    void apply(double ra, double[] ry, double[] rz) {
      int n1 = ry.length;
      for (int i1=0; i1<n1; ++i1)
        rz[i1] = ra+ry[i1];
    }
    void apply(double[] rx, double rb, double[] rz) {
      int n1 = rx.length;
      for (int i1=0; i1<n1; ++i1)
        rz[i1] = rx[i1]+rb;
    }
  };
  private static Binary _sub = new Binary() {
    void apply(double[] rx, double[] ry, double[] rz) {
      int n1 = rx.length;
      for (int i1=0; i1<n1; ++i1)
        rz[i1] = rx[i1]-ry[i1];
    }
    void apply(double ra, double[] ry, double[] rz) {
      int n1 = ry.length;
      for (int i1=0; i1<n1; ++i1)
        rz[i1] = ra-ry[i1];
    }
    void apply(double[] rx, double rb, double[] rz) {
      int n1 = rx.length;
      for (int i1=0; i1<n1; ++i1)
        rz[i1] = rx[i1]-rb;
    }
  };
  private static Binary _mul = new Binary() {
    void apply(double[] rx, double[] ry, double[] rz) {
      int n1 = rx.length;
      for (int i1=0; i1<n1; ++i1)
        rz[i1] = rx[i1]*ry[i1];
    }
    void apply(double ra, double[] ry, double[] rz) {
      int n1 = ry.length;
      for (int i1=0; i1<n1; ++i1)
        rz[i1] = ra*ry[i1];
    }
    void apply(double[] rx, double rb, double[] rz) {
      int n1 = rx.length;
      for (int i1=0; i1<n1; ++i1)
        rz[i1] = rx[i1]*rb;
    }
  };
  private static Binary _div = new Binary() {
    void apply(double[] rx, double[] ry, double[] rz) {
      int n1 = rx.length;
      for (int i1=0; i1<n1; ++i1)
        rz[i1] = rx[i1]/ry[i1];
    }
    void apply(double ra, double[] ry, double[] rz) {
      int n1 = ry.length;
      for (int i1=0; i1<n1; ++i1)
        rz[i1] = ra/ry[i1];
    }
    void apply(double[] rx, double rb, double[] rz) {
      int n1 = rx.length;
      for (int i1=0; i1<n1; ++i1)
        rz[i1] = rx[i1]/rb;
    }
  };
  private static abstract class Unary {
    abstract void apply(double[] rx, double[] ry);
    void apply(double[][] rx, double[][] ry) {
      int n2 = rx.length;
      for (int i2=0; i2<n2; ++i2)
        apply(rx[i2],ry[i2]);
    }
    void apply(double[][][] rx, double[][][] ry) {
      int n3 = rx.length;
      for (int i3=0; i3<n3; ++i3)
        apply(rx[i3],ry[i3]);
    }
  }
  private static Unary _neg = new Unary() {
    void apply(double[] rx, double[] ry) {
      int n1 = rx.length;
      for (int i1=0; i1<n1; ++i1)
        ry[i1] = -rx[i1];
    }
  };

  private ArrayMath() {
  }
}
