package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.by;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.jtk.ArrayMath;
import dev.leibniz.corpus.jtk.Cdouble;
import dev.leibniz.corpus.jtk.Check;
import dev.leibniz.corpus.jtk.Conv;
import dev.leibniz.corpus.jtk.CubicInterpolator;
import dev.leibniz.corpus.jtk.DMatrix;
import dev.leibniz.corpus.jtk.DMatrixLud;
import dev.leibniz.corpus.jtk.Eigen;
import dev.leibniz.corpus.jtk.KaiserWindow;
import dev.leibniz.corpus.jtk.MathPlus;
import dev.leibniz.corpus.jtk.MedianFinder;
import dev.leibniz.corpus.jtk.TridiagonalFMatrix;
import java.util.List;
import java.util.function.Function;

/**
 * The twenty-sixth round of the corpus table: the Mines Java Toolkit (dhale/jtk, Apache-2.0, ids {@code jtk/...}), a
 * project the corpus had not used: its complex numbers ({@code Cdouble}: public mutable fields, fluent {@code ...Equals}
 * methods returning {@code this}, static functions making new numbers), its small symmetric eigensolvers for signal
 * processing ({@code Eigen}: Jacobi rotations, Cardano's formula, QL iterations, rows of the output swapped to sort),
 * its dense matrix ({@code DMatrix} over {@code double[][]}, element-wise operations through {@code ArrayMath}'s private
 * operator objects held in static fields) and LU decomposition, its cubic interpolator (coefficients in a
 * {@code float[][]}, the index of the last interval cached in a field), the Kaiser window (a Bessel series), the
 * median finder (a partial quicksort of a copy held in a field), a tridiagonal solver and 1-D convolution and
 * cross-correlation (the input reversed in place and restored). Kept apart from {@link Corpus} so that rounds merge
 * without conflicts; {@link Corpus#entries()} appends it.
 */
final class TwentySixthRound {
  private TwentySixthRound() {}

  private static final String FIELD_SCRATCH = "copies x into the float[] field _x and sorts it there: an array held in a field"
      + " receives active values, and the field is not scratch (findMedian(float[], float[]) reads it too)";

  private static final String XCOR_RETURNED = "x = reverse(lx, x, copy) may return its argument (reversed in place), and"
      + " reverse(lx, x, false) then writes through that result to restore it: refused in both modes, as each takes the"
      + " result for an array of its own (adjoint silently wrong before this round: the identity came out reversed)";

  // the copied classes are loaded (and differentiated) together
  private static final List<Class<?>> JTK = List.of(ArrayMath.class, Cdouble.class, Check.class, Conv.class,
      CubicInterpolator.class, DMatrix.class, DMatrixLud.class, Eigen.class, KaiserWindow.class, MathPlus.class,
      MedianFinder.class, TridiagonalFMatrix.class);

