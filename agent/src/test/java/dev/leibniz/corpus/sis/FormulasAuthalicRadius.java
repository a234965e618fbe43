package dev.leibniz.corpus.sis;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache SIS 1.4, sis-referencing sources jar (Maven Central; apache/sis on GitHub),
 * org/apache/sis/referencing/util/Formulas.java
 * Licence: Apache License 2.0 (Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: getAuthalicRadius(double, double) (entry); it calls MathFunctions.atanh (MathFunctions.java of
 * this package, not annotated).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the rest of Formulas
 * omitted.
 */

import static java.lang.Math.*;
import static dev.leibniz.corpus.sis.MathFunctions.atanh;

import dev.leibniz.Differentiable;

public final class FormulasAuthalicRadius {
    @Differentiable
    public static double getAuthalicRadius(final double a, final double b) {
        if (a != b) {
            final double f = 1 - b/a;
            final double e = sqrt(2*f - f*f);
            return sqrt(0.5 * (a*a + b*b*atanh(e)/e));
        } else {
            return a;
        }
    }
}
