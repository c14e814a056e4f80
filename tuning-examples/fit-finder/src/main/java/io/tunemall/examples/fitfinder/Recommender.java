package io.tunemall.examples.fitfinder;

import io.tunemall.sdk.catalog.CatalogReader;
import io.tunemall.sdk.catalog.ProductView;
import io.tunemall.sdk.catalog.VariantView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The quiz's rule: products of the chosen fit, for the shopper's gender (or unisex), that have the shopper's size in
 * stock, newest first. Stock is what the ERP last reported for the variant's SKU, or the shop's own count for a SKU
 * the ERP never reported.
 */
class Recommender {

    /** Candidates looked at per answer: a fit tag rarely has more products on sale than this. */
    static final int CANDIDATES = 100;

    private final CatalogReader catalog;
    private final ErpStock erp;

    Recommender(CatalogReader catalog, ErpStock erp) {
        this.catalog = catalog;
        this.erp = erp;
    }

    List<Recommendation> recommend(Answer answer, FitFinderSettings settings) {
        List<Recommendation> found = new ArrayList<>();
        for (ProductView product : catalog.taggedWith(answer.fitTag(), CANDIDATES)) {
            if (found.size() == settings.results()) {
                break;
            }
            if (product.soldOut() || !(product.hasTag(answer.genderTag()) || product.hasTag("gender:unisex"))) {
                continue;
            }
            List<VariantView> sized = catalog.variants(product.id()).stream()
                    .filter(variant -> answer.size().equalsIgnoreCase(variant.option(settings.sizeAxis())))
                    .toList();
            Map<String, Integer> reported = erp.quantities(sized.stream().map(VariantView::sku).toList());
            int units = 0;
            String sku = null;
            for (VariantView variant : sized) {
                int left = reported.getOrDefault(variant.sku(), variant.stock());
                if (left > units) {
                    units = left;
                    sku = variant.sku();
                }
            }
            if (units > 0) {
                found.add(new Recommendation(product, sku, answer.size(), units));
            }
        }
        return found;
    }
}
