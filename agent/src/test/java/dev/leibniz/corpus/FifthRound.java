package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.fresh;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.dyn4j.Vector2AngleBetween;
import dev.leibniz.corpus.dyn4j.Vector2Rotate;
import dev.leibniz.corpus.geometry.VectorsLinearCombination;
import dev.leibniz.corpus.jmetal.WfgBParam;
import dev.leibniz.corpus.jmetal.WfgRNonsep;
import dev.leibniz.corpus.jmetal.WfgSDecept;
import dev.leibniz.corpus.jmetal.WfgSMulti;
import dev.leibniz.corpus.jmetal.WfgShapesConvex;
import dev.leibniz.corpus.jmetal.WfgShapesDisc;
import dev.leibniz.corpus.ojalgo.ErrorFunction;
import dev.leibniz.corpus.ojalgo.GammaFunction;
import dev.leibniz.corpus.ojalgo.HypergeometricFunction;
import dev.leibniz.corpus.ojalgo.MissingMathPower;
import dev.leibniz.corpus.proj4j.InvMlfn;
import dev.leibniz.corpus.proj4j.Mollweide;
import dev.leibniz.corpus.proj4j.Robinson;
import dev.leibniz.corpus.proj4j.NormalizeLongitude;
import dev.leibniz.corpus.proj4j.Phi2;
import dev.leibniz.corpus.proj4j.ProjCoordinate;
import dev.leibniz.corpus.proj4j.ProjectionMath;
import dev.leibniz.corpus.proj4j.Qsfn;
import dev.leibniz.corpus.proj4j.TransverseMercator;
import dev.leibniz.corpus.rng.SpecialMathD2;
import dev.leibniz.corpus.rng.StableGetTau;
import dev.leibniz.corpus.strata.BlackFormulaRepository;
import java.util.List;

