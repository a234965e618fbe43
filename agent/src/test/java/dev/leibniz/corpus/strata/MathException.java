package dev.leibniz.corpus.strata;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: OpenGamma Strata 2.12.0, strata-math sources jar (Maven Central; OpenGamma/Strata on GitHub), com/opengamma/strata/math/MathException.java
 * Licence: Apache License 2.0 (Copyright (C) 2012 - present by OpenGamma Inc. and the OpenGamma group of
 * companies; The Apache Software License, Version 2.0, as the strata-parent POM declares;
 * http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied: the class with its String constructor. Changes: package; the other constructors omitted.
 */
public class MathException extends RuntimeException {

  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  public MathException(String message) {
    super(message);
  }
}
