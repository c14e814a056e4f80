package io.tunemall.storefront.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tunemall.catalog.api.SearchPriceBand;
import io.tunemall.catalog.api.ProductSearch;
import io.tunemall.catalog.api.SearchQuery;
import io.tunemall.catalog.api.SearchSort;
import io.tunemall.catalog.api.SearchSuggestions;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The search results page and the search box's suggestions. */
@Controller
@Tag(name = "Storefront catalog")
class SearchController {

    private final ProductSearch search;

    SearchController(ProductSearch search) {
        this.search = search;
    }

    /** Unknown sort or price values (a hand-edited address) fall back to the defaults instead of an error page. */
    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long brand,
            @RequestParam(required = false) Long category, @RequestParam(required = false) String price,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page, Model model) {
        SearchQuery query = new SearchQuery(q, brand, category, parse(SearchPriceBand.class, price),
                parse(SearchSort.class, sort), page, SearchQuery.DEFAULT_PAGE_SIZE);
        model.addAttribute("search", new SearchPage(search.search(query)));
        return "storefront/search";
    }

    @GetMapping(value = "/api/v1/storefront/search/suggestions", produces = "application/json")
    @Operation(operationId = "suggestSearchTerms", summary = "Suggest search terms",
            description = "Names of products matching the text typed so far (its first words), best first, for a"
                    + " search box; an empty list for blank text. Answers may be cached for a minute.")
    @ApiResponse(responseCode = "200", description = "The suggestions")
    @ResponseBody
    ResponseEntity<SearchSuggestions> suggestions(
            @Parameter(description = "The text typed so far") @RequestParam(defaultValue = "") String q) {
        // Browsers may reuse an answer for a minute: every keystroke asks, and product names change rarely.
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(search.suggest(q));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }
}
