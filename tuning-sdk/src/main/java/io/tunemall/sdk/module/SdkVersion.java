package io.tunemall.sdk.module;

import java.util.Arrays;

/**
 * The version of this SDK, and version ranges as modules declare them.
 *
 * @since 1.0.0
 */
public final class SdkVersion {

    /** The version of the tuning SDK the running platform implements. */
    public static final String CURRENT = "1.0.0";

    private SdkVersion() {
    }

    /**
     * A Maven-style range: {@code [1.0,2.0)} (1.0 inclusive up to 2.0 exclusive), {@code [1.2,)} (1.2 or newer) or a
     * bare {@code 1.0} (exactly that version). Missing parts count as zero, so {@code 1.0} equals {@code 1.0.0}.
     *
     * @since 1.0.0
     */
    public record Range(int[] lowest, boolean lowestIncluded, int[] highest, boolean highestIncluded) {

        public static Range parse(String text) {
            String range = text.trim();
            if (!range.startsWith("[") && !range.startsWith("(")) {
                int[] exact = numbers(range, text);
                return new Range(exact, true, exact, true);
            }
            if (!range.endsWith("]") && !range.endsWith(")") || !range.contains(",")) {
                throw new IllegalArgumentException("Not a version range: " + text + " (write it like [1.0,2.0))");
            }
            String[] bounds = range.substring(1, range.length() - 1).split(",", -1);
            if (bounds.length != 2) {
                throw new IllegalArgumentException("Not a version range: " + text);
            }
            int[] low = bounds[0].isBlank() ? null : numbers(bounds[0].trim(), text);
            int[] high = bounds[1].isBlank() ? null : numbers(bounds[1].trim(), text);
            return new Range(low, range.startsWith("["), high, range.endsWith("]"));
        }

        public boolean contains(String version) {
            int[] candidate = numbers(version, version);
            if (lowest != null) {
                int below = compare(candidate, lowest);
                if (below < 0 || (below == 0 && !lowestIncluded)) {
                    return false;
                }
            }
            if (highest != null) {
                int above = compare(candidate, highest);
                return above < 0 || (above == 0 && highestIncluded);
            }
            return true;
        }

        private static int[] numbers(String version, String context) {
            String core = version.split("[-+]", 2)[0];
            try {
                int[] parts = Arrays.stream(core.split("\\.")).mapToInt(Integer::parseInt).toArray();
                return Arrays.copyOf(parts, Math.max(3, parts.length));
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException("Not a version: " + version + " in " + context);
            }
        }

        private static int compare(int[] a, int[] b) {
            return Arrays.compare(a, b);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Range that && Arrays.equals(lowest, that.lowest) && Arrays.equals(highest, that.highest)
                    && lowestIncluded == that.lowestIncluded && highestIncluded == that.highestIncluded;
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(lowest) + Arrays.hashCode(highest);
        }

        @Override
        public String toString() {
            return (lowestIncluded ? "[" : "(") + text(lowest) + "," + text(highest) + (highestIncluded ? "]" : ")");
        }

        private static String text(int[] version) {
            return version == null ? "" : String.join(".", Arrays.stream(version).mapToObj(String::valueOf).toList());
        }
    }
}
