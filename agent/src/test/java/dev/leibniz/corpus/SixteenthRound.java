package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.mallet.Maths;
import dev.leibniz.corpus.ssj.GammaDist;
import dev.leibniz.corpus.ssj.Misc;
import dev.leibniz.corpus.ssj.NormalDist;
import dev.leibniz.corpus.ssj.Num;
import dev.leibniz.corpus.wpimath.DCMotor;
import dev.leibniz.corpus.wpimath.MathUtil;
import dev.leibniz.corpus.wpimath.PIDController;
import dev.leibniz.corpus.wpimath.SimpleMotorFeedforward;
import dev.leibniz.corpus.wpimath.TrapezoidProfile;
import java.util.List;
import java.util.function.Function;

/**
 * The sixteenth round of the corpus table: methods from three projects not seen before — SSJ, Stochastic Simulation in
 * Java (Apache-2.0: special functions by Chebyshev series and rational approximations with range reduction through
 * (int) casts and recursion, Kahan summation, selection by recursion over new arrays, Newton's divided differences
 * written in place, the normal distribution's density, tail, quantile and maximum-likelihood estimate, the gamma
 * density and distribution function by series and a renormalized continued fraction) and WPILib's wpimath (BSD: input
 * shaping, angle wrapping, motor feedforwards and a DC motor model reading gains from fields, a PID controller writing
 * its state into its fields, a trapezoidal motion profile returning a new State). Kept apart from {@link Corpus} so that
 * rounds merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class SixteenthRound {
  private SixteenthRound() {}

  /** A PIDController made by its constructor, then set up (continuous input or not, integrator range, IZone, tolerances). */
  private static Function<Class<?>, Object> pid(boolean continuous, double kp, double ki, double kd) {
    return c -> {
      Object pid = construct(kp, ki, kd).apply(c);
      try {
        if (continuous) c.getMethod("enableContinuousInput", double.class, double.class).invoke(pid, -Math.PI, Math.PI);
        c.getMethod("setIntegratorRange", double.class, double.class).invoke(pid, -0.5, 0.5);
        // finite, as every field is an input and an output of calculate: IZone and the derivative tolerance are
        // +infinity by default, whose differences are NaN
        c.getMethod("setIZone", double.class).invoke(pid, 10.0);
        c.getMethod("setTolerance", double.class, double.class).invoke(pid, 0.05, 1.0);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot set up " + c.getName(), e);
      }
      return pid;
    };
  }

  /** A TrapezoidProfile whose Constraints are of the class as the entry's loader made it. */
  private static Function<Class<?>, Object> profile(double maxVelocity, double maxAcceleration) {
    return c -> {
      try {
        Class<?> constraints = Class.forName(c.getName() + "$Constraints", true, c.getClassLoader());
        Object made = construct(maxVelocity, maxAcceleration).apply(constraints);
        return c.getConstructor(constraints).newInstance(made);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot make " + c.getName(), e);
      }
    };
  }

  private static Object state(double position, double velocity) {
    return inLoaderOf(TrapezoidProfile.State.class, position, velocity);
  }

  /**
   * calculate(measurement, setpoint) stores the setpoint and returns calculate(measurement), an overridable method of
   * the same class that writes five fields and returns the output: the tangent would call it for its value and again in
   * its tangent (the adjoint alone is generated).
   */
  static List<Entry> entries() {
    double[] xs = {0.0, 0.5, 1.3, 2.0};
    double[] ys = {1.0, 0.6, -0.4, 0.9};
    return List.of(
        // SSJ, special functions (Apache-2.0)
        correct("ssj/Num.lnGamma", Num.class, "lnGamma", args(2.5), args(3.5), args(7.3), args(25.0)),
        correct("ssj/Num.lnBeta", Num.class, "lnBeta", args(1.5, 2.5), args(3.2, 8.7)),
        correct("ssj/Num.digamma", Num.class, "digamma", args(0.3), args(1.7), args(5.2)),
        correct("ssj/Num.trigamma", Num.class, "trigamma", args(0.3), args(2.5), args(5.5), args(45.0)),
        correct("ssj/Num.gammaRatioHalf", Num.class, "gammaRatioHalf", args(3.0), args(50.0), args(400.0)),
        correct("ssj/Num.sumKahan", Num.class, "sumKahan", args(new double[] {0.1, 1e8, -0.3, 2.7}, 4)),
        correct("ssj/Num.bernoulliPoly", Num.class, "bernoulliPoly", args(5, 0.3), args(8, 0.7)),
        correct("ssj/Num.besselK025", Num.class, "besselK025", args(1.3), args(0.3)),
        correct("ssj/Num.erf", Num.class, "erf", args(0.5), args(-1.2), args(2.5)),
        correct("ssj/Num.erfc", Num.class, "erfc", args(0.7), args(-0.4)),
        // u = 0.3: erfInv(0.7) through Misc.evalPoly; u = 0.001: three Newton steps on erfc from an asymptotic start
        correct("ssj/Num.erfcInv", Num.class, "erfcInv", args(0.3), args(0.001)),

        // SSJ, selection and interpolation
        correct("ssj/Misc.quickSelect", Misc.class, "quickSelect", args(new double[] {0.5, -1.2, 0.8, 2.0, 0.1}, 5, 3)),
        correct("ssj/Misc.getMedian", Misc.class, "getMedian", args(new double[] {0.5, -1.2, 0.8, 2.0, 0.1}, 5),
            args(new double[] {0.5, -1.2, 0.8, 2.0}, 4)),
        correct("ssj/Misc.interpol", Misc.class, "interpol", args(3, xs.clone(), ys.clone(), new double[4])),
        correct("ssj/Misc.evalPoly", Misc.class, "evalPoly", args(3, xs.clone(), new double[] {1.0, -0.8, 0.3, 0.5}, 0.7)),

        // SSJ, the normal and gamma distributions
        correct("ssj/NormalDist.cdf", NormalDist.class, "cdf", args(0.4), args(-2.0)).on(construct(0.5, 1.3)),
        correct("ssj/NormalDist.density", NormalDist.class, "density", args(0.5, 1.3, 0.2)),
        correct("ssj/NormalDist.barF", NormalDist.class, "barF", args(0.5, 1.3, 2.0), args(0.5, 1.3, -1.0)),
        correct("ssj/NormalDist.inverseF", NormalDist.class, "inverseF", args(0.5, 1.3, 0.3), args(0.5, 1.3, 0.9),
            args(0.5, 1.3, 0.02)),
        correct("ssj/NormalDist.getMLE", NormalDist.class, "getMLE", args(new double[] {0.5, -1.2, 0.8, 2.0}, 4)),
        correct("ssj/GammaDist.density", GammaDist.class, "density", args(2.5, 1.5, 1.2)).with(Num.class),
        // lambda x = 1.8 < alpha: the series; 4.5 > alpha: 1 - barF, the continued fraction
        correct("ssj/GammaDist.cdf", GammaDist.class, "cdf", args(2.5, 1.5, 15, 1.2), args(2.5, 1.5, 15, 3.0))
            .with(Num.class),

        // MALLET, log-space and information functions (Apache-2.0)
        correct("mallet/Maths.logGamma", Maths.class, "logGamma", args(0.3), args(0.6), args(1.2), args(3.1), args(7.5),
            args(20.0)),
        correct("mallet/Maths.oldLogGamma", Maths.class, "oldLogGamma", args(0.7), args(6.3)),
        correct("mallet/Maths.logBeta", Maths.class, "logBeta", args(1.5, 2.5), args(0.4, 9.0)),
        correct("mallet/Maths.regularizedGammaP", Maths.class, "regularizedGammaP", args(2.5, 1.2), args(4.0, 3.5)),
        correct("mallet/Maths.pbinom", Maths.class, "pbinom", args(3, 10, 0.35)),
        correct("mallet/Maths.sumLogProb", Maths.class, "sumLogProb", args(new double[] {-1.2, -0.3, -2.5, -40.0})),
        correct("mallet/Maths.subtractLogProb", Maths.class, "subtractLogProb", args(-0.3, -1.2)),
        correct("mallet/Maths.tanh", Maths.class, "tanh", args(0.4), args(-1.3)),
        correct("mallet/Maths.jensenShannonDivergence", Maths.class, "jensenShannonDivergence",
            args(new double[] {0.2, 0.5, 0.3}, new double[] {0.4, 0.4, 0.2})),
        correct("mallet/Maths.getEntropy", Maths.class, "getEntropy", args(new double[] {0.2, 0.5, 0.3})),

        // WPILib wpimath (BSD)
        correct("wpimath/MathUtil.inverseLerp", MathUtil.class, "inverseLerp", args(1.0, 3.0, 2.2)),
        correct("wpimath/MathUtil.applyDeadband", MathUtil.class, "applyDeadband", args(0.5, 0.1, 1.0),
            args(-0.7, 0.1, 2.0)),
        correct("wpimath/MathUtil.copyDirectionPow", MathUtil.class, "copyDirectionPow", args(0.5, 2.0, 1.0),
            args(-0.7, 1.5, 2.0)),
        correct("wpimath/MathUtil.angleModulus", MathUtil.class, "angleModulus", args(4.0), args(-7.5), args(1.0)),
        correct("wpimath/SimpleMotorFeedforward.calculate", SimpleMotorFeedforward.class, "calculate", args(1.0, 1.2),
                args(-0.5, 0.3))
            .on(construct(0.1, 2.0, 0.3)),
        correct("wpimath/SimpleMotorFeedforward.calculate(ka=0)", SimpleMotorFeedforward.class, "calculate",
                args(1.0, 1.2), args(-0.5, 0.3))
            .on(construct(0.1, 2.0)),
        correct("wpimath/SimpleMotorFeedforward.minAchievableAcceleration", SimpleMotorFeedforward.class,
                "minAchievableAcceleration", args(12.0, 1.5), args(12.0, -2.0))
            .on(construct(0.1, 2.0, 0.3)),
        correct("wpimath/DCMotor.getCurrent", DCMotor.class, "getCurrent", args(100.0, 6.0))
            .on(construct(12.0, 2.42, 133.0, 2.7, 556.0, 2)),
        correct("wpimath/DCMotor.getVoltage", DCMotor.class, "getVoltage", args(0.5, 100.0))
            .on(construct(12.0, 2.42, 133.0, 2.7, 556.0, 2)),
        correct("wpimath/DCMotor.getVelocity", DCMotor.class, "getVelocity", args(0.5, 10.0))
            .on(construct(12.0, 2.42, 133.0, 2.7, 556.0, 2)),
        correct("wpimath/PIDController.calculate", PIDController.class, "calculate", args(0.3, 1.0), args(2.0, 0.4))
            .on(pid(false, 1.2, 0.5, 0.1)),
        // measurement 3.0, setpoint -3.0: the error -6.0 wrapped into [-pi, pi)
        correct("wpimath/PIDController.calculate(continuous)", PIDController.class, "calculate", args(3.0, -3.0),
                args(0.3, 1.0))
            .on(pid(true, 1.2, 0.5, 0.1)),
        // t in the acceleration, cruise and deceleration phases of a profile from rest at 0 to rest at 3; correct since the
        // adjoint reseats the seeds of m_profile, replaced by a new ProfileTiming (refused before: the caller's seeds and the
        // old object's adjoints would share one shadow; objects.ReplacedHeldObjectsTest)
        correct("wpimath/TrapezoidProfile.calculate", TrapezoidProfile.class, "calculate",
                args(0.4, state(0.0, 0.0), state(3.0, 0.0)), args(1.5, state(0.0, 0.0), state(3.0, 0.0)),
                args(2.6, state(0.0, 0.0), state(3.0, 0.0)))
            .on(profile(1.5, 2.0)));
  }
}
