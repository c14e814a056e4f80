package io.tunemall.admin.search;

import io.tunemall.catalog.api.CatalogSearchIndex;
import io.tunemall.catalog.api.SearchIndexStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The product search index in admin: how many products it holds, a rebuild button and the rebuild's progress. The
 * progress is kept by the index service, so reloading the page, or opening it on another screen, shows it again.
 */
@Controller
class SearchIndexController {

    private final CatalogSearchIndex index;

    SearchIndexController(CatalogSearchIndex index) {
        this.index = index;
    }

    @GetMapping("/admin/search-index")
    String page(Model model) {
        model.addAttribute("status", index.status());
        model.addAttribute("boosterFailures", index.boosterFailures());
        return "admin/search-index";
    }

    @PostMapping("/admin/search-index/rebuild")
    String rebuild(RedirectAttributes redirect) {
        boolean alreadyRunning = index.status().running();
        index.rebuild();
        redirect.addFlashAttribute("notice", alreadyRunning ? "already-running" : "started");
        return "redirect:/admin/search-index";
    }

    /** Polled by search-index.js while a rebuild runs. */
    @GetMapping(value = "/admin/search-index/progress", produces = "application/json")
    @ResponseBody
    SearchIndexStatus progress() {
        return index.status();
    }
}
