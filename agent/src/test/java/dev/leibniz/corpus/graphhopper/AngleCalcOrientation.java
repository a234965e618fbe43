package dev.leibniz.corpus.graphhopper;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GraphHopper (graphhopper/graphhopper on GitHub, commit 6d4188af4d5b2f11c93314bb9b6cf68cb32591fe),
 * core/src/main/java/com/graphhopper/util/AngleCalc.java
 * Licence: Apache License 2.0 (header as in the source: "Licensed to GraphHopper GmbH under one or more contributor
 * license agreements ... GraphHopper GmbH licenses this file to you under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: calcOrientation(double, double, double, double) (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the rest of AngleCalc
 * omitted.
 */

import static java.lang.Math.cos;
import static java.lang.Math.toRadians;

import dev.leibniz.Differentiable;

public class AngleCalcOrientation {
    @Differentiable
    public double calcOrientation(double lat1, double lon1, double lat2, double lon2) {
        double shrinkFactor = cos(toRadians((lat1 + lat2) / 2));
        return Math.atan2(lat2 - lat1, shrinkFactor * (lon2 - lon1));
    }
}
