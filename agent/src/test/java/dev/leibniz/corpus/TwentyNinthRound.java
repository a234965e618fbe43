package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.fresh;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.knownWrong;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.jzy3d.Angle3d;
import dev.leibniz.corpus.jzy3d.Coord2d;
import dev.leibniz.corpus.jzy3d.Coord3d;
import dev.leibniz.corpus.jzy3d.Pair;
import dev.leibniz.corpus.jzy3d.Range;
import dev.leibniz.corpus.jzy3d.Scale;
import dev.leibniz.corpus.jzy3d.Statistics;
import dev.leibniz.corpus.jzy3d.Triangle2d;
import dev.leibniz.corpus.jzy3d.Vector2d;
import dev.leibniz.corpus.jzy3d.Vector3d;
import dev.leibniz.corpus.liblinear.Feature;
import dev.leibniz.corpus.liblinear.FeatureNode;
import dev.leibniz.corpus.liblinear.Problem;
import dev.leibniz.corpus.tinfour.BarycentricCoordinates;
import dev.leibniz.corpus.tinfour.Circumcircle;
import dev.leibniz.corpus.tinfour.DD;
import dev.leibniz.corpus.tinfour.GeometricOperations;
import dev.leibniz.corpus.tinfour.ISamplePoint;
import dev.leibniz.corpus.tinfour.KahanSummation;
import dev.leibniz.corpus.tinfour.Thresholds;
import dev.leibniz.corpus.tinfour.Vertex;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Function;

/**
 * The twenty-ninth round of the corpus table: three projects the corpus had not used. LIBLINEAR's Java port
 * (bwaldvogel/liblinear-java, BSD-3-Clause; ids {@code liblinear/...}): the objective functions of its trust-region Newton
 * solver, objects behind the {@code Function} interface whose data (a {@code Problem} of sparse {@code Feature} rows) and
 * working arrays ({@code wx}, {@code tmp}, {@code D}, {@code I}) are fields, an abstract {@code C_times_loss} chosen by
 * the subclass (logistic, squared hinge, squared epsilon-insensitive), state left by {@code fun} for {@code grad} and
 * {@code Hv}, and its BLAS helpers that wrap their arguments in {@code MutableInt}/{@code MutableDouble} objects. Tinfour
 * (gwlucastrig/Tinfour, Apache-2.0, with its copy of JTS' {@code DD} under EPL-1.0/EDL-1.0; ids {@code tinfour/...}):
 * Delaunay predicates that fall back to double-double arithmetic on scratch {@code DD} objects held in fields of the
 * {@code GeometricOperations} object (mutated with fluent {@code selfMultiply} chains), circumcircles written into a
 * result object, vertices of final fields, Kahan sums in fields, barycentric coordinates over a {@code List<Vertex>}.
 * Jzy3d's maths (jzy3d/jzy3d-api, BSD-3-Clause; ids {@code jzy3d/...}): float value classes ({@code Coord3d},
 * {@code Coord2d}) with fluent self-mutators and new-object arithmetic, {@code Vector3d}/{@code Angle3d} building
 * temporaries, a triangle holding three {@code Coord2d}, {@code Math.pow} everywhere, and statistics that sort a copy
 * ({@code Arrays.sort}). Kept apart from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()}
 * appends it.
 */
final class TwentyNinthRound {
  private TwentyNinthRound() {}

  /**
   * The liblinear losses hold their data in a Problem (y) of sparse rows of FeatureNode (value) behind the Feature
   * interface: classes whose fields are only read, passive by README "Objects" (a Dataset stays passive; an
   * interface-typed holder has no shadow), so the companions' derivative along them is 0. The harness counts every
   * double the receiver reaches as an input (ObjectShapes walks the whole graph; the twenty-eighth round's ModuleCache
   * entries, likewise), and finite differences move them. Checked by hand (the companions called with the receiver's
   * zero shadow, one seed at a time, against central differences, h = 1e-6): along the method's own inputs and along
   * the receiver's own C array the tangents agree (fun, logistic, at W1 along w: 0.304936161277 / -0.494651436926 /
   * -0.026479952919 against 0.304936161211 / -0.494651436922 / -0.026479952675; Xv, XTv, grad, Hv, C_times_loss,
   * linesearch_and_update likewise to 1e-9), and along prob.y and the FeatureNode values they are 0 where the
   * differences are not.
   */
  static final String PASSIVE_DATA = "known wrong without a warning only along numbers passive by the contract (the"
      + " harness counts them): prob.y (Problem, a class whose fields are only read) and the FeatureNode values read"
      + " through the Feature interface; along w (the parameters) and the receiver's C both modes that exist are right,"
      + " checked by hand (fun at W1: 0.304936161277, -0.494651436926, -0.026479952919 against central differences"
      + " 0.304936161211, -0.494651436922, -0.026479952675)";

