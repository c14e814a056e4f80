package io.tunemall.catalog.manage;

import io.tunemall.catalog.api.FieldProblem;
import io.tunemall.catalog.api.ImageDraft;
import io.tunemall.catalog.api.OptionAxis;
import io.tunemall.catalog.api.ProductDraft;
import io.tunemall.catalog.api.TimedSale;
import io.tunemall.catalog.api.VariantDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every rule a product must keep, checked on the whole draft at once so the owner sees all problems together.
 * Reads the database (slugs and SKUs of other products, categories, brands) but writes nothing.
 */
@Component
class ProductDraftCheck {

    static final int MAX_AXES = 3;
    static final int MAX_VARIANTS = 500;
    static final int MAX_IMAGES = 30;
    static final int MAX_TAGS = 30;
    static final int MAX_DESCRIPTION = 100_000;
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern BARCODE = Pattern.compile("[A-Za-z0-9-]+");

    private final NamedParameterJdbcTemplate jdbc;
    private final UploadedPictures pictures;

    ProductDraftCheck(NamedParameterJdbcTemplate jdbc, UploadedPictures pictures) {
        this.jdbc = jdbc;
        this.pictures = pictures;
    }

    /**
     * @param productId the product being edited, or null for a new one
     * @param storedImageIds the ids of the images the product has now
     */
    CheckedDraft check(Long productId, ProductDraft draft, Set<Long> storedImageIds) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "name", draft.name(), 200, true);
        Slugs.problem(draft.slug()).ifPresentOrElse(code -> problems.add(FieldProblem.of("slug", code, Slugs.MAX_LENGTH)),
                () -> {
                    if (taken("select count(*) from product where slug = :value and id <> :id", draft.slug(), productId)) {
                        problems.add(FieldProblem.of("slug", "slug-taken", draft.slug()));
                    }
                });
        if (draft.categoryId() == null) {
            problems.add(FieldProblem.of("categoryId", "required"));
        } else if (!exists("category", draft.categoryId())) {
            problems.add(FieldProblem.of("categoryId", "not-found"));
        }
        if (draft.brandId() != null && !exists("brand", draft.brandId())) {
            problems.add(FieldProblem.of("brandId", "not-found"));
        }
        if (draft.status() == null) {
            problems.add(FieldProblem.of("status", "required"));
        }
        prices(problems, draft);
        text(problems, "summary", draft.summary(), 500, false);
        text(problems, "description", draft.description(), MAX_DESCRIPTION, false);
        tags(problems, draft.tags());
        boolean axesFine = axes(problems, draft.axes());
        variants(problems, productId, draft, axesFine);
        Map<Integer, PreparedPicture> prepared = images(problems, draft, storedImageIds);
        return new CheckedDraft(List.copyOf(problems), prepared);
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(FieldProblem.of(field, "required"));
            }
        } else if (value.length() > max) {
            problems.add(FieldProblem.of(field, "too-long", max));
        }
    }

    private static void prices(List<FieldProblem> problems, ProductDraft draft) {
        if (draft.price() == null) {
            problems.add(FieldProblem.of("price", "required"));
        }
        if (draft.listPrice() == null) {
            problems.add(FieldProblem.of("listPrice", "required"));
        }
        if (draft.price() != null && draft.listPrice() != null && draft.price().isGreaterThan(draft.listPrice())) {
            problems.add(FieldProblem.of("price", "price-above-list-price"));
        }
        TimedSale sale = draft.sale();
        if (sale == null) {
            return;
        }
        if (sale.price() == null) {
            problems.add(FieldProblem.of("sale.price", "required"));
        } else if (draft.price() != null && sale.price().isGreaterThan(draft.price())) {
            problems.add(FieldProblem.of("sale.price", "sale-above-price"));
        }
        if (sale.startsAt() != null && sale.endsAt() != null && !sale.endsAt().isAfter(sale.startsAt())) {
            problems.add(FieldProblem.of("sale.endsAt", "sale-ends-before-start"));
        }
    }

    private static void tags(List<FieldProblem> problems, List<String> tags) {
        if (tags.size() > MAX_TAGS) {
            problems.add(FieldProblem.of("tags", "too-many", MAX_TAGS));
        }
        tags.stream().filter(tag -> tag.isBlank() || tag.length() > 50).findFirst()
                .ifPresent(tag -> problems.add(FieldProblem.of("tags", "tag-invalid", tag)));
    }

    private static boolean axes(List<FieldProblem> problems, List<OptionAxis> axes) {
        int before = problems.size();
        if (axes.size() > MAX_AXES) {
            problems.add(FieldProblem.of("axes", "too-many", MAX_AXES));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < axes.size(); i++) {
            OptionAxis axis = axes.get(i);
            String field = "axes[" + i + "]";
            if (axis.name() == null || axis.name().isBlank()) {
                problems.add(FieldProblem.of(field + ".name", "required"));
            } else if (axis.name().length() > 50) {
                problems.add(FieldProblem.of(field + ".name", "too-long", 50));
            } else if (!names.add(axis.name())) {
                problems.add(FieldProblem.of(field + ".name", "axis-duplicate", axis.name()));
            }
            Set<String> values = new HashSet<>();
            if (axis.values().isEmpty()) {
                problems.add(FieldProblem.of(field + ".values", "required"));
            }
            for (String value : axis.values()) {
                if (value.isBlank() || value.length() > 100 || value.contains(",")
                        || value.contains(VariantDraft.SEPARATOR.strip())) {
                    problems.add(FieldProblem.of(field + ".values", "option-value-invalid", value));
                } else if (!values.add(value)) {
                    problems.add(FieldProblem.of(field + ".values", "option-value-duplicate", value));
                }
            }
        }
        if (problems.size() == before && VariantMatrix.size(axes) > MAX_VARIANTS) {
            problems.add(FieldProblem.of("axes", "too-many-variants", MAX_VARIANTS));
        }
        return problems.size() == before;
    }

    private void variants(List<FieldProblem> problems, Long productId, ProductDraft draft, boolean axesFine) {
        List<VariantDraft> variants = draft.variants();
        if (axesFine && !VariantMatrix.matches(draft.axes(), variants)) {
            problems.add(FieldProblem.of("variants", "variants-mismatch"));
        }
        Map<String, Integer> skus = new HashMap<>();
        for (int i = 0; i < variants.size(); i++) {
            VariantDraft variant = variants.get(i);
            String field = "variants[" + i + "]";
            if (variant.sku() == null || variant.sku().isBlank()) {
                problems.add(FieldProblem.of(field + ".sku", "required"));
            } else if (variant.sku().length() > 64 || !SKU.matcher(variant.sku()).matches()) {
                problems.add(FieldProblem.of(field + ".sku", "sku-invalid"));
            } else if (skus.putIfAbsent(variant.sku(), i) != null) {
                problems.add(FieldProblem.of(field + ".sku", "sku-duplicate", variant.sku()));
            }
            if (variant.stock() < 0) {
                problems.add(FieldProblem.of(field + ".stock", "stock-negative"));
            }
            if (variant.barcode() != null && (variant.barcode().length() > 64
                    || !BARCODE.matcher(variant.barcode()).matches())) {
                problems.add(FieldProblem.of(field + ".barcode", "barcode-invalid"));
            }
        }
        if (!skus.isEmpty()) {
            MapSqlParameterSource parameters = new MapSqlParameterSource("skus", skus.keySet())
                    .addValue("id", productId == null ? -1L : productId);
            jdbc.queryForList("select sku from product_variant where sku in (:skus) and product_id <> :id",
                            parameters, String.class)
                    .forEach(sku -> problems.add(FieldProblem.of("variants[" + skus.get(sku) + "].sku", "sku-taken", sku)));
        }
    }

    private Map<Integer, PreparedPicture> images(List<FieldProblem> problems, ProductDraft draft, Set<Long> stored) {
        if (draft.images().size() > MAX_IMAGES) {
            problems.add(FieldProblem.of("images", "too-many", MAX_IMAGES));
        }
        Set<String> optionValues = new HashSet<>();
        draft.axes().forEach(axis -> optionValues.addAll(axis.values()));
        Map<Integer, PreparedPicture> prepared = new HashMap<>();
        for (int i = 0; i < draft.images().size(); i++) {
            ImageDraft image = draft.images().get(i);
            String field = "images[" + i + "]";
            if (image.optionValue() != null && !optionValues.contains(image.optionValue())) {
                problems.add(FieldProblem.of(field, "image-option-unknown", image.optionValue()));
            }
            if (image.altText() != null && image.altText().length() > 200) {
                problems.add(FieldProblem.of(field, "too-long", 200));
            }
            if (image.upload() != null) {
                try {
                    prepared.put(i, pictures.prepare(image.upload()));
                } catch (UploadedPictures.UnacceptablePicture refused) {
                    problems.add(FieldProblem.of(field, refused.code(), image.upload().fileName()));
                }
            } else if (image.storedId() == null || !stored.contains(image.storedId())) {
                problems.add(FieldProblem.of(field, "not-found"));
            }
        }
        return prepared;
    }

    private boolean taken(String sql, String value, Long productId) {
        Long count = jdbc.queryForObject(sql, new MapSqlParameterSource("value", value)
                .addValue("id", productId == null ? -1L : productId), Long.class);
        return count != null && count > 0;
    }

    private boolean exists(String table, long id) {
        Long count = jdbc.queryForObject("select count(*) from " + table + " where id = :id",
                new MapSqlParameterSource("id", id), Long.class);
        return count != null && count > 0;
    }
}
