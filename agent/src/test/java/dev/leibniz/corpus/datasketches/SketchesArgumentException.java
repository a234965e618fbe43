package dev.leibniz.corpus.datasketches;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache DataSketches Java (apache/datasketches-java on GitHub, commit d5cce9b3ad3f7c39faabcebb7f3934c4f73f14fc),
 * src/main/java/org/apache/datasketches/common/SketchesArgumentException.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the class, with its superclass SketchesException (common/SketchesException.java) folded in.
 * Changes: package (imports of the other copied classes dropped or pointed at this package); licence header shortened to this header; extends RuntimeException directly (SketchesException, which only adds a constructor with a cause, is not copied).
 */

/**
 * Illegal Arguments Exception class for the library
 *
 * @author Lee Rhodes
 */
public class SketchesArgumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  //other constructors to be added as needed.

  /**
   * Constructs a new runtime exception with the specified detail message. The cause is not
   * initialized, and may subsequently be initialized by a call to
   * Throwable.initCause(java.lang.Throwable).
   *
   * @param message the detail message. The detail message is saved for later retrieval by the
   * Throwable.getMessage() method.
   */
  public SketchesArgumentException(final String message) {
    super(message);
  }
}
