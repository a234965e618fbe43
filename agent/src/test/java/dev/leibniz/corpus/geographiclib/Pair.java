package dev.leibniz.corpus.geographiclib;

/*
 * A helper of the real-code corpus (not an entry) (test code only, see ../README.md).
 * Source: GeographicLib-Java 2.0, GeographicLib-Java-2.0-sources.jar (Maven Central,
 * net.sf.geographiclib:GeographicLib-Java:2.0), net/sf/geographiclib/Pair.java
 * Licence: MIT/X11. Copyright (c) Charles Karney (2013-2022) <charles@karney.com>; see
 * https://geographiclib.sourceforge.io/ (permission is granted to use, copy, modify and distribute).
 * Copied unchanged: the whole class.
 * Changes: package; javadoc omitted.
 */
public class Pair {
  public double first;
  public double second;
  public Pair(double first, double second)
  { this.first = first; this.second = second; }
  public Pair() {}
}
