package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.peers5.EnzymeJlBase;
import dev.leibniz.corpus.peers5.EnzymeJlBessel;
import dev.leibniz.corpus.peers5.EnzymeJlForces;
import dev.leibniz.corpus.peers5.EnzymeJlScalars;
import dev.leibniz.corpus.peers5.EnzymeJlStatistics;
import dev.leibniz.corpus.peers5.FastAdIntegration;
import dev.leibniz.corpus.peers5.StanMathMore;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The fifth peer round: functions from the test suites of AD tools that no earlier peer round used (Enzyme.jl's
 * test/basic.jl, FastAD's integration test) and Stan Math functions the second peer round did not take, ported to Java
 * in {@code dev.leibniz.corpus.peers5} (each file's header names the source, commit and licence) and classified by the
 * same harness. Entry ids start with {@code peers5/}. Kept apart from {@link Corpus} so that rounds merge without
 * conflicts; {@link Corpus#entries()} appends it. Points are the tests' own unless the comment next to one says why.
 */
final class FifthPeerRound {
  private FifthPeerRound() {}

  static List<Entry> entries() {
    return Stream.of(enzymeJlScalars(), enzymeJlBase(), enzymeJlStatistics(), fastAd(), stanMath())
        .flatMap(List::stream).toList();
  }

  static final String SYS_TO_INTERFACE = "a new object built from the active sigma (new Sys(sigma, inters)) is passed to"
      + " an interface method (Interaction.force(Sys)) whose implementations the core does not see at the call";
  static final String STREAM_OP = "a DoubleStream operation outside the recognised pipelines (distinct())";
  static final String BOXED = "active values boxed into a collection (ArrayList<Double>, HashSet<Double>)";

  private static Object[][] at(double... xs) {
    Object[][] points = new Object[xs.length][];
    for (int i = 0; i < xs.length; i++) points[i] = args(xs[i]);
    return points;
  }

  private static Object[][] named(Object... nameThenPoint) {
    List<Object[]> points = new ArrayList<>();
    for (int i = 0; i < nameThenPoint.length; i += 2) points.add(args(nameThenPoint[i], nameThenPoint[i + 1]));
    return points.toArray(new Object[0][]);
  }

  private static Object[][] bessel(int nu) {
    double[] zs = {1.0, -1.0, 0.0, 0.5, 10.0, -17.1};
    Object[][] points = new Object[zs.length][];
    for (int i = 0; i < zs.length; i++) points[i] = args(nu, zs[i]);
    return points;
  }

  // ---- Enzyme.jl: test/basic.jl ----

  private static List<Entry> enzymeJlScalars() {
    String p = "peers5/enzyme.jl/basic/";
    Class<?> c = EnzymeJlScalars.class;
    return List.of(
        correct(p + "Simple tests: test_scalar", c, "scalar",
            named("f1", 1.0, "f2", 1.0, "log2", 1.0, "log1p", 1.0, "log10", 1.0, "acos", 0.9, "atan", 0.9, "cbrt", 1.0,
                "sinh", 1.0, "cosh", 1.0, "sinc", 2.2, "exp_fast", 1.0, "exp2", 1.0, "exp10", 1.0, "expm1", 1.0,
                "rem", 0.7, "rem2pi", 0.7, "fma", 2.3, "tanh", 1.0, "asin", 0.2 + Math.sin(3.0))),
        correct(p + "Simple tests: Float32", c, "scalarFloat",
            args(0, 1.0f), args(1, 1.0f), args(2, 1.0f), args(3, 1.0f), args(4, 1.0f)),
        correct(p + "Simple tests: atan(y, x)", c, "atan2", args(0.9, 3.4)),
        correct(p + "Compare against: foo", c, "foo", args(3.0)),
        correct(p + "Compare against: f74(a, c) = a * sqrt(c)", c, "f74", args(2.0, 3)),
        correct(p + "SinCos", c, "sumsincos", args(1.0)),
        correct(p + "BoxFloat", c, "boxfloat", args(2.0)),
        correct(p + "Simple tests: real((x + im) * (1 - im * x))", c, "g", args(2.0), args(3.0)),
        correct(p + "Bessel: mybesselj0", EnzymeJlBessel.class, "mybesselj", bessel(0)),
        correct(p + "Bessel: mybesselj1", EnzymeJlBessel.class, "mybesselj", bessel(1)),
        correct(p + "Taylor series tests: euroad", c, "euroad", args(0.5)),
        correct(p + "Globals: const", c, "fConstGlobal", args(3.0)),
        correct(p + "Globals: mutable", c, "fMutableGlobal", args(3.0)),
        refused(p + "filter tuple (issue 3206)", EnzymeJlForces.class, "loss", SYS_TO_INTERFACE, args(0.4f)));
  }

  private static List<Entry> enzymeJlBase() {
    String p = "peers5/enzyme.jl/basic/Base functions/";
    Class<?> c = EnzymeJlBase.class;
    return List.of(
        correct(p + "f1 prod(ntuple)", c, "f1", args(2.0)),
        refused(p + "f3 unique", c, "f3", STREAM_OP, args(1.0)),
        correct(p + "f4 reduce, foldl, foldr", c, "f4", args(0, 2.0), args(1, 2.0), args(2, 2.0)),
        correct(p + "f5 accumulate", c, "f5", args(2.0)),
        correct(p + "f6 inv |> abs", c, "f6", args(-2.0)),
        correct(p + "f7 inv ∘ abs", c, "f7", args(-2.0)),
        correct(p + "f8 count", c, "f8", args(2.0)),
        correct(p + "f9 push!", c, "f9", args(2.0)),
        correct(p + "f10 hypot", c, "f10", args(2.0)),
        correct(p + "f11 LinRange", c, "f11", args(2.0)),
        correct(p + "f12 get(Dict)", c, "f12", args(2.0, 2), args(2.0, 3), args(2.0, 4)),
        correct(p + "f13 muladd", c, "f13", args(2.0)),
        correct(p + "f14 cmp", c, "f14", args(2.0)),
        correct(p + "f15 argmax", c, "f15", args(3.0)),
        correct(p + "f16 evalpoly", c, "f16", args(3.0)),
        correct(p + "f18 widemul Float32", c, "f18", args(2.0f)),
        correct(p + "f19 copysign", c, "f19", args(2.0)),
        correct(p + "f20 ifelse", c, "f20", args(2.0)),
        correct(p + "f21 named tuple", c, "f21", args(2.0)),
        correct(p + "f22 fill", c, "f22", args(2.0)),
        correct(p + "f23 similar and fill!", c, "f23", args(2.0)),
        correct(p + "f24 try", c, "f24", args(2.0)),
        correct(p + "f25 try with a throw", c, "f25", args(2.0)),
        correct(p + "f26 circshift", c, "f26", args(2.0)),
        correct(p + "f27 repeat", c, "f27", args(2.0)),
        correct(p + "f28 trues", c, "f28", args(2.0)),
        refused(p + "f29 Set", c, "f29", BOXED, args(2.0)),
        correct(p + "f30 reverse", c, "f30", args(2.0)));
  }

  private static List<Entry> enzymeJlStatistics() {
    String p = "peers5/enzyme.jl/basic/";
    Class<?> c = EnzymeJlStatistics.class;
    Random r = new Random(495);
    double[] xx = r.doubles(10).toArray();
    float[] xf = new float[10];
    for (int i = 0; i < xf.length; i++) xf[i] = r.nextFloat();
    return List.of(
        correct(p + "Statistics: var", c, "var", args(0.0)),
        correct(p + "Statistics: varm", c, "varmFixed", args(0.0)),
        correct(p + "Statistics: std", c, "std", args(0.0)),
        correct(p + "Statistics: stdm", c, "stdm", args(0.0)),
        correct(p + "Statistics: cor", c, "cor", args(4.0)),
        correct(p + "Statistics: cov", c, "cov", args(4.0)),
        correct(p + "Statistics: median", c, "median", args(1.5), args(2.5)),
        correct(p + "Statistics: middle", c, "middle", args(2.5), args(1.5)),
        correct(p + "Statistics: quantile", c, "quantile", args(2.0)),
        correct(p + "Dot product: mapreduce", c, "mapreduceSquares", args((Object) xx.clone())),
        correct(p + "Dot product: Float32", c, "sumSquaresFloat", args((Object) xf.clone())),
        correct(p + "Dot product: x' * x", c, "adjointTimes", args((Object) xx.clone())),
        correct(p + "Simple tests: sumcopy", c, "sumcopy", args((Object) new double[] {3.14})),
        correct(p + "Duplicated: a[] * b[]", c, "refProduct", args(new double[] {1.0}, new double[] {2.0})),
        correct(p + "Nested Type Error: sum(tanh, x)", c, "nestedF", args((Object) new double[] {0.5})),
        correct(p + "Broadcast: bc_sibling_f", c, "bcSiblingF", args((Object) new double[] {1.0, 2.0})),
        // the test's [1, 2], and [-1.5, 2] through the other branches of the mutual recursion
        correct(p + "Broadcast: bc_mutual_f", c, "bcMutualF", args((Object) new double[] {1.0, 2.0}),
            args((Object) new double[] {-1.5, 2.0})));
  }

  // ---- FastAD: test/integration/ad_inttest.cpp ----

  private static List<Entry> fastAd() {
    String p = "peers5/fastad/ad_inttest/";
    Class<?> c = FastAdIntegration.class;
    double[] val = {0.1, 2.3, -1., 4.1, -5.21};
    Random r = new Random(1000);
    double[] normals = new double[20];
    for (int i = 0; i < normals.length; i++) normals[i] = r.nextGaussian();
    return List.of(
        correct(p + "F_test", c, "f", args((Object) val.clone())),
        correct(p + "F_with_constant_test", c, "fWithConstant", args((Object) val.clone())),
        correct(p + "G_test", c, "g", args((Object) val.clone())),
        correct(p + "H_test", c, "h", args((Object) val.clone())),
        correct(p + "function_vector_complex (PHI)", c, "phi", args((Object) normals)));
  }

  // ---- Stan Math ----

  private static List<Entry> stanMath() {
    String p = "peers5/stan/prim/fun/";
    Class<?> c = StanMathMore.class;
    return List.of(
        // the reflection (-1.5), the small-x form (5e-5), the recurrence (0.5) and the series alone (7.5)
        correct(p + "trigamma", c, "trigamma", at(0.5, -1.5, 5e-5, 7.5)),
        correct(p + "log_mix", c, "logMix", args(0.3, -1.0, -2.0), args(0.9, 2.0, -3.0)),
        correct(p + "log_mix over vectors", c, "logMixVectors",
            args(new double[] {0.2, 0.3, 0.5}, new double[][] {{-1.0, -2.0, 0.5}, {0.3, -0.7, -4.0}})),
        correct(p + "Phi_approx", c, "phiApprox", at(0.7, -1.8)),
        correct(p + "inv_cloglog", c, "invCloglog", at(-0.5, 1.2)),
        correct(p + "log1m_inv_logit", c, "log1mInvLogit", at(2.0, -1.5)),
        correct(p + "logit", c, "logit", at(0.3, 0.85)),
        correct(p + "log_inv_logit_diff", c, "logInvLogitDiff", args(1.2, -0.4), args(0.5, 0.1)));
  }
}
