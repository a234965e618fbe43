/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: ta4j/ta4j (GitHub, commit 42e1a941ebdf4f8b122b12ab65bfd012c6bee7f3),
 * ta4j-core/src/main/java/org/ta4j/core/Trade.java
 * Licence: MIT (SPDX-License-Identifier: MIT; Copyright (c) the ta4j authors). Provided "AS IS", WITHOUT WARRANTY OF
 * ANY KIND.
 * Copied: the nested enum TradeType only.
 * Changes: package; the interface's other members (trade accessors and factories) removed.
 */
package dev.leibniz.corpus.ta4j;

import java.io.Serializable;

public interface Trade extends Serializable {

    /** The type of a trade. */
    enum TradeType {

        /** A BUY corresponds to a <i>BID</i> trade. */
        BUY {
            @Override
            public TradeType complementType() {
                return SELL;
            }
        },

        /** A SELL corresponds to an <i>ASK</i> trade. */
        SELL {
            @Override
            public TradeType complementType() {
                return BUY;
            }
        };

        /**
         * @return the complementary trade type
         */
        public abstract TradeType complementType();
    }
}