/**
 * The fifth round of the corpus table (issues 9, 10, 13): methods from projects and styles not seen before —
 * map projections (Proj4J), multi-objective test problems (jMetal's WFG transformations and shapes, float
 * code), special functions called through function objects held in static fields (ojAlgo), an option
 * pricer that calls a generic distribution interface with a boxed argument (OpenGamma Strata), sampler
 * maths (Commons RNG), a physics engine's vector (dyn4j) and a fluent accumulator (Commons Geometry). Kept
 * apart from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class FifthRound {
  private FifthRound() {}

  static final String BOXED_FOR_GENERIC_CALL = "active value boxed (the Double argument of a generic interface method)";

  /** GRS80's first eccentricity and its square. */
  private static final double E = 0.0818191910428158, ES = E * E;

  /**
   * A ProjCoordinate with z = 0: a new one has z = NaN (no height), which project never reads, but the harness
   * sees every double field of an object with a shadow as an input and an output.
   */
  private static Object planar() {
    ProjCoordinate c = new ProjCoordinate();
    c.z = 0;
    return c;
  }

  static List<Entry> entries() {
    return List.of(
        // Proj4J 1.3.0
        correct("proj4j/ProjectionMath.phi2", Phi2.class, "phi2", args(0.5, E), args(0.1, E), args(0.9, 0.3)),
        correct("proj4j/ProjectionMath.inv_mlfn", InvMlfn.class, "inv_mlfn",
            args(0.7, 0.3, ProjectionMath.enfn(0.3)), args(-1.2, 0.1, ProjectionMath.enfn(0.1))),
        correct("proj4j/ProjectionMath.normalizeLongitude", NormalizeLongitude.class, "normalizeLongitude",
            args(5.0), args(-7.5), args(1.0)),
        correct("proj4j/ProjectionMath.qsfn", Qsfn.class, "qsfn", args(0.6, E, 1 - ES), args(-0.4, 0.2, 0.96)),
        correct("proj4j/TransverseMercatorProjection.project", TransverseMercator.class, "project",
                args(0.05, 0.7, fresh(FifthRound::planar)), args(-0.1, -0.3, fresh(FifthRound::planar)))
            .on(construct(ES, 0.0, 0.9996)),
        correct("proj4j/TransverseMercatorProjection.project (sphere)", TransverseMercator.class, "project",
                args(0.05, 0.7, fresh(FifthRound::planar)), args(-0.1, -0.3, fresh(FifthRound::planar)))
            .on(construct(0.0, 0.0, 1.0)),
        // a table of cubic pieces indexed by (int) Math.floor(|phi| * C1): points inside the pieces
        correct("proj4j/RobinsonProjection.project", Robinson.class, "project",
                args(0.4, 0.3, fresh(FifthRound::planar)), args(-1.2, -0.95, fresh(FifthRound::planar)))
            .on(construct()),
        correct("proj4j/MolleweideProjection.project", Mollweide.class, "project",
                args(0.4, 0.3, fresh(FifthRound::planar)), args(-1.2, -0.95, fresh(FifthRound::planar)))
            .on(construct()),
        correct("proj4j/MolleweideProjection.project (Wagner IV)", Mollweide.class, "project",
                args(0.4, 0.3, fresh(FifthRound::planar)), args(2.0, 1.2, fresh(FifthRound::planar)))
            .on(construct(Mollweide.WAGNER4)),

        // jMetal 6.1 (float code); correctTo01 is a package-private helper of the non-final class (its companions
        // are guarded against overrides). sDecept at B = 0.001 forms its partial in B from terms of ~1e6: float
        // tangent and adjoint differ there by float rounding (Classifier.roundingNoise, OwnOverridableHelpersTest),
        // and the float differences along B do not settle (the rounding of those terms, not a jump): B = 0.01 since
        // the eighth peer round, where they do (FiniteDifferences.Estimate.settles)
        correct("jmetal/wfg.Transformations.sDecept", WfgSDecept.class, "sDecept",
                args(0.3f, 0.35f, 0.01f, 0.05f), args(0.7f, 0.35f, 0.01f, 0.05f))
            .on(construct()),
        correct("jmetal/wfg.Transformations.sMulti", WfgSMulti.class, "sMulti",
                args(0.2f, 2, 3, 0.35f), args(0.6f, 30, 10, 0.35f))
            .on(construct()),
        correct("jmetal/wfg.Transformations.rNonsep", WfgRNonsep.class, "rNonsep",
                args(new float[] {0.2f, 0.5f, 0.9f, 0.4f}, 2), args(new float[] {0.1f, 0.7f, 0.3f}, 3))
            .on(construct()),
        correct("jmetal/wfg.Transformations.bParam", WfgBParam.class, "bParam",
                args(0.4f, 0.3f, 0.0196f, 0.02f, 50f), args(0.8f, 0.7f, 0.0196f, 0.02f, 50f))
            .on(construct()),
        correct("jmetal/wfg.Shapes.disc", WfgShapesDisc.class, "disc",
                args(new float[] {0.3f, 0.6f}, 5, 1.0f, 1.0f), args(new float[] {0.55f, 0.2f}, 2, 1.5f, 0.8f))
            .on(construct()),
        correct("jmetal/wfg.Shapes.convex", WfgShapesConvex.class, "convex",
                args(new float[] {0.3f, 0.6f, 0.8f}, 1), args(new float[] {0.3f, 0.6f, 0.8f}, 2))
            .on(construct()),

        // ojAlgo 55.0.0 (PrimitiveMath from the jar)
        // PrimitiveMath.SIN etc.: method references in static final fields, resolved from PrimitiveMath's <clinit>
        correct("ojalgo/GammaFunction.gamma", GammaFunction.class, "gamma",
            args(2.5), args(0.3), args(-1.5), args(7.2)),
        correct("ojalgo/ErrorFunction.erf", ErrorFunction.class, "erf", args(0.5), args(-1.7)),
        correct("ojalgo/HypergeometricFunction.hypergeometric", HypergeometricFunction.class, "hypergeometric",
            args(0.5, 1.5, 2.0, 0.3)),
        correct("ojalgo/MissingMath.power", MissingMathPower.class, "power", args(1.3, 5), args(0.7, -3)),

        // OpenGamma Strata 2.12.0
        // NORMAL.getCDF(sign * d1) is inlined on the constant's class (ObjectInliner.boxesForConstant), its
        // ArgChecker.notNull(x, "x") only null-tests the box and returns it unused; ArgChecker.isTrue(..., Object... arg)
        // lists the boxes into its message with Arrays.toString (MessageUses)
        correct("strata/BlackFormulaRepository.price", BlackFormulaRepository.class, "price",
            args(100.0, 95.0, 1.5, 0.25, true), args(100.0, 110.0, 0.5, 0.3, false)),

        // Commons RNG 1.6
        correct("rng/StableSampler.CMSStableSampler.getTau", StableGetTau.class, "getTau",
            args(0.8, 0.5), args(1.7, -0.3), args(0.3, 0.6)),
        correct("rng/StableSampler.SpecialMath.d2", SpecialMathD2.class, "d2", args(0.3), args(-2.0), args(5.0)),

        // dyn4j 5.0.2
        correct("dyn4j/Vector2.getAngleBetween", Vector2AngleBetween.class, "getAngleBetween",
                args(0.5), args(3.0), args(-2.9))
            .on(construct(1.0, 2.0)),
        // rotate(cos, sin, x, y) writes this.x and this.y and returns this: its tangent alone runs (the result is the
        // argument whose shadow it returns), and reverse mode splits it behind a check of the receiver's class
        correct("dyn4j/Vector2.rotate", Vector2Rotate.class, "rotate", args(0.4, 0.5, -1.0))
            .on(construct(1.0, 2.0)),

        // Commons Geometry 1.0
        correct("geometry/Vectors.linearCombination", VectorsLinearCombination.class, "linearCombination",
            args(1.1, -2.3, 0.7, 4.9, -0.4, 2.2)));
  }
}
