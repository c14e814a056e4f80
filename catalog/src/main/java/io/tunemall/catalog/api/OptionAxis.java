package io.tunemall.catalog.api;

import java.util.ArrayList;
import java.util.List;

/** One option axis of a product with its values in order, such as 색상 = [블랙, 화이트]. */
public record OptionAxis(String name, List<String> values) {

    public OptionAxis {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /**
     * Every combination of one value per axis, in axis order: 색상 [블랙, 화이트] x 사이즈 [S, M] gives
     * [블랙, S], [블랙, M], [화이트, S], [화이트, M]. These are the variants a product with these axes has.
     */
    public static List<List<String>> combinations(List<OptionAxis> axes) {
        List<List<String>> combinations = new ArrayList<>();
        combinations.add(List.of());
        for (OptionAxis axis : axes) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> prefix : combinations) {
                for (String value : axis.values()) {
                    List<String> combination = new ArrayList<>(prefix);
                    combination.add(value);
                    longer.add(List.copyOf(combination));
                }
            }
            combinations = longer;
        }
        return combinations;
    }
}
