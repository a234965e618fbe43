package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.geometry.euclidean.AffineTransformMatrix3D;
import dev.leibniz.corpus.geometry.euclidean.Vector2D;
import dev.leibniz.corpus.geometry.euclidean.Vector3D;
import dev.leibniz.corpus.jwave.BasicTransform;
import dev.leibniz.corpus.jwave.BiOrthogonal;
import dev.leibniz.corpus.jwave.BiOrthogonal13;
import dev.leibniz.corpus.jwave.CDF53;
import dev.leibniz.corpus.jwave.Coiflet1;
import dev.leibniz.corpus.jwave.Complex;
import dev.leibniz.corpus.jwave.Daubechies2;
import dev.leibniz.corpus.jwave.DiscreteFourierTransform;
import dev.leibniz.corpus.jwave.FastWaveletTransform;
import dev.leibniz.corpus.jwave.Haar1;
import dev.leibniz.corpus.jwave.Legendre2;
import dev.leibniz.corpus.jwave.MathToolKit;
import dev.leibniz.corpus.jwave.ShiftingWaveletTransform;
import dev.leibniz.corpus.jwave.Transform;
import dev.leibniz.corpus.jwave.Wavelet;
import dev.leibniz.corpus.jwave.WaveletPacketTransform;
import dev.leibniz.corpus.jwave.WaveletTransform;
import java.util.List;
import java.util.function.Function;

/**
 * The twenty-first round of the corpus table: two projects the corpus had not used. JWave (MIT, ids {@code jwave/...}):
 * wavelet and Fourier transforms, an abstract {@code Wavelet} holding its filter coefficients in array fields set by
 * each subclass's constructor, transforms holding a {@code Wavelet} and calling its {@code forward}/{@code reverse} per
 * level or packet (virtual dispatch on a field), an abstract {@code BasicTransform} whose 2-D transform calls its own
 * overridden 1-D one, a {@code Transform} facade catching the library's checked {@code Throwable}, and a mutable
 * {@code Complex}. Apache Commons Geometry's Euclidean vectors (Apache-2.0, ids {@code geometry/...}; the corpus had one
 * helper of it, {@code Vectors.linearCombination}): immutable {@code Vector2D}/{@code Vector3D} of final fields in a
 * generic hierarchy (abstract classes over interfaces), a {@code Unit} subclass made by a static factory, fluent sums
 * of Commons Numbers' compensated {@code Sum} held in a nested class, components made through a constructor reference
 * ({@code Vector3D::new} as a {@code DoubleFunction3N}), and an affine matrix of twelve final fields. Kept apart from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()}
 * appends it.
 */
final class TwentyFirstRound {
  private TwentyFirstRound() {}

  /** Transform's facade catches the library's checked JWaveException around the call of its BasicTransform. */
  static final String RECOVERING_TRY = "a call of an abstract instance method (BasicTransform.forward/reverse) inside a try"
      + " whose catch recovers";

  /**
   * EuclideanVector.getCheckedNorm() passes this to Vectors.checkedNorm(Vector<?>): seen as Vector3D's (core.TemplateView,
   * guarded), with checkedNorm differentiated for Vector3D, the tangent is built; the adjoint is refused for the
   * overridable getCheckedNorm()/dot(v) called on objects with shadows (joint reversal, objects not snapshotted).
   */
  static final String INTERFACE_PARAMETER = "tangent only: this (with a shadow) passed to Vectors.checkedNorm(Vector<?>) by"
      + " the inherited getCheckedNorm(), now Vector3D's; the adjoint is refused for the overridable getCheckedNorm()/dot(v)"
      + " called on objects with shadows (joint reversal, objects not snapshotted)";

  // JWave: signals of length 8 (a power of two, as the transforms ask)
  private static double[] signal() {
    return new double[] {0.3, -1.2, 0.8, 2.1, -0.4, 0.9, 1.7, -0.6};
  }

