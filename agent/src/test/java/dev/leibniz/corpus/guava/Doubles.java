package dev.leibniz.corpus.guava;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Guava 33.4.8-jre, guava sources jar (Maven Central; google/guava on GitHub),
 * com/google/common/primitives/Doubles.java
 * Licence: Apache License 2.0 (Copyright (C) 2011/2012 The Guava Authors; http://www.apache.org/licenses/LICENSE-2.0).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: isFinite(double).
 * Changes: package; javadoc omitted; the rest omitted.
 */

import static java.lang.Double.NEGATIVE_INFINITY;
import static java.lang.Double.POSITIVE_INFINITY;

public final class Doubles {
  private Doubles() {}

  public static boolean isFinite(double value) {
    return NEGATIVE_INFINITY < value && value < POSITIVE_INFINITY;
  }
}
