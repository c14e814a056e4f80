package io.tunemall.payment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tunemall.sdk.Money;
import org.junit.jupiter.api.Test;

class TaxSplitTest {

    @Test
    void a_vat_inclusive_price_splits_into_supply_value_and_vat_as_the_gateways_report_it() {
        TaxSplit split = TaxSplit.of(Money.won(30_000), Money.ZERO);

        assertThat(split.supplyValue()).isEqualTo(Money.won(27_273));
        assertThat(split.vat()).isEqualTo(Money.won(2_727));
    }

    @Test
    void the_tax_free_part_carries_no_vat() {
        TaxSplit split = TaxSplit.of(Money.won(50_000), Money.won(17_000));

        assertThat(split.taxable()).isEqualTo(Money.won(33_000));
        assertThat(split.supplyValue()).isEqualTo(Money.won(30_000));
        assertThat(split.vat()).isEqualTo(Money.won(3_000));
        assertThat(split.supplyValue().plus(split.vat()).plus(split.taxFree())).isEqualTo(split.total());
    }

    @Test
    void supply_value_rounds_half_up_to_the_won() {
        assertThat(TaxSplit.of(Money.won(1), Money.ZERO).vat()).isEqualTo(Money.ZERO);
        assertThat(TaxSplit.of(Money.won(6), Money.ZERO).supplyValue()).isEqualTo(Money.won(5));
        assertThat(TaxSplit.of(Money.won(17), Money.ZERO).supplyValue()).isEqualTo(Money.won(15));
        assertThat(TaxSplit.of(Money.won(1_000_001), Money.ZERO).vat()).isEqualTo(Money.won(90_909));
    }

    @Test
    void a_tax_free_part_larger_than_the_amount_is_refused() {
        assertThatThrownBy(() -> TaxSplit.of(Money.won(1_000), Money.won(1_001)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_payment_result_knows_its_balance_and_whether_it_is_paid() {
        PaymentResult partlyCancelled = new PaymentResult("20261123-000001", "test", PaymentMethod.CARD,
                PaymentState.PARTIALLY_CANCELLED, Money.won(10_000), Money.won(4_000), "pk", null, null, null);

        assertThat(partlyCancelled.balance()).isEqualTo(Money.won(6_000));
        assertThat(partlyCancelled.isPaid()).isTrue();
        assertThat(PaymentState.UNKNOWN.isPending()).isTrue();
        assertThat(PaymentState.WAITING_FOR_DEPOSIT.holdsMoney()).isFalse();
    }
}