  private static final List<Class<?>> JWAVE_CLASSES = List.of(Wavelet.class, Haar1.class, Daubechies2.class,
      Coiflet1.class, Legendre2.class, CDF53.class, BiOrthogonal.class, BiOrthogonal13.class, BasicTransform.class,
      WaveletTransform.class, FastWaveletTransform.class, WaveletPacketTransform.class, ShiftingWaveletTransform.class,
      DiscreteFourierTransform.class, Transform.class, Complex.class, MathToolKit.class);

  /** The entry with the other JWave classes differentiated and loaded with it, as the agent would. */
  private static Entry jwave(Entry e) {
    return e.with(JWAVE_CLASSES.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  /** An instance of {@code type} (no-argument constructor) as loaded with the entry class {@code c}. */
  private static Object made(Class<?> c, Class<?> type, Object... args) {
    try {
      Class<?> k = Class.forName(type.getName(), true, c.getClassLoader());
      for (java.lang.reflect.Constructor<?> ctor : k.getConstructors()) {
        if (ctor.getParameterCount() == args.length) return ctor.newInstance(args);
      }
      throw new AssertionError("no constructor of " + type.getName() + " takes " + args.length + " arguments");
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A receiver of class {@code type}, loaded with the entry. */
  private static Function<Class<?>, Object> a(Class<?> type) {
    return c -> made(c, type);
  }

  /** A transform of class {@code transform} over a wavelet of class {@code wavelet}, loaded with the entry. */
  private static Function<Class<?>, Object> over(Class<?> transform, Class<?> wavelet) {
    return c -> made(c, transform, made(c, wavelet));
  }

  // Commons Geometry: double vectors of final fields, a 3x4 affine matrix (rows m00..m03, m10..m13, m20..m23)
  private static final Object[] GEOMETRY_AFFINE = {2.0, -1.0, 0.3, 0.5, 0.5, 3.0, 1.0, -0.4, -0.7, 0.4, 1.5, 1.2};
  private static final Object[] GEOMETRY_OTHER_AFFINE = {1.5, 0.2, -0.3, 0.4, 0.4, 2.0, 0.1, -1.1, -0.2, 0.6, 1.2, 0.3};

  private static Entry.InLoader v3(double x, double y, double z) {
    return inLoaderOf(Vector3D.class, x, y, z);
  }

  private static Entry.InLoader v2(double x, double y) {
    return inLoaderOf(Vector2D.class, x, y);
  }

  private static final List<Class<?>> GEOMETRY_CLASSES = List.of(Vector2D.class, Vector3D.class,
      AffineTransformMatrix3D.class);

  /** The entry with the other Commons Geometry classes with entries differentiated and loaded with it. */
  private static Entry geometry(Entry e) {
    return e.with(GEOMETRY_CLASSES.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  static List<Entry> entries() {
    return List.of(
        // JWave: wavelets (filters in array fields), transforms dispatching to them per level, a DFT, Complex
        jwave(correct("jwave/Wavelet.forward(Haar1)", Wavelet.class, "forward", args(signal(), 8)).on(a(Haar1.class))),
        jwave(correct("jwave/Wavelet.forward(Daubechies2)", Wavelet.class, "forward", args(signal(), 8)).on(a(Daubechies2.class))),
        jwave(correct("jwave/Wavelet.forward(Coiflet1)", Wavelet.class, "forward", args(signal(), 8)).on(a(Coiflet1.class))),
        jwave(correct("jwave/Wavelet.forward(CDF53)", Wavelet.class, "forward", args(signal(), 4)).on(a(CDF53.class))),
        jwave(correct("jwave/Wavelet.reverse(Daubechies2)", Wavelet.class, "reverse", args(signal(), 8)).on(a(Daubechies2.class))),
        jwave(correct("jwave/Wavelet.reverse(Legendre2)", Wavelet.class, "reverse", args(signal(), 8)).on(a(Legendre2.class))),
        jwave(correct("jwave/BiOrthogonal.forward", BiOrthogonal.class, "forward", args(signal(), 8)).on(a(BiOrthogonal13.class))),
        jwave(correct("jwave/BiOrthogonal.reverse", BiOrthogonal.class, "reverse", args(signal(), 8)).on(a(BiOrthogonal13.class))),
        jwave(correct("jwave/FastWaveletTransform.forward(Haar1)", FastWaveletTransform.class, "forward", args(signal(), 3))
            .on(over(FastWaveletTransform.class, Haar1.class))),
        jwave(correct("jwave/FastWaveletTransform.forward(Daubechies2)", FastWaveletTransform.class, "forward",
            args(signal(), 2)).on(over(FastWaveletTransform.class, Daubechies2.class))),
        jwave(correct("jwave/FastWaveletTransform.reverse", FastWaveletTransform.class, "reverse", args(signal(), 3))
            .on(over(FastWaveletTransform.class, Daubechies2.class))),
        jwave(correct("jwave/WaveletPacketTransform.forward", WaveletPacketTransform.class, "forward", args(signal(), 3))
            .on(over(WaveletPacketTransform.class, Coiflet1.class))),
        jwave(correct("jwave/WaveletPacketTransform.reverse", WaveletPacketTransform.class, "reverse", args(signal(), 2))
            .on(over(WaveletPacketTransform.class, Haar1.class))),
        jwave(correct("jwave/ShiftingWaveletTransform.forward", ShiftingWaveletTransform.class, "forward", args(signal()))
            .on(over(ShiftingWaveletTransform.class, Haar1.class))),
        jwave(correct("jwave/ShiftingWaveletTransform.reverse", ShiftingWaveletTransform.class, "reverse", args(signal()))
            .on(over(ShiftingWaveletTransform.class, Haar1.class))),
        jwave(correct("jwave/WaveletTransform.forward", WaveletTransform.class, "forward", args(signal()))
            .on(over(FastWaveletTransform.class, Daubechies2.class))),
        jwave(correct("jwave/WaveletTransform.decompose", WaveletTransform.class, "decompose", args(signal()))
            .on(over(FastWaveletTransform.class, Haar1.class))),
        jwave(correct("jwave/BasicTransform.forward2D", BasicTransform.class, "forward",
            args(new double[][] {{0.3, -1.2, 0.8, 2.1}, {-0.4, 0.9, 1.7, -0.6}}, 1, 2))
            .on(over(FastWaveletTransform.class, Haar1.class))),
        jwave(correct("jwave/DiscreteFourierTransform.forward", DiscreteFourierTransform.class, "forward", args(signal()))
            .on(a(DiscreteFourierTransform.class))),
        jwave(correct("jwave/DiscreteFourierTransform.reverse", DiscreteFourierTransform.class, "reverse", args(signal()))
            .on(a(DiscreteFourierTransform.class))),
        jwave(refused("jwave/Transform.forward", Transform.class, "forward", RECOVERING_TRY, args(signal()))
            .on(c -> made(c, Transform.class, made(c, FastWaveletTransform.class, made(c, Daubechies2.class))))),
        jwave(refused("jwave/Transform.reverse", Transform.class, "reverse", RECOVERING_TRY, args(signal(), 2))
            .on(c -> made(c, Transform.class, made(c, WaveletPacketTransform.class, made(c, Haar1.class))))),
        jwave(correct("jwave/Complex.getMag", Complex.class, "getMag", args()).on(construct(0.3, -1.2))),
        jwave(correct("jwave/Complex.getPhi", Complex.class, "getPhi", args()).on(construct(0.3, -1.2))),
        jwave(correct("jwave/Complex.getPhi(second quadrant)", Complex.class, "getPhi", args()).on(construct(-0.5, 0.8))),
        jwave(correct("jwave/Complex.mul", Complex.class, "mul", args(inLoaderOf(Complex.class, 0.7, 0.4))).on(construct(0.3, -1.2))),
        jwave(correct("jwave/Complex.div", Complex.class, "div", args(inLoaderOf(Complex.class, 0.7, 0.4))).on(construct(0.3, -1.2))),

        // Commons Geometry: immutable vectors, Unit made by a factory, Sum chains, a constructor reference, a matrix
        geometry(correct("geometry/Vector3D.norm", Vector3D.class, "norm", args()).on(construct(1.2, -0.7, 2.1))),
        geometry(correct("geometry/Vector3D.normalize", Vector3D.class, "normalize", args()).on(construct(1.2, -0.7, 2.1))),
        geometry(correct("geometry/Vector3D.distance", Vector3D.class, "distance", args(v3(0.4, 0.9, -1.3))).on(construct(1.2, -0.7, 2.1))),
        geometry(correct("geometry/Vector3D.dot", Vector3D.class, "dot", args(v3(0.4, 0.9, -1.3))).on(construct(1.2, -0.7, 2.1))),
        geometry(correct("geometry/Vector3D.angle", Vector3D.class, "angle", args(v3(0.4, 0.9, -1.3))).on(construct(1.2, -0.7, 2.1))),
        geometry(correct("geometry/Vector3D.angle(nearly aligned)", Vector3D.class, "angle", args(v3(1.25, -0.66, 2.05)))
            .on(construct(1.2, -0.7, 2.1))),
        geometry(correct("geometry/Vector3D.cross", Vector3D.class, "cross", args(v3(0.4, 0.9, -1.3))).on(construct(1.2, -0.7, 2.1))),
        geometry(correct("geometry/Vector3D.lerp", Vector3D.class, "lerp", args(v3(0.4, 0.9, -1.3), 0.3)).on(construct(1.2, -0.7, 2.1))),
        geometry(correct("geometry/Vector3D.project", Vector3D.class, "project", args(v3(0.4, 0.9, -1.3))).on(construct(1.2, -0.7, 2.1))),
        geometry(correct("geometry/Vector3D.orthogonal", Vector3D.class, "orthogonal", args()).on(construct(1.2, -0.7, 2.1))),
        geometry(correct("geometry/Vector3D.withNorm", Vector3D.class, "withNorm", args(2.5)).on(construct(1.2, -0.7, 2.1))),
        geometry(correct("geometry/Vector2D.norm", Vector2D.class, "norm", args()).on(construct(1.5, -0.8))),
        geometry(correct("geometry/Vector2D.lerp", Vector2D.class, "lerp", args(v2(-0.4, 1.1), 0.7)).on(construct(1.5, -0.8))),
        geometry(correct("geometry/Vector2D.angle", Vector2D.class, "angle", args(v2(-0.4, 1.1))).on(construct(1.5, -0.8))),
        geometry(correct("geometry/Vector2D.reject", Vector2D.class, "reject", args(v2(-0.4, 1.1))).on(construct(1.5, -0.8))),
        geometry(correct("geometry/Vector2D.orthogonal(dir)", Vector2D.class, "orthogonal", args(v2(-0.4, 1.1))).on(construct(1.5, -0.8))),
        geometry(correct("geometry/Vector2D.signedArea", Vector2D.class, "signedArea", args(v2(-0.4, 1.1))).on(construct(1.5, -0.8))),
        geometry(correct("geometry/AffineTransformMatrix3D.apply", AffineTransformMatrix3D.class, "apply", args(v3(0.3, -0.5, 2.2)))
            .on(construct(GEOMETRY_AFFINE))),
        geometry(correct("geometry/AffineTransformMatrix3D.applyDirection", AffineTransformMatrix3D.class, "applyDirection",
            args(v3(0.3, -0.5, 2.2))).on(construct(GEOMETRY_AFFINE))),
        geometry(correct("geometry/AffineTransformMatrix3D.determinant", AffineTransformMatrix3D.class, "determinant", args())
            .on(construct(GEOMETRY_AFFINE))),
        geometry(correct("geometry/AffineTransformMatrix3D.inverse", AffineTransformMatrix3D.class, "inverse", args())
            .on(construct(GEOMETRY_AFFINE))),
        geometry(correct("geometry/AffineTransformMatrix3D.multiply", AffineTransformMatrix3D.class, "multiply",
            args(inLoaderOf(AffineTransformMatrix3D.class, GEOMETRY_OTHER_AFFINE))).on(construct(GEOMETRY_AFFINE))));
  }
}
