package io.tunemall.storefront.category;

import io.tunemall.catalog.api.CategoryListings;
import io.tunemall.catalog.api.CategoryView;
import io.tunemall.catalog.api.Facets;
import io.tunemall.catalog.api.ListingPage;
import io.tunemall.catalog.api.ListingQuery;
import io.tunemall.catalog.api.ListingSort;
import io.tunemall.catalog.api.ListedProduct;
import io.tunemall.catalog.api.ProductCard;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.platform.tuning.field.CustomFields;
import io.tunemall.sdk.field.EntityType;
import io.tunemall.sdk.catalog.ListingContext;
import io.tunemall.storefront.tuning.ListingFilters;
import io.tunemall.storefront.tuning.ProductViews;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A category's listing: facets as a GET form (works without JavaScript), sort links, paging and breadcrumbs. */
@Controller
class CategoryPageController {

    private final CategoryListings listings;
    private final ListingFilters filters;
    private final ShopClock clock;
    private final CustomFields customFields;

    CategoryPageController(CategoryListings listings, ListingFilters filters, ShopClock clock,
            CustomFields customFields) {
        this.listings = listings;
        this.filters = filters;
        this.clock = clock;
        this.customFields = customFields;
    }

    @GetMapping("/categories/{idOrSlug}")
    String category(@PathVariable String idOrSlug, @RequestParam MultiValueMap<String, String> params, Locale locale,
            Model model) {
        CategoryView category = listings.category(idOrSlug).orElseThrow(CategoryPageController::notFound);
        ListingQuery query = ListingParameters.from(params).query(category.id(), ListingQuery.DEFAULT_SIZE)
                .orElseThrow(CategoryPageController::notFound);
        ListingPage page = listings.list(query);
        Instant now = clock.now();
        String path = "/categories/" + category.slug();
        model.addAttribute("category", category);
        model.addAttribute("query", query);
        model.addAttribute("page", page);
        List<ListedProduct> shown = filters.shown(page.products(), new ListingContext(category.id(), locale, false), now);
        List<ProductCard> cards = shown.stream().map(product -> product.cardAt(now)).toList();
        model.addAttribute("cards", cards);
        // What the listing.card template slot hands modules about each card, by product id.
        model.addAttribute("cardViews", shown.stream().collect(Collectors.toMap(product -> String.valueOf(product.id()),
                product -> ProductViews.of(product, now))));
        // The cards' custom fields (for template slots), read in one query for the whole page.
        model.addAttribute("cardFields", customFields.values(EntityType.PRODUCT,
                cards.stream().map(card -> String.valueOf(card.id())).toList()));
        Facets facets = listings.facets(category.id());
        model.addAttribute("facets", facets);
        // A chosen brand beyond the facet's top brands must stay visible, so it can be unchosen.
        model.addAttribute("otherChosenBrands", query.brands().stream()
                .filter(slug -> facets.brands().stream().noneMatch(brand -> brand.slug().equals(slug))).toList());
        model.addAttribute("sorts", List.of(ListingSort.values()));
        model.addAttribute("links", new ListingLinks(path, query, page.totalPages()));
        // Filtered and re-sorted views of a category are the same page to a search engine; paging is not.
        model.addAttribute("canonicalUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path(path)
                .queryParamIfPresent("page", java.util.Optional.of(page.page()).filter(number -> number > 1))
                .encode().build().toUriString());
        return "storefront/category";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
