/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: ta4j/ta4j (GitHub, commit 42e1a941ebdf4f8b122b12ab65bfd012c6bee7f3),
 * ta4j-core/src/main/java/org/ta4j/core/backtest/SlippageExecutionModel.java
 * Licence: MIT (SPDX-License-Identifier: MIT; Copyright (c) the ta4j authors). Provided "AS IS", WITHOUT WARRANTY OF
 * ANY KIND.
 * Copied: the private static helper applySlippage (the execution price moved against the trader by a slippage ratio).
 * Changes: package; the class's other members (the execution model over a BarSeries) removed; @Differentiable added to
 * applySlippage.
 */
package dev.leibniz.corpus.ta4j;

import dev.leibniz.Differentiable;
import dev.leibniz.corpus.ta4j.Trade.TradeType;

public class SlippageExecutionModel {

    @Differentiable
    private static Num applySlippage(Num price, TradeType tradeType, Num slippageRatio) {
        Num one = price.getNumFactory().one();
        if (tradeType == TradeType.BUY) {
            return price.multipliedBy(one.plus(slippageRatio));
        }
        return price.multipliedBy(one.minus(slippageRatio));
    }
}
