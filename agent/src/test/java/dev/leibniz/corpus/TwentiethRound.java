package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.Entry.InLoader;
import dev.leibniz.corpus.s2.R2Vector;
import dev.leibniz.corpus.s2.S2;
import dev.leibniz.corpus.s2.S2LatLng;
import dev.leibniz.corpus.s2.S2Point;
import dev.leibniz.corpus.s2.S2Projections;
import dev.leibniz.corpus.sunflow.image.Color;
import dev.leibniz.corpus.sunflow.image.RGBSpace;
import dev.leibniz.corpus.sunflow.math.MathUtils;
import dev.leibniz.corpus.sunflow.math.Matrix4;
import dev.leibniz.corpus.sunflow.math.OrthoNormalBasis;
import dev.leibniz.corpus.sunflow.math.PerlinScalar;
import dev.leibniz.corpus.sunflow.math.Point3;
import dev.leibniz.corpus.sunflow.math.Solvers;
import dev.leibniz.corpus.sunflow.math.Vector3;
import java.util.List;
import java.util.function.Function;

/**
 * The twentieth round of the corpus table: two projects the corpus had not used. Google's S2 geometry library for Java
 * (Apache-2.0, ids {@code s2/...}): an immutable {@code S2Point} of final double fields whose operations return new
 * points (also through its own instance methods and static overloads), {@code S2}'s spherical helpers (Kahan's stable
 * angle, centroids built from points and scalar triple products), {@code S2LatLng} (final fields, an intermediate
 * {@code S1Angle} object) and {@code S2Projections}' face transforms, anonymous implementations of an interface and of
 * an abstract class held in static arrays and chosen by face. Sunflow's renderer math (MIT, ids {@code sunflow/...}):
 * float vectors and points with public mutable fields, static operations into a {@code dest}, an affine
 * {@code Matrix4} of private fields whose operations return new matrices through a private blank constructor, an
 * orthonormal basis holding three vectors, polynomial solvers returning new arrays, Perlin noise on tables, and a
 * colour gamma-corrected by a static {@code RGBSpace} object. Kept apart from {@link Corpus} so that rounds merge
 * without conflicts; {@link Corpus#entries()} appends it.
 */
final class TwentiethRound {
  private TwentiethRound() {}

  // S2 (double, immutable points); unit vectors where the code asserts or assumes unit length
  private static final double[] A = {0.36, 0.48, 0.8};
  private static final double[] B = {0.6, -0.64, 0.48};
  private static final double[] C = {-0.48, 0.6, 0.64};

  private static InLoader s2p(double[] p) {
    return inLoaderOf(S2Point.class, p[0], p[1], p[2]);
  }

  private static InLoader s2p(double x, double y, double z) {
    return inLoaderOf(S2Point.class, x, y, z);
  }

  /** With R2Vector (its set methods are package-private: S2Projections calls them, so both live in one loader). */
  private static final List<Class<?>> S2_CLASSES = List.of(S2Point.class, S2.class, S2LatLng.class, S2Projections.class,
      R2Vector.class);

