package io.tunemall.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.sdk.Money;
import io.tunemall.sdk.shipping.ShippedItem;
import io.tunemall.sdk.shipping.ShippingRequest;
import io.tunemall.shipping.api.ShippingFees;
import io.tunemall.shipping.api.ShippingPolicy;
import io.tunemall.shipping.api.ShippingPolicyDraft;
import io.tunemall.shipping.api.ShippingSettings;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AdminShippingSettingsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ShippingSettings settings;
    @Autowired
    ShippingFees fees;

    ShippingPolicy before;

    @BeforeEach
    void remember() {
        before = settings.policy();
    }

    @AfterEach
    void restore() {
        settings.update(new ShippingPolicyDraft(before.baseFee(), before.freeOver(), before.remoteAreas()), "test");
    }

    static ShippingRequest to(String postalCode, long goods) {
        return new ShippingRequest(postalCode, Money.won(goods), List.of(new ShippedItem(1, "X", 1, Money.won(goods))), false);
    }

    @Test
    void the_shop_starts_with_jeju_and_the_published_island_ranges() throws Exception {
        Cookie staff = StaffSession.login(mvc);

        String page = mvc.perform(get("/admin/shipping/settings").cookie(staff)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("value=\"3000\"", "value=\"50000\"", "value=\"제주\"", "value=\"63000\"", "value=\"63644\"",
                "value=\"도서산간 (경북 울릉)\"", "value=\"40200\"");
        assertThat(fees.quote(to("63644", 10_000)).remoteAreaSurcharge()).isEqualTo(Money.won(3_000));
        assertThat(fees.quote(to("40240", 10_000)).remoteAreaSurcharge()).isEqualTo(Money.won(5_000));
        assertThat(fees.quote(to("58826", 10_000)).remoteArea()).isEqualTo("도서산간 (전남 신안)");
        assertThat(fees.quote(to("06236", 10_000)).remoteAreaSurcharge()).isEqualTo(Money.ZERO);
        // /admin/shipping is the shipping desk (orders to ship) and links to these settings.
        assertThat(mvc.perform(get("/admin/shipping").cookie(staff)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/admin/shipping/settings\"");
    }

    @Test
    void the_owner_changes_the_fees_and_adds_a_range_and_checkout_prices_with_them_at_once() throws Exception {
        Cookie staff = StaffSession.login(mvc);

        mvc.perform(post("/admin/shipping/settings").cookie(staff).with(csrf())
                        .param("baseFee", "2500").param("freeOver", "")
                        .param("areas[0].name", "제주").param("areas[0].fromPostalCode", "63000")
                        .param("areas[0].toPostalCode", "63644").param("areas[0].surcharge", "4000")
                        .param("areas[1].name", "테스트 섬").param("areas[1].fromPostalCode", "12345")
                        .param("areas[1].toPostalCode", "12349").param("areas[1].surcharge", "7000")
                        .param("areas[2].name", "").param("areas[2].fromPostalCode", "").param("areas[2].toPostalCode", ""))
                .andExpect(redirectedUrl("/admin/shipping/settings"));

        ShippingPolicy now = settings.policy();
        assertThat(now.baseFee()).isEqualTo(Money.won(2_500));
        assertThat(now.freeOver()).isNull();
        assertThat(now.updatedBy()).isEqualTo("admin");
        assertThat(now.remoteAreas()).hasSize(2);
        assertThat(fees.quote(to("12347", 900_000)).total()).as("never free now, and the new range").isEqualTo(Money.won(9_500));
        assertThat(fees.quote(to("63000", 10_000)).remoteAreaSurcharge()).isEqualTo(Money.won(4_000));
    }

    @Test
    void a_wrong_range_is_shown_next_to_its_field_and_nothing_is_saved() throws Exception {
        Cookie staff = StaffSession.login(mvc);

        String page = mvc.perform(post("/admin/shipping/settings").cookie(staff).with(csrf())
                        .param("baseFee", "3000").param("freeOver", "0")
                        .param("areas[0].name", "섬").param("areas[0].fromPostalCode", "6300")
                        .param("areas[0].toPostalCode", "63644").param("areas[0].surcharge", "3000")
                        .param("areas[1].name", "").param("areas[1].fromPostalCode", "")
                        .param("areas[2].name", "거꾸로").param("areas[2].fromPostalCode", "59999")
                        .param("areas[2].toPostalCode", "59000").param("areas[2].surcharge", "3000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("0원보다 큰 금액을 입력하거나 비워 두세요.", "우편번호는 숫자 5자리입니다.",
                "끝 우편번호는 시작 우편번호보다 크거나 같아야 합니다.", "아무것도 저장하지 않았습니다.");
        assertThat(settings.policy()).isEqualTo(before);
    }
}
