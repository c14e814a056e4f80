package io.tunemall.examples.origin;

import io.tunemall.sdk.catalog.CatalogPoints;
import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.module.ModuleContext;
import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.TuningModule;
import java.util.List;
import java.util.Set;

/**
 * 원산지 표시: food and agricultural products must show where they come from (농수산물의 원산지 표시 등에 관한 법률).
 * The product page gets a block naming the country of origin.
 */
public class CountryOfOrigin implements TuningModule {

    static final String ID = "examples.country-of-origin";

    @Override
    public ModuleManifest manifest() {
        return new ModuleManifest(ID, "원산지 표시", "1.0.0", "Tunemall examples", "[1.0,2.0)", Set.of());
    }

    @Override
    public List<Hook<?>> hooks(ModuleContext context) {
        return List.of(Hook.after(context.moduleId(), CatalogPoints.PRODUCT_DETAIL, new OriginBlock()));
    }
}
