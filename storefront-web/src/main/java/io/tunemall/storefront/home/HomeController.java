package io.tunemall.storefront.home;

import io.tunemall.catalog.api.CatalogQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    static final int NEW_ARRIVALS = 24;

    private final CatalogQueries catalog;

    HomeController(CatalogQueries catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("newArrivals", catalog.newArrivals(NEW_ARRIVALS));
        return "storefront/home";
    }
}
