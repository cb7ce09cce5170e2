package org.hexmall.domain.risk;

import java.util.Objects;

/**
 * What the binding rules look at, gathered before a binding starts.
 *
 * @param earlierBindings bindings the customer started in the velocity window that did not fail or expire, this one
 *                        not counted
 */
public record BindingFacts(DeviceTrust device, int earlierBindings) {

    public BindingFacts {
        Objects.requireNonNull(device, "device");
    }
}
