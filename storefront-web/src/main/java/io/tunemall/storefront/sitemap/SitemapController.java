package io.tunemall.storefront.sitemap;

import io.tunemall.catalog.api.CatalogQueries;
import io.tunemall.catalog.api.CategorySummary;
import io.tunemall.catalog.api.ProductLink;
import io.tunemall.catalog.api.ProductPages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sitemaps search engines crawl. {@code /sitemap.xml} is an index of smaller files, because one sitemap may hold
 * at most 50,000 addresses (sitemaps.org): {@code /sitemaps/pages.xml} for the home page and the categories, and one
 * {@code /sitemaps/products-{n}.xml} per 50,000 product ids. Product files are written while they are read, a
 * thousand products per query by id, so half a million products never sit in memory at once.
 */
@Controller
class SitemapController {

    static final int IDS_PER_FILE = 50_000;
    private static final int BATCH = 1_000;
    private static final String XML = "application/xml;charset=UTF-8";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final CatalogQueries catalog;
    private final ProductPages products;

    SitemapController(CatalogQueries catalog, ProductPages products) {
        this.catalog = catalog;
        this.products = products;
    }

    @GetMapping("/sitemap.xml")
    void index(HttpServletResponse response) throws IOException {
        String base = base();
        long files = (products.highestProductId() + IDS_PER_FILE - 1) / IDS_PER_FILE;
        PrintWriter out = start(response);
        out.print("<sitemapindex xmlns=\"" + NAMESPACE + "\">\n");
        out.print("<sitemap><loc>" + escape(base + "/sitemaps/pages.xml") + "</loc></sitemap>\n");
        for (long file = 1; file <= files; file++) {
            out.print("<sitemap><loc>" + escape(base + "/sitemaps/products-" + file + ".xml") + "</loc></sitemap>\n");
        }
        out.print("</sitemapindex>\n");
    }

    @GetMapping("/sitemaps/pages.xml")
    void pages(HttpServletResponse response) throws IOException {
        String base = base();
        PrintWriter out = start(response);
        out.print("<urlset xmlns=\"" + NAMESPACE + "\">\n");
        url(out, base + "/", null);
        categories(out, base, catalog.categoryMenu());
        out.print("</urlset>\n");
    }

    private static void categories(PrintWriter out, String base, List<CategorySummary> categories) {
        for (CategorySummary category : categories) {
            url(out, base + UriComponentsBuilder.fromPath("/categories/{slug}").encode().buildAndExpand(category.slug())
                    .toUriString(), null);
            categories(out, base, category.children());
        }
    }

    @GetMapping("/sitemaps/products-{file}.xml")
    void products(@PathVariable int file, HttpServletResponse response) throws IOException {
        long highest = products.highestProductId();
        long firstId = (long) (file - 1) * IDS_PER_FILE;
        if (file < 1 || firstId >= highest) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        long lastId = firstId + IDS_PER_FILE;
        String base = base();
        PrintWriter out = start(response);
        out.print("<urlset xmlns=\"" + NAMESPACE + "\">\n");
        long after = firstId;
        List<ProductLink> batch;
        do {
            batch = products.listedProducts(after, lastId, BATCH);
            for (ProductLink product : batch) {
                url(out, base + UriComponentsBuilder.fromPath("/products/{slug}").encode().buildAndExpand(product.slug())
                        .toUriString(), product.updatedAt() == null ? null
                        : product.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
                after = product.id();
            }
            out.flush();
        } while (batch.size() == BATCH);
        out.print("</urlset>\n");
    }

    private static PrintWriter start(HttpServletResponse response) throws IOException {
        response.setContentType(XML);
        PrintWriter out = response.getWriter();
        out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return out;
    }

    private static void url(PrintWriter out, String location, String lastModified) {
        out.print("<url><loc>" + escape(location) + "</loc>");
        if (lastModified != null) {
            out.print("<lastmod>" + lastModified + "</lastmod>");
        }
        out.print("</url>\n");
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
