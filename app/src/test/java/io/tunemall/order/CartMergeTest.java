package io.tunemall.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.order.api.CartLineView;
import io.tunemall.order.api.CartMerge;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.Carts;
import io.tunemall.support.IntegrationTest;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The guest's cart joins the member's when the guest logs in; the coordinator calls CartMerge from the login. */
@IntegrationTest
class CartMergeTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Carts carts;
    @Autowired
    CartMerge merge;

    static long newMember() {
        return ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
    }

    @Test
    void lines_of_the_same_variant_add_up_within_the_stock_and_others_join() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("merge", 10_000, 10_000, new java.util.LinkedHashMap<>(Map.of("S", 4, "L", 9)));
        long member = newMember();
        carts.add(CartOwner.member(member), fixture.variantId(fixture.sku("merge-S")), 3);
        CartOwner guest = carts.add(CartOwner.newGuest(), fixture.variantId(fixture.sku("merge-S")), 2).owner();
        carts.add(guest, fixture.variantId(fixture.sku("merge-L")), 1);

        merge.merge(guest.guestCartId(), member);

        assertThat(carts.view(CartOwner.member(member)).lines()).extracting(CartLineView::optionText, CartLineView::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S", 4), org.assertj.core.groups.Tuple.tuple("L", 1));
        assertThat(carts.count(guest)).as("the guest cart is gone").isZero();
        merge.merge(guest.guestCartId(), member);
        assertThat(carts.count(CartOwner.member(member))).as("merging again changes nothing").isEqualTo(2);
    }

    @Test
    void a_member_without_a_cart_takes_the_guests_cart_over() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("takeover", 10_000, 5);
        long member = newMember();
        CartOwner guest = fixture.guestCartWith(fixture.sku("takeover-M"), 2);

        merge.merge(guest.guestCartId(), member);

        assertThat(carts.view(CartOwner.member(member)).lines()).singleElement()
                .satisfies(line -> assertThat(line.quantity()).isEqualTo(2));
        assertThat(carts.view(guest).isEmpty()).isTrue();
    }

    @Test
    void a_guest_cart_is_named_by_a_signed_token_that_cannot_be_forged() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("token", 10_000, 5);
        CartOwner guest = fixture.guestCartWith(fixture.sku("token-M"), 1);
        String token = carts.guestToken(guest.guestCartId());

        assertThat(carts.guestCartId(token)).contains(guest.guestCartId());
        assertThat(carts.guestCartId(guest.guestCartId() + ".forged")).isEmpty();
        String other = "01a2b3c4-0000-7000-8000-000000000000";
        assertThat(carts.guestCartId(other + token.substring(token.indexOf('.')))).isEmpty();
    }
}
