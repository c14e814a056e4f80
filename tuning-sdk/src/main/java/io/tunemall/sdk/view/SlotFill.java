package io.tunemall.sdk.view;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a module puts into a template slot: a fragment of one of its templates
 * ({@code tuning/{module-id}/templates/{template}.html}, the element with {@code th:fragment="{fragment}"}), with
 * variables computed for each rendering. Attach it as a {@link io.tunemall.sdk.extension.Hook} on
 * {@link Slots#point(String)}.
 *
 * <p><b>When it runs:</b> every time a page with the slot renders (once per card on listing pages), on the request's
 * thread. <b>What it may change:</b> only what it shows in the slot. <b>Ordering:</b> fills appear in the modules'
 * declared order ({@code orderedAfter}), otherwise by module id; {@code BEFORE} hooks before {@code AFTER} hooks.
 * <b>Failure policy:</b> SKIP_AND_LOG: a fill whose {@link #model} or fragment throws (or is too slow) is left out of
 * that rendering; the page and the other fills render.
 *
 * @since 1.0.0
 */
public interface SlotFill {

    /** The module template holding the fragment, such as {@code origin} or {@code admin/certificates}. */
    String template();

    /** The fragment's name. */
    String fragment();

    /**
     * Variables for this rendering (besides {@code product}, {@code entityId} and {@code fields}); null to show nothing
     * this time.
     */
    default Map<String, Object> model(SlotContext context) {
        return Map.of();
    }

    /** A fill that renders the fragment with the slot's own variables only. */
    static SlotFill of(String template, String fragment) {
        return of(template, fragment, context -> Map.of());
    }

    /** A fill whose extra variables come from {@code model}; null from it shows nothing. */
    static SlotFill of(String template, String fragment, Function<SlotContext, Map<String, Object>> model) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(fragment, "fragment");
        Objects.requireNonNull(model, "model");
        return new SlotFill() {
            @Override
            public String template() {
                return template;
            }

            @Override
            public String fragment() {
                return fragment;
            }

            @Override
            public Map<String, Object> model(SlotContext context) {
                return model.apply(context);
            }
        };
    }
}
