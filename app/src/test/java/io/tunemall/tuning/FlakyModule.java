package io.tunemall.tuning;

import io.tunemall.sdk.catalog.CatalogPoints;
import io.tunemall.sdk.catalog.ContentBlock;
import io.tunemall.sdk.catalog.ProductDetailContributor;
import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.module.ModuleContext;
import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.TuningModule;
import java.util.List;
import java.util.Set;

/** An installed module whose product block breaks on products tagged {@value #TAG}, as a module with a bug does. */
public class FlakyModule implements TuningModule {

    static final String ID = "test.flaky";
    static final String TAG = "it-flaky";

    @Override
    public ModuleManifest manifest() {
        return new ModuleManifest(ID, "Flaky", "1.0.0", "Tunemall tests", "[1.0,2.0)", Set.of());
    }

    @Override
    public List<Hook<?>> hooks(ModuleContext context) {
        ProductDetailContributor reviews = (product, locale) -> {
            if (product.hasTag(TAG)) {
                throw new IllegalStateException("the review service answered 503");
            }
            return List.of(new ContentBlock("flaky-reviews", "리뷰", "<p>리뷰 " + product.id() + "</p>"));
        };
        return List.of(Hook.after(context.moduleId(), CatalogPoints.PRODUCT_DETAIL, reviews));
    }
}
