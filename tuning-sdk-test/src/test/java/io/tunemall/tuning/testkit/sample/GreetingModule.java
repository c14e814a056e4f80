package io.tunemall.tuning.testkit.sample;

import io.tunemall.sdk.catalog.CatalogPoints;
import io.tunemall.sdk.catalog.ContentBlock;
import io.tunemall.sdk.catalog.ProductDetailContributor;
import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.module.ModuleContext;
import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.TuningModule;
import java.util.List;
import java.util.Set;

/** A module as an agency writes it; it fails on products named "broken", as modules sometimes do. */
public class GreetingModule implements TuningModule {

    @Override
    public ModuleManifest manifest() {
        return new ModuleManifest("acme.greeting", "Greeting", "1.0.0", "ACME", "[1.0,2.0)", Set.of());
    }

    @Override
    public List<Hook<?>> hooks(ModuleContext context) {
        ProductDetailContributor hello = (product, locale) -> {
            if (product.name().equals("broken")) {
                throw new IllegalStateException("the greeting service is down");
            }
            return List.of(new ContentBlock("hello", null, "<p>안녕 " + product.slug() + "</p>"));
        };
        return List.of(Hook.after(context.moduleId(), CatalogPoints.PRODUCT_DETAIL, hello).orderedAfter("acme.base"));
    }
}
