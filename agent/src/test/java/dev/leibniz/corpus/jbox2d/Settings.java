package dev.leibniz.corpus.jbox2d;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: jbox2d/jbox2d (GitHub), jbox2d-library/src/main/java/org/jbox2d/common/Settings.java
 * Licence: BSD 2-clause, Copyright (c) 2013, Daniel Murphy. All rights reserved (see MathUtilsAtan2.java).
 * Copied unchanged: the two flags the corpus entries read; the rest of the class is omitted.
 */
public class Settings {
  public static boolean FAST_ABS = true;
  public static boolean FAST_ATAN2 = true;
}
