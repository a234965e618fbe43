package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.peers19.FutharkArrays;
import dev.leibniz.corpus.peers19.FutharkHistograms;
import dev.leibniz.corpus.peers19.FutharkLoops;
import dev.leibniz.corpus.peers19.FutharkObjects;
import dev.leibniz.corpus.peers19.FutharkScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The nineteenth peer round: functions from the test suite of Futhark's automatic differentiation (diku-dk/futhark,
 * tests/ad: forward and reverse mode of a data-parallel functional language; each test program states its inputs and
 * the derivatives it expects): scalar operations, branches, loops (for, while, strip-mined), scans, reductions with
 * zeros, minimum and maximum, histograms (reduce_by_index) with ties and out-of-bounds indices, gathers and scatters,
 * copies with in-place updates, matrix products, Griewank's lighthouse, signed distance functions over a sum type and
 * Lotka-Volterra integrators, ported to Java in {@code dev.leibniz.corpus.peers19} (each file's header names the
 * source, commit and licence) and classified by the same harness. Entry ids start with {@code peers19/}. Kept apart
 * from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()} appends it. Points are the
 * tests' own unless the comment next to one says why; the tests' asserted derivatives, at their own points, ties and
 * kinks among them, are {@code NineteenthPeerEdgeCasesTest}'s.
 */