  private static Entry jtk(Entry e) {
    return e.with(JTK.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  private static Entry.InLoader complex(double r, double i) {
    return inLoaderOf(Cdouble.class, r, i);
  }

  private static final double[][] A = {{2.0, -0.7, 0.4}, {0.3, 1.5, -1.1}, {-0.6, 0.9, 2.4}};
  private static final double[][] B = {{0.5, 1.2, -0.3}, {-0.8, 0.7, 1.9}, {1.4, -0.2, 0.6}};

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
    return c;
  }

  /** A DMatrix of the transformed class over a fresh copy of {@code a} (the constructor keeps the array). */
  private static Function<Class<?>, Object> matrix(double[][] a) {
    return c -> construct((Object) copy(a)).apply(c);
  }

  /** A DMatrixLud of {@code a}, both classes as loaded with the entry. */
  private static Function<Class<?>, Object> lud(double[][] a) {
    return c -> {
      try {
        Class<?> dm = Class.forName(DMatrix.class.getName(), true, c.getClassLoader());
        Object m = construct((Object) copy(a)).apply(dm);
        return construct(m).apply(c);
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    };
  }

  private static Object[] sym22(double a00, double a01, double a11) {
    return args((Object) new double[][] {{a00, a01}, {a01, a11}}, new double[2][2], new double[2]);
  }

  private static Object[] sym33(double[][] a) {
    return args((Object) a, new double[3][3], new double[3]);
  }

  private static final double[][] S = {{2.0, 0.5, -0.3}, {0.5, 1.2, 0.4}, {-0.3, 0.4, 0.7}};

  // the interpolator's knots and values (monotonic in x, not in y)
  private static final float[] XK = {0.0f, 0.8f, 1.5f, 2.6f, 3.4f};
  private static final float[] YK = {0.3f, 1.1f, 0.9f, 1.8f, 2.2f};
  private static final float[] Y1K = {0.5f, 0.2f, 0.4f, 0.7f, -0.1f};

  static List<Entry> entries() {
    return List.of(
        // Cdouble: a complex number of two public mutable doubles
        jtk(correct("jtk/Cdouble.plus", Cdouble.class, "plus", args(complex(0.4, 2.1))).on(construct(1.3, -0.7))),
        jtk(correct("jtk/Cdouble.minus", Cdouble.class, "minus", args(complex(0.4, 2.1))).on(construct(1.3, -0.7))),
        jtk(correct("jtk/Cdouble.times", Cdouble.class, "times", args(complex(0.4, 2.1))).on(construct(1.3, -0.7))),
        jtk(correct("jtk/Cdouble.over", Cdouble.class, "over", args(complex(0.4, 2.1))).on(construct(1.3, -0.7))),
        jtk(correct("jtk/Cdouble.timesEquals", Cdouble.class, "timesEquals", args(complex(0.4, 2.1))).on(construct(1.3, -0.7))),
        jtk(correct("jtk/Cdouble.overEquals", Cdouble.class, "overEquals", args(complex(0.4, 2.1))).on(construct(1.3, -0.7))),
        jtk(correct("jtk/Cdouble.invEquals", Cdouble.class, "invEquals", args()).on(construct(1.3, -0.7))),
        jtk(correct("jtk/Cdouble.conj", Cdouble.class, "conj", args()).on(construct(1.3, -0.7))),
        jtk(correct("jtk/Cdouble.norm", Cdouble.class, "norm", args()).on(construct(1.3, -0.7))),
        jtk(correct("jtk/Cdouble.exp", Cdouble.class, "exp", args()).on(construct(1.3, -0.7))),
        jtk(correct("jtk/Cdouble.sin", Cdouble.class, "sin", args()).on(construct(1.3, -0.7))),
        jtk(correct("jtk/Cdouble.cosh", Cdouble.class, "cosh", args()).on(construct(1.3, -0.7))),
        jtk(correct("jtk/Cdouble.polar", Cdouble.class, "polar", args(1.7, 0.6))),
        jtk(correct("jtk/Cdouble.mul", Cdouble.class, "mul", args(complex(1.3, -0.7), complex(0.4, 2.1)))),
        jtk(correct("jtk/Cdouble.div", Cdouble.class, "div", args(complex(1.3, -0.7), complex(0.4, 2.1)))),
        jtk(correct("jtk/Cdouble.abs", Cdouble.class, "abs", args(complex(1.3, -0.7)), args(complex(-0.2, 2.1)))),
        jtk(correct("jtk/Cdouble.arg", Cdouble.class, "arg", args(complex(1.3, -0.7)), args(complex(-0.2, 2.1)))),
        jtk(correct("jtk/Cdouble.sqrt", Cdouble.class, "sqrt", args(complex(1.3, -0.7)), args(complex(-0.2, 2.1)),
            args(complex(-0.2, -2.1)))),
        jtk(correct("jtk/Cdouble.log", Cdouble.class, "log", args(complex(1.3, -0.7)))),
        jtk(correct("jtk/Cdouble.log10", Cdouble.class, "log10", args(complex(1.3, -0.7)))),
        jtk(correct("jtk/Cdouble.pow", Cdouble.class, "pow", args(complex(1.3, -0.7), 2.3))),
        jtk(correct("jtk/Cdouble.tan", Cdouble.class, "tan", args(complex(0.3, -0.4)))),
        jtk(correct("jtk/Cdouble.tanh", Cdouble.class, "tanh", args(complex(0.3, -0.4)))),

        // Eigen: small symmetric eigenproblems, eigenvectors in rows of v, rows swapped to sort the eigenvalues
        jtk(correct("jtk/Eigen.solveSymmetric22", Eigen.class, "solveSymmetric22", sym22(2.5, 0.4, 1.0),
            sym22(1.0, 0.4, 2.5))),
        jtk(correct("jtk/Eigen.solveSymmetric33", Eigen.class, "solveSymmetric33", sym33(copy(S)))),
        jtk(correct("jtk/Eigen.solveSymmetric33Fast", Eigen.class, "solveSymmetric33Fast", sym33(copy(S)))),

        // DMatrix: double[][] held in a field; element-wise operations through ArrayMath's operator objects
        jtk(correct("jtk/DMatrix.norm1", DMatrix.class, "norm1", args()).on(matrix(A))),
        jtk(correct("jtk/DMatrix.normI", DMatrix.class, "normI", args()).on(matrix(A))),
        jtk(correct("jtk/DMatrix.normF", DMatrix.class, "normF", args()).on(matrix(A))),
        jtk(correct("jtk/DMatrix.trace", DMatrix.class, "trace", args()).on(matrix(A))),
        jtk(correct("jtk/DMatrix.transpose", DMatrix.class, "transpose", args()).on(matrix(A))),
        jtk(correct("jtk/DMatrix.negate", DMatrix.class, "negate", args()).on(matrix(A))),
        jtk(correct("jtk/DMatrix.plus", DMatrix.class, "plus", args(inLoaderOf(DMatrix.class, (Object) copy(B))))
            .on(matrix(A))),
        jtk(correct("jtk/DMatrix.arrayTimes", DMatrix.class, "arrayTimes", args(inLoaderOf(DMatrix.class, (Object) copy(B))))
            .on(matrix(A))),
        jtk(correct("jtk/DMatrix.times", DMatrix.class, "times", args(inLoaderOf(DMatrix.class, (Object) copy(B))))
            .on(matrix(A))),
        jtk(correct("jtk/DMatrix.timesEquals", DMatrix.class, "timesEquals", args(1.7)).on(matrix(A))),
        jtk(correct("jtk/DMatrixLud.det", DMatrixLud.class, "det", args()).on(lud(A))),
        jtk(refused("jtk/DMatrixLud.solve", DMatrixLud.class, "solve", "solve returns x.get(piv, 0, nx - 1): DMatrix.get makes new DMatrix(m, n) given active values (an active value passed to a constructor; the matrix allocates its double[][])", args(inLoaderOf(DMatrix.class, (Object) copy(B))))
            .on(lud(A))),

        // CubicInterpolator: monotonic (the default) and Hermite coefficients in float[][], the last index cached
        jtk(correct("jtk/CubicInterpolator.interpolate", CubicInterpolator.class, "interpolate", args(1.3f), args(2.9f))
            .on(construct(XK, YK))),
        jtk(correct("jtk/CubicInterpolator.interpolate1", CubicInterpolator.class, "interpolate1", args(1.3f), args(2.9f))
            .on(construct(XK, YK, Y1K))),
        jtk(correct("jtk/CubicInterpolator.interpolate2", CubicInterpolator.class, "interpolate2", args(1.3f), args(2.9f))
            .on(construct(XK, YK, Y1K))),
        jtk(correct("jtk/CubicInterpolator.interpolate0Array", CubicInterpolator.class, "interpolate0",
            args(new float[] {0.3f, 1.3f, 2.9f}, new float[3])).on(construct(XK, YK))),

        // KaiserWindow: made by a factory through a private constructor
        jtk(correct("jtk/KaiserWindow.evaluate", KaiserWindow.class, "evaluate", args(1.7), args(-3.2))
            .on(by("fromErrorAndLength", 0.01, 10.0))),
        // returns new KaiserWindow(error, width, length) through a private constructor that computes three more fields:
        // the class has no layout constructor, so it is given one (core.objects.MadeLayouts); both sides of a <= 21
        jtk(correct("jtk/KaiserWindow.fromErrorAndLength", KaiserWindow.class, "fromErrorAndLength", args(0.01, 10.0),
            args(0.2, 4.0))),

        // MedianFinder: a partial quicksort of a copy held in a field
        jtk(refused("jtk/MedianFinder.findMedian", MedianFinder.class, "findMedian", FIELD_SCRATCH, args((Object) new float[] {0.7f, -1.2f, 2.5f, 0.1f, 1.9f, -0.4f, 3.1f})).on(construct(7))),
        jtk(refused("jtk/MedianFinder.findMedianEven", MedianFinder.class, "findMedian", FIELD_SCRATCH, args((Object) new float[] {0.7f, -1.2f, 2.5f, 0.1f, 1.9f, -0.4f, 3.1f, 1.3f, 0.2f, -2.2f})).on(construct(10))),

        // TridiagonalFMatrix: the three diagonals in float[] fields and a work array
        jtk(correct("jtk/TridiagonalFMatrix.solve", TridiagonalFMatrix.class, "solve",
            args(new float[] {1.0f, -0.5f, 2.0f, 0.25f}, new float[4]))
            .on(construct(4, new float[] {0.0f, 0.3f, -0.2f, 0.4f}, new float[] {2.0f, 2.5f, 1.8f, 2.2f},
                new float[] {0.5f, -0.6f, 0.3f, 0.0f}))),
        jtk(correct("jtk/TridiagonalFMatrix.times", TridiagonalFMatrix.class, "times",
            args(new float[] {1.0f, -0.5f, 2.0f, 0.25f}, new float[4]))
            .on(construct(4, new float[] {0.0f, 0.3f, -0.2f, 0.4f}, new float[] {2.0f, 2.5f, 1.8f, 2.2f},
                new float[] {0.5f, -0.6f, 0.3f, 0.0f}))),

        // Conv: 1-D convolution, and cross-correlation reversing x in place and back
        jtk(correct("jtk/Conv.conv", Conv.class, "conv", args(3, 0, new float[] {0.5f, 1.0f, -0.25f}, 5, 0,
            new float[] {1.0f, 2.0f, -1.0f, 0.5f, 3.0f}, 7, 0, new float[7]))),
        jtk(refused("jtk/Conv.xcor", Conv.class, "xcor", XCOR_RETURNED, args(3, 0, new float[] {0.5f, 1.0f, -0.25f}, 5, 0,
            new float[] {1.0f, 2.0f, -1.0f, 0.5f, 3.0f}, 7, -2, new float[7]))));
  }
}
