package dev.leibniz.corpus.graphhopper;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GraphHopper (graphhopper/graphhopper on GitHub, commit 0e1ba067c9af0e00da8fb83aeb87f6d86b71a49a),
 * web-api/src/main/java/com/graphhopper/util/shapes/GHPoint.java
 * Licence: Apache License 2.0 (header as in the source: "Licensed to GraphHopper GmbH under one or more contributor
 * license agreements ... GraphHopper GmbH licenses this file to you under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS
 * OF ANY KIND.
 * Copied unchanged: the fields lat, lon, both constructors, getLat(), getLon(), isValid(), toString().
 * Changes: package; the factories from JTS points, strings and JSON, toShortString and toGeoJson omitted. Not an
 * entry.
 */
public class GHPoint {
    public double lat = Double.NaN;
    public double lon = Double.NaN;

    public GHPoint() {
    }

    public GHPoint(double lat, double lon) {
        this.lat = lat;
        this.lon = lon;
    }

    public double getLon() {
        return lon;
    }

    public double getLat() {
        return lat;
    }

    public boolean isValid() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }

    @Override
    public String toString() {
        return lat + "," + lon;
    }
}
