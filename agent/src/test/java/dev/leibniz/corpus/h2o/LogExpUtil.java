package dev.leibniz.corpus.h2o;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: H2O-3 (h2oai/h2o-3 on GitHub, commit 0cd0b4e430b0e30c8547395217ff8fd544bdfa1f),
 * h2o-core/src/main/java/hex/DistributionFactory.java
 * Licence: Apache License 2.0 (h2o-3's LICENSE; "http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS
 * IS"
 * BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the package-private final class LogExpUtil at the end of the file (MIN_LOG, MAX, the sanitized exp
 * = Math.min(MAX, Math.exp(x)) and log = Math.max(0, x), then MIN_LOG at 0, else Math.max(MIN_LOG, Math.log(x))).
 * Changes: package; in a file of its own; javadoc omitted.
 */

/**
 * Util class to calculate log and exp function for distribution and link function identically 
 */
final class LogExpUtil {
    final static public double MIN_LOG = -19;
    final static public double MAX = 1e19;

    public static double exp(double x) { return Math.min(MAX, Math.exp(x)); }

    public static double log(double x) {
        x = Math.max(0, x);
        return x == 0 ? MIN_LOG : Math.max(MIN_LOG, Math.log(x));
    }
}
