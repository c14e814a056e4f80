package io.tunemall.catalog.transfer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Carries out the plans of one batch of products inside the caller's transaction, with one JDBC batch per kind of
 * statement. JPA would insert row by row here: with IDENTITY keys Hibernate cannot batch inserts, and 100,000
 * variants one statement at a time is minutes, not seconds.
 */
@Component
class ProductWrites {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    ProductWrites(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Writes the plans (none of them refused) and answers the ids of the products that changed. */
    List<Long> write(List<ProductPlan> plans, Instant now) {
        List<ProductPlan> created = plans.stream().filter(p -> p.outcome() == ProductPlan.Outcome.CREATED).toList();
        List<ProductPlan> updated = plans.stream().filter(p -> p.outcome() == ProductPlan.Outcome.UPDATED).toList();
        Map<ProductPlan, Long> ids = new HashMap<>();
        insertProducts(created, now).forEach(ids::put);
        updated.forEach(plan -> ids.put(plan, plan.stored().id()));
        updateProducts(updated, now);

        List<Object[]> variantInserts = new ArrayList<>();
        List<Object[]> variantUpdates = new ArrayList<>();
        List<Object[]> optionDeletes = new ArrayList<>();
        List<Object[]> optionInserts = new ArrayList<>();
        List<Object[]> tagDeletes = new ArrayList<>();
        List<Object[]> tagInserts = new ArrayList<>();
        List<Object[]> imageDeletes = new ArrayList<>();
        List<Object[]> ownImageDeletes = new ArrayList<>();
        List<Object[]> imageInserts = new ArrayList<>();
        for (ProductPlan plan : ids.keySet()) {
            long id = ids.get(plan);
            plan.variantInserts().forEach(v -> variantInserts.add(new Object[] {id, v.value().sku(),
                    v.value().optionValues(), v.value().priceDifference(), v.value().stock(), v.value().barcode(),
                    v.sortOrder()}));
            plan.variantUpdates().forEach((variantId, v) -> variantUpdates.add(new Object[] {v.optionValues(),
                    v.priceDifference(), v.stock(), v.barcode(), variantId}));
            if (plan.rebuildOptions() && plan.stored() != null) {
                optionDeletes.add(new Object[] {id});
            }
            plan.optionInserts().forEach(o -> optionInserts.add(new Object[] {id, o.value().axis(), o.value().value(),
                    o.sortOrder()}));
            if (plan.tagsChanged()) {
                if (plan.stored() != null) {
                    tagDeletes.add(new Object[] {id});
                }
                plan.fields().tags().forEach(tag -> tagInserts.add(new Object[] {id, tag}));
            }
            if (plan.images() != null) {
                int order = 0;
                for (Map.Entry<String, List<String>> group : plan.images().entrySet()) {
                    String value = group.getKey().isEmpty() ? null : group.getKey();
                    if (plan.stored() != null) {
                        if (value == null) {
                            ownImageDeletes.add(new Object[] {id});
                        } else {
                            imageDeletes.add(new Object[] {id, value});
                        }
                    }
                    for (String path : group.getValue()) {
                        String alt = value == null ? plan.fields().name() : plan.fields().name() + " " + value;
                        imageInserts.add(new Object[] {id, value, path, alt, order++});
                    }
                }
            }
        }
        batch("DELETE FROM product_option WHERE product_id = ?", optionDeletes);
        batch("INSERT INTO product_option (product_id, axis, option_value, sort_order) VALUES (?, ?, ?, ?)",
                optionInserts);
        batch("UPDATE product_variant SET option_values = ?, price_delta = ?, stock = ?, barcode = ? WHERE id = ?",
                variantUpdates);
        batch("INSERT INTO product_variant (product_id, sku, option_values, price_delta, stock, barcode, sort_order) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", variantInserts);
        batch("DELETE FROM product_tag WHERE product_id = ?", tagDeletes);
        batch("INSERT INTO product_tag (product_id, tag) VALUES (?, ?)", tagInserts);
        batch("DELETE FROM product_image WHERE product_id = ? AND option_value IS NULL", ownImageDeletes);
        batch("DELETE FROM product_image WHERE product_id = ? AND option_value = ?", imageDeletes);
        batch("INSERT INTO product_image (product_id, option_value, path, alt_text, sort_order) VALUES (?, ?, ?, ?, ?)",
                imageInserts);
        return List.copyOf(ids.values());
    }

    private Map<ProductPlan, Long> insertProducts(List<ProductPlan> plans, Instant now) {
        if (plans.isEmpty()) {
            return Map.of();
        }
        Timestamp at = Timestamp.valueOf(StoredProducts.utc(now));
        List<Object[]> rows = plans.stream().map(plan -> {
            ProductFields f = plan.fields();
            return new Object[] {f.categoryId(), f.brandId(), f.name(), f.slug(), f.summary(), f.price(), f.listPrice(),
                    f.salePrice(), timestamp(f.saleStartsAt()), timestamp(f.saleEndsAt()), f.status().name(), at, at};
        }).toList();
        batch("INSERT INTO product (category_id, brand_id, name, slug, summary, price, list_price, sale_price, "
                + "sale_starts_at, sale_ends_at, status, popularity, created_at, updated_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0)", rows);
        // Generated keys of a batch are not portable across drivers; the slugs are unique, so ask for them.
        Map<String, Long> idsBySlug = new HashMap<>();
        named.query("SELECT id, slug FROM product WHERE slug IN (:slugs)",
                new MapSqlParameterSource("slugs", plans.stream().map(p -> p.fields().slug()).toList()),
                result -> {
                    idsBySlug.put(result.getString(2), result.getLong(1));
                });
        Map<ProductPlan, Long> ids = new HashMap<>();
        plans.forEach(plan -> ids.put(plan, Objects.requireNonNull(idsBySlug.get(plan.fields().slug()))));
        return ids;
    }

    /** Bumps the version too, so an editor that loaded the product before the import cannot overwrite it unseen. */
    private void updateProducts(List<ProductPlan> plans, Instant now) {
        Timestamp at = Timestamp.valueOf(StoredProducts.utc(now));
        batch("UPDATE product SET category_id = ?, brand_id = ?, name = ?, summary = ?, price = ?, list_price = ?, "
                + "sale_price = ?, sale_starts_at = ?, sale_ends_at = ?, status = ?, updated_at = ?, "
                + "version = version + 1 WHERE id = ?", plans.stream().map(plan -> {
                    ProductFields f = plan.fields();
                    return new Object[] {f.categoryId(), f.brandId(), f.name(), f.summary(), f.price(), f.listPrice(),
                            f.salePrice(), timestamp(f.saleStartsAt()), timestamp(f.saleEndsAt()), f.status().name(),
                            at, plan.stored().id()};
                }).toList());
    }

    private static Timestamp timestamp(Instant moment) {
        return moment == null ? null : Timestamp.valueOf(StoredProducts.utc(moment));
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }
}
