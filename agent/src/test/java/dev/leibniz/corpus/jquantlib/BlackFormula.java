package dev.leibniz.corpus.jquantlib;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: JQuantLib (jlmoya/jquantlib on GitHub, commit 4cbabec5b832271ed40ac1de2677b4a69fae7f22),
 * jquantlib/src/main/java/org/jquantlib/pricingengines/BlackFormula.java
 * Licence: BSD (jquantlib/LICENSE.TXT: "JQuantLib is Copyright (c) 2007, Richard Gomes. All rights reserved. This source
 * code is release under the BSD License. JQuantLib includes code taken from QuantLib", itself under QuantLib's BSD-style
 * licence). Distributed WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A
 * PARTICULAR PURPOSE.
 * Copied: five methods, unchanged but for the annotations below: blackFormula, blackFormulaImpliedStdDevApproximation and blackFormulaCashItmProbability (each the overload taking an Option.Type and a displacement), blackFormulaStdDevDerivative (with discount and displacement) and bachelierBlackFormula (Option.Type, with discount); all entries. They call QL.require, Closeness.isClose and a new CumulativeNormalDistribution (op, derivative), copied alongside.
 * Changes: package; licence headers shortened to this header; the 30 other overloads (PlainVanillaPayoff forms, the NewtonSafe implied-deviation solver) left out; JQuantLib's documentation-only annotations (@Real, @StdDev, @DiscountFactor, @NonNegative: type-use markers of the unit, read by nothing) removed, the classes they call taken from this package; @Differentiable added to the five entries.
 */


/**
 *
 * Black 1976 formula
 *
 * @author Richard Gomes
 * @author Srinivas Hasti
 */
// TODO: adjust formulas (LaTeX)
import dev.leibniz.Differentiable;

public class BlackFormula {
    /**
     *
     * Black 1976 formula
     *
     * @note  Instead of volatility it uses standard deviation, i.e.
     *        volatility*sqrt(timeToMaturity)
     */
    @Differentiable
    public static /*@Real*/ double blackFormula(
            final Option.Type optionType,
            double strike,
            double forward,
            final double stddev,
            final double discount,
            final double displacement) {

        QL.require(strike >= 0.0       , "strike must be non-negative"); // TODO: message
        QL.require(forward > 0.0       , "forward must be positive"); // TODO: message
        QL.require(stddev >= 0.0       , "stddev must be non-negative"); // TODO: message
        QL.require(discount > 0.0      , "discount must be positive"); // TODO: message
        QL.require(displacement >= 0.0 , "displacement must be non-negative"); // TODO: message

        forward = forward + displacement;
        strike = strike + displacement;
        if (stddev == 0.0)
            return Math.max((forward - strike) * optionType.toInteger(), (0.0d)) * discount;

        if (strike == 0.0) // strike=0 iff displacement=0
            return (optionType == Option.Type.Call ? forward * discount : 0.0);

        final double d1 = Math.log(forward / strike) / stddev + 0.5 * stddev;
        final double d2 = d1 - stddev;

        // TODO: code review
        final CumulativeNormalDistribution phi = new CumulativeNormalDistribution();
        final double result = discount * optionType.toInteger()
        * (forward * phi.op(optionType.toInteger() * d1) - strike * phi.op(optionType.toInteger() * d2));

        if (result >= 0.0) return result;
        throw new ArithmeticException("a negative value was calculated"); // TODO: message
    }

    /**
     * Approximated Black 1976 implied standard deviation, i.e.
     * volatility*sqrt(timeToMaturity).
     * <p>
     * It is calculated using Brenner and Subrahmanyan (1988) and Feinstein
     * (1988) approximation for at-the-money forward option, with the extended
     * moneyness approximation by Corrado and Miller (1996)
     */
    @Differentiable
    public static /*@Real*/ double blackFormulaImpliedStdDevApproximation(
            final Option.Type optionType,
            double strike,
            double forward,
            final double blackPrice,
            final double discount,
            final double displacement) {

        QL.require(strike >= 0.0       , "strike must be non-negative"); // TODO: message
        QL.require(forward > 0.0       , "forward must be positive"); // TODO: message
        QL.require(displacement >= 0.0 , "displacement must be non-negative"); // TODO: message
        QL.require(blackPrice >= 0.0   , "blackPrice must be non-negative"); // TODO: message
        QL.require(discount > 0.0      , "discount must be positive"); // TODO: message

        double stddev;
        forward = forward + displacement;
        strike = strike + displacement;
        if (Closeness.isClose(strike, forward))
            // Brenner-Subrahmanyan (1988) and Feinstein (1988) ATM approx.
            stddev = blackPrice / discount * Math.sqrt(2.0 * Math.PI) / forward;
        else {
            // Corrado and Miller extended moneyness approximation
            final double moneynessDelta = optionType.toInteger() * (forward - strike);
            final double moneynessDelta_2 = moneynessDelta / 2.0;
            double temp = blackPrice / discount - moneynessDelta_2;
            final double moneynessDelta_PI = moneynessDelta * moneynessDelta / Math.PI;
            double temp2 = temp * temp - moneynessDelta_PI;
            if (temp2 < 0.0)
                // approximation breaks down, 2 alternatives:
                // 1. zero it
                temp2 = 0.0;
            // 2. Manaster-Koehler (1982) efficient Newton-Raphson seed
            // return std::fabs(std::log(forward/strike))*std::sqrt(2.0); -- commented out in original C++
            temp2 = Math.sqrt(temp2);
            temp += temp2;
            temp *= Math.sqrt(2.0 * Math.PI);
            stddev = temp / (forward + strike);
        }

        if (stddev >= 0.0) return stddev;
        throw new ArithmeticException("a negative value was calculated"); // TODO: message
    }

