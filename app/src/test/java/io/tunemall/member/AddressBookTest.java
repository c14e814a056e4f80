package io.tunemall.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.member.api.MemberAccounts;
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.member.api.ShippingAddress;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class AddressBookTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberSignUp signUps;
    @Autowired
    MemberAccounts members;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void addresses_are_stored_encrypted_and_read_back_in_clear_by_other_modules() throws Exception {
        String email = Shoppers.newEmail("address");
        long memberId = Shoppers.signUp(signUps, email);
        Cookie session = Shoppers.login(mvc, email, Shoppers.PASSWORD);

        mvc.perform(address(session, "/account/addresses", "집", "06236", "서울특별시 강남구 테헤란로 123"))
                .andExpect(redirectedUrl("/account/addresses"));

        Map<String, Object> raw = jdbc.queryForMap("SELECT * FROM member_address WHERE member_id = ?", memberId);
        for (String column : List.of("label", "recipient", "phone", "postal_code", "road_address", "detail_address")) {
            assertThat(raw.get(column).toString()).as(column).startsWith("k1:");
        }
        assertThat(raw.values().toString()).doesNotContain("테헤란로", "06236", "이수령", "4567", "4층");

        assertThat(members.addresses(memberId)).singleElement().satisfies(address -> {
            assertThat(address.roadAddress()).isEqualTo("서울특별시 강남구 테헤란로 123");
            assertThat(address.postalCode()).isEqualTo("06236");
            assertThat(address.recipient()).isEqualTo("이수령");
            assertThat(address.phone()).isEqualTo("010-3456-4567");
            assertThat(address.detailAddress()).isEqualTo("4층");
            assertThat(address.defaultAddress()).as("the first address is the default").isTrue();
        });
        mvc.perform(get("/account/addresses").cookie(session))
                .andExpect(content().string(containsString("서울특별시 강남구 테헤란로 123")));
    }

    @Test
    void choosing_another_default_keeps_exactly_one_and_deleting_the_default_promotes_the_next() throws Exception {
        String email = Shoppers.newEmail("defaults");
        long memberId = Shoppers.signUp(signUps, email);
        Cookie session = Shoppers.login(mvc, email, Shoppers.PASSWORD);
        mvc.perform(address(session, "/account/addresses", "집", "06236", "서울특별시 강남구 테헤란로 123"));
        mvc.perform(address(session, "/account/addresses", "회사", "48058", "부산광역시 해운대구 센텀중앙로 79")
                .param("makeDefault", "true"));

        List<ShippingAddress> book = members.addresses(memberId);
        assertThat(book).filteredOn(ShippingAddress::defaultAddress).singleElement()
                .extracting(ShippingAddress::label).isEqualTo("회사");
        assertThat(book.get(0).label()).as("the default comes first").isEqualTo("회사");

        long office = book.get(0).id();
        mvc.perform(post("/account/addresses/{id}/delete", office).cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/account/addresses"));
        assertThat(members.addresses(memberId)).singleElement()
                .satisfies(home -> assertThat(home.defaultAddress()).isTrue());
    }

    @Test
    void a_missing_postal_code_is_shown_next_to_its_field_and_nothing_is_saved() throws Exception {
        String email = Shoppers.newEmail("badaddress");
        long memberId = Shoppers.signUp(signUps, email);
        Cookie session = Shoppers.login(mvc, email, Shoppers.PASSWORD);

        mvc.perform(address(session, "/account/addresses", "집", "", "서울특별시 강남구 테헤란로 123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("우편번호를 입력해 주세요.")));
        assertThat(members.addresses(memberId)).isEmpty();
    }

    @Test
    void a_member_cannot_change_or_delete_another_members_address() throws Exception {
        String owner = Shoppers.newEmail("owner");
        long ownerId = Shoppers.signUp(signUps, owner);
        Cookie ownerSession = Shoppers.login(mvc, owner, Shoppers.PASSWORD);
        mvc.perform(address(ownerSession, "/account/addresses", "집", "06236", "서울특별시 강남구 테헤란로 123"));
        long addressId = members.addresses(ownerId).get(0).id();

        String other = Shoppers.newEmail("other");
        Shoppers.signUp(signUps, other);
        Cookie otherSession = Shoppers.login(mvc, other, Shoppers.PASSWORD);

        mvc.perform(get("/account/addresses/{id}", addressId).cookie(otherSession)).andExpect(status().isNotFound());
        mvc.perform(address(otherSession, "/account/addresses/" + addressId, "해킹", "12345", "어딘가"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/account/addresses/{id}/delete", addressId).cookie(otherSession).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(members.addresses(ownerId)).singleElement().extracting(ShippingAddress::label).isEqualTo("집");
    }

    static MockHttpServletRequestBuilder address(Cookie session, String path, String label, String postalCode,
            String road) {
        return post(path).cookie(session).with(csrf())
                .param("label", label)
                .param("recipient", "이수령")
                .param("phone", "01034564567")
                .param("postalCode", postalCode)
                .param("roadAddress", road)
                .param("detailAddress", "4층");
    }
}