  /**
   * DD's self-operations are error-free transformations: hi and lo are rebuilt from sums whose rounding error is
   * computed exactly (zlo = s + (H - zhi)), which in real arithmetic is identically 0; the companions differentiate that
   * arithmetic, so the whole derivative of the result lands in hi and lo's tangent is 0, while finite differences of the
   * floating-point code see hi flat (a step in lo does not move hi) and lo move by the step. Both describe the same
   * derivative of the represented number hi + lo (1 along lo either way): the split between the two doubles differs.
   */
  static final String SCRATCH_DD = "not judged (the harness stops with \"finite differences do not settle: choose another"
      + " point\" at every point tried): GeometricOperations writes its eighteen scratch DD objects (q11, q21, ... held in"
      + " final fields), so its companions take the receiver's shadow and the harness counts the scratch objects' hi and lo"
      + " as outputs and the thresholds (final doubles) as inputs; the lo parts are rounding errors of Dekker products"
      + " (error-free transformations), on which differences jump. The tangent is refused where a same-class callee returns"
      + " a value and writes those fields (inCircle calls inCircleQuadPrecision, area calls halfPlane); the result's"
      + " derivative along the coordinates was not checked apart";

  static final String DD_COMPONENTS = "known wrong per component, by reasoning not in the represented number: the"
      + " result's lo has tangent 0 along the receiver's lo where finite differences give 1; DD's error-free"
      + " transformations rebuild lo from a rounding error that is 0 in real arithmetic, so differentiating it leaves the"
      + " derivative of hi + lo in hi, where differences of the floating-point code move lo and leave hi flat (the sum"
      + " hi + lo was not checked apart)";

  // ---- liblinear: the solver's classes are loaded (and differentiated) together; the data (Problem, Feature, FeatureNode:
  // public classes of public fields) come from the test's loader, shared by every call as a user's training set would be
  private static final List<Class<?>> LIBLINEAR = List.of(liblinear("Function"), liblinear("L2R_ErmFunction"),
      liblinear("L2R_LrFunction"), liblinear("L2R_L2_SvcFunction"), liblinear("L2R_L2_SvrFunction"),
      liblinear("SparseOperator"), liblinear("Parameter"), liblinear("SolverType"), liblinear("MutableDouble"),
      liblinear("MutableInt"), liblinear("Blas"));

