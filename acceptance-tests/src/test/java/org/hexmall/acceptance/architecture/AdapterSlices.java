package org.hexmall.acceptance.architecture;

import static org.hexmall.acceptance.architecture.HexmallPackages.WEB_COMMON;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells which adapter a class belongs to from its package alone, so that a new adapter is covered by the
 * rules the moment its package exists. An adapter is {@code org.hexmall.adapter.in.<tech>.<name>} (driving)
 * or {@code org.hexmall.adapter.out.<kind>.<name>} (driven), with its subpackages; one that stands alone in
 * its kind may stop at the kind ({@code adapter.out.crypto}, {@code adapter.in.scheduler}). The web
 * adapters' shared plumbing ({@code adapter.in.web.common}) is not an adapter and belongs to none.
 */
final class AdapterSlices {

    private static final String ADAPTER_PREFIX = "org.hexmall.adapter.";
    /** Direction, kind and name: {@code in.web.shop}, {@code out.persistence.jdbi}. */
    private static final int SEGMENTS_NAMING_AN_ADAPTER = 3;
    private static final PackageMatcher SHARED_WEB_PLUMBING = PackageMatcher.of(WEB_COMMON);

    /** The adapter a class belongs to, named like {@code in.web.shop} or {@code out.crypto}, if any. */
    static Optional<String> adapterOf(JavaClass javaClass) {
        String packageName = javaClass.getPackageName();
        if (!packageName.startsWith(ADAPTER_PREFIX) || SHARED_WEB_PLUMBING.matches(packageName)) {
            return Optional.empty();
        }
        String[] segments = packageName.substring(ADAPTER_PREFIX.length()).split("\\.");
        int naming = Math.min(segments.length, SEGMENTS_NAMING_AN_ADAPTER);
        return Optional.of(String.join(".", Arrays.copyOfRange(segments, 0, naming)));
    }

    /** Puts the classes of each adapter in a slice of its own and leaves everything else out. */
    static SliceAssignment eachAdapterInASliceOfItsOwn() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return adapterOf(javaClass).map(SliceIdentifier::of).orElseGet(SliceIdentifier::ignore);
            }

            @Override
            public String getDescription() {
                return "the adapters, one for each package org.hexmall.adapter.(in|out).<kind>.<name> "
                        + "(the web adapters' shared plumbing in " + WEB_COMMON + " is none of them)";
            }
        };
    }

    private AdapterSlices() {
    }
}
