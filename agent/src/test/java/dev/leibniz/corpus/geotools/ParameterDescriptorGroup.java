/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Not copied: a stand-in for org.geotools.api.parameter.ParameterDescriptorGroup, written here: the list of the
 * descriptors a projection expects (its provider's PARAMETERS), as descriptors() returns it.
 */
package dev.leibniz.corpus.geotools;

import java.util.List;

public final class ParameterDescriptorGroup {
    private final List<ParameterDescriptor> descriptors;

    public ParameterDescriptorGroup(ParameterDescriptor... descriptors) {
        this.descriptors = List.of(descriptors);
    }

    public List<ParameterDescriptor> descriptors() {
        return descriptors;
    }
}
