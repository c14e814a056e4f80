package io.tunemall.examples.origin;

import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.field.CustomField;
import io.tunemall.sdk.field.EntityType;
import io.tunemall.sdk.module.ModuleContext;
import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.TuningModule;
import io.tunemall.sdk.view.SlotFill;
import io.tunemall.sdk.view.Slots;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 원산지 표시: food and agricultural products must show where they come from, next to the product (농수산물의 원산지
 * 표시 등에 관한 법률). A 원산지 field on every product, filled in the admin product form, shown below the price on the
 * product page (and with the product details), and as a badge on listing cards.
 */
public class CountryOfOrigin implements TuningModule {

    public static final String ID = "examples.country-of-origin";
    static final String FIELD = "origin";

    @Override
    public ModuleManifest manifest() {
        return new ModuleManifest(ID, "원산지 표시", "1.0.0", "Tunemall examples", "[1.0,2.0)", Set.of());
    }

    @Override
    public List<CustomField> customFields() {
        return List.of(CustomField.text(EntityType.PRODUCT, FIELD, "원산지", "Country of origin").maxLength(40)
                .pattern("[^<>]+"));
    }

    @Override
    public List<Hook<?>> hooks(ModuleContext context) {
        return List.of(
                Hook.after(ID, Slots.point(Slots.PRODUCT_DETAIL_SUMMARY), SlotFill.of("origin", "summary", CountryOfOrigin::origin)),
                Hook.after(ID, Slots.point(Slots.LISTING_CARD), SlotFill.of("origin", "badge", CountryOfOrigin::origin)));
    }

    /** Nothing to show for a product without an origin. */
    private static Map<String, Object> origin(io.tunemall.sdk.view.SlotContext slot) {
        Object origin = slot.fields().get(FIELD);
        return origin == null ? null : Map.of("origin", origin);
    }
}