  private static Class<?> liblinear(String name) {
    try {
      return Class.forName("dev.leibniz.corpus.liblinear." + name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Entry liblinearWith(Entry e) {
    return e.with(LIBLINEAR.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  /** Four samples of two features and a bias feature (index 3), labels +1/-1. */
  private static Feature[][] rows() {
    return new Feature[][] {
      {new FeatureNode(1, 0.5), new FeatureNode(2, -1.2), new FeatureNode(3, 1)},
      {new FeatureNode(1, -0.8), new FeatureNode(3, 1)},
      {new FeatureNode(2, 0.7), new FeatureNode(3, 1)},
      {new FeatureNode(1, 1.5), new FeatureNode(2, 0.4), new FeatureNode(3, 1)}};
  }

  private static final Problem PROBLEM = problem();

  private static Problem problem() {
    Problem p = new Problem();
    p.l = 4;
    p.n = 3;
    p.y = new double[] {1, -1, 1, -1};
    p.x = rows();
    p.bias = 1;
    return p;
  }

  private static final double[] C = {1.0, 0.8, 1.2, 0.5};
  private static final double[] W1 = {0.3, -0.5, 0.2};
  private static final double[] W2 = {-0.4, 0.9, -0.3};

  /** The class named like {@code dev.leibniz.corpus.<pkg>.<name>} as loaded with the entry class {@code c}. */
  private static Class<?> inLoader(Class<?> c, String name) {
    try {
      String pkg = c.getPackageName();
      return Class.forName(pkg + "." + name, true, c.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Object make(Class<?> type, Object... args) {
    return construct(args).apply(type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object parameter(Class<?> c, String solver) {
    Class<? extends Enum> solverType = (Class<? extends Enum>) inLoader(c, "SolverType");
    Object type = Enum.valueOf(solverType, solver);
    // Parameter(SolverType, double C, double eps, double p): p = 0.1, the SVR tube
    return make(inLoader(c, "Parameter"), type, 1.0, 0.01, 0.1);
  }

  private static Object invoke(Object target, String name, Object... args) {
    for (Class<?> k = target.getClass(); k != null; k = k.getSuperclass()) {
      for (Method m : k.getDeclaredMethods()) {
        if (!m.getName().equals(name) || m.getParameterCount() != args.length) continue;
        try {
          m.setAccessible(true);
          return m.invoke(target, args);
        } catch (IllegalArgumentException wrongTypes) {
          // another overload
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no " + name + " on " + target.getClass().getName());
  }

  /**
   * A loss object of class {@code loss} (in the entry's loader) over {@link #PROBLEM}; {@code w0} non-null: {@code fun(w0)}
   * has run (the state grad reads), and {@code grad(w0, g)} too when {@code withGrad} (the state Hv reads).
   */
  private static Function<Class<?>, Object> loss(String loss, String solver, double[] w0, boolean withGrad) {
    return c -> {
      Object f = make(inLoader(c, loss), PROBLEM, parameter(c, solver), C.clone());
      if (w0 != null) invoke(f, "fun", (Object) w0.clone());
      if (w0 != null && withGrad) invoke(f, "grad", w0.clone(), new double[w0.length]);
      return f;
    };
  }

  private static Function<Class<?>, Object> lr(double[] w0, boolean withGrad) {
    return loss("L2R_LrFunction", "L2R_LR", w0, withGrad);
  }

  private static Function<Class<?>, Object> svc(double[] w0, boolean withGrad) {
    return loss("L2R_L2_SvcFunction", "L2R_L2LOSS_SVC", w0, withGrad);
  }

  private static Function<Class<?>, Object> svr(double[] w0, boolean withGrad) {
    return loss("L2R_L2_SvrFunction", "L2R_L2LOSS_SVR", w0, withGrad);
  }

  private static Entry.InLoader mutableDouble(double v) {
    return inLoaderOf(liblinear("MutableDouble"), v);
  }

  private static Entry.InLoader mutableInt(int v) {
    return inLoaderOf(liblinear("MutableInt"), v);
  }

  /** The logistic loss' gradient at W1 (test's loader, reflectively: the class is package-private). */
  private static double[] lrGradientAt(double[] w) {
    Class<?> base = liblinear("L2R_LrFunction");
    Object f = make(base, PROBLEM, parameter(base, "L2R_LR"), C.clone());
    double[] g = new double[w.length];
    invoke(f, "fun", (Object) w.clone());
    invoke(f, "grad", w.clone(), g);
    return g;
  }

  private static double[] scaled(double a, double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) out[i] = a * v[i];
    return out;
  }

  private static List<Entry> liblinearEntries() {
    Class<?> erm = liblinear("L2R_ErmFunction");
    Class<?> lrClass = liblinear("L2R_LrFunction");
    Class<?> svcClass = liblinear("L2R_L2_SvcFunction");
    Class<?> svrClass = liblinear("L2R_L2_SvrFunction");
    Class<?> sparse = liblinear("SparseOperator");
    Class<?> blas = liblinear("Blas");
    double[] g1 = lrGradientAt(W1);
    double[] step = scaled(-0.1, g1); // a descent direction: the first trial step is taken
    double f1 = (double) invoke(make(lrClass, PROBLEM, parameter(lrClass, "L2R_LR"), C.clone()), "fun", (Object) W1.clone());
    return List.of(
        liblinearWith(knownWrong("liblinear/L2R_ErmFunction.fun (logistic)", erm, "fun", PASSIVE_DATA, args(W1.clone()), args(W2.clone()))
            .on(lr(null, false))),
        liblinearWith(knownWrong("liblinear/L2R_ErmFunction.fun (squared hinge)", erm, "fun", PASSIVE_DATA, args(W1.clone()),
            args(W2.clone())).on(svc(null, false))),
        liblinearWith(knownWrong("liblinear/L2R_ErmFunction.fun (SVR)", erm, "fun", PASSIVE_DATA, args(W1.clone()), args(W2.clone()))
            .on(svr(null, false))),
        liblinearWith(knownWrong("liblinear/L2R_ErmFunction.Xv", erm, "Xv", PASSIVE_DATA, args(W1.clone(), new double[4]))
            .on(lr(null, false))),
        liblinearWith(knownWrong("liblinear/L2R_ErmFunction.XTv", erm, "XTv", PASSIVE_DATA, args(new double[] {0.4, -1.1, 0.7, 0.2},
            new double[3])).on(lr(null, false))),
        liblinearWith(knownWrong("liblinear/L2R_ErmFunction.linesearch_and_update", erm, "linesearch_and_update", PASSIVE_DATA, args(W1.clone(), step, mutableDouble(f1), g1, 1.0)).on(lr(W1, false))),
        liblinearWith(knownWrong("liblinear/L2R_LrFunction.C_times_loss", lrClass, "C_times_loss", PASSIVE_DATA, args(1, 0.37),
            args(2, -0.8)).on(lr(null, false))),
        liblinearWith(knownWrong("liblinear/L2R_LrFunction.grad", lrClass, "grad", PASSIVE_DATA, args(W1.clone(), new double[3]))
            .on(lr(W1, false))),
        liblinearWith(knownWrong("liblinear/L2R_LrFunction.Hv", lrClass, "Hv", PASSIVE_DATA, args(new double[] {0.6, -0.2, 1.1},
            new double[3])).on(lr(W2, true))),
        liblinearWith(knownWrong("liblinear/L2R_L2_SvcFunction.C_times_loss", svcClass, "C_times_loss", PASSIVE_DATA, args(1, 0.37),
            args(3, 0.2)).on(svc(null, false))),
        liblinearWith(knownWrong("liblinear/L2R_L2_SvcFunction.grad", svcClass, "grad", PASSIVE_DATA, args(W1.clone(), new double[3]))
            .on(svc(W1, false))),
        liblinearWith(knownWrong("liblinear/L2R_L2_SvcFunction.Hv", svcClass, "Hv", PASSIVE_DATA + "; Hv's tangent checked by hand along s and along C (after fun and grad at W1, s = (0.6, -0.2, 1.1)) to 1e-9, its adjoint refused (Hv$ckpt0 given the receiver with its shadow writes memory)", args(new double[] {0.6, -0.2, 1.1},
            new double[3])).on(svc(W1, true))),
        liblinearWith(knownWrong("liblinear/L2R_L2_SvcFunction.subXTv", svcClass, "subXTv", PASSIVE_DATA, args(new double[] {0.4, -1.1,
            0.7, 0.2}, new double[3])).on(svc(W1, true))),
        liblinearWith(knownWrong("liblinear/L2R_L2_SvrFunction.C_times_loss", svrClass, "C_times_loss", PASSIVE_DATA, args(1, 0.37),
            args(0, 0.5), args(2, 1.4)).on(svr(null, false))),
        liblinearWith(knownWrong("liblinear/L2R_L2_SvrFunction.grad", svrClass, "grad", PASSIVE_DATA + "; get_nr_variable()"
            + " is called through javac's visibility bridge in the public L2R_L2_SvrFunction and runs the inherited code"
            + " (DispatchedCalls); grad's tangent checked by hand at W2 one seed at a time against central differences: the"
            + " harness lays the receiver's shadow out without the 10 Feature values it counts, so its slots after them are"
            + " shifted by 10 (as in L2R_L2_SvcFunction.grad); matched slot for slot, along w, C, p and wx the tangent agrees"
            + " (along wx[1]: g[0] -1.28, g[2] 1.6 against -1.280000000001, 1.599999999998; along C[0]: tmp[0] -2.48 against"
            + " -2.48) and along prob.y and the Feature values it is 0; its adjoint refuses at run time (grad$ckpt0 given the"
            + " receiver with its shadow writes memory)", args(W2.clone(), new double[3]))
            .on(svr(W2, false))),
        liblinearWith(correct("liblinear/SparseOperator.dot", sparse, "dot", args(W1.clone(), fresh(() -> rows()[0])))),
        liblinearWith(correct("liblinear/SparseOperator.axpy", sparse, "axpy", args(-0.7, fresh(() -> rows()[3]),
            W2.clone()))),
        liblinearWith(refused("liblinear/SparseOperator.nrm2_sq", sparse, "nrm2_sq", "no differentiable input: Feature[] is an interface that no class with shadows implements (the values are read through Feature.getValue())", args(fresh(() -> rows()[0])))),
        liblinearWith(refused("liblinear/SparseOperator.sparse_dot", sparse, "sparse_dot", "no differentiable input: Feature[] is an interface that no class with shadows implements (the values are read through Feature.getValue())", args(fresh(() -> rows()[0]),
            fresh(() -> rows()[3])))),
        liblinearWith(correct("liblinear/Blas.dnrm2_", blas, "dnrm2_", args(4, new double[] {0.3, -1.2, 2.5, 0.8},
            mutableInt(1)), args(2, new double[] {0.3, -1.2, 2.5, 0.8}, mutableInt(2)))),
        liblinearWith(correct("liblinear/Blas.ddot_", blas, "ddot_", args(4, new double[] {0.3, -1.2, 2.5, 0.8}, 1,
            new double[] {1.1, 0.4, -0.6, 0.9}, 1), args(7, new double[] {0.3, -1.2, 2.5, 0.8, 1.5, -0.2, 0.6}, 1,
            new double[] {1.1, 0.4, -0.6, 0.9, 0.7, -1.3, 0.25}, 1))),
        liblinearWith(correct("liblinear/Blas.daxpy_", blas, "daxpy_", args(4, -0.7, new double[] {0.3, -1.2, 2.5, 0.8},
            1, new double[] {1.1, 0.4, -0.6, 0.9}, 1), args(2, 1.3, new double[] {0.3, -1.2, 2.5, 0.8}, 2,
            new double[] {1.1, 0.4, -0.6, 0.9}, 2))),
        liblinearWith(correct("liblinear/Blas.dscal_", blas, "dscal_", args(4, -0.7, new double[] {0.3, -1.2, 2.5, 0.8},
            1), args(6, 1.3, new double[] {0.3, -1.2, 2.5, 0.8, 0.1, -0.4}, 1))));
  }

  // ---- Tinfour: the classes an entry reaches are loaded together; BarycentricCoordinates takes a List of the test's
  // vertices (a user's polygon)
  private static final List<Class<?>> TINFOUR = List.of(Vertex.class, ISamplePoint.class, Circumcircle.class,
      Thresholds.class, GeometricOperations.class, DD.class, KahanSummation.class);

  private static Entry tinfour(Entry e) {
    return e.with(TINFOUR.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  private static Entry.InLoader vertex(double x, double y, double z) {
    return inLoaderOf(Vertex.class, x, y, z);
  }

  private static Entry.InLoader dd(double hi, double lo) {
    return inLoaderOf(DD.class, hi, lo);
  }

  /**
   * GeometricOperations over Thresholds of the nominal spacing {@code spacing}: the thresholds (ulp(spacing) times 2^16
   * for half-planes, 2^28 for in-circle tests) are fields the harness counts as inputs, and the default spacing's (1e-11,
   * 6e-8) are too small for finite differences along mixed directions.
   */
  private static Function<Class<?>, Object> spacing(double spacing) {
    return c -> make(c, make(inLoader(c, "Thresholds"), spacing));
  }

  /** Thresholds of 1e-3 (half-plane) and 4 (in-circle): the plain double branches at the points below. */
  private static Function<Class<?>, Object> fine() {
    return spacing(0x1p26);
  }

  /** Thresholds of 2 (half-plane) and 8192 (in-circle): the extended-precision (DD) branches. */
  private static Function<Class<?>, Object> coarse() {
    return spacing(0x1p37);
  }

  private static Function<Class<?>, Object> circle(double x, double y, double r2) {
    return c -> {
      Object o = make(c);
      invoke(o, "setCircumcenter", x, y, r2);
      return o;
    };
  }

  private static Function<Class<?>, Object> kahan(double... added) {
    return c -> {
      Object o = make(c);
      for (double a : added) invoke(o, "add", a);
      return o;
    };
  }

  private static List<Entry> tinfourEntries() {
    Object[] triangle = args(0.3, -0.2, 2.1, 0.4, 0.9, 1.7);
    Object[] thin = args(0.0, 0.0, 0.01, 0.002, 0.004, 0.011);
    return List.of(
        tinfour(correct("tinfour/Vertex.getDistanceSq", Vertex.class, "getDistanceSq", args(vertex(2.1, 0.4, 3.5)))
            .on(construct(0.3, -0.2, 1.0))),
        tinfour(correct("tinfour/Vertex.getDistance", Vertex.class, "getDistance", args(2.1, 0.4))
            .on(construct(0.3, -0.2, 1.0))),
        tinfour(correct("tinfour/Circumcircle.compute", Circumcircle.class, "compute", triangle).on(construct())),
        tinfour(correct("tinfour/Circumcircle.getRadius", Circumcircle.class, "getRadius", args())
            .on(circle(1.1, 0.6, 2.25))),
        tinfour(knownWrong("tinfour/GeometricOperations.inCircle", GeometricOperations.class, "inCircle", SCRATCH_DD, args(0.9, -0.6, 6.3, 1.2, 2.7, 5.1, 3.0, 1.5)).on(fine())),
        tinfour(knownWrong("tinfour/GeometricOperations.inCircle (double-double)", GeometricOperations.class, "inCircle", SCRATCH_DD, args(0.3, -0.2, 2.1, 0.4, 0.9, 1.7, 1.0, 0.5), args(0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 1.0, 1.0001)).on(coarse())),
        tinfour(knownWrong("tinfour/GeometricOperations.inCircleQuadPrecision", GeometricOperations.class, "inCircleQuadPrecision", SCRATCH_DD, args(0.3, -0.2, 2.1, 0.4, 0.9, 1.7, 1.0, 0.5)).on(fine())),
        tinfour(knownWrong("tinfour/GeometricOperations.halfPlane", GeometricOperations.class, "halfPlane", SCRATCH_DD, triangle)
            .on(fine())),
        tinfour(knownWrong("tinfour/GeometricOperations.direction", GeometricOperations.class, "direction", SCRATCH_DD, triangle)
            .on(fine())),
        tinfour(knownWrong("tinfour/GeometricOperations.orientation", GeometricOperations.class, "orientation", SCRATCH_DD, triangle)
            .on(fine())),
        tinfour(knownWrong("tinfour/GeometricOperations.orientation (double-double)", GeometricOperations.class, "orientation", SCRATCH_DD, thin).on(coarse())),
        tinfour(correct("tinfour/GeometricOperations.area", GeometricOperations.class, "area", args(vertex(0.3, -0.2, 0), vertex(2.1, 0.4, 0), vertex(0.9, 1.7, 0))).on(construct())),
        tinfour(knownWrong("tinfour/GeometricOperations.circumcircle", GeometricOperations.class, "circumcircle", SCRATCH_DD, args(0.3, -0.2, 2.1, 0.4, 0.9, 1.7, inLoaderOf(Circumcircle.class))).on(fine())),
        tinfour(knownWrong("tinfour/GeometricOperations.circumcircle (double-double)", GeometricOperations.class, "circumcircle", SCRATCH_DD, args(0.0, 0.0, 0.01, 0.002, 0.004, 0.011, inLoaderOf(Circumcircle.class))).on(coarse())),
        tinfour(knownWrong("tinfour/DD.selfAdd", DD.class, "selfAdd", DD_COMPONENTS, args(dd(0.7, 2e-17))).on(construct(1.3, -4e-17))),
        tinfour(knownWrong("tinfour/DD.selfSubtract", DD.class, "selfSubtract", DD_COMPONENTS, args(0.45)).on(construct(1.3, -4e-17))),
        tinfour(knownWrong("tinfour/DD.selfMultiply", DD.class, "selfMultiply", DD_COMPONENTS, args(dd(0.7, 2e-17)))
            .on(construct(1.3, -4e-17))),
        tinfour(knownWrong("tinfour/DD.selfDivide", DD.class, "selfDivide", DD_COMPONENTS, args(dd(0.7, 2e-17))).on(construct(1.3, -4e-17))),
        tinfour(knownWrong("tinfour/DD.selfSqr", DD.class, "selfSqr", DD_COMPONENTS, args()).on(construct(1.3, -4e-17))),
        tinfour(correct("tinfour/DD.doubleValue", DD.class, "doubleValue", args()).on(construct(1.3, -4e-17))),
        tinfour(correct("tinfour/KahanSummation.add", KahanSummation.class, "add", args(0.125), args(-3.7))
            .on(kahan(1.5, 1e-3, 2.25))),
        tinfour(correct("tinfour/KahanSummation.getMean", KahanSummation.class, "getMean", args())
            .on(kahan(1.5, 1e-3, 2.25))),
        correct("tinfour/BarycentricCoordinates.getBarycentricCoordinates", BarycentricCoordinates.class,
            "getBarycentricCoordinates", args(fresh(() -> List.of(new Vertex(0, 0, 0), new Vertex(2, 0.2, 0),
                new Vertex(2.3, 1.8, 0), new Vertex(0.1, 1.5, 0))), 0.9, 0.7)).on(construct()));
  }

  // ---- jzy3d: the maths classes are loaded (and differentiated) together
  private static final List<Class<?>> JZY3D = List.of(Coord3d.class, Coord2d.class, Vector3d.class, Vector2d.class,
      Angle3d.class, Statistics.class, Triangle2d.class, Range.class, Scale.class, Pair.class);

  private static Entry jzy3d(Entry e) {
    return e.with(JZY3D.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  private static Entry.InLoader c3(double x, double y, double z) {
    return inLoaderOf(Coord3d.class, (float) x, (float) y, (float) z);
  }

  private static Entry.InLoader c2(double x, double y) {
    return inLoaderOf(Coord2d.class, (float) x, (float) y);
  }

  private static Function<Class<?>, Object> at3(double x, double y, double z) {
    return construct((float) x, (float) y, (float) z);
  }

  private static Function<Class<?>, Object> at2(double x, double y) {
    return construct((float) x, (float) y);
  }

  private static Function<Class<?>, Object> floats(double... v) {
    Object[] f = new Object[v.length];
    for (int i = 0; i < v.length; i++) f[i] = (float) v[i];
    return construct(f);
  }

  /** A Triangle2d of three Coord2d made in the entry's loader. */
  private static Function<Class<?>, Object> triangle2d() {
    return c -> {
      Class<?> coord = inLoader(c, "Coord2d");
      try {
        Constructor<?> k = c.getConstructor(coord, coord, coord);
        return k.newInstance(make(coord, 0.3f, -0.2f), make(coord, 2.1f, 0.4f), make(coord, 0.9f, 1.7f));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    };
  }

  private static List<Entry> jzy3dEntries() {
    double[] sample = {1.3, -0.4, 2.7, 0.9, 1.8};
    return List.of(
        jzy3d(correct("jzy3d/Coord3d.addSelf", Coord3d.class, "addSelf", args(c3(0.4, 1.9, -0.8))).on(at3(1.2, -0.7, 2.1))),
        jzy3d(correct("jzy3d/Coord3d.subSelf", Coord3d.class, "subSelf", args(c3(0.4, 1.9, -0.8))).on(at3(1.2, -0.7, 2.1))),
        jzy3d(correct("jzy3d/Coord3d.mulSelf", Coord3d.class, "mulSelf", args(1.5f)).on(at3(1.2, -0.7, 2.1))),
        jzy3d(correct("jzy3d/Coord3d.divSelf", Coord3d.class, "divSelf", args(1.5)).on(at3(1.2, -0.7, 2.1))),
        jzy3d(correct("jzy3d/Coord3d.cartesianSelf", Coord3d.class, "cartesianSelf", args()).on(at3(0.6, 0.3, 2.0))),
        jzy3d(correct("jzy3d/Coord3d.polarSelf", Coord3d.class, "polarSelf", args()).on(at3(1.2, -0.7, 2.1))),
        jzy3d(correct("jzy3d/Coord3d.distance", Coord3d.class, "distance", args(c3(0.4, 1.9, -0.8))).on(at3(1.2, -0.7, 2.1))),
        jzy3d(correct("jzy3d/Coord3d.distanceSq", Coord3d.class, "distanceSq", args(c3(0.4, 1.9, -0.8)))
            .on(at3(1.2, -0.7, 2.1))),
        jzy3d(correct("jzy3d/Coord3d.magSquared", Coord3d.class, "magSquared", args()).on(at3(1.2, -0.7, 2.1))),
        jzy3d(correct("jzy3d/Coord3d.normalizeTo", Coord3d.class, "normalizeTo", args(2.5f)).on(at3(1.2, -0.7, 2.1))),
        jzy3d(correct("jzy3d/Coord3d.dot", Coord3d.class, "dot", args(c3(0.4, 1.9, -0.8))).on(at3(1.2, -0.7, 2.1))),
        jzy3d(correct("jzy3d/Coord2d.addSelf", Coord2d.class, "addSelf", args(c2(-0.4, 1.1))).on(at2(1.3, -0.6))),
        jzy3d(correct("jzy3d/Coord2d.mulSelf", Coord2d.class, "mulSelf", args(c2(-0.4, 1.1))).on(at2(1.3, -0.6))),
        jzy3d(correct("jzy3d/Coord2d.divSelf", Coord2d.class, "divSelf", args(1.5f)).on(at2(1.3, -0.6))),
        jzy3d(correct("jzy3d/Coord2d.distance", Coord2d.class, "distance", args(c2(-0.4, 1.1))).on(at2(1.3, -0.6))),
        jzy3d(correct("jzy3d/Coord2d.distanceSq", Coord2d.class, "distanceSq", args(c2(-0.4, 1.1))).on(at2(1.3, -0.6))),
        jzy3d(correct("jzy3d/Vector3d.dot", Vector3d.class, "dot", args(inLoaderOf(Vector3d.class, 0.1f, 0.2f, -0.3f, 1.4f,
            -0.6f, 0.9f))).on(floats(1.2, -0.7, 2.1, 0.4, 1.9, -0.8))),
        jzy3d(correct("jzy3d/Vector3d.norm", Vector3d.class, "norm", args()).on(floats(1.2, -0.7, 2.1, 0.4, 1.9, -0.8))),
        jzy3d(correct("jzy3d/Vector3d.distance", Vector3d.class, "distance", args(c3(0.9, 0.3, 0.5)))
            .on(floats(1.2, -0.7, 2.1, 0.4, 1.9, -0.8))),
        jzy3d(correct("jzy3d/Vector2d.dot", Vector2d.class, "dot", args(inLoaderOf(Vector2d.class, 0.1f, 0.2f, -0.3f,
            1.4f))).on(floats(1.2, -0.7, 0.4, 1.9))),
        jzy3d(correct("jzy3d/Vector2d.norm", Vector2d.class, "norm", args()).on(floats(1.2, -0.7, 0.4, 1.9))),
        jzy3d(correct("jzy3d/Angle3d.sin", Angle3d.class, "sin", args())
            .on(floats(1.2, -0.7, 2.1, 0.4, 1.9, -0.8, 0.9, 0.3, 0.5))),
        jzy3d(correct("jzy3d/Angle3d.cos", Angle3d.class, "cos", args())
            .on(floats(1.2, -0.7, 2.1, 0.4, 1.9, -0.8, 0.9, 0.3, 0.5))),
        jzy3d(correct("jzy3d/Angle3d.angle", Angle3d.class, "angle", args())
            .on(floats(1.2, -0.7, 2.1, 0.4, 1.9, -0.8, 0.9, 0.3, 0.5))),
        jzy3d(correct("jzy3d/Angle3d.angleD", Angle3d.class, "angleD", args())
            .on(floats(1.2, -0.7, 2.1, 0.4, 1.9, -0.8, 0.9, 0.3, 0.5))),
        jzy3d(correct("jzy3d/Triangle2d.mulSelf", Triangle2d.class, "mulSelf", args(1.5f)).on(triangle2d())),
        jzy3d(correct("jzy3d/Statistics.mean", Statistics.class, "mean", args(sample.clone()))),
        jzy3d(correct("jzy3d/Statistics.max", Statistics.class, "max", args(sample.clone()))),
        jzy3d(correct("jzy3d/Statistics.variance", Statistics.class, "variance", args(sample.clone()))),
        jzy3d(correct("jzy3d/Statistics.std", Statistics.class, "std", args(sample.clone()))),
        jzy3d(correct("jzy3d/Statistics.mad", Statistics.class, "mad", args(sample.clone()))),
        jzy3d(correct("jzy3d/Statistics.quantile", Statistics.class, "quantile", args(sample.clone(),
            new double[] {30, 60}, true), args(sample.clone(), new double[] {30, 60}, false))),
        jzy3d(correct("jzy3d/Statistics.median", Statistics.class, "median", args(sample.clone(), true),
            args(new double[] {1.3, -0.4, 2.7, 0.9}, true))));
  }

  static List<Entry> entries() {
    List<Entry> all = new java.util.ArrayList<>(liblinearEntries());
    all.addAll(tinfourEntries());
    all.addAll(jzy3dEntries());
    return all;
  }
}
