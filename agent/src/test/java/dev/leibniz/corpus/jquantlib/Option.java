package dev.leibniz.corpus.jquantlib;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: JQuantLib (jlmoya/jquantlib on GitHub, commit 4cbabec5b832271ed40ac1de2677b4a69fae7f22),
 * jquantlib/src/main/java/org/jquantlib/instruments/Option.java
 * Licence: BSD (jquantlib/LICENSE.TXT: "JQuantLib is Copyright (c) 2007, Richard Gomes. All rights reserved. This source
 * code is release under the BSD License. JQuantLib includes code taken from QuantLib", itself under QuantLib's BSD-style
 * licence). Distributed WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A
 * PARTICULAR PURPOSE.
 * Copied: the nested enum Option.Type, unchanged (Put(-1), Call(1), toInteger, toString).
 * Changes: package; licence header shortened to this header; the enclosing abstract instrument class reduced to a
 * holder of the enum (its payoff, exercise and pricing-engine members left out).
 */
public class Option {
    /**
     * This enumeration represents options types: CALLs and PUTs.
     */
    public static enum Type {

        Put(-1),
        Call(1);

        private int value;

        private Type(final int type) {
            this.value = type;
        }

        static public final String UNKNOWN_OPTION_TYPE = "unknown option type";

        /**
         * This method returns the <i>mathematical signal</i> associated to an option type.
         *
         * @return 1 for CALLs; -1 for PUTs
         */
        public int toInteger() {
            return value;
        }

        @Override
        public String toString() {
            if (value==1)
                return "Call";
            else if (value==-1)
                return "Put";
            else
                throw new LibraryException(UNKNOWN_OPTION_TYPE);
        }
    }
}
