package io.tunemall.order.cart;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.catalog.api.Pricing;
import io.tunemall.catalog.api.Purchasable;
import io.tunemall.catalog.api.SaleStatus;
import io.tunemall.order.api.CartNotice;
import io.tunemall.sdk.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CartReviewTest {

    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    final Cart cart = new Cart("c", null, NOW);

    static Purchasable variant(long price, int stock, SaleStatus status) {
        return new Purchasable(1, "TEE-BLK-M", 10, "반팔 티", "tee", "블랙 / M", 3, null,
                Pricing.regular(Money.won(price), Money.won(price)), Money.ZERO, stock, status, null);
    }

    CartLine line(int quantity, long seenPrice) {
        return cart.add(1, "TEE-BLK-M", quantity, Money.won(seenPrice), NOW);
    }

    @Test
    void a_line_that_nothing_changed_is_orderable_as_it_is() {
        ReviewedLine reviewed = CartReview.review(line(2, 19_000), variant(19_000, 10, SaleStatus.ON_SALE), NOW, 99);

        assertThat(reviewed.buyable()).isTrue();
        assertThat(reviewed.orderableQuantity()).isEqualTo(2);
        assertThat(reviewed.notices()).isEmpty();
    }

    @Test
    void a_price_change_is_told_with_the_price_seen_and_the_price_now() {
        ReviewedLine reviewed = CartReview.review(line(1, 19_000), variant(21_000, 10, SaleStatus.ON_SALE), NOW, 99);

        assertThat(reviewed.notices()).containsExactly(CartNotice.price("반팔 티", "블랙 / M", Money.won(19_000), Money.won(21_000)));
        assertThat(reviewed.unitPrice()).isEqualTo(Money.won(21_000));
    }

    @Test
    void fewer_units_left_lower_the_quantity_and_say_so() {
        ReviewedLine reviewed = CartReview.review(line(5, 19_000), variant(19_000, 2, SaleStatus.ON_SALE), NOW, 99);

        assertThat(reviewed.orderableQuantity()).isEqualTo(2);
        assertThat(reviewed.notices()).containsExactly(
                CartNotice.quantity(CartNotice.Kind.QUANTITY_REDUCED, "반팔 티", "블랙 / M", 5, 2));
    }

    @Test
    void sold_out_and_withdrawn_products_cannot_be_ordered() {
        ReviewedLine soldOut = CartReview.review(line(1, 19_000), variant(19_000, 0, SaleStatus.ON_SALE), NOW, 99);
        ReviewedLine markedSoldOut = CartReview.review(line(1, 19_000), variant(19_000, 9, SaleStatus.SOLD_OUT), NOW, 99);
        ReviewedLine hidden = CartReview.review(line(1, 19_000), variant(19_000, 9, SaleStatus.HIDDEN), NOW, 99);
        ReviewedLine deleted = CartReview.review(line(1, 19_000), null, NOW, 99);

        assertThat(soldOut.buyable()).isFalse();
        assertThat(soldOut.notices()).extracting(CartNotice::kind).containsExactly(CartNotice.Kind.SOLD_OUT);
        assertThat(markedSoldOut.notices()).extracting(CartNotice::kind).containsExactly(CartNotice.Kind.SOLD_OUT);
        assertThat(hidden.notices()).extracting(CartNotice::kind).containsExactly(CartNotice.Kind.UNAVAILABLE);
        assertThat(deleted.buyable()).isFalse();
        assertThat(deleted.notices()).extracting(CartNotice::kind).containsExactly(CartNotice.Kind.UNAVAILABLE);
    }

    @Test
    void the_shops_limit_per_line_caps_the_quantity() {
        ReviewedLine reviewed = CartReview.review(line(12, 19_000), variant(19_000, 50, SaleStatus.ON_SALE), NOW, 10);

        assertThat(reviewed.orderableQuantity()).isEqualTo(10);
        assertThat(reviewed.notices()).extracting(CartNotice::kind).containsExactly(CartNotice.Kind.QUANTITY_LIMITED);
    }
}
