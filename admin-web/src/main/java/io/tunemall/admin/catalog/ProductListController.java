package io.tunemall.admin.catalog;

import io.tunemall.catalog.api.AssortmentAdministration;
import io.tunemall.catalog.api.CatalogAdministration;
import io.tunemall.catalog.api.PageSpec;
import io.tunemall.catalog.api.ProductFilter;
import io.tunemall.catalog.api.ProductSort;
import io.tunemall.catalog.api.SaleStatus;
import io.tunemall.catalog.api.StockLevel;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The product list with its filters, sort and pages; every choice lives in the URL so a view can be bookmarked. */
@Controller
class ProductListController {

    static final int PAGE_SIZE = 20;

    private final CatalogAdministration catalog;
    private final AssortmentAdministration assortment;

    ProductListController(CatalogAdministration catalog, AssortmentAdministration assortment) {
        this.catalog = catalog;
        this.assortment = assortment;
    }

    @GetMapping({"/admin/products", "/admin/products/"})
    String list(@RequestParam(required = false) String text, @RequestParam(required = false) Long category,
            @RequestParam(required = false) Long brand, @RequestParam(required = false) SaleStatus status,
            @RequestParam(required = false) StockLevel stock,
            @RequestParam(defaultValue = "NEWEST") ProductSort sort, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        ProductFilter filter = new ProductFilter(text, category, brand, status, stock);
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("result", catalog.products(filter, new PageSpec(page, PAGE_SIZE, sort)));
        model.addAttribute("categories", assortment.categories());
        model.addAttribute("brands", assortment.brands());
        model.addAttribute("statuses", SaleStatus.values());
        model.addAttribute("stockLevels", StockLevel.values());
        model.addAttribute("sorts", ProductSort.values());
        model.addAttribute("pageUrl", new PageLinks(request.getRequestURI(), request.getQueryString()));
        return "admin/catalog/products";
    }

    /** Links to other pages of the same list: the current filters with another page number. */
    record PageLinks(String path, String query) {

        public String to(int page) {
            // The query is kept as the browser encoded it; only the page number changes.
            return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("page", page).build()
                    .toUriString();
        }
    }
}
