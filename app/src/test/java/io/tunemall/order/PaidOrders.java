package io.tunemall.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.Carts;
import io.tunemall.order.api.Checkout;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.payment.api.PaymentResult;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.Payments;
import java.net.URI;
import java.time.Duration;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Orders paid the way a shopper pays them: placed through checkout, approved on the test gateway's page, confirmed,
 * and marked paid by the order module from the outbox.
 */
public final class PaidOrders {

    private final Checkout checkout;
    private final Carts carts;
    private final Payments payments;
    private final OrderAdministration orders;
    private final MockMvc mvc;

    public PaidOrders(ApplicationContext context) {
        this.checkout = context.getBean(Checkout.class);
        this.carts = context.getBean(Carts.class);
        this.payments = context.getBean(Payments.class);
        this.orders = context.getBean(OrderAdministration.class);
        this.mvc = context.getBean(MockMvc.class);
    }

    /** A guest's paid order of one unit of each SKU, ordered by the guest whose password is given. */
    public String paidGuestOrder(OrderFixture fixture, String password, String... skus) throws Exception {
        CartOwner owner = fixture.guestCartWith(skus[0], 1);
        for (int i = 1; i < skus.length; i++) {
            carts.add(owner, fixture.variantId(skus[i]), 1);
        }
        return pay(checkout.place(owner, OrderFixture.guestCheckout(password)));
    }

    /** A member's paid order of one unit of the SKU. */
    public String paidMemberOrder(OrderFixture fixture, long memberId, String sku) throws Exception {
        CartOwner owner = CartOwner.member(memberId);
        carts.add(owner, fixture.variantId(sku), 1);
        return pay(checkout.place(owner, OrderFixture.checkout("04524", null)));
    }

    private String pay(PlacedOrder placed) throws Exception {
        String location = mvc.perform(post(placed.paymentRedirect() + "/approve").with(csrf())).andReturn()
                .getResponse().getRedirectedUrl();
        String paymentKey = UriComponentsBuilder.fromUri(URI.create(location)).build().getQueryParams()
                .getFirst("paymentKey");
        PaymentResult result = payments.confirm(placed.orderNumber(), paymentKey, placed.chargedAmount());
        assertThat(result.state()).isEqualTo(PaymentState.CONFIRMED);
        await().atMost(Duration.ofSeconds(15)).until(() -> orders.detail(placed.orderNumber()).orElseThrow().state()
                == OrderState.PAID);
        return placed.orderNumber();
    }
}
