package io.tunemall.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.SdkVersion.Range;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SdkVersionRangeTest {

    @Test
    void a_half_open_range_takes_its_lower_bound_and_leaves_out_the_next_major() {
        Range range = Range.parse("[1.0,2.0)");
        assertThat(range.contains("1.0.0")).isTrue();
        assertThat(range.contains("1.9.12")).isTrue();
        assertThat(range.contains("2.0.0")).isFalse();
        assertThat(range.contains("0.9.9")).isFalse();
    }

    @Test
    void open_ended_and_exact_ranges() {
        assertThat(Range.parse("[1.2,)").contains("7.0.0")).isTrue();
        assertThat(Range.parse("[1.2,)").contains("1.1.9")).isFalse();
        assertThat(Range.parse("1.0").contains("1.0.0")).isTrue();
        assertThat(Range.parse("1.0").contains("1.0.1")).isFalse();
        assertThat(Range.parse("(1.0,1.5]").contains("1.0.0")).isFalse();
        assertThat(Range.parse("(1.0,1.5]").contains("1.5.0")).isTrue();
    }

    @Test
    void nonsense_ranges_are_refused_with_the_text() {
        assertThatThrownBy(() -> Range.parse("[1.0;2.0)")).hasMessageContaining("[1.0;2.0)");
        assertThatThrownBy(() -> Range.parse("one")).hasMessageContaining("one");
    }

    @Test
    void a_manifest_checks_its_id_version_and_range() {
        assertThat(new ModuleManifest("acme.fit-finder", "Fit finder", "1.2.0", "ACME", "[1.0,2.0)", Set.of()).id())
                .isEqualTo("acme.fit-finder");
        assertThatThrownBy(() -> new ModuleManifest("FitFinder", "x", "1.0.0", "ACME", "[1.0,2.0)", Set.of()))
                .hasMessageContaining("vendor.name");
        assertThatThrownBy(() -> new ModuleManifest("acme.x", "x", "one", "ACME", "[1.0,2.0)", Set.of()))
                .hasMessageContaining("not semantic");
    }
}