    /**
     * Black 1976 probability of being in the money (in the bond martingale
     * measure), i.e. N(d2). It is a risk-neutral probability, not the real
     * world one.
     *
     * @note Instead of volatility it uses standard deviation, i.e.
     *       volatility*sqrt(timeToMaturity)
     */
    @Differentiable
    public static /*@Real*/ double blackFormulaCashItmProbability(
            final Option.Type optionType,
            final double strike,
            final double forward,
            final double stddev,
            final double displacement) {

        if (stddev==0.0) return (forward * optionType.toInteger() > strike *optionType.toInteger() ? 1.0 : 0.0);
        if (strike==0.0) return (optionType==Option.Type.Call ? 1.0 : 0.0);
        final double d1 = Math.log((forward+displacement)/(strike+displacement))/stddev + 0.5*stddev;
        final double d2 = d1 - stddev;

        // TODO: code review
        final CumulativeNormalDistribution phi = new CumulativeNormalDistribution();
        return phi.op(optionType.toInteger() * d2);
    }

    /**
     * Black 1976 formula for standard deviation derivative
     * <p>
     *
     * @note Instead of volatility it uses standard deviation, i.e.
     *       volatilitysqrt(timeToMaturity), and it returns the derivative with
     *       respect to the standard deviation. If T is the time to maturity
     *       Black vega would be blackstddevDerivative(strike, forward,
     *       stddev)sqrt(T)
     */
    @Differentiable
    public static /*@Real*/ double blackFormulaStdDevDerivative(
            double strike,
            double forward,
            final double stddev,
            final double discount,
            final double displacement) {

        QL.require(strike >= 0.0       , "strike must be non-negative"); // TODO: message
        QL.require(forward > 0.0       , "forward must be positive"); // TODO: message
        QL.require(stddev >= 0.0       , "blackPrice must be non-negative"); // TODO: message
        QL.require(discount > 0.0      , "discount must be positive"); // TODO: message
        QL.require(displacement >= 0.0 , "displacement must be non-negative"); // TODO: message

        forward = forward + displacement;
        strike = strike + displacement;
        final double d1 = Math.log(forward/strike)/stddev + .5*stddev;

        // TODO: code review
        final CumulativeNormalDistribution cdf = new CumulativeNormalDistribution();
        return discount * forward * cdf.derivative(d1);
    }

    /**
     * Black style formula when forward is normal rather than log-normal. This
     * is essentially the model of Bachelier.
     *
     * @note Bachelier model needs absolute volatility, not percentage
     *       volatility. Standard deviation is
     *       absoluteVolatility*sqrt(timeToMaturity)
     */
    @Differentiable
    public static /*@Real*/ double bachelierBlackFormula(
            final Option.Type optionType,
            final   double strike,
            final   double forward,
            final double stddev,
            final double discount) {

        QL.require(stddev >= 0.0 , "blackPrice must be non-negative"); // TODO: message
        QL.require(discount > 0.0 , "discount must be positive"); // TODO: message

        final double d = (forward - strike) * optionType.ordinal(), h = d / stddev;
        if (stddev == 0.0) return discount * Math.max(d, 0.0);

        // TODO: code review
        final CumulativeNormalDistribution phi = new CumulativeNormalDistribution();
        final double result = discount * stddev * phi.derivative(h) + d * phi.op(h);
        if (result >= 0.0) return result;
        throw new ArithmeticException("negative value");
    }
}
