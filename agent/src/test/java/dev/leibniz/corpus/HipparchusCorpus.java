package dev.leibniz.corpus;

import dev.leibniz.Differentiable;
import org.hipparchus.analysis.function.Gaussian;
import org.hipparchus.analysis.function.Logistic;
import org.hipparchus.analysis.function.Sigmoid;
import org.hipparchus.analysis.polynomials.PolynomialFunction;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;
import org.hipparchus.util.FastMath;
import org.hipparchus.util.MathArrays;
import org.hipparchus.util.MathUtils;

/**
 * Real code: methods of the unmodified hipparchus-core 4.0.2 jar (Apache License 2.0,
 * https://hipparchus.org, a test dependency of this module), each called from one marked wrapper,
 * so that the library method is differentiated from its own bytecode. The wrapper's name is the
 * library method's; {@link CorpusTest} checks every companion against finite differences and the
 * dot-product test, and counts what is refused and why.
 */
public class HipparchusCorpus {
  @Differentiable public static double gammaLogGamma(double x) { return Gamma.logGamma(x); }
  @Differentiable public static double gammaGamma(double x) { return Gamma.gamma(x); }
  @Differentiable public static double gammaDigamma(double x) { return Gamma.digamma(x); }
  @Differentiable public static double gammaTrigamma(double x) { return Gamma.trigamma(x); }
  @Differentiable public static double gammaLogGamma1p(double x) { return Gamma.logGamma1p(x); }
  @Differentiable public static double gammaInvGamma1pm1(double x) { return Gamma.invGamma1pm1(x); }
  @Differentiable public static double gammaLanczos(double x) { return Gamma.lanczos(x); }
  @Differentiable public static double gammaRegularizedGammaP(double a, double x) { return Gamma.regularizedGammaP(a, x); }
  @Differentiable public static double gammaRegularizedGammaQ(double a, double x) { return Gamma.regularizedGammaQ(a, x); }
  @Differentiable public static double betaLogBeta(double a, double b) { return Beta.logBeta(a, b); }
  @Differentiable public static double betaRegularizedBeta(double x, double a, double b) { return Beta.regularizedBeta(x, a, b); }
  @Differentiable public static double erfErf(double x) { return Erf.erf(x); }
  @Differentiable public static double erfErfc(double x) { return Erf.erfc(x); }
  @Differentiable public static double erfErfInv(double x) { return Erf.erfInv(x); }
  @Differentiable public static double erfErfcInv(double x) { return Erf.erfcInv(x); }
  @Differentiable public static double fastMathSin(double x) { return FastMath.sin(x); }
  @Differentiable public static double fastMathExp(double x) { return FastMath.exp(x); }
  @Differentiable public static double fastMathLog(double x) { return FastMath.log(x); }
  @Differentiable public static double fastMathSqrt(double x) { return FastMath.sqrt(x); }
  @Differentiable public static double fastMathAtan(double x) { return FastMath.atan(x); }
  @Differentiable public static double fastMathTanh(double x) { return FastMath.tanh(x); }
  @Differentiable public static double fastMathCbrt(double x) { return FastMath.cbrt(x); }
  @Differentiable public static double fastMathExpm1(double x) { return FastMath.expm1(x); }
  @Differentiable public static double fastMathLog1p(double x) { return FastMath.log1p(x); }
  @Differentiable public static double fastMathCosh(double x) { return FastMath.cosh(x); }
  @Differentiable public static double fastMathHypot(double x, double y) { return FastMath.hypot(x, y); }
  @Differentiable public static double fastMathPow(double x, double y) { return FastMath.pow(x, y); }
  @Differentiable public static double fastMathAtan2(double y, double x) { return FastMath.atan2(y, x); }
  @Differentiable public static double fastMathFloor(double x) { return FastMath.floor(x) + x; }
  @Differentiable public static double mathUtilsNormalizeAngle(double a, double c) { return MathUtils.normalizeAngle(a, c); }
  @Differentiable public static double mathUtilsReduce(double a, double p, double o) { return MathUtils.reduce(a, p, o); }
  @Differentiable public static double mathArraysLinearCombination4(double a1, double b1, double a2, double b2) {
    return MathArrays.linearCombination(a1, b1, a2, b2);
  }
  @Differentiable public static double mathArraysLinearCombination(double[] a, double[] b) { return MathArrays.linearCombination(a, b); }
  @Differentiable public static double mathArraysDistance(double[] a, double[] b) { return MathArrays.distance(a, b); }
  @Differentiable public static double mathArraysDistanceInf(double[] a, double[] b) { return MathArrays.distanceInf(a, b); }
  @Differentiable public static double mathArraysSafeNorm(double[] a, double[] b) { return MathArrays.safeNorm(a) + b[0]; }
  @Differentiable public static double mathArraysCosAngle(double[] a, double[] b) { return MathArrays.cosAngle(a, b); }
  @Differentiable public static double gaussianValue(double x) { return new Gaussian(0.3, 1.2).value(x); }
  @Differentiable public static double sigmoidValue(double x) { return new Sigmoid(-1, 2).value(x); }
  @Differentiable public static double logisticValue(double x) { return new Logistic(2, 0.5, 1.5, 1, 0.2, 1.3).value(x); }
  @Differentiable public static double polynomialFunctionValue(double x) { return new PolynomialFunction(1, -2, 0.5, 0.25).value(x); }
}
