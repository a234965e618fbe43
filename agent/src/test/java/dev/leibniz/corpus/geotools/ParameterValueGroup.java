/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Not copied: a stand-in for org.geotools.api.parameter.ParameterValueGroup, written here: values by the parameters'
 * OGC names ("semi_major", "latitude_of_origin", ...; angles in degrees, as GeoTools takes them), set fluently by the
 * corpus table, read through MapProjection.AbstractProvider.doubleValue as GeoTools' MathTransformProvider reads them
 * (a missing parameter gives its default, a missing mandatory one throws ParameterNotFoundException).
 */
package dev.leibniz.corpus.geotools;

import java.util.HashMap;
import java.util.Map;

public final class ParameterValueGroup {
    private final Map<String, java.lang.Double> values = new HashMap<>();

    public ParameterValueGroup set(String name, double value) {
        values.put(name, value);
        return this;
    }

    public double doubleValue(ParameterDescriptor param) {
        java.lang.Double v = values.get(param.name);
        if (v != null) return v;
        if (java.lang.Double.isNaN(param.defaultValue) && !param.name.startsWith("standard_parallel_2")) {
            throw new ParameterNotFoundException("No parameter named \"" + param.name + "\"", param.name);
        }
        return param.defaultValue;
    }
}
