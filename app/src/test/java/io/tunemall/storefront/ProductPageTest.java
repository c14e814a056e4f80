package io.tunemall.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.catalog.api.ProductPages;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ProductPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JsonMapper json;

    String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void colour_swatches_show_each_colours_images_and_its_sizes_with_sold_out_ones_disabled() throws Exception {
        String black = page("/products/wool-blend-long-coat");
        assertThat(black).contains("<img id=\"product-main-image\" src=\"/media/demo/wool-blend-long-coat-1.svg\" alt=\"울 블렌드 싱글 롱코트 블랙\"");
        assertThat(black).containsPattern("href=\"/products/wool-blend-long-coat\\?color=%EB%B2%A0%EC%9D%B4%EC%A7%80\"\\s+"
                + "title=\"베이지\" data-color=\"베이지\">\\s*<img src=\"/media/demo/wool-blend-long-coat-2.svg\"");
        assertThat(black).containsPattern("title=\"블랙\" data-color=\"블랙\" aria-current=\"true\"");

        // Without JavaScript, the swatch's link picks the colour: its images, its name, its sizes.
        String beige = page("/products/wool-blend-long-coat?color=베이지");
        assertThat(beige).contains("<img id=\"product-main-image\" src=\"/media/demo/wool-blend-long-coat-2.svg\" alt=\"울 블렌드 싱글 롱코트 베이지\"",
                "<strong id=\"selected-colour\">베이지</strong>", "<li data-color=\"베이지\">", "<li data-color=\"블랙\" hidden=\"hidden\">");
        // The demo's seventh variant (베이지 / L) has no stock.
        assertThat(Pages.choice(beige, "베이지", "L")).contains("class=\"choice sold-out\"", "disabled=\"disabled\"", "<small>품절</small>")
                .doesNotContain("hidden");
        assertThat(Pages.choice(beige, "베이지", "M")).doesNotContain("disabled", "hidden", "품절");
        assertThat(Pages.choice(beige, "블랙", "M")).contains("hidden=\"hidden\"").doesNotContain("disabled");

        // The script that swaps images without reloading is a file of the shop's own, as the CSP requires.
        assertThat(Pages.scriptTags(beige)).allSatisfy(script -> assertThat(script)
                .matches("type=\"application/ld\\+json\"|src=\"/assets/product.js\" defer"));
        mvc.perform(get("/assets/product.js")).andExpect(status().isOk());
    }

    @Test
    void the_page_has_structured_data_open_graph_and_a_canonical_address() throws Exception {
        String html = page("/products/wool-blend-long-coat");

        JsonNode product = json.readTree(Pages.jsonLd(html));
        assertThat(product.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(product.get("@type").asString()).isEqualTo("Product");
        assertThat(product.get("name").asString()).isEqualTo("울 블렌드 싱글 롱코트");
        assertThat(product.get("sku").asString()).isEqualTo("WOOL-BLEND-LONG-COAT-1");
        assertThat(product.get("image").get(0).asString()).isEqualTo("http://localhost/media/demo/wool-blend-long-coat-1.svg");
        assertThat(product.get("offers").get("price").asString()).isEqualTo("189000");
        assertThat(product.get("offers").get("priceCurrency").asString()).isEqualTo("KRW");
        assertThat(product.get("offers").get("availability").asString()).isEqualTo("https://schema.org/InStock");

        assertThat(html).contains("<link rel=\"canonical\" href=\"http://localhost/products/wool-blend-long-coat\">",
                "<meta property=\"og:type\" content=\"product\">",
                "<meta property=\"og:title\" content=\"울 블렌드 싱글 롱코트\">",
                "<meta property=\"og:image\" content=\"http://localhost/media/demo/wool-blend-long-coat-1.svg\">",
                "<meta property=\"og:url\" content=\"http://localhost/products/wool-blend-long-coat\">",
                "<meta property=\"product:price:amount\" content=\"189000\">");
        assertThat(html).contains("<a href=\"/categories/outer\">아우터</a>", "<span aria-current=\"page\">울 블렌드 싱글 롱코트</span>",
                "<span class=\"discount\">27%</span>", "<strong>189,000원</strong>", "<span>259,000원</span>");
    }

    @Test
    void a_product_is_found_by_id_too_and_unlisted_or_unknown_products_are_not_found() throws Exception {
        long id = context.getBean(ProductPages.class).product("skinny-jeans-men").orElseThrow().id();
        assertThat(page("/products/" + id)).contains("<link rel=\"canonical\" href=\"http://localhost/products/skinny-jeans-men\">");

        CatalogFixture fixture = new CatalogFixture(context);
        long hidden = fixture.product(fixture.category("unlisted"), "hidden", 10_000, 10_000, 1, p -> { });
        mvc.perform(get("/products/" + fixture.slug("hidden"))).andExpect(status().isOk());
        fixture.status(hidden, "HIDDEN");
        mvc.perform(get("/products/" + fixture.slug("hidden"))).andExpect(status().isNotFound());
        mvc.perform(get("/products/" + hidden)).andExpect(status().isNotFound());
        mvc.perform(get("/products/no-such-product")).andExpect(status().isNotFound());
    }

    @Test
    void a_timed_sale_brand_tags_and_the_owners_description_show_on_the_page() throws Exception {
        CatalogFixture fixture = new CatalogFixture(context);
        long brand = fixture.brand("maison");
        Instant now = Instant.now();
        fixture.product(fixture.category("sale"), "sale-shirt", 50_000, 80_000, 1, p -> {
            p.brandedAs(brand);
            p.putOnSale(Money.won(35_000), now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)));
            p.describe("<p>부드러운 <strong>코튼</strong> 셔츠</p>");
            p.tag("여름");
            p.addOptionValue("사이즈", "M");
            p.addVariant(fixture.slug("SHIRT-M"), "M", Money.won(3_000), 2);
        });

        String html = page("/products/" + fixture.slug("sale-shirt"));

        assertThat(html).contains("<p class=\"brand\">maison " + fixture.suffix + "</p>", "<span class=\"discount\">56%</span>",
                "<strong>35,000원</strong>", "<span>80,000원</span>", "까지 특가</p>",
                "<div class=\"rich-text\"><p>부드러운 <strong>코튼</strong> 셔츠</p></div>", "<li>#여름</li>", "<small>+3,000원</small>");
        JsonNode product = json.readTree(Pages.jsonLd(html));
        assertThat(product.get("offers").get("price").asString()).as("the sale price plus the cheapest option").isEqualTo("38000");
        assertThat(product.get("offers").get("priceValidUntil").asString()).isNotBlank();
        assertThat(product.get("brand").get("name").asString()).isEqualTo("maison " + fixture.suffix);
    }

    @Test
    void a_sold_out_product_disables_every_variant_and_says_so() throws Exception {
        CatalogFixture fixture = new CatalogFixture(context);
        long id = fixture.product(fixture.category("sold-out"), "gone-boots", 99_000, 99_000, 1, p -> {
            p.addOptionValue("사이즈", "240");
            p.addVariant(fixture.slug("BOOT-240"), "240", Money.ZERO, 3);
        });
        fixture.status(id, "SOLD_OUT");

        String html = page("/products/" + fixture.slug("gone-boots"));

        assertThat(html).contains("이 상품은 품절되었습니다.", "<button type=\"submit\" class=\"add-to-cart\" disabled aria-describedby=\"cart-note\">");
        assertThat(html).containsPattern("name=\"variant\" value=\"\\d+\" disabled=\"disabled\">\\s*<span>240</span>");
        assertThat(json.readTree(Pages.jsonLd(html)).get("offers").get("availability").asString())
                .isEqualTo("https://schema.org/OutOfStock");
    }

    @Test
    void structured_data_cannot_be_broken_out_of_by_a_product_name() throws Exception {
        CatalogFixture fixture = new CatalogFixture(context);
        fixture.product(fixture.category("script"), "</script><script>alert(1)</script>", 10_000, 10_000, 1, p -> { });
        // The slug of this name is unusable in a URL; the product is reached by id instead.
        long id = context.getBean(io.tunemall.catalog.product.Products.class).findAll().stream()
                .filter(p -> p.name().startsWith("</script>")).mapToLong(p -> p.id()).max().orElseThrow();

        String html = page("/products/" + id);

        assertThat(Pages.scriptTags(html)).hasSize(2);
        assertThat(json.readTree(Pages.jsonLd(html)).get("name").asString()).startsWith("</script><script>alert(1)</script>");
    }
}