  /** The entry with the other S2 classes differentiated and loaded with it, as the agent would. */
  private static Entry s2(Entry e) {
    return e.with(S2_CLASSES.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  // Sunflow (float, mutable public fields)
  private static InLoader v3(float x, float y, float z) {
    return inLoaderOf(Vector3.class, x, y, z);
  }

  private static InLoader p3(float x, float y, float z) {
    return inLoaderOf(Point3.class, x, y, z);
  }

  private static InLoader color(float r, float g, float b) {
    return inLoaderOf(Color.class, r, g, b);
  }

  /** A general affine matrix, rows m00..m03, m10..m13, m20..m23. */
  private static final Object[] AFFINE = {2f, -1f, 0.3f, 0.5f, 0.5f, 3f, 1f, -0.4f, -0.7f, 0.4f, 1.5f, 1.2f};
  private static final Object[] OTHER_AFFINE = {1.5f, 0.2f, -0.3f, 0.4f, 0.4f, 2f, 0.1f, -1.1f, -0.2f, 0.6f, 1.2f, 0.3f};

  /** sRGB as Sunflow defines it (RGBSpace.SRGB). */
  private static final Object[] SRGB = {0.64f, 0.33f, 0.3f, 0.6f, 0.15f, 0.06f, 0.31271f, 0.32902f, 2.4f, 0.00304f};

  /** An OrthoNormalBasis made by its own makeFromW (its constructor is private and leaves the vectors zero). */
  private static Function<Class<?>, Object> basisFromW(float x, float y, float z) {
    return c -> {
      try {
        Class<?> v = Class.forName(Vector3.class.getName(), true, c.getClassLoader());
        Object w = v.getConstructor(float.class, float.class, float.class).newInstance(x, y, z);
        return c.getMethod("makeFromW", v).invoke(null, w);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    };
  }

  private static final List<Class<?>> SUNFLOW_CLASSES = List.of(Vector3.class, Point3.class, Matrix4.class,
      OrthoNormalBasis.class, MathUtils.class, Solvers.class, PerlinScalar.class, Color.class, RGBSpace.class);

  /** The entry with the other Sunflow classes with entries differentiated and loaded with it, as the agent would. */
  private static Entry sunflow(Entry e) {
    return e.with(SUNFLOW_CLASSES.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  static List<Entry> entries() {
    return List.of(
        // S2: immutable points of final fields, static helpers, transforms chosen from static arrays
        s2(correct("s2/S2Point.dotProd", S2Point.class, "dotProd", args(s2p(B))).on(construct(A[0], A[1], A[2]))),
        s2(correct("s2/S2Point.crossProdNorm", S2Point.class, "crossProdNorm", args(s2p(B))).on(construct(A[0], A[1], A[2]))),
        s2(correct("s2/S2Point.angle", S2Point.class, "angle", args(s2p(B))).on(construct(A[0], A[1], A[2]))),
        s2(correct("s2/S2Point.getDistance", S2Point.class, "getDistance", args(s2p(B))).on(construct(A[0], A[1], A[2]))),
        s2(correct("s2/S2Point.scalarTripleProduct", S2Point.class, "scalarTripleProduct", args(s2p(A), s2p(B), s2p(C)))),
        s2(correct("s2/S2Point.crossProd", S2Point.class, "crossProd", args(s2p(A), s2p(B)))),
        s2(correct("s2/S2Point.normalize", S2Point.class, "normalize", args()).on(construct(3.0, -4.0, 1.2))),
        s2(correct("s2/S2Point.rotate", S2Point.class, "rotate", args(s2p(0.3, 1.2, -0.5), 0.7)).on(construct(3.0, -4.0, 1.2))),
        s2(correct("s2/S2.stableAngle", S2.class, "stableAngle", args(s2p(A), s2p(B)))),
        s2(correct("s2/S2.area", S2.class, "area", args(s2p(1.0, 0.0, 0.0), s2p(0.95, 0.31225, 0.0), s2p(0.95, 0.0, 0.31225)))),
        s2(correct("s2/S2.planarCentroid", S2.class, "planarCentroid", args(s2p(A), s2p(B), s2p(C)))),
        s2(correct("s2/S2.trueCentroid", S2.class, "trueCentroid", args(s2p(A), s2p(B), s2p(C)))),
        s2(correct("s2/S2LatLng.toPoint", S2LatLng.class, "toPoint", args()).on(construct(0.6, -1.2))),
        s2(correct("s2/S2LatLng.getDistance", S2LatLng.class, "getDistance",
            args(inLoaderOf(S2LatLng.class, 0.4, -0.9), 6371.0)).on(construct(0.6, -1.2))),
        s2(correct("s2/S2LatLng.fromPoint", S2LatLng.class, "fromPoint", args(s2p(0.3, -0.4, 0.8)))),
        s2(correct("s2/S2LatLng.latDegrees", S2LatLng.class, "latDegrees", args()).on(construct(0.6, -1.2))),
        s2(correct("s2/S2Projections.stToUV", S2Projections.class, "stToUV", args(0.7), args(0.3))),
        s2(correct("s2/S2Projections.uvToST", S2Projections.class, "uvToST", args(0.4), args(-0.3))),
        s2(correct("s2/S2Projections.faceUvToXyz", S2Projections.class, "faceUvToXyz", args(1, 0.3, -0.6), args(4, -0.2, 0.5))),
        s2(correct("s2/S2Projections.validFaceXyzToUv", S2Projections.class, "validFaceXyzToUv",
            args(2, s2p(0.3, -0.2, 0.9)), args(0, s2p(0.8, 0.3, -0.4)))),

        // Sunflow: float vectors with public fields, dest parameters, new matrices through a private constructor
        sunflow(correct("sunflow/Vector3.normalizeLength", Vector3.class, "normalizeLength", args()).on(construct(3f, -4f, 1.2f))),
        sunflow(correct("sunflow/Vector3.cross", Vector3.class, "cross", args(v3(0.3f, 1.2f, -0.5f), v3(-0.7f, 0.4f, 2f), v3(0f, 0f, 0f)))),
        sunflow(correct("sunflow/Vector3.normalize", Vector3.class, "normalize", args(v3(0f, 0f, 0f))).on(construct(3f, -4f, 1.2f))),
        sunflow(correct("sunflow/Vector3.dot", Vector3.class, "dot", args(v3(0.3f, 1.2f, -0.5f), v3(-0.7f, 0.4f, 2f)))),
        sunflow(correct("sunflow/Point3.distanceTo", Point3.class, "distanceTo", args(p3(0.3f, -0.5f, 2.2f))).on(construct(1f, 2f, 3f))),
        sunflow(correct("sunflow/Point3.normal", Point3.class, "normal", args(p3(0.3f, -0.5f, 2.2f), p3(1f, 2f, 3f), p3(-1.5f, 0.7f, 0.2f)))),
        sunflow(correct("sunflow/Point3.blend", Point3.class, "blend", args(p3(0.3f, -0.5f, 2.2f), p3(1f, 2f, 3f), 0.3f, p3(0f, 0f, 0f)))),
        sunflow(correct("sunflow/Matrix4.determinant", Matrix4.class, "determinant", args()).on(construct(AFFINE))),
        sunflow(correct("sunflow/Matrix4.inverse", Matrix4.class, "inverse", args()).on(construct(AFFINE))),
        sunflow(correct("sunflow/Matrix4.transformP", Matrix4.class, "transformP", args(p3(0.3f, -0.5f, 2.2f))).on(construct(AFFINE))),
        sunflow(correct("sunflow/Matrix4.rotate", Matrix4.class, "rotate", args(0.3f, 1.2f, -0.5f, 0.7f))),
        sunflow(correct("sunflow/Matrix4.multiply", Matrix4.class, "multiply", args(inLoaderOf(Matrix4.class, OTHER_AFFINE)))
            .on(construct(AFFINE))),
        sunflow(correct("sunflow/OrthoNormalBasis.transform", OrthoNormalBasis.class, "transform",
            args(v3(0.3f, 1.2f, -0.5f), v3(0f, 0f, 0f))).on(basisFromW(0.2f, -0.6f, 0.9f))),
        sunflow(correct("sunflow/OrthoNormalBasis.untransformX", OrthoNormalBasis.class, "untransformX",
            args(v3(0.3f, 1.2f, -0.5f))).on(basisFromW(0.2f, -0.6f, 0.9f))),
        // its private blank constructor makes three Vector3s (core.objects.BlankCode): the shadow is made alongside it
        sunflow(correct("sunflow/OrthoNormalBasis.makeFromW", OrthoNormalBasis.class, "makeFromW", args(v3(0.2f, -0.6f, 0.9f)))),
        sunflow(correct("sunflow/MathUtils.smoothStep", MathUtils.class, "smoothStep", args(0.2f, 1.5f, 0.7f))),
        sunflow(correct("sunflow/Solvers.solveQuadric", Solvers.class, "solveQuadric", args(1.5, -2.0, -3.0), args(1.5, 2.0, -3.0))),
        sunflow(correct("sunflow/Solvers.solveQuartic", Solvers.class, "solveQuartic", args(1.1, 0.9, -7.2, -1.3, 5.7))),
        sunflow(correct("sunflow/PerlinScalar.snoise", PerlinScalar.class, "snoise", args(1.37f, 2.71f, 0.43f))),
        sunflow(correct("sunflow/PerlinScalar.pnoise", PerlinScalar.class, "pnoise", args(1.37f, 2.71f, 4f, 4f))),
        sunflow(correct("sunflow/Color.toNonLinear", Color.class, "toNonLinear", args()).on(construct(0.3f, 0.6f, 0.2f))),
        sunflow(correct("sunflow/Color.getLuminance", Color.class, "getLuminance", args()).on(construct(0.3f, 0.6f, 0.2f))),
        sunflow(correct("sunflow/Color.blend", Color.class, "blend", args(color(0.3f, 0.6f, 0.2f), color(0.9f, 0.1f, 0.5f), 0.3f, color(0f, 0f, 0f)))),
        sunflow(correct("sunflow/RGBSpace.gammaCorrect", RGBSpace.class, "gammaCorrect", args(0.4f)).on(construct(SRGB))));
  }
}
