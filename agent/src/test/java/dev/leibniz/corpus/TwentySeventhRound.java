package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoaderBy;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.la4j.Matrix;
import dev.leibniz.corpus.la4j.Vector;
import dev.leibniz.corpus.la4j.Vectors;
import dev.leibniz.corpus.la4j.inversion.GaussJordanInverter;
import dev.leibniz.corpus.la4j.inversion.NoPivotGaussInverter;
import dev.leibniz.corpus.la4j.linear.ForwardBackSubstitutionSolver;
import dev.leibniz.corpus.la4j.linear.GaussianSolver;
import dev.leibniz.corpus.la4j.linear.JacobiSolver;
import dev.leibniz.corpus.la4j.linear.LeastSquaresSolver;
import dev.leibniz.corpus.la4j.linear.SeidelSolver;
import dev.leibniz.corpus.la4j.linear.SquareRootSolver;
import dev.leibniz.corpus.la4j.linear.SweepSolver;
import dev.leibniz.corpus.la4j.matrix.dense.Basic1DMatrix;
import dev.leibniz.corpus.la4j.matrix.dense.Basic2DMatrix;
import dev.leibniz.corpus.la4j.vector.dense.BasicVector;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The twenty-seventh round of the corpus table: la4j, Linear Algebra for Java (vkostyukov/la4j, Apache-2.0, ids
 * {@code la4j/...}), a project the corpus had not used, copied whole (its classes refer to each other throughout): an
 * object-oriented library whose abstract {@code Vector} and {@code Matrix} compute through iterators over their elements
 * (anonymous inner classes returning boxed {@code Double}s), accumulator and procedure objects made by the factories of
 * {@code Vectors} and {@code Matrices} (state in fields, interfaces), operations dispatched twice through visitor objects
 * held in static fields of {@code LinearAlgebra} ({@code apply(OO_PLACE_INNER_PRODUCT, that)}), results made by
 * {@code blank()} of the receiver's own class, and solvers, inverters and decompositions holding the matrix in a field.
 * Kept apart from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class TwentySeventhRound {
  private TwentySeventhRound() {}

  // the whole library is loaded (and differentiated) together: a public class left out would come from the test's loader,
  // the original, extending the original Vector or Matrix
  private static final List<String> LA4J_CLASSES = List.of("LinearAlgebra", "Matrices", "Matrix", "Vector", "Vectors",
      "decomposition.AbstractDecompositor", "decomposition.CholeskyDecompositor", "decomposition.EigenDecompositor",
      "decomposition.LUDecompositor", "decomposition.MatrixDecompositor", "decomposition.QRDecompositor",
      "decomposition.RawLUDecompositor", "decomposition.RawQRDecompositor", "decomposition.SingularValueDecompositor",
      "inversion.GaussJordanInverter", "inversion.MatrixInverter", "inversion.NoPivotGaussInverter",
      "iterator.ColumnMajorMatrixIterator", "iterator.CursorIterator", "iterator.CursorToColumnMajorMatrixIterator",
      "iterator.CursorToRowMajorMatrixIterator", "iterator.CursorToVectorIterator", "iterator.JoinFunction",
      "iterator.MatrixIterator", "iterator.RowMajorMatrixIterator", "iterator.VectorIterator", "linear.AbstractSolver",
      "linear.ForwardBackSubstitutionSolver", "linear.GaussianSolver", "linear.JacobiSolver", "linear.LeastNormSolver",
      "linear.LeastSquaresSolver", "linear.LinearSystemSolver", "linear.SeidelSolver", "linear.SquareRootSolver",
      "linear.SweepSolver", "matrix.ColumnMajorSparseMatrix", "matrix.DenseMatrix", "matrix.MatrixFactory",
      "matrix.RowMajorSparseMatrix", "matrix.SparseMatrix", "matrix.dense.Basic1DMatrix", "matrix.dense.Basic2DMatrix",
      "matrix.functor.AdvancedMatrixPredicate", "matrix.functor.MatrixAccumulator", "matrix.functor.MatrixFunction",
      "matrix.functor.MatrixPredicate", "matrix.functor.MatrixProcedure", "matrix.sparse.CCSMatrix",
      "matrix.sparse.CRSMatrix", "operation.CommonMatrixMatrixOperation", "operation.CommonMatrixOperation",
      "operation.CommonVectorOperation", "operation.CommonVectorVectorOperation", "operation.MatrixMatrixOperation",
      "operation.MatrixOperation", "operation.MatrixVectorOperation", "operation.SimpleMatrixMatrixOperation",
      "operation.SymmetricMatrixMatrixOperation", "operation.SymmetricVectorVectorOperation",
      "operation.VectorMatrixOperation", "operation.VectorOperation", "operation.VectorVectorOperation",
      "operation.inplace.InPlaceCopyMatrixToMatrix", "operation.ooplace.OoPlaceInnerProduct",
      "operation.ooplace.OoPlaceKroneckerProduct", "operation.ooplace.OoPlaceMatricesAddition",
      "operation.ooplace.OoPlaceMatricesMultiplication", "operation.ooplace.OoPlaceMatricesSubtraction",
      "operation.ooplace.OoPlaceMatrixByItsTransposeMultiplication", "operation.ooplace.OoPlaceMatrixByVectorMultiplication",
      "operation.ooplace.OoPlaceMatrixHadamardProduct", "operation.ooplace.OoPlaceOuterProduct",
      "operation.ooplace.OoPlaceVectorByMatrixMultiplication", "operation.ooplace.OoPlaceVectorHadamardProduct",
      "operation.ooplace.OoPlaceVectorsAddition", "operation.ooplace.OoPlaceVectorsSubtraction", "vector.DenseVector",
      "vector.SparseVector", "vector.VectorFactory", "vector.dense.BasicVector", "vector.functor.VectorAccumulator",
      "vector.functor.VectorFunction", "vector.functor.VectorPredicate", "vector.functor.VectorProcedure",
      "vector.sparse.CompressedVector");

  private static final List<Class<?>> LA4J = LA4J_CLASSES.stream().map(TwentySeventhRound::la4jClass).toList();

  private static Class<?> la4jClass(String name) {
    try {
      return Class.forName("dev.leibniz.corpus.la4j." + name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Entry la4j(Entry e) {
    return e.with(LA4J.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  /** The class named like {@code type}, as loaded with the entry class {@code c}. */
  private static Class<?> inLoader(Class<?> c, Class<?> type) {
    try {
      return Class.forName(type.getName(), true, c.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
    return c;
  }

  /** A receiver: a BasicVector over a fresh copy of {@code v}, of the classes loaded with the entry. */
  private static Function<Class<?>, Object> vector(double[] v) {
    return c -> construct((Object) v.clone()).apply(inLoader(c, BasicVector.class));
  }

  /** A receiver: a Basic2DMatrix over a fresh copy of {@code a}. */
  private static Function<Class<?>, Object> matrix(double[][] a) {
    return c -> construct((Object) copy(a)).apply(inLoader(c, Basic2DMatrix.class));
  }

  /** A receiver: a Basic1DMatrix (row-major in one double[]) of {@code a}. */
  private static Function<Class<?>, Object> matrix1d(double[][] a) {
    return c -> construct(a.length, a[0].length, Arrays.stream(a).flatMapToDouble(Arrays::stream).toArray())
        .apply(inLoader(c, Basic1DMatrix.class));
  }

  /** A receiver of the entry's class (a solver, an inverter) made by its constructor taking a Basic2DMatrix of {@code a}. */
  private static Function<Class<?>, Object> over(double[][] a) {
    return c -> construct(matrix(a).apply(c)).apply(c);
  }

  private static Entry.InLoader vec(double... v) {
    return inLoaderOf(BasicVector.class, (Object) v);
  }

  private static Entry.InLoader mat(double[][] a) {
    return inLoaderOf(Basic2DMatrix.class, (Object) copy(a));
  }

  private static final double[] V = {1.3, -0.7, 2.1, 0.4};
  private static final double[] W = {0.5, 1.2, -0.3, 0.9};
  private static final double[][] A = {{2.0, -0.7, 0.4}, {0.3, 1.5, -1.1}, {-0.6, 0.9, 2.4}};
  private static final double[][] B = {{0.5, 1.2, -0.3}, {-0.8, 0.7, 1.9}, {1.4, -0.2, 0.6}};
  private static final double[][] A4 = {{4.0, -1.0, 0.5, 0.2}, {0.3, 3.5, -1.1, 0.4}, {-0.6, 0.9, 5.0, 1.0},
      {0.2, -0.4, 0.7, 2.5}};
  // symmetric, positive definite and diagonally dominant: every solver applies
  private static final double[][] S = {{4.0, 1.0, 0.5}, {1.0, 3.0, -0.4}, {0.5, -0.4, 2.5}};
  private static final double[][] T = {{4.0, 1.0, 0.0}, {1.0, 3.0, -0.4}, {0.0, -0.4, 2.5}};
  private static final double[][] K = {{1.5, -0.4}, {0.3, 0.8}};

  static List<Entry> entries() {
    return List.of(
        // Vector: folds through accumulator objects, element-wise operations through iterators and blank()
        la4j(correct("la4j/Vector.norm", Vector.class, "norm", args()).on(vector(V))),
        la4j(correct("la4j/Vector.euclideanNorm", Vector.class, "euclideanNorm", args()).on(vector(V))),
        la4j(correct("la4j/Vector.manhattanNorm", Vector.class, "manhattanNorm", args()).on(vector(V))),
        la4j(correct("la4j/Vector.infinityNorm", Vector.class, "infinityNorm", args()).on(vector(V))),
        la4j(correct("la4j/Vector.sum", Vector.class, "sum", args()).on(vector(V))),
        la4j(correct("la4j/Vector.product", Vector.class, "product", args()).on(vector(V))),
        la4j(correct("la4j/Vector.max", Vector.class, "max", args()).on(vector(V))),
        la4j(correct("la4j/Vector.min", Vector.class, "min", args()).on(vector(V))),
        la4j(correct("la4j/Vector.innerProduct", Vector.class, "innerProduct", args(vec(W))).on(vector(V))),
        la4j(correct("la4j/Vector.cosineSimilarity", Vector.class, "cosineSimilarity", args(vec(W))).on(vector(V))),
        la4j(correct("la4j/Vector.add", Vector.class, "add", args(vec(W))).on(vector(V))),
        la4j(correct("la4j/Vector.subtract", Vector.class, "subtract", args(vec(W))).on(vector(V))),
        la4j(correct("la4j/Vector.multiply", Vector.class, "multiply", args(1.7)).on(vector(V))),
        la4j(correct("la4j/Vector.divide", Vector.class, "divide", args(1.7)).on(vector(V))),
        la4j(correct("la4j/Vector.hadamardProduct", Vector.class, "hadamardProduct", args(vec(W))).on(vector(V))),
        la4j(correct("la4j/Vector.outerProduct", Vector.class, "outerProduct", args(vec(W))).on(vector(V))),
        la4j(correct("la4j/Vector.slice", Vector.class, "slice", args(1, 3)).on(vector(V))),
        la4j(correct("la4j/Vector.copy", Vector.class, "copy", args()).on(vector(V))),

        // Matrix: the same over Basic2DMatrix (rows of a double[][]) and Basic1DMatrix (one row-major double[])
        la4j(correct("la4j/Matrix.trace", Matrix.class, "trace", args()).on(matrix(A))),
        la4j(correct("la4j/Matrix.trace1D", Matrix.class, "trace", args()).on(matrix1d(A))),
        la4j(correct("la4j/Matrix.diagonalProduct", Matrix.class, "diagonalProduct", args()).on(matrix(A))),
        la4j(correct("la4j/Matrix.euclideanNorm", Matrix.class, "euclideanNorm", args()).on(matrix(A))),
        la4j(correct("la4j/Matrix.euclideanNorm1D", Matrix.class, "euclideanNorm", args()).on(matrix1d(A))),
        la4j(correct("la4j/Matrix.manhattanNorm", Matrix.class, "manhattanNorm", args()).on(matrix(A))),
        la4j(correct("la4j/Matrix.infinityNorm", Matrix.class, "infinityNorm", args()).on(matrix(A))),
        la4j(correct("la4j/Matrix.sum", Matrix.class, "sum", args()).on(matrix(A))),
        la4j(correct("la4j/Matrix.product", Matrix.class, "product", args()).on(matrix(A))),
        la4j(correct("la4j/Matrix.max", Matrix.class, "max", args()).on(matrix(A))),
        la4j(correct("la4j/Matrix.maxInRow", Matrix.class, "maxInRow", args(1)).on(matrix(A))),
        la4j(correct("la4j/Matrix.foldRow", Matrix.class, "foldRow", args(2, inLoaderBy(Vectors.class,
            "mkEuclideanNormAccumulator"))).on(matrix(A))),
        la4j(correct("la4j/Matrix.determinant3", Matrix.class, "determinant", args()).on(matrix(A))),
        la4j(correct("la4j/Matrix.determinant4", Matrix.class, "determinant", args()).on(matrix(A4))),
        la4j(correct("la4j/Matrix.determinant4_1D", Matrix.class, "determinant", args()).on(matrix1d(A4))),
        la4j(correct("la4j/Matrix.multiplyVector", Matrix.class, "multiply", args(vec(1.0, -0.5, 2.0))).on(matrix(A))),
        la4j(correct("la4j/Matrix.add", Matrix.class, "add", args(mat(B))).on(matrix(A))),
        la4j(correct("la4j/Matrix.subtract", Matrix.class, "subtract", args(mat(B))).on(matrix(A))),
        la4j(correct("la4j/Matrix.transpose", Matrix.class, "transpose", args()).on(matrix(A))),
        la4j(correct("la4j/Matrix.multiplyByItsTranspose", Matrix.class, "multiplyByItsTranspose", args()).on(matrix(A))),
        la4j(correct("la4j/Matrix.power", Matrix.class, "power", args(3)).on(matrix(A))),
        la4j(correct("la4j/Matrix.hadamardProduct", Matrix.class, "hadamardProduct", args(mat(B))).on(matrix(A))),
        la4j(correct("la4j/Matrix.kroneckerProduct", Matrix.class, "kroneckerProduct", args(mat(K))).on(matrix(A))),

        // solvers holding the matrix in a field; the right-hand side a vector
        la4j(correct("la4j/GaussianSolver.solve", GaussianSolver.class, "solve", args(vec(1.0, -0.5, 2.0))).on(over(S))),
        la4j(correct("la4j/JacobiSolver.solve", JacobiSolver.class, "solve", args(vec(1.0, -0.5, 2.0))).on(over(S))),
        la4j(correct("la4j/SeidelSolver.solve", SeidelSolver.class, "solve", args(vec(1.0, -0.5, 2.0))).on(over(S))),
        la4j(correct("la4j/SquareRootSolver.solve", SquareRootSolver.class, "solve", args(vec(1.0, -0.5, 2.0))).on(over(S))),
        la4j(correct("la4j/SweepSolver.solve", SweepSolver.class, "solve", args(vec(1.0, -0.5, 2.0))).on(over(T))),
        la4j(correct("la4j/ForwardBackSubstitutionSolver.solve", ForwardBackSubstitutionSolver.class, "solve",
            args(vec(1.0, -0.5, 2.0))).on(over(A))),
        la4j(correct("la4j/LeastSquaresSolver.solve", LeastSquaresSolver.class, "solve", args(vec(1.0, -0.5, 2.0))).on(over(A))),

        // inverters: the inverse of the matrix held in a field
        la4j(correct("la4j/GaussJordanInverter.inverse", GaussJordanInverter.class, "inverse", args()).on(over(A))),
        la4j(correct("la4j/NoPivotGaussInverter.inverse", NoPivotGaussInverter.class, "inverse", args()).on(over(A))));
  }
}
