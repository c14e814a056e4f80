package io.tunemall.tuning.testkit;

import io.tunemall.sdk.Money;
import io.tunemall.sdk.catalog.CatalogReader;
import io.tunemall.sdk.catalog.ProductView;
import io.tunemall.sdk.catalog.VariantView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalog a test fills by hand, answering as the platform's {@link CatalogReader} does (tagged products newest
 * first, by id).
 *
 * <pre>{@code
 * FakeCatalog catalog = new FakeCatalog();
 * long tee = catalog.product("슬림 티셔츠", 19_900, "fit:slim", "gender:women");
 * catalog.variant(tee, "TEE-S", Map.of("사이즈", "S"), 3);
 * }</pre>
 */
public final class FakeCatalog implements CatalogReader {

    private final Map<Long, ProductView> products = new LinkedHashMap<>();
    private final Map<Long, List<VariantView>> variants = new LinkedHashMap<>();
    private long nextId = 1;

    /** Adds a product on sale at the price, with the tags; answers its id. */
    public long product(String name, long price, String... tags) {
        long id = nextId++;
        products.put(id, new ProductView(id, "product-" + id, name, null, 1, Money.won(price), Money.won(price), false,
                List.of(tags)));
        return id;
    }

    /** Adds a variant with the option values (axis → value) and stock; answers its id. */
    public long variant(long productId, String sku, Map<String, String> options, int stock) {
        long id = nextId++;
        variants.computeIfAbsent(productId, p -> new ArrayList<>()).add(new VariantView(id, sku, options, stock, stock > 0));
        return id;
    }

    @Override
    public Optional<ProductView> product(long id) {
        return Optional.ofNullable(products.get(id));
    }

    @Override
    public List<ProductView> taggedWith(String tag, int limit) {
        return products.values().stream().filter(product -> product.hasTag(tag))
                .sorted(Comparator.comparingLong(ProductView::id).reversed()).limit(Math.min(limit, 200)).toList();
    }

    @Override
    public List<VariantView> variants(long productId) {
        return List.copyOf(variants.getOrDefault(productId, List.of()));
    }
}
