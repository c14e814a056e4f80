package io.tunemall.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.tunemall.member.api.AddressDraft;
import io.tunemall.member.api.ConsentType;
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.member.api.MyAccount;
import io.tunemall.member.api.PointAdjustment;
import io.tunemall.member.api.PointAdministration;
import io.tunemall.member.api.SignUp;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.Carts;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** A member's checkout page: the address book with the default address filled in, and points with "모두 사용". */
@IntegrationTest
class MemberCheckoutPageTest {

    static final String PASSWORD = "Secret-pass-123";

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    MemberSignUp signUps;
    @Autowired
    MyAccount accounts;
    @Autowired
    PointAdministration points;
    @Autowired
    Carts carts;

    long member;
    long office;
    Cookie session;

    @BeforeEach
    void aMemberWithTwoAddressesPointsAndACart() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("page", 20_000, 10);
        String email = "page-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        member = signUps.signUp(new SignUp(email, PASSWORD, "홍길동", "010-1234-5678", LocalDate.of(1990, 5, 17),
                EnumSet.of(ConsentType.TERMS, ConsentType.PRIVACY), null));
        accounts.saveAddress(member, null, new AddressDraft("집", "홍길동", "010-1234-5678", "04524",
                "서울특별시 중구 세종대로 110", "3층", true));
        office = accounts.saveAddress(member, null, new AddressDraft("회사", "김회사", "010-2222-3333", "63100",
                "제주특별자치도 제주시 문연로 6", "2층", false));
        points.adjust(new PointAdjustment(member, false, Money.won(50_000), LocalDate.now().plusYears(1), "welcome",
                "owner"));
        carts.add(CartOwner.member(member), fixture.variantId(fixture.sku("page-M")), 1);
        session = mvc.perform(post("/login").param("email", email).param("password", PASSWORD).with(csrf()))
                .andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void the_default_address_is_filled_in_and_the_points_field_offers_to_use_all() throws Exception {
        String page = mvc.perform(get("/checkout").cookie(session)).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("사용할 적립금", "모두 사용", "보유 적립금 50,000원");
        assertThat(page).contains("배송지 목록", "회사 · 김회사");
        assertThat(page).containsPattern("name=\"roadAddress\"[^>]*value=\"서울특별시 중구 세종대로 110\"");
    }

    @Test
    void picking_another_address_fills_the_form_and_all_points_cover_what_is_left_to_pay() throws Exception {
        String token = UUID.randomUUID().toString();
        String page = mvc.perform(post("/checkout").cookie(session).with(csrf()).param("action", "use-address")
                .param("addressId", String.valueOf(office)).param("checkoutToken", token)
                .param("ordererName", "홍길동").param("ordererPhone", "010-1234-5678")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).containsPattern("name=\"recipientName\"[^>]*value=\"김회사\"");
        assertThat(page).containsPattern("name=\"postalCode\"[^>]*value=\"63100\"");

        String allPoints = mvc.perform(post("/checkout").cookie(session).with(csrf()).param("action", "all-points")
                .param("checkoutToken", token).param("postalCode", "04524")).andReturn().getResponse()
                .getContentAsString();
        // 20,000 won of goods and 3,000 won shipping: the points pay all of it, and no more.
        assertThat(allPoints).containsPattern("name=\"pointsToUse\"[^>]*value=\"23000\"");
    }
}
