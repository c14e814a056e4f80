package io.tunemall.catalog.tuning;

import io.tunemall.catalog.api.ProductDetail;
import io.tunemall.catalog.api.ProductPages;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.catalog.CatalogReader;
import io.tunemall.sdk.catalog.ProductView;
import io.tunemall.sdk.catalog.VariantView;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The catalog as tuning modules read it ({@link CatalogReader}): listed products from the product-page cache, in the
 * SDK's read-only views, priced at the moment of the call. Which products carry a tag is one indexed query.
 */
@Component
class CatalogModuleReader implements CatalogReader {

    static final int MAX_TAGGED = 200;

    private final ProductPages pages;
    private final JdbcTemplate jdbc;
    private final ShopClock clock;

    CatalogModuleReader(ProductPages pages, JdbcTemplate jdbc, ShopClock clock) {
        this.pages = pages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<ProductView> product(long id) {
        return pages.product(String.valueOf(id)).filter(product -> product.id() == id).map(this::view);
    }

    @Override
    public List<ProductView> taggedWith(String tag, int limit) {
        List<Long> ids = jdbc.queryForList("SELECT p.id FROM product p JOIN product_tag t ON t.product_id = p.id "
                        + "WHERE t.tag = ? AND p.status IN ('ON_SALE', 'SOLD_OUT') ORDER BY p.id DESC LIMIT ?",
                Long.class, tag, Math.max(0, Math.min(limit, MAX_TAGGED)));
        return ids.stream().map(this::product).flatMap(Optional::stream).toList();
    }

    @Override
    public List<VariantView> variants(long productId) {
        return pages.product(String.valueOf(productId)).filter(product -> product.id() == productId)
                .map(product -> product.variants().stream().map(variant -> {
                    Map<String, String> options = new LinkedHashMap<>();
                    for (int axis = 0; axis < product.axes().size() && axis < variant.optionValues().size(); axis++) {
                        options.put(product.axes().get(axis).name(), variant.optionValues().get(axis));
                    }
                    return new VariantView(variant.id(), variant.sku(), options, variant.stock(), variant.available());
                }).toList())
                .orElse(List.of());
    }

    private ProductView view(ProductDetail product) {
        Instant now = clock.now();
        return new ProductView(product.id(), product.slug(), product.name(),
                product.brand() == null ? null : product.brand().slug(), product.categoryId(),
                product.pricing().priceAt(now), product.pricing().listPrice(), product.soldOut(), product.tags());
    }
}
