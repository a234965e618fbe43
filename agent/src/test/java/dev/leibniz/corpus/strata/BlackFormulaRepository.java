package dev.leibniz.corpus.strata;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: OpenGamma Strata 2.12.0, strata-pricer sources jar (Maven Central; OpenGamma/Strata on GitHub), com/opengamma/strata/pricer/impl/option/BlackFormulaRepository.java
 * Licence: Apache License 2.0 (Copyright (C) 2012 - present by OpenGamma Inc. and the OpenGamma group of
 * companies; The Apache Software License, Version 2.0, as the strata-parent POM declares;
 * http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: price(double, double, double, double, boolean) (entry), the NORMAL distribution held in a static field (called through the generic ProbabilityDistribution<Double> interface with a boxed argument), LARGE, SMALL. Changes: package; javadoc omitted; @Differentiable added to the entry method; the slf4j Logger replaced by java.util.logging's (the same info(String) calls); the other formulas omitted.
 */

import dev.leibniz.Differentiable;
import java.util.logging.Logger;

public final class BlackFormulaRepository {

  private static final Logger log = Logger.getLogger(BlackFormulaRepository.class.getName());

  private static final ProbabilityDistribution<Double> NORMAL = new NormalDistribution(0, 1);
  private static final double LARGE = 1e13;
  private static final double SMALL = 1e-13;

  @Differentiable
  public static double price(
      double forward,
      double strike,
      double timeToExpiry,
      double lognormalVol,
      boolean isCall) {

    ArgChecker.isTrue(forward >= 0d, "negative/NaN forward; have {}", forward);
    ArgChecker.isTrue(strike >= 0d, "negative/NaN strike; have {}", strike);
    ArgChecker.isTrue(timeToExpiry >= 0d, "negative/NaN timeToExpiry; have {}", timeToExpiry);
    ArgChecker.isTrue(lognormalVol >= 0d, "negative/NaN lognormalVol; have {}", lognormalVol);

    double sigmaRootT = lognormalVol * Math.sqrt(timeToExpiry);
    if (Double.isNaN(sigmaRootT)) {
      log.info("lognormalVol * Math.sqrt(timeToExpiry) ambiguous");
      sigmaRootT = 1d;
    }
    int sign = isCall ? 1 : -1;
    boolean bFwd = (forward > LARGE);
    boolean bStr = (strike > LARGE);
    boolean bSigRt = (sigmaRootT > LARGE);
    double d1 = 0d;
    double d2 = 0d;

    if (bFwd && bStr) {
      log.info("(large value)/(large value) ambiguous");
      return isCall ? (forward >= strike ? forward : 0d) : (strike >= forward ? strike : 0d);
    }
    if (sigmaRootT < SMALL) {
      return Math.max(sign * (forward - strike), 0d);
    }
    if (Math.abs(forward - strike) < SMALL || bSigRt) {
      d1 = 0.5 * sigmaRootT;
      d2 = -0.5 * sigmaRootT;
    } else {
      d1 = Math.log(forward / strike) / sigmaRootT + 0.5 * sigmaRootT;
      d2 = d1 - sigmaRootT;
    }

    double nF = NORMAL.getCDF(sign * d1);
    double nS = NORMAL.getCDF(sign * d2);
    double first = nF == 0d ? 0d : forward * nF;
    double second = nS == 0d ? 0d : strike * nS;

    double res = sign * (first - second);
    return Math.max(0., res);
  }
}
