package dev.leibniz.corpus.guava;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Guava 33.4.8-jre, guava sources jar (Maven Central; google/guava on GitHub),
 * com/google/common/base/Preconditions.java (and Platform.java)
 * Licence: Apache License 2.0 (Copyright (C) 2011/2012 The Guava Authors; http://www.apache.org/licenses/LICENSE-2.0).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: checkArgument(boolean) and checkArgument(boolean, Object) (helpers, nothing annotated here).
 * Changes: package; javadoc and annotations omitted; Platform.stringValueOf(o) (String.valueOf(o)) copied as a
 * method of this class; the rest omitted.
 */

public final class Preconditions {
  private Preconditions() {}

  public static void checkArgument(boolean expression) {
    if (!expression) {
      throw new IllegalArgumentException();
    }
  }

  public static void checkArgument(boolean expression, Object errorMessage) {
    if (!expression) {
      throw new IllegalArgumentException(stringValueOf(errorMessage));
    }
  }

  /** Platform.stringValueOf of the source. */
  static String stringValueOf(Object o) {
    return String.valueOf(o);
  }
}
