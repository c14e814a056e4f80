package io.tunemall.storefront;

import io.tunemall.catalog.api.CatalogQueries;
import io.tunemall.catalog.api.CategorySummary;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every storefront page's header shows: the category menu (cached by the catalog). */
@ControllerAdvice(basePackages = "io.tunemall.storefront")
class StorefrontLayout {

    private final CatalogQueries catalog;

    StorefrontLayout(CatalogQueries catalog) {
        this.catalog = catalog;
    }

    @ModelAttribute("categoryMenu")
    List<CategorySummary> categoryMenu() {
        return catalog.categoryMenu();
    }
}
