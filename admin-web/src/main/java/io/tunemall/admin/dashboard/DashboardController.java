package io.tunemall.admin.dashboard;

import io.tunemall.catalog.api.CatalogQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    private final CatalogQueries catalog;

    DashboardController(CatalogQueries catalog) {
        this.catalog = catalog;
    }

    @GetMapping({"/admin", "/admin/"})
    String dashboard(Model model) {
        model.addAttribute("catalog", catalog.counts());
        model.addAttribute("newest", catalog.newArrivals(5));
        return "admin/dashboard";
    }
}