final class NineteenthPeerRound {
  private NineteenthPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(scalar(), loops(), arrays(), histograms(), objects()).flatMap(List::stream).toList();
  }

  private static double[] v(double... xs) {
    return xs;
  }

  private static float[] f(float... xs) {
    return xs;
  }

  private static int[] ix(int... xs) {
    return xs;
  }

  private static double[][] m(double[]... rows) {
    return rows;
  }

  private static final String P = "peers19/futhark/";

  private static List<Entry> scalar() {
    Class<?> c = FutharkScalar.class;
    List<Entry> e = new ArrayList<>();
    e.add(correct(P + "fadd", c, "fadd", args(5.0, 7.0)));
    e.add(correct(P + "fmul", c, "fmul", args(5.0, 7.0)));
    e.add(correct(P + "fdiv", c, "fdiv", args(5.0, 7.0)));
    e.add(correct(P + "if0", c, "if0", args(true, 5.0, 7.0), args(false, 5.0, 7.0)));
    e.add(correct(P + "if1", c, "if1", args(false, 5.0), args(true, 5.0)));
    e.add(correct(P + "negate", c, "negate", args(1f), args(3f)));
    // the tests' (0, 1) and (0, 0) are the kink at x = 0 they are about: NineteenthPeerEdgeCasesTest
    e.add(correct(P + "pow0", c, "pow0", args(2.0, 3.0), args(0.5, 1.5)));
    e.add(correct(P + "cmp0", c, "cmp0", args(1.0, 2.0)));
    e.add(correct(P + "lighthouse", c, "lighthouse", args(2.0, 1.5, 0.4, 2.1, new double[2])));
    e.add(correct(P + "rev_unused", c, "revUnused", args(1f, 2f)));
    e.add(correct(P + "rev_const", c, "revConst", args(1.0, 2.0, new double[2])));
    e.add(correct(P + "conv0", c, "conv0", args(1.0)));
    // the tests' 1.0 and 2.0 are jumps of the truncation and of ceil: moved by a half
    e.add(correct(P + "conv1", c, "conv1", args(1.5)));
    e.add(correct(P + "conv2", c, "conv2", args(2.5)));
    e.add(correct(P + "fwd/red0", c, "red0", args(3.0), args(10.0)));
    e.add(correct(P + "fwd/map0", c, "map0", args(2.0, new double[3]), args(4.0, new double[3])));
    e.add(correct(P + "fwd/scatter0", c, "spread", args(5.0, new double[5])));
    e.add(correct(P + "issue2229_jvp", c, "issue2229Inner", args(1.0, 5.0)));
    return e;
  }

  private static List<Entry> loops() {
    Class<?> c = FutharkLoops.class;
    List<Entry> e = new ArrayList<>();
    e.add(correct(P + "for0", c, "pow", args(3, 4.0), args(9, 3.0)));
    e.add(correct(P + "while0", c, "powWhile", args(3, 4.0), args(9, 3.0)));
    e.add(correct(P + "fwd/for1", c, "powPair", args(3, 4.0), args(9, 3.0)));
    e.add(correct(P + "for1", c, "powList", args(3, v(1, 2, 3), new double[3])));
    e.add(correct(P + "for2", c, "multList", args(v(11, 5, 13))));
    e.add(correct(P + "for3", c, "square", args(v(1, 2, 3, 4, 5), new double[5])));
    e.add(correct(P + "truedep0", c, "trueDep", args(v(1, 2, 3, 4, 5), new double[5]),
        args(v(2, 2, 3, 4, 5), new double[5])));
    e.add(correct(P + "issue1604", c, "issue1604", args(v(1, 2, 3), new double[3], new double[3])));
    e.add(correct(P + "scan0", c, "scanMul", args(v(1, 2, 3, 4, 5), new double[5])));
    e.add(correct(P + "scan1", c, "scanAdd", args(v(1, 2, 3, 4, 5), new double[5])));
    e.add(correct(P + "scan2", c, "scanRows", args(m(v(1, 1), v(2, 2), v(3, 3), v(4, 4), v(5, 5)), new double[5][2])));
    e.add(correct(P + "issue2256", c, "issue2256", args(v(1, 2, 3, 4, 5, 6))));
    e.add(correct(P + "sum", c, "sum", args(v(1, 2, 3, 4, 5, 6))));
    e.add(correct(P + "reduce0", c, "product", args(v(1, 2, 3))));
    e.add(correct(P + "reducemul0", c, "product", args(v(0, 2, 0, 4))));
    e.add(correct(P + "reducemul1", c, "redMult", args(v(1, 0, 3, 4), 3.0)));
    e.add(correct(P + "reducemul2", c, "redMult", args(v(1, 0, 3, 0), 3.0)));
    e.add(correct(P + "reducemul3", c, "redMult", args(v(1, 2, 3, 4), 3.0)));
    e.add(correct(P + "reducemul4", c, "productTimes", args(v(1, 2, 3, 4), new double[4])));
    e.add(correct(P + "reduce1", c, "matrixChain",
        args(m(v(1, 2, 3, 4), v(4, 3, 2, 1), v(1, 2, 3, 4), v(4, 3, 2, 1)), new double[4])));
    e.add(correct(P + "reduce2", c, "reduce2", args(v(3, 1, 5))));
    e.add(correct(P + "reduce3", c, "columnSums", args(m(v(1, 1), v(2, 2), v(3, 3), v(4, 4), v(5, 5)), new double[2])));
    e.add(correct(P + "reducevecmul0", c, "columnProducts", args(m(v(0, 2, 0, 4), v(4, 2, 0, 0)), new double[4])));
    e.add(correct(P + "reducevecmul1", c, "columnProductsTimes",
        args(m(v(1, 0, 3, 4), v(2, 2, 2, 2)), 3.0, new double[4])));
    e.add(correct(P + "reducevecmul2", c, "columnProductsTimes",
        args(m(v(1, 0, 3, 0), v(1, 2, 3, 4)), 3.0, new double[4])));
    e.add(correct(P + "reducevecmul3", c, "columnProductsTimes",
        args(m(v(1, 2, 3, 4), v(1, 1, 1, 1)), 3.0, new double[4])));
    e.add(correct(P + "reducevec0", c, "slabProducts",
        args(new double[][][] {m(v(0, 1), v(2, 3)), m(v(5, 1), v(3, 0)), m(v(0, 1), v(4, 4))}, new double[2][2])));
    // the tests' second input [1, 1] is a tie of the maximum and of the minimum: NineteenthPeerEdgeCasesTest
    e.add(correct(P + "maximum", c, "maxAbs", args(v(1, 2, 3, 4, 5, -6, 5))));
    e.add(correct(P + "minimum", c, "minimum", args(v(1, 2, 3, 4, 5, 6, 5))));
    e.add(correct(P + "minmax", c, "minMaxAbs", args(v(1, 2, 3, 4, 5, -6, 5), new double[2])));
    e.add(correct(P + "issue1879", c, "partitionSum", args((Object) m(v(1, 2, 3), v(4, 5, 6))),
        args((Object) m(v(1, 2, 3), v(7, 8, 9)))));
    e.add(correct(P + "issue2228", c, "naiveEuler",
        args(m(v(2, 3)), v(1, 2), v(3, 4), 5.0, new double[4])));
    e.add(correct(P + "nested0", c, "nested0Inner", args(v(1, 2, 3), new double[3])));
    e.add(correct(P + "nested1", c, "nested1Inner", args(v(1, 2, 3), ix(0, 1, 2), new double[3])));
    return e;
  }

  private static List<Entry> arrays() {
    Class<?> c = FutharkArrays.class;
    List<Entry> e = new ArrayList<>();
    e.add(correct(P + "arr0", c, "arr0", args(v(5, 7))));
    e.add(correct(P + "arr1", c, "arr1", args(5.0, 7.0, new double[2])));
    e.add(correct(P + "arr2", c, "arr2", args(v(5), v(7), new double[2][1])));
    e.add(correct(P + "map0", c, "map0", args(v(1, 2, 3), v(4, 5, 6), new double[3])));
    e.add(correct(P + "map2", c, "map2", args(2.0, v(1, 2, 3), new double[3])));
    e.add(correct(P + "map3", c, "map2", args(1.0, v(1, 2, 3), new double[3])));
    e.add(correct(P + "map4", c, "map4", args(v(1, 2, 3), new double[3][3])));
    e.add(correct(P + "map5", c, "map5", args(m(v(1, 2, 3), v(4, 5, 6)), v(0, 0), new double[2])));
    e.add(correct(P + "map6", c, "obj", args(v(1, 2, 3, 4, 5, 6, 7, 8), new double[4])));
    e.add(correct(P + "if2", c, "if2", args(v(1, 2, 3)), args(v(-1, 2, 3))));
    e.add(correct(P + "index", c, "index", args(0, v(1, 2, 3))));
    e.add(correct(P + "gather0", c, "gather", args(v(4, 3, 2, 1), ix(0, 1, 2, 3), new double[4]),
        args(v(4, 3, 2, 1), ix(0, 0, 3, 3), new double[4])));
    e.add(correct(P + "gather2", c, "mapGather", args(v(1, 2, 3, 4), new int[][] {{1, 3}, {2, 2}}, new double[2][2])));
    e.add(correct(P + "scatter1", c, "scatter", args(v(0, 0, 0, 0), ix(0, 1), v(1, 2), new double[4])));
    e.add(correct(P + "scatter2", c, "scatterSum", args(v(1))));
    e.add(correct(P + "scatter4", c, "scatterTwice", args(m(v(1), v(2), v(3)), new double[3][1])));
    e.add(correct(P + "scatter5", c, "scatter5", args(v(1, 2, 3, 4))));
    e.add(correct(P + "concat0", c, "concat", args(v(1, 2, 3), new double[6])));
    e.add(correct(P + "transpose", c, "transpose", args(m(v(1, 2), v(3, 4)), new double[2][2])));
    e.add(correct(P + "replicate0", c, "replicate", args(v(1, 2), new double[2][2])));
    e.add(correct(P + "consume1", c, "consume1", args(true, v(1, 2, 3), new double[3]),
        args(false, v(1, 2, 3), new double[3])));
    e.add(correct(P + "consume2", c, "consume2", args(new boolean[] {true}, m(v(1, 2, 3)), new double[1][3])));
    e.add(correct(P + "consume3", c, "consume3", args(v(5, 7, 9), new double[3])));
    e.add(correct(P + "consume4", c, "consume4", args(v(5, 7, 9), new double[3])));
    e.add(correct(P + "gather1", c, "gatherColumns", args(m(v(1, 2), v(3, 4)), ix(1, 0, 1, 1), new double[2][4])));
    e.add(correct(P + "consume5", c, "consume5", args(v(1, 2, 3), new double[3])));
    e.add(correct(P + "matmul", c, "matmulPlus", args(m(v(1, 2), v(3, 4)), m(v(5, 6), v(7, 8)), new double[2][2])));
    // the genred-opt tests draw random 1024x1024 inputs: small fixed ones here
    e.add(correct(P + "genred-opt/gemm-simple", c, "gemm", args(0.5, 0.7, m(v(1, 2, 3), v(-1, 0.5, 2)),
        m(v(0.3, 1), v(2, -1), v(0.5, 0.25)), m(v(1, 2), v(3, 4)), new double[2][2])));
    e.add(correct(P + "genred-opt/matvec-simple", c, "matmat",
        args(m(v(1, 2, 3), v(-1, 0.5, 2)), m(v(0.3, 1, 2), v(-1, 0.5, 0.25)), new double[2][2])));
    // the test draws its points and centres at random: four points, two centres, no tie of the nearest
    e.add(correct(P + "kmeans-cost-rev", c, "kmeansCost", args(m(v(0, 0), v(3, 1)),
        m(v(0.5, 0.2), v(-1, 0.3), v(2.5, 1.5), v(4, 0.5)))));
    // the test names no input: a small mixture with b . xs < 1
    e.add(correct(P + "issue1613", c, "helmholtz", args(1.5f, 2f, f(0.1f, 0.2f, 0.3f),
        new float[][] {{1f, 0.5f, 0.2f}, {0.5f, 2f, 0.3f}, {0.2f, 0.3f, 1.5f}}, f(0.5f, 0.6f, 0.7f))));
    e.add(correct(P + "issue2239", c, "issue2239", args(v(0.1027, -1.9606, 1.9381), new double[3])));
    // the tests' values [0, 1, 2, 3] and [0, 0, 1, 1] are read as indices: each moved by a half, the indices kept
    e.add(correct(P + "acc0", c, "acc0", args(v(0.5, 1.5, 2.5, 3.5), new double[4]),
        args(v(0.5, 0.5, 1.5, 1.5), new double[4])));
    return e;
  }

  private static final int[] IS18 = {4, 5, 2, 4, 5, 2, 0, 0, 4, 5, 1, 4, 1, 3, 3, 1, 8, -1};
  private static final double[] VS18 = {11, 16, 7, 0, 14, 6, 2, 1, 13, 0, 5, 0, 3, 0, 9, 4, 17, 18};
  private static final double[] DST8 = {1, 2, 0, 4, 5, 0, 9, 0};

  private static List<Entry> histograms() {
    Class<?> c = FutharkHistograms.class;
    List<Entry> e = new ArrayList<>();
    e.add(correct(P + "reduce_by_index0", c, "histPlusTwo", args(ix(0, 1, 2, 3), v(1, 2, 3, 4), new double[4])));
    e.add(correct(P + "reducebyindexadd1", c, "histAdd", args(IS18, DST8, VS18, new double[8])));
    e.add(correct(P + "reducebyindexmul0", c, "histMul", args(IS18, DST8, VS18, new double[8])));
    e.add(correct(P + "reducebyindex0", c, "histTwiceTimes",
        args(IS18, DST8, VS18, v(1, 2, 3, 4, 5, 6, 7, 8), new double[8])));
    e.add(correct(P + "reducebyindex2", c, "histMulScaled", args(ix(0, 1, 2, 3, 2, 1, 0, 1, 2), v(0, 1, 2, 3),
        v(2, 3, 4, 5, 6, 0, 8, 9, 1), v(1, 2, 3, 4, 5, 6, 7, 8, 9), new double[4])));
    e.add(correct(P + "reducebyindex6", c, "histTwice",
        args(ix(1, -3, 1, 5, 1, -3, 1, 5), v(1, 2, 3, 4, 5, 6, 7, 8), new double[2])));
    // the test's first input ties its value 0 with the bucket's 0, its third two 3s: NineteenthPeerEdgeCasesTest
    e.add(correct(P + "reducebyindexminmax0", c, "histMax", args(ix(0, 0, 0, 0, 0), v(0, 1, 2, 3, 4), new double[5])));
    e.add(correct(P + "reducebyindexminmax6", c, "histMaxSquares",
        args(v(2, 1, 1, 1, 1), ix(0, 0, 0, 0, 0), v(1, 2, 3, 4, 10), new double[5]),
        args(v(10, 1, 1, 1, 1), ix(0, 0, 0, 0, 0), v(1, 2, 3, 4, 5), new double[5])));
    e.add(correct(P + "hist_minmax", c, "histMaxLowest", args(IS18, VS18, new double[5])));
    e.add(correct(P + "hist_mul", c, "histMulTimes", args(IS18, VS18, v(1, 2, 3, 4, 5, 6, 7, 8), new double[8])));
    e.add(correct(P + "hist_complex", c, "histTwiceC", args(IS18, VS18, v(1, 2, 3, 4, 5, 6, 7, 8), new double[8])));
    e.add(correct(P + "issue1577", c, "histProduct", args(ix(1, 1, 3, 3), v(1, 2, 3, 4), new double[5])));
    return e;
  }

  private static List<Entry> objects() {
    Class<?> c = FutharkObjects.class;
    List<Entry> e = new ArrayList<>();
    // the sum type as an interface: the position, an object carrying derivatives, goes to an abstract method
    String abstractCall = "constructor call: an active Vec passed to the abstract Shape.distance";
    e.add(refused(P + "sdf.wall", c, "sdObject", abstractCall, args(0, 0.0, 1.0, 0.0)));
    e.add(refused(P + "sdf.sphere", c, "sdObject", abstractCall, args(1, 0.0, 1.0, 0.0)));
    e.add(refused(P + "sdf.block", c, "sdObject", abstractCall, args(2, 0.0, 1.0, 0.0)));
    // the same cases matched by a switch on the concrete classes, as the test's `match`
    e.add(correct(P + "sdf.wall.match", c, "sdObjectMatch", args(0, 0.0, 1.0, 0.0)));
    e.add(correct(P + "sdf.sphere.match", c, "sdObjectMatch", args(1, 0.0, 1.0, 0.0)));
    e.add(correct(P + "sdf.block.match", c, "sdObjectMatch", args(2, 0.0, 1.0, 0.0)));
    // the test asserts no derivative: ten steps of 0.1 from a state of its kind
    e.add(correct(P + "lotka_volterra.euler", c, "euler",
        args(0.1f, 1f, 0.5f, 1.1f, 0.4f, 0.1f, 0.4f, new float[11][2])));
    e.add(correct(P + "lotka_volterra.runge_kutta", c, "rungeKutta",
        args(0.1f, 1f, 0.5f, 1.1f, 0.4f, 0.1f, 0.4f, new float[10][2])));
    e.add(correct(P + "issue1473", c, "mprLoss", args(5, 10, 7, 0f)));
    return e;
  }
}
