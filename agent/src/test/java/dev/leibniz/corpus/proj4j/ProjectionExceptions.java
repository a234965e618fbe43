package dev.leibniz.corpus.proj4j;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Proj4J 1.3.0, proj4j sources jar (Maven Central; locationtech/proj4j on GitHub),
 * org/locationtech/proj4j/ConvergenceFailureException.java, InvalidValueException.java, Proj4jException.java
 * Licence: Apache License 2.0 (Copyright 2009, 2017 Martin Davis; http://www.apache.org/licenses/LICENSE-2.0).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the two exceptions the copied methods throw, each with its String constructor.
 * Changes: nested in one holder class; they extend RuntimeException directly (Proj4jException, itself a
 * RuntimeException with the same constructor, omitted).
 */
final class ProjectionExceptions {
    private ProjectionExceptions() {}

    static class ConvergenceFailureException extends RuntimeException {
        public ConvergenceFailureException(String message) {
            super(message);
        }
    }

    static class InvalidValueException extends RuntimeException {
        public InvalidValueException(String message) {
            super(message);
        }
    }
}
