package io.tunemall.catalog.manage;

import io.tunemall.catalog.api.OptionAxis;
import io.tunemall.catalog.api.VariantDraft;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The variants the option axes call for: every combination of one value per axis, in axis order (블랙 / S, 블랙 / M,
 * 화이트 / S, ...). A product without axes has exactly one variant with no option values.
 */
final class VariantMatrix {

    private VariantMatrix() {
    }

    static long size(List<OptionAxis> axes) {
        long size = 1;
        for (OptionAxis axis : axes) {
            size *= Math.max(1, axis.values().size());
        }
        return size;
    }


    /** Whether the variants are exactly the combinations of the axes, each once. */
    static boolean matches(List<OptionAxis> axes, List<VariantDraft> variants) {
        List<List<String>> expected = OptionAxis.combinations(axes);
        if (expected.size() != variants.size()) {
            return false;
        }
        Set<List<String>> wanted = new HashSet<>(expected);
        for (VariantDraft variant : variants) {
            if (!wanted.remove(variant.optionValues())) {
                return false;
            }
        }
        return wanted.isEmpty();
    }
}
