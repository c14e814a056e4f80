package io.tunemall.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.tunemall.member.api.ConsentType;
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.member.api.SignUp;
import io.tunemall.order.api.CartLineView;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.Carts;
import io.tunemall.storefront.shopper.Shoppers;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** What a guest put in the cart is in the member's cart after logging in, next to what the member had there. */
@IntegrationTest
class CartTakeOverOnLoginTest {

    static final String PASSWORD = "Secret-pass-123";

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    MemberSignUp signUps;
    @Autowired
    Carts carts;

    @Test
    void a_guest_who_logs_in_finds_the_guest_items_in_the_member_cart_and_the_guest_cookie_is_dropped()
            throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("kept", 15_000, 10);
        fixture.product("guest-picked", 12_000, 10);
        String email = "cart-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        long member = signUps.signUp(new SignUp(email, PASSWORD, "홍길동", "010-1234-5678", LocalDate.of(1990, 5, 17),
                EnumSet.of(ConsentType.TERMS, ConsentType.PRIVACY), null));
        carts.add(CartOwner.member(member), fixture.variantId(fixture.sku("kept-M")), 1);
        CartOwner guest = fixture.guestCartWith(fixture.sku("guest-picked-M"), 2);
        carts.add(guest, fixture.variantId(fixture.sku("kept-M")), 1);
        Cookie guestCookie = new Cookie(Shoppers.CART_COOKIE, carts.guestToken(guest.guestCartId()));

        MockHttpServletResponse login = mvc.perform(post("/login").param("email", email).param("password", PASSWORD)
                .cookie(guestCookie).with(csrf())).andReturn().getResponse();

        assertThat(login.getRedirectedUrl()).doesNotContain("error");
        Map<Long, Integer> cart = carts.view(CartOwner.member(member)).lines().stream()
                .collect(Collectors.toMap(CartLineView::variantId, CartLineView::quantity));
        assertThat(cart).containsOnly(Map.entry(fixture.variantId(fixture.sku("kept-M")), 2),
                Map.entry(fixture.variantId(fixture.sku("guest-picked-M")), 2));
        assertThat(carts.view(guest).lines()).as("the guest cart is gone").isEmpty();
        assertThat(login.getHeaders("Set-Cookie")).anySatisfy(header -> assertThat(header)
                .startsWith(Shoppers.CART_COOKIE + "=;").contains("Max-Age=0"));
    }
}
