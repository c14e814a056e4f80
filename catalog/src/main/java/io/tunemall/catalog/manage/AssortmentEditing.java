package io.tunemall.catalog.manage;

import io.tunemall.catalog.api.AssortmentAdministration;
import io.tunemall.catalog.api.BrandDraft;
import io.tunemall.catalog.api.BrandRow;
import io.tunemall.catalog.api.CatalogRejection;
import io.tunemall.catalog.api.CategoriesChanged;
import io.tunemall.catalog.api.CategoryDraft;
import io.tunemall.catalog.api.CategoryRow;
import io.tunemall.catalog.api.FieldProblem;
import io.tunemall.catalog.brand.Brand;
import io.tunemall.catalog.brand.Brands;
import io.tunemall.catalog.category.Categories;
import io.tunemall.catalog.category.Category;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.time.ShopClock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The owner's writes to the category tree and the brand list. */
@Service
class AssortmentEditing implements AssortmentAdministration {

    private final Categories categories;
    private final Brands brands;
    private final NamedParameterJdbcTemplate jdbc;
    private final ShopClock clock;
    private final ApplicationEventPublisher events;

    AssortmentEditing(Categories categories, Brands brands, NamedParameterJdbcTemplate jdbc, ShopClock clock,
            ApplicationEventPublisher events) {
        this.categories = categories;
        this.brands = brands;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CategoryRow> categories() {
        Map<Long, Long> counts = counts("select category_id as owner, count(*) as n from product group by category_id");
        Map<Long, List<Category>> byParent = new HashMap<>();
        for (Category category : categories.findAll()) {
            byParent.computeIfAbsent(category.parentId() == null ? 0L : category.parentId(), k -> new ArrayList<>())
                    .add(category);
        }
        List<CategoryRow> rows = new ArrayList<>();
        walk(0L, 0, byParent, counts, rows);
        return rows;
    }

    private static void walk(long parent, int depth, Map<Long, List<Category>> byParent, Map<Long, Long> counts,
            List<CategoryRow> rows) {
        List<Category> children = new ArrayList<>(byParent.getOrDefault(parent, List.of()));
        children.sort(Comparator.comparingInt(Category::sortOrder).thenComparing(Category::id));
        for (Category c : children) {
            rows.add(new CategoryRow(c.id(), c.parentId(), c.name(), c.slug(), c.sortOrder(), c.visible(), depth,
                    counts.getOrDefault(c.id(), 0L)));
            walk(c.id(), depth + 1, byParent, counts, rows);
        }
    }

    @Override
    @Transactional
    public long createCategory(CategoryDraft draft) {
        checkCategory(null, draft);
        Category category = new Category(draft.parentId(), draft.name().strip(), draft.slug(), draft.sortOrder(),
                clock.now());
        category.revise(draft.parentId(), draft.name().strip(), draft.slug(), draft.sortOrder(), draft.visible(),
                clock.now());
        long id = categories.saveAndFlush(category).id();
        events.publishEvent(new CategoriesChanged(clock.now()));
        return id;
    }

    @Override
    @Transactional
    public void updateCategory(long id, CategoryDraft draft) {
        Category category = categories.findById(id).orElseThrow(() -> ShopException.notFound("Category " + id));
        checkCategory(id, draft);
        category.revise(draft.parentId(), draft.name().strip(), draft.slug(), draft.sortOrder(), draft.visible(),
                clock.now());
        categories.flush();
        events.publishEvent(new CategoriesChanged(clock.now()));
    }

    @Override
    @Transactional
    public void deleteCategory(long id) {
        Category category = categories.findById(id).orElseThrow(() -> ShopException.notFound("Category " + id));
        if (count("select count(*) from product where category_id = :id", id) > 0
                || count("select count(*) from category where parent_id = :id", id) > 0) {
            throw new CatalogRejection(List.of(FieldProblem.of("", "category-in-use", category.name())));
        }
        categories.delete(category);
        events.publishEvent(new CategoriesChanged(clock.now()));
    }

    private void checkCategory(Long id, CategoryDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        name(problems, draft.name());
        slug(problems, "category", id, draft.slug());
        if (draft.parentId() != null) {
            if (!categories.existsById(draft.parentId())) {
                problems.add(FieldProblem.of("parentId", "not-found"));
            } else if (id != null && isSelfOrBelow(draft.parentId(), id)) {
                problems.add(FieldProblem.of("parentId", "category-cycle"));
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogRejection(problems);
        }
    }

    /** Whether {@code candidate} is the category itself or lies below it: such a parent would make a loop. */
    private boolean isSelfOrBelow(long candidate, long category) {
        Long current = candidate;
        for (int hops = 0; current != null && hops < 1000; hops++) {
            if (current == category) {
                return true;
            }
            current = categories.findById(current).map(Category::parentId).orElse(null);
        }
        return false;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BrandRow> brands() {
        Map<Long, Long> counts = counts(
                "select brand_id as owner, count(*) as n from product where brand_id is not null group by brand_id");
        return brands.findAllByOrderByNameAsc().stream()
                .map(b -> new BrandRow(b.id(), b.name(), b.slug(), counts.getOrDefault(b.id(), 0L)))
                .toList();
    }

    @Override
    @Transactional
    public long createBrand(BrandDraft draft) {
        checkBrand(null, draft);
        long id = brands.saveAndFlush(new Brand(draft.name().strip(), draft.slug(), clock.now())).id();
        events.publishEvent(new CategoriesChanged(clock.now()));
        return id;
    }

    @Override
    @Transactional
    public void updateBrand(long id, BrandDraft draft) {
        Brand brand = brands.findById(id).orElseThrow(() -> ShopException.notFound("Brand " + id));
        checkBrand(id, draft);
        brand.rename(draft.name().strip(), draft.slug());
        brands.flush();
        events.publishEvent(new CategoriesChanged(clock.now()));
    }

    @Override
    @Transactional
    public void deleteBrand(long id) {
        Brand brand = brands.findById(id).orElseThrow(() -> ShopException.notFound("Brand " + id));
        if (count("select count(*) from product where brand_id = :id", id) > 0) {
            throw new CatalogRejection(List.of(FieldProblem.of("", "brand-in-use", brand.name())));
        }
        brands.delete(brand);
        events.publishEvent(new CategoriesChanged(clock.now()));
    }

    private void checkBrand(Long id, BrandDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        name(problems, draft.name());
        slug(problems, "brand", id, draft.slug());
        if (!problems.isEmpty()) {
            throw new CatalogRejection(problems);
        }
    }

    private static void name(List<FieldProblem> problems, String name) {
        if (name == null || name.isBlank()) {
            problems.add(FieldProblem.of("name", "required"));
        } else if (name.length() > 100) {
            problems.add(FieldProblem.of("name", "too-long", 100));
        }
    }

    private void slug(List<FieldProblem> problems, String table, Long id, String slug) {
        Slugs.problem(slug).ifPresentOrElse(code -> problems.add(FieldProblem.of("slug", code, Slugs.MAX_LENGTH)),
                () -> {
                    Long taken = jdbc.queryForObject("select count(*) from " + table + " where slug = :slug and id <> :id",
                            new MapSqlParameterSource("slug", slug).addValue("id", Objects.requireNonNullElse(id, -1L)),
                            Long.class);
                    if (taken != null && taken > 0) {
                        problems.add(FieldProblem.of("slug", "slug-taken", slug));
                    }
                });
    }

    private long count(String sql, long id) {
        Long count = jdbc.queryForObject(sql, new MapSqlParameterSource("id", id), Long.class);
        return count == null ? 0 : count;
    }

    private Map<Long, Long> counts(String sql) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getLong("owner"), rs.getLong("n"));
        });
        return counts;
    }
}
