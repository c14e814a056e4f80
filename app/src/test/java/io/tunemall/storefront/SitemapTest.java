package io.tunemall.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@IntegrationTest
class SitemapTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void the_sitemap_index_leads_to_the_home_page_the_categories_and_every_listed_product() throws Exception {
        CatalogFixture fixture = new CatalogFixture(context);
        long category = fixture.category("sitemap");
        fixture.product(category, "mapped", 10_000, 10_000, 1, p -> { });
        long hidden = fixture.product(category, "unmapped", 10_000, 10_000, 2, p -> { });
        fixture.status(hidden, "HIDDEN");

        List<String> files = locations(xml("/sitemap.xml"));
        assertThat(files).containsExactly("http://localhost/sitemaps/pages.xml", "http://localhost/sitemaps/products-1.xml");

        List<String> pages = locations(xml("/sitemaps/pages.xml"));
        assertThat(pages).contains("http://localhost/", "http://localhost/categories/outer", "http://localhost/categories/beauty",
                "http://localhost/categories/" + fixture.slug("sitemap"));

        Document products = xml("/sitemaps/products-1.xml");
        assertThat(locations(products)).contains("http://localhost/products/wool-blend-long-coat",
                "http://localhost/products/skinny-jeans-men", "http://localhost/products/perfume-hand-cream",
                "http://localhost/products/" + fixture.slug("mapped"))
                .doesNotContain("http://localhost/products/" + fixture.slug("unmapped"));
        assertThat(products.getElementsByTagName("lastmod").getLength()).isEqualTo(locations(products).size());

        mvc.perform(get("/sitemaps/products-2.xml")).andExpect(status().isNotFound());
        mvc.perform(get("/sitemaps/products-0.xml")).andExpect(status().isNotFound());
    }

    private Document xml(String path) throws Exception {
        byte[] body = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(body, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static List<String> locations(Document document) {
        NodeList locs = document.getElementsByTagName("loc");
        return java.util.stream.IntStream.range(0, locs.getLength()).mapToObj(i -> locs.item(i).getTextContent()).toList();
    }
}
