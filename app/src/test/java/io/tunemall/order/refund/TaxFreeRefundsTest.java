package io.tunemall.order.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.admin.StaffSession;
import io.tunemall.order.OrderFixture;
import io.tunemall.order.PaidOrders;
import io.tunemall.order.api.Actor;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.OrderRefunds;
import io.tunemall.order.api.RefundState;
import io.tunemall.order.api.RefundView;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.Payments;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A mixed order (one taxable, one tax-free product) is paid with its tax-free part, and a partial cancel of its
 * tax-free line gives back that part as tax-free: the payment module refuses a partial cancel of a mixed payment that
 * does not say it.
 */
@IntegrationTest
class TaxFreeRefundsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    OrderAdministration orders;
    @Autowired
    OrderRefunds refunds;
    @Autowired
    Payments payments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void a_mixed_order_is_paid_with_its_tax_free_part_and_a_cancelled_tax_free_line_refunds_it_as_tax_free()
            throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.taxFree(fixture.product("rice", 15_000, 5));
        fixture.product("bowl", 12_000, 5);
        String orderNumber = new PaidOrders(context).paidGuestOrder(fixture, "pw-tf", fixture.sku("rice-M"),
                fixture.sku("bowl-M"));

        OrderDetail paid = orders.detail(orderNumber).orElseThrow();
        Money charged = paid.breakdown().finalAmount();
        assertThat(paid.lines()).extracting(line -> line.taxFree()).containsExactly(true, false);
        assertThat(paid.breakdown().taxFreeAmount()).isEqualTo(Money.won(15_000));
        assertThat(paid.breakdown().taxableAmount()).as("the bowl and the shipping").isEqualTo(charged.minus(Money.won(15_000)));
        assertThat(jdbc.queryForObject("SELECT tax_free_amount FROM payment WHERE order_number = ?", Long.class,
                orderNumber)).isEqualTo(15_000L);

        String page = mvc.perform(get("/admin/orders/" + orderNumber).cookie(StaffSession.login(mvc)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("과세 (부가세 포함)", "부가세", "15,000원",
                paid.breakdown().taxableAmount().format(java.util.Locale.KOREAN),
                paid.breakdown().vat().format(java.util.Locale.KOREAN));

        orders.cancelLines(orderNumber, List.of(1), Actor.staff("김운영"), "품절 안내");
        RefundView taxFreeLine = awaitRefunds(orderNumber, 1).get(0);

        assertThat(taxFreeLine.state()).isEqualTo(RefundState.DONE);
        assertThat(taxFreeLine.amount()).isEqualTo(Money.won(15_000));
        assertThat(cancels(orderNumber)).containsExactly(Map.of("AMOUNT", 15_000L, "TAX_FREE_AMOUNT", 15_000L));
        assertThat(jdbc.queryForObject("SELECT cancelled_tax_free FROM payment WHERE order_number = ?", Long.class,
                orderNumber)).isEqualTo(15_000L);

        orders.cancel(orderNumber, Actor.staff("김운영"), "고객 요청");
        RefundView rest = awaitRefunds(orderNumber, 2).get(1);

        assertThat(rest.state()).isEqualTo(RefundState.DONE);
        assertThat(cancels(orderNumber)).last().isEqualTo(Map.of("AMOUNT", charged.won() - 15_000L,
                "TAX_FREE_AMOUNT", 0L));
        assertThat(payments.status(orderNumber).orElseThrow().state()).isEqualTo(PaymentState.CANCELLED);
    }

    private List<Map<String, Object>> cancels(String orderNumber) {
        return jdbc.queryForList("SELECT c.amount AS AMOUNT, c.tax_free_amount AS TAX_FREE_AMOUNT FROM payment_cancel c"
                + " JOIN payment p ON p.id = c.payment_id WHERE p.order_number = ? ORDER BY c.id", orderNumber);
    }

    private List<RefundView> awaitRefunds(String orderNumber, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> refunds.refunds(orderNumber).size() == count
                && refunds.refunds(orderNumber).stream().noneMatch(refund -> refund.state() == RefundState.PENDING));
        return refunds.refunds(orderNumber);
    }
}
