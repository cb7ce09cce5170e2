package org.hexmall.domain.risk;

import java.util.List;
import java.util.Optional;

/**
 * Which region a client address is in, from a small built-in table of the documentation address ranges
 * (RFC 5737) that the demo and the tests use. A real store would ask a geolocation database; an address outside
 * the table has no known region, and the region rule stays silent about it.
 */
public final class ClientRegions {

    private record Range(String prefix, String region) {
    }

    private static final List<Range> RANGES = List.of(
            new Range("192.0.2.", "Beijing"),
            new Range("198.51.100.", "Shanghai"),
            new Range("203.0.113.", "Guangzhou"));

    private ClientRegions() {
    }

    public static Optional<String> regionOf(String address) {
        if (address == null) {
            return Optional.empty();
        }
        return RANGES.stream().filter(range -> address.startsWith(range.prefix())).map(Range::region).findFirst();
    }
}
