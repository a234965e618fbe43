/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: ta4j/ta4j (GitHub, commit 42e1a941ebdf4f8b122b12ab65bfd012c6bee7f3),
 * ta4j-core/src/main/java/org/ta4j/core/analysis/CashFlow.java
 * Licence: MIT (SPDX-License-Identifier: MIT; Copyright (c) the ta4j authors). Provided "AS IS", WITHOUT WARRANTY OF
 * ANY KIND.
 * Copied: the private static helper getIntermediateRatio (the ratio of a trade's exit to entry price, mirrored for short
 * trades), which the cash flow applies bar by bar.
 * Changes: package; the class's other members (the cash-flow indicator over a BarSeries and a TradingRecord) removed;
 * @Differentiable added to getIntermediateRatio.
 */
package dev.leibniz.corpus.ta4j;

import dev.leibniz.Differentiable;

public class CashFlow {

    @Differentiable
    private static Num getIntermediateRatio(boolean isLongTrade, Num entryPrice, Num exitPrice) {
        if (isLongTrade) {
            return exitPrice.dividedBy(entryPrice);
        }
        return entryPrice.getNumFactory().numOf(2).minus(exitPrice.dividedBy(entryPrice));
    }
}
