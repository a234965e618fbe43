package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoaderBy;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.fastnoise.FastNoiseLite;
import dev.leibniz.corpus.la4j.Matrix;
import dev.leibniz.corpus.la4j.Vector;
import dev.leibniz.corpus.la4j.Vectors;
import dev.leibniz.corpus.la4j.inversion.GaussJordanInverter;
import dev.leibniz.corpus.la4j.linear.GaussianSolver;
import dev.leibniz.corpus.la4j.linear.JacobiSolver;
import dev.leibniz.corpus.la4j.linear.SquareRootSolver;
import dev.leibniz.corpus.la4j.linear.SweepSolver;
import dev.leibniz.corpus.la4j.matrix.dense.Basic1DMatrix;
import dev.leibniz.corpus.la4j.matrix.dense.Basic2DMatrix;
import dev.leibniz.corpus.la4j.vector.dense.BasicVector;
import java.lang.reflect.Method;
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
 * {@code blank()} of the receiver's own class, and solvers and inverters holding the matrix in a field; and FastNoiseLite
 * (Auburn/FastNoiseLite, MIT, ids {@code fastnoise/...}), a one-file float noise library configured through setters
 * (enums switched on, float fields) whose noise hashes lattice points into static gradient tables, and whose domain warp
 * writes the fields of a {@code Vector3} it is given. Kept apart from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class TwentySeventhRound {
  private TwentySeventhRound() {}

  /**
   * la4j's Vector and Matrix are abstract and hold no numbers (the subclasses do: BasicVector's double[], Basic2DMatrix's
   * double[][]); since core.objects.SubclassNumbers they get shadows, each get(i) dispatched to the run-time class's
   * companion (Matrix.trace is correct), and the entries stop further on:
   */
  private static final String FOLD = "fold(accumulator) runs each(procedure) over the elements and reads the accumulator's"
      + " state back: fold returns a value and writes the accumulator's fields, so it is called twice in tangent mode; the"
      + " adjoint stops at the iterator's hasNext(); behind both, the accumulators of Vectors and Matrices sum in BigDecimal"
      + " (valueOf, add, setScale(ROUND_FACTOR, CEILING).doubleValue()), which carries no derivative";

  private static final String VISITOR = "apply(LinearAlgebra.OO_PLACE_..., that): double dispatch through a visitor object,"
      + " the abstract, overridable apply(...Operation, ...) returning a generic Object";

  private static final String DECOMPOSITOR = "determinant's LU branch (in the same method, for n > 3):"
      + " withDecompositor(LinearAlgebra.LU) makes the decompositor through an overridable factory, and decompose() returns"
      + " matrices with shadows reversed jointly";

  private static final String ITERATED = "the elements visited through a MatrixIterator (hasNext() of an abstract iterator"
      + " class), the result made by the abstract, overridable blankOfShape, reversed jointly";

  private static final String BLANK_SET = "result.set(i, j, 1.0) on a matrix made by blankOfShape, an abstract setter"
      + " dispatched since objects.SubclassSettersTest; then result.multiply(that): the double dispatch of VISITOR, and"
      + " blankOfShape's result reversed jointly";

  private static final String SOLVER = "the solver reads its Matrix field through get(i, j) (shadows since SubclassNumbers)"
      + " and writes the result through the abstract Vector.set and Matrix.set (dispatched since SubclassSettersTest), then:"
      + " Gaussian, diagonalProduct's BigDecimal product (bits of an active value); Jacobi, multiply's double dispatch"
      + " (VISITOR); SquareRoot, a read of get(l, i) after set, whose abstract summary ('may do anything') includes reading"
      + " bit patterns; Sweep, Matrices.asMinusFunction(v): an object made from an active value given to the overridable"
      + " updateAt; and blankOfLength's result reversed jointly in the adjoint";

  private static final String INVERTER = "solver.solve(b) through the LinearSystemSolver interface (a solver made by"
      + " withSolver): an interface method returning a Vector, no derivative through dispatch";

  private static final String SET_ABSTRACT = "result.set(i, x * value) on a Vector made by blank(), over a VectorIterator"
      + " (hasNext() of an abstract iterator class): an active value passed to the abstract, overridable void"
      + " Vector.set(int, double), which returns no derivative";

  private static final String ACCUMULATOR = "eachInRow(i, procedure) over a VectorIterator (hasNext() of an abstract iterator"
      + " class) feeding the VectorAccumulator, an interface no class with shadows implements";

  private static final String NEW_VECTOR = "return new BasicVector($self), $self a copy of self made by"
      + " System.arraycopy: an active array passed to a constructor of the result";

  private static final String NEW_VECTOR_RETURNED = "return new BasicVector(result), result a copy of the row made by"
      + " System.arraycopy: an active value passed to the constructor of a returned object (the same shape as copyOfLength,"
      + " told by another check)";

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

  /** Calls the setter {@code name} of a FastNoiseLite with {@code value}: an enum constant named so, or a float. */
  private static void set(Object noise, String name, Object value) {
    for (Method m : noise.getClass().getMethods()) {
      if (!m.getName().equals(name) || m.getParameterCount() != 1) continue;
      Class<?> p = m.getParameterTypes()[0];
      try {
        m.invoke(noise, p.isEnum() ? enumConstant(p, (String) value) : value);
        return;
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no setter " + name);
  }

  private static Object enumConstant(Class<?> type, String name) {
    return Arrays.stream(type.getEnumConstants()).filter(k -> ((Enum<?>) k).name().equals(name)).findFirst().orElseThrow();
  }

  /** A receiver: new FastNoiseLite(1337) of the classes loaded with the entry, then each setter and value in turn. */
  private static Function<Class<?>, Object> noise(Object... settings) {
    return c -> {
      Object n = construct(1337).apply(c);
      for (int i = 0; i < settings.length; i += 2) set(n, (String) settings[i], settings[i + 1]);
      return n;
    };
  }

  private static Entry.InLoader coord(float x, float y, float z) {
    return inLoaderOf(FastNoiseLite.Vector3.class, x, y, z);
  }

  private static Entry noise2(String id, Object... settings) {
    return correct("fastnoise/FastNoiseLite.GetNoise" + id, FastNoiseLite.class, "GetNoise", args(123.4f, -56.7f),
        args(-31.9f, 208.3f)).on(noise(settings));
  }

  private static Entry warp3(String id, Object... settings) {
    return correct("fastnoise/FastNoiseLite.DomainWarp" + id, FastNoiseLite.class, "DomainWarp",
        args(coord(123.4f, -56.7f, 38.2f)), args(coord(-31.9f, 208.3f, -77.5f))).on(noise(settings));
  }

  static List<Entry> entries() {
    return List.of(
        // Vector: folds through accumulator objects, element-wise operations through iterators and blank()
        la4j(refused("la4j/Vector.norm", Vector.class, "norm", FOLD, args()).on(vector(V))),
        la4j(refused("la4j/Vector.sum", Vector.class, "sum", FOLD, args()).on(vector(V))),
        la4j(refused("la4j/Vector.innerProduct", Vector.class, "innerProduct", VISITOR, args(vec(W))).on(vector(V))),
        la4j(refused("la4j/Vector.cosineSimilarity", Vector.class, "cosineSimilarity", VISITOR, args(vec(W))).on(vector(V))),
        la4j(refused("la4j/Vector.add", Vector.class, "add", VISITOR, args(vec(W))).on(vector(V))),
        la4j(refused("la4j/Vector.multiply", Vector.class, "multiply", SET_ABSTRACT, args(1.7)).on(vector(V))),
        la4j(refused("la4j/Vector.outerProduct", Vector.class, "outerProduct", VISITOR, args(vec(W))).on(vector(V))),

        // Matrix: the same over Basic2DMatrix (rows of a double[][]) and Basic1DMatrix (one row-major double[])
        la4j(correct("la4j/Matrix.trace", Matrix.class, "trace", args()).on(matrix(A))),
        la4j(correct("la4j/Matrix.trace1D", Matrix.class, "trace", args()).on(matrix1d(A))),
        la4j(refused("la4j/Matrix.euclideanNorm", Matrix.class, "euclideanNorm", FOLD, args()).on(matrix(A))),
        la4j(refused("la4j/Matrix.foldRow", Matrix.class, "foldRow", ACCUMULATOR, args(2, inLoaderBy(Vectors.class,
            "mkEuclideanNormAccumulator"))).on(matrix(A))),
        la4j(refused("la4j/Matrix.determinant3", Matrix.class, "determinant", DECOMPOSITOR, args()).on(matrix(A))),
        la4j(refused("la4j/Matrix.determinant4", Matrix.class, "determinant", DECOMPOSITOR, args()).on(matrix(A4))),
        la4j(refused("la4j/Matrix.multiplyVector", Matrix.class, "multiply", VISITOR, args(vec(1.0, -0.5, 2.0))).on(matrix(A))),
        la4j(refused("la4j/Matrix.add", Matrix.class, "add", VISITOR, args(mat(B))).on(matrix(A))),
        la4j(refused("la4j/Matrix.transpose", Matrix.class, "transpose", ITERATED, args()).on(matrix(A))),
        la4j(refused("la4j/Matrix.power", Matrix.class, "power", BLANK_SET, args(3)).on(matrix(A))),

        // solvers holding the matrix in a field; the right-hand side a vector
        la4j(refused("la4j/GaussianSolver.solve", GaussianSolver.class, "solve", SOLVER, args(vec(1.0, -0.5, 2.0))).on(over(S))),
        la4j(refused("la4j/JacobiSolver.solve", JacobiSolver.class, "solve", SOLVER, args(vec(1.0, -0.5, 2.0))).on(over(S))),
        la4j(refused("la4j/SquareRootSolver.solve", SquareRootSolver.class, "solve", SOLVER, args(vec(1.0, -0.5, 2.0))).on(over(S))),
        la4j(refused("la4j/SweepSolver.solve", SweepSolver.class, "solve", SOLVER, args(vec(1.0, -0.5, 2.0))).on(over(T))),

        // inverters: the inverse of the matrix held in a field
        la4j(refused("la4j/GaussJordanInverter.inverse", GaussJordanInverter.class, "inverse", INVERTER, args()).on(over(A))),

        // the concrete classes: BasicVector over a double[] field, Basic2DMatrix over a double[][] field
        la4j(correct("la4j/BasicVector.toArray", BasicVector.class, "toArray", args()).on(vector(V))),
        la4j(correct("la4j/BasicVector.swapElements", BasicVector.class, "swapElements", args(0, 3)).on(vector(V))),
        la4j(refused("la4j/BasicVector.copyOfLength", BasicVector.class, "copyOfLength", NEW_VECTOR, args(6)).on(vector(V))),
        la4j(correct("la4j/Basic2DMatrix.get", Basic2DMatrix.class, "get", args(1, 2)).on(matrix(A))),
        la4j(correct("la4j/Basic2DMatrix.toArray", Basic2DMatrix.class, "toArray", args()).on(matrix(A))),
        la4j(refused("la4j/Basic2DMatrix.getRow", Basic2DMatrix.class, "getRow", NEW_VECTOR_RETURNED, args(1)).on(matrix(A))),
        la4j(correct("la4j/Basic2DMatrix.swapRows", Basic2DMatrix.class, "swapRows", args(0, 2)).on(matrix(A))),

        // FastNoiseLite: settings in fields (enums switched on), noise by lattice hashing into static gradient tables
        noise2(".OpenSimplex2"),
        noise2(".OpenSimplex2S", "SetNoiseType", "OpenSimplex2S"),
        noise2(".Perlin", "SetNoiseType", "Perlin"),
        noise2(".ValueCubic", "SetNoiseType", "ValueCubic"),
        noise2(".Value", "SetNoiseType", "Value"),
        noise2(".Cellular", "SetNoiseType", "Cellular"),
        noise2(".CellularEuclideanDistance2", "SetNoiseType", "Cellular", "SetCellularDistanceFunction", "Euclidean",
            "SetCellularReturnType", "Distance2"),
        noise2(".CellularManhattanDistance2Add", "SetNoiseType", "Cellular", "SetCellularDistanceFunction", "Manhattan",
            "SetCellularReturnType", "Distance2Add"),
        noise2(".CellularHybridDistance2Div", "SetNoiseType", "Cellular", "SetCellularDistanceFunction", "Hybrid",
            "SetCellularReturnType", "Distance2Div"),
        noise2(".CellularEuclideanSqDistance2Mul", "SetNoiseType", "Cellular", "SetCellularReturnType", "Distance2Mul"),
        noise2(".PerlinFBm", "SetNoiseType", "Perlin", "SetFractalType", "FBm"),
        noise2(".OpenSimplex2SFBmWeighted", "SetNoiseType", "OpenSimplex2S", "SetFractalType", "FBm",
            "SetFractalWeightedStrength", 0.5f),
        noise2(".OpenSimplex2Ridged", "SetFractalType", "Ridged", "SetFractalOctaves", 4),
        noise2(".ValueCubicPingPong", "SetNoiseType", "ValueCubic", "SetFractalType", "PingPong"),
        warp3(".OpenSimplex2"),
        warp3(".OpenSimplex2Reduced", "SetDomainWarpType", "OpenSimplex2Reduced"),
        warp3(".BasicGrid", "SetDomainWarpType", "BasicGrid", "SetDomainWarpAmp", 30.0f),
        warp3(".ImproveXYPlanes", "SetRotationType3D", "ImproveXYPlanes", "SetDomainWarpAmp", 30.0f),
        warp3(".Progressive", "SetFractalType", "DomainWarpProgressive", "SetDomainWarpAmp", 30.0f),
        warp3(".IndependentBasicGrid", "SetDomainWarpType", "BasicGrid", "SetFractalType", "DomainWarpIndependent",
            "SetDomainWarpAmp", 30.0f));
  }
}
