/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Not copied: a stand-in for org.geotools.api.parameter.ParameterNotFoundException (an IllegalArgumentException naming
 * the parameter), written here.
 */
package dev.leibniz.corpus.geotools;

public class ParameterNotFoundException extends IllegalArgumentException {
    private final String parameterName;

    public ParameterNotFoundException(String message, String parameterName) {
        super(message);
        this.parameterName = parameterName;
    }

    public String getParameterName() {
        return parameterName;
    }
}
