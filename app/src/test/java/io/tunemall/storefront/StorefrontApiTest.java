package io.tunemall.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.support.IntegrationTest;
import io.tunemall.support.RealHttp;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@IntegrationTest
class StorefrontApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RealHttp http;
    @Autowired
    ApplicationContext context;

    @Test
    void categories_are_the_visible_tree_in_the_owners_order() throws Exception {
        mvc.perform(get("/api/v1/storefront/categories"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.categories[0].slug").value("outer"))
                .andExpect(jsonPath("$.categories[0].name").value("아우터"))
                .andExpect(jsonPath("$.categories[0].id").isNumber())
                .andExpect(jsonPath("$.categories[0].children").isArray())
                .andExpect(jsonPath("$.categories[*].slug", hasItem("beauty")));
    }

    @Test
    void products_of_a_category_come_a_page_at_a_time_with_paging_and_facets() throws Exception {
        mvc.perform(get("/api/v1/storefront/products").param("category", "tops").param("size", "4").param("sort", "price-asc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(4)))
                .andExpect(jsonPath("$.items[0].slug").value("oversized-cotton-tee"))
                .andExpect(jsonPath("$.items[0].name").value("오버핏 코튼 반팔 티셔츠"))
                .andExpect(jsonPath("$.items[0].url").value("http://localhost/products/oversized-cotton-tee"))
                .andExpect(jsonPath("$.items[0].price").value(19_900))
                .andExpect(jsonPath("$.items[0].listPrice").value(25_000))
                .andExpect(jsonPath("$.items[0].discountPercent").value(20))
                .andExpect(jsonPath("$.items[0].currency").value("KRW"))
                .andExpect(jsonPath("$.items[0].imageUrl").value("http://localhost/media/demo/oversized-cotton-tee-1.svg"))
                .andExpect(jsonPath("$.items[0].soldOut").value(false))
                .andExpect(jsonPath("$.page.number").value(1))
                .andExpect(jsonPath("$.page.size").value(4))
                .andExpect(jsonPath("$.page.totalItems").value(6))
                .andExpect(jsonPath("$.page.totalPages").value(2))
                .andExpect(jsonPath("$.page.hasNext").value(true))
                .andExpect(jsonPath("$.facets.totalItems").value(6))
                .andExpect(jsonPath("$.facets.options[0].axis").value("색상"))
                .andExpect(jsonPath("$.facets.prices[0].param").value("10000-30000"))
                .andExpect(jsonPath("$.facets.prices[0].count").value(2));

        mvc.perform(get("/api/v1/storefront/products").param("category", "tops").param("size", "4").param("sort", "price-asc")
                        .param("page", "2"))
                .andExpect(jsonPath("$.items[*].slug", contains("heavy-sweatshirt", "merino-crew-knit")))
                .andExpect(jsonPath("$.page.hasNext").value(false));
    }

    @Test
    void without_a_category_every_listed_product_is_listed_without_facets() throws Exception {
        mvc.perform(get("/api/v1/storefront/products").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facets").value(nullValue()))
                .andExpect(jsonPath("$.items[*].slug", hasItem("wool-blend-long-coat")))
                .andExpect(jsonPath("$.items[*].slug", hasItem("perfume-hand-cream")));
    }

    @Test
    void a_product_has_its_options_variants_and_per_colour_images() throws Exception {
        String body = mvc.perform(get("/api/v1/storefront/products/skinny-jeans-men"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("남성 스키니 청바지"))
                .andExpect(jsonPath("$.price").value(49_000))
                .andExpect(jsonPath("$.listPrice").value(59_000))
                .andExpect(jsonPath("$.currency").value("KRW"))
                .andExpect(jsonPath("$.sale").value(nullValue()))
                .andExpect(jsonPath("$.categories[0].slug").value("bottoms"))
                .andExpect(jsonPath("$.options[0].name").value("색상"))
                .andExpect(jsonPath("$.options[0].values", contains("블루", "블랙")))
                .andExpect(jsonPath("$.options[1].values", contains("S", "M", "L", "XL")))
                .andExpect(jsonPath("$.variants", hasSize(8)))
                .andExpect(jsonPath("$.variants[0].sku").value("SKINNY-JEANS-MEN-1"))
                .andExpect(jsonPath("$.variants[0].optionValues", contains("블루", "S")))
                .andExpect(jsonPath("$.variants[0].price").value(49_000))
                .andExpect(jsonPath("$.variants[6].available").value(false))
                .andExpect(jsonPath("$.variants[6].stock").value(0))
                .andExpect(jsonPath("$.images[1].optionValue").value("블랙"))
                .andExpect(jsonPath("$.images[1].url").value("http://localhost/media/demo/skinny-jeans-men-2.svg"))
                .andReturn().getResponse().getContentAsString();
        Number id = com.jayway.jsonpath.JsonPath.read(body, "$.id");

        mvc.perform(get("/api/v1/storefront/products/" + id)).andExpect(jsonPath("$.slug").value("skinny-jeans-men"));
    }

    @Test
    void mistakes_are_answered_as_problem_json() throws Exception {
        problem(mvc.perform(get("/api/v1/storefront/products/no-such-product")), 404, "not-found");
        problem(mvc.perform(get("/api/v1/storefront/products").param("category", "no-such-category")), 404, "not-found");
        problem(mvc.perform(get("/api/v1/storefront/products").param("page", "0")), 400, "invalid-parameter");
        problem(mvc.perform(get("/api/v1/storefront/products").param("sort", "cheapest")), 400, "invalid-parameter");
        problem(mvc.perform(get("/api/v1/storefront/products").param("size", "1000")), 400, "invalid-parameter");
        problem(mvc.perform(get("/api/v1/storefront/products").param("query", "청바지").param("brand", "x")), 400,
                "invalid-parameter");
        problem(mvc.perform(get("/api/v1/storefront/products").param("query", "청바지").param("sort", "cheapest")), 400,
                "invalid-parameter");
    }

    @Test
    void a_query_finds_products_by_korean_text_search() throws Exception {
        mvc.perform(get("/api/v1/storefront/products").param("query", "운동화를"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.slug == 'running-shoes')].name").value("쿠셔닝 러닝 운동화"))
                .andExpect(jsonPath("$.items[?(@.slug == 'running-shoes')].currency").value("KRW"))
                .andExpect(jsonPath("$.page.number").value(1));
        mvc.perform(get("/api/v1/storefront/products").param("query", "청바지").param("category", "bottoms"))
                .andExpect(jsonPath("$.items[?(@.slug == 'skinny-jeans-men')]").exists())
                .andExpect(jsonPath("$.page.totalItems").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }

    private static void problem(ResultActions response, int status, String type) throws Exception {
        response.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.type").value("https://tunemall.io/problems/" + type))
                .andExpect(jsonPath("$.detail").isString());
    }

    @Test
    void the_openapi_document_describes_the_storefront_api_and_swagger_ui_is_public() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Tunemall API"))
                .andExpect(jsonPath("$.paths['/api/v1/storefront/products'].get.parameters[*].name",
                        hasItem("category")))
                .andExpect(jsonPath("$.paths['/api/v1/storefront/products/{idOrSlug}'].get.responses['404']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/storefront/categories'].get").exists())
                .andExpect(jsonPath("$.paths['/products/{idOrSlug}']").doesNotExist());

        HttpResponse<String> ui = http.get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        // springdoc's webjar locator would switch the resource chain on, and with it a jar lookup for every link of
        // every page (most of a page's CPU): application.yml keeps it off.
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
    }
}
