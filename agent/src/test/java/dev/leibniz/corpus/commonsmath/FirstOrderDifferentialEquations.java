package dev.leibniz.corpus.commonsmath;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: apache/commons-math (GitHub), commons-math-legacy/src/main/java/org/apache/commons/math4/legacy/ode/FirstOrderDifferentialEquations.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged but for the package, the javadoc (omitted) and the throws clause of
 * computeDerivatives (Commons Math's own exception types, omitted).
 */
public interface FirstOrderDifferentialEquations {

    int getDimension();

    void computeDerivatives(double t, double[] y, double[] yDot);
}
