package io.tunemall.catalog.transfer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Categories and brands by the names a file uses for them (category slug; brand name, or slug), read once per
 * import or export: a shop has dozens of them, not thousands.
 */
final class CatalogLookup {

    /** A brand name that two brands share cannot say which one a row means. */
    static final long AMBIGUOUS = -1;

    private final Map<String, Long> categoryBySlug = new HashMap<>();
    private final Map<Long, String> categorySlugs = new HashMap<>();
    private final Map<String, Long> brandByName = new HashMap<>();
    private final Map<String, Long> brandBySlug = new HashMap<>();
    private final Map<Long, String> brandNames = new HashMap<>();

    static CatalogLookup load(JdbcTemplate jdbc) {
        CatalogLookup lookup = new CatalogLookup();
        jdbc.query("SELECT id, slug FROM category", row -> {
            lookup.categoryBySlug.put(row.getString(2), row.getLong(1));
            lookup.categorySlugs.put(row.getLong(1), row.getString(2));
        });
        jdbc.query("SELECT id, name, slug FROM brand", row -> {
            long id = row.getLong(1);
            lookup.brandByName.merge(row.getString(2), id, (a, b) -> AMBIGUOUS);
            lookup.brandBySlug.put(row.getString(3), id);
            lookup.brandNames.put(id, row.getString(2));
        });
        return lookup;
    }

    Optional<Long> category(String slug) {
        return Optional.ofNullable(categoryBySlug.get(slug));
    }

    String categorySlug(long id) {
        return categorySlugs.get(id);
    }

    /** The brand a name (or failing that, a slug) means; {@link #AMBIGUOUS} when several brands share the name. */
    Optional<Long> brand(String nameOrSlug) {
        Long byName = brandByName.get(nameOrSlug);
        return Optional.ofNullable(byName != null ? byName : brandBySlug.get(nameOrSlug));
    }

    String brandName(Long id) {
        return id == null ? "" : brandNames.getOrDefault(id, "");
    }

    List<String> categorySlugs() {
        return List.copyOf(categoryBySlug.keySet());
    }
}
