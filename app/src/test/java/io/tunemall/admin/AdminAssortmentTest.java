package io.tunemall.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.catalog.api.AssortmentAdministration;
import io.tunemall.catalog.api.BrandRow;
import io.tunemall.catalog.api.CatalogQueries;
import io.tunemall.catalog.api.CategoryRow;
import io.tunemall.catalog.api.CategorySummary;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The category tree and the brand list in admin, and what the storefront menu makes of them. */
@IntegrationTest
class AdminAssortmentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AssortmentAdministration assortment;
    @Autowired
    CatalogQueries storefront;

    Cookie session;
    String unique;

    @BeforeEach
    void logIn() throws Exception {
        session = StaffSession.login(mvc);
        unique = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void the_owner_builds_a_sub_category_hides_it_and_the_storefront_menu_follows_at_once() throws Exception {
        saveCategory("/admin/categories", "시즌 " + unique, "season-" + unique, "", "90", true);
        CategoryRow season = category("season-" + unique);
        saveCategory("/admin/categories", "겨울 " + unique, "winter-" + unique, String.valueOf(season.id()), "1", true);
        CategoryRow winter = category("winter-" + unique);

        assertThat(winter.parentId()).isEqualTo(season.id());
        assertThat(winter.depth()).isEqualTo(1);
        List<CategoryRow> tree = assortment.categories();
        assertThat(tree.indexOf(winter)).isEqualTo(tree.indexOf(season) + 1);
        assertThat(children("season-" + unique)).containsExactly("winter-" + unique);
        String page = mvc.perform(get("/admin/categories").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("시즌 " + unique, "겨울 " + unique);

        saveCategory("/admin/categories/" + winter.id(), "겨울 " + unique, "winter-" + unique,
                String.valueOf(season.id()), "1", false);

        assertThat(category("winter-" + unique).visible()).isFalse();
        assertThat(children("season-" + unique)).isEmpty();

        // Deleted again, child first, so the storefront menu other tests read is the demo shop's.
        mvc.perform(post("/admin/categories/" + winter.id() + "/delete").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/categories"));
        mvc.perform(post("/admin/categories/" + season.id() + "/delete").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/categories"));
        assertThat(storefront.categoryMenu()).noneMatch(c -> c.slug().equals("season-" + unique));
    }

    @Test
    void a_category_cannot_move_below_itself_nor_be_deleted_while_it_has_children() throws Exception {
        saveCategory("/admin/categories", "상위 " + unique, "upper-" + unique, "", "95", false);
        CategoryRow upper = category("upper-" + unique);
        saveCategory("/admin/categories", "하위 " + unique, "lower-" + unique, String.valueOf(upper.id()), "0", false);
        CategoryRow lower = category("lower-" + unique);

        String refused = mvc.perform(post("/admin/categories/" + upper.id()).cookie(session).with(csrf())
                        .param("name", "상위 " + unique).param("slug", "upper-" + unique)
                        .param("parentId", String.valueOf(lower.id())).param("sortOrder", "9x"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("숫자로 입력해 주세요.", "value=\"9x\"");
        String cycle = mvc.perform(post("/admin/categories/" + upper.id()).cookie(session).with(csrf())
                        .param("name", "상위 " + unique).param("slug", "upper-" + unique)
                        .param("parentId", String.valueOf(lower.id())).param("sortOrder", "95"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cycle).contains("자기 자신이나 하위 카테고리를 상위로 지정할 수 없습니다.");
        assertThat(category("upper-" + unique).parentId()).isNull();

        String taken = mvc.perform(post("/admin/categories").cookie(session).with(csrf())
                        .param("name", "중복").param("slug", "outer").param("sortOrder", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(taken).contains("주소 outer은(는) 이미 사용 중입니다.");

        String inUse = mvc.perform(post("/admin/categories/" + upper.id() + "/delete").cookie(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(inUse).contains("상품이나 하위 카테고리가 있어 삭제할 수 없습니다");
        mvc.perform(post("/admin/categories/" + lower.id() + "/delete").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/categories"));
        assertThat(assortment.categories()).noneMatch(row -> row.slug().equals("lower-" + unique));
    }

    @Test
    void the_owner_adds_renames_and_deletes_a_brand() throws Exception {
        mvc.perform(post("/admin/brands").cookie(session).with(csrf())
                        .param("name", "튠몰 베이직 " + unique).param("slug", "basic-" + unique))
                .andExpect(redirectedUrl("/admin/brands"));
        BrandRow brand = brand("basic-" + unique);
        assertThat(mvc.perform(get("/admin/brands").cookie(session)).andReturn().getResponse().getContentAsString())
                .contains("튠몰 베이직 " + unique);

        String refused = mvc.perform(post("/admin/brands/" + brand.id()).cookie(session).with(csrf())
                        .param("name", "").param("slug", "12345"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("필수 항목입니다.", "숫자만으로 된 주소는 쓸 수 없습니다.", "value=\"12345\"");

        mvc.perform(post("/admin/brands/" + brand.id()).cookie(session).with(csrf())
                        .param("name", "튠몰 스탠다드 " + unique).param("slug", "standard-" + unique))
                .andExpect(redirectedUrl("/admin/brands"));
        assertThat(brand("standard-" + unique).name()).isEqualTo("튠몰 스탠다드 " + unique);

        mvc.perform(post("/admin/brands/" + brand.id() + "/delete").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/brands"));
        assertThat(assortment.brands()).noneMatch(row -> row.id() == brand.id());
    }

    private void saveCategory(String path, String name, String slug, String parent, String order, boolean visible)
            throws Exception {
        var request = post(path).cookie(session).with(csrf()).param("name", name).param("slug", slug)
                .param("parentId", parent).param("sortOrder", order).param("_visible", "on");
        if (visible) {
            request.param("visible", "true");
        }
        mvc.perform(request).andExpect(redirectedUrl("/admin/categories"));
    }

    private CategoryRow category(String slug) {
        return assortment.categories().stream().filter(c -> c.slug().equals(slug)).findFirst().orElseThrow();
    }

    private BrandRow brand(String slug) {
        return assortment.brands().stream().filter(b -> b.slug().equals(slug)).findFirst().orElseThrow();
    }

    private List<String> children(String slug) {
        return storefront.categoryMenu().stream().filter(c -> c.slug().equals(slug)).findFirst()
                .map(c -> c.children().stream().map(CategorySummary::slug).toList()).orElse(List.of());
    }
}
