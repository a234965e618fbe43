package dev.leibniz.corpus.strata;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: OpenGamma Strata 2.12.0, strata-collect sources jar (Maven Central; OpenGamma/Strata on GitHub), com/opengamma/strata/collect/ArgChecker.java
 * Licence: Apache License 2.0 (Copyright (C) 2012 - present by OpenGamma Inc. and the OpenGamma group of
 * companies; The Apache Software License, Version 2.0, as the strata-parent POM declares;
 * http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: isTrue(boolean, String), isTrue(boolean, String, Object...), notNull, notNullMsg. Changes: package; the rest omitted; Messages.format (which puts the arguments in place of the {} placeholders) replaced by the message followed by Arrays.toString of the arguments.
 */
public final class ArgChecker {
  private ArgChecker() {}

  public static void isTrue(boolean validIfTrue, String message) {
    if (!validIfTrue) {
      throw new IllegalArgumentException(message);
    }
  }

  public static void isTrue(boolean validIfTrue, String message, Object... arg) {
    // return void, not the argument, as no need to check a boolean method argument
    if (!validIfTrue) {
      throw new IllegalArgumentException(message + " " + java.util.Arrays.toString(arg));
    }
  }

  public static <T> T notNull(T argument, String name) {
    if (argument == null) {
      throw new IllegalArgumentException(notNullMsg(name));
    }
    return argument;
  }

  // extracted to aid inlining performance
  private static String notNullMsg(String name) {
    return "Argument '" + name + "' must not be null";
  }
}
