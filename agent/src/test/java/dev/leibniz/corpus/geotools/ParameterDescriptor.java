/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Not copied: a stand-in for org.geotools.api.parameter.ParameterDescriptor, written here: a name, a default value and
 * whether the value is an angle in degrees (GeoTools' unit NonSI.DEGREE_ANGLE), which is all the copied constructors
 * of the projections ask of a descriptor.
 */
package dev.leibniz.corpus.geotools;

public final class ParameterDescriptor {
    public final String name;
    public final double defaultValue;
    public final boolean degrees;

    public ParameterDescriptor(String name, double defaultValue, boolean degrees) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.degrees = degrees;
    }

    public Object getDefaultValue() {
        return java.lang.Double.isNaN(defaultValue) ? null : defaultValue;
    }
}
