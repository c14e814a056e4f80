package io.tunemall.payment.lifecycle;

import io.tunemall.payment.api.CashReceiptType;
import io.tunemall.payment.api.PaymentConfirmed;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.gateway.CashReceiptIssue;
import io.tunemall.payment.api.gateway.CashReceiptIssued;
import io.tunemall.payment.setting.PaymentGateways;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.Money;
import java.time.Instant;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Cash receipts (현금영수증) for bank-transfer and virtual-account payments. The one the shopper asks for is issued by
 * the gateway with the payment. A shop in an industry that must issue them (현금영수증 의무발행업종) issues one even
 * unasked from ₩100,000 in cash, to the National Tax Service's self-issue number (자진발급); this listener does that
 * after the payment is confirmed. It runs from the outbox, so a gateway that is down gets asked again.
 */
@Component
class CashReceipts {

    /** The amount from which a receipt is issued even unasked (부가가치세법 시행령: 건당 10만원 이상). */
    static final Money MANDATORY_FROM = Money.won(100_000);

    private final PaymentRecords records;
    private final PaymentLog history;
    private final PaymentGateways gateways;
    private final ShortTransactions transactions;
    private final ShopClock clock;

    CashReceipts(PaymentRecords records, PaymentLog history, PaymentGateways gateways, ShortTransactions transactions,
            ShopClock clock) {
        this.records = records;
        this.history = history;
        this.gateways = gateways;
        this.transactions = transactions;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PaymentConfirmed confirmed) {
        records.find(confirmed.orderNumber()).filter(CashReceipts::owesSelfIssuedReceipt).ifPresent(this::issue);
    }

    static boolean owesSelfIssuedReceipt(PaymentRow row) {
        return row.method().isCash() && !row.cashReceiptIssued() && row.state() == PaymentState.CONFIRMED
                && !row.amount().isLessThan(MANDATORY_FROM);
    }

    private void issue(PaymentRow row) {
        String key = "receipt-" + row.orderNumber() + "-" + row.attempt();
        CashReceiptIssued issued = gateways.get(row.gateway()).issueCashReceipt(new CashReceiptIssue(row.orderNumber(),
                row.orderName(), row.amount(), row.taxFreeAmount(), CashReceiptType.INCOME_DEDUCTION,
                CashReceiptIssue.SELF_ISSUE_IDENTITY, key));
        Instant now = clock.now();
        transactions.run(() -> {
            if (records.transition(row.id(), PaymentState.CONFIRMED).set("cash_receipt_issued", true).apply(now)) {
                history.append(row.id(), PaymentLog.Kind.CASH_RECEIPT, PaymentLog.Outcome.SUCCEEDED, row.state(),
                        row.amount(), row.gateway(), issued.receiptKey(), key, "SELF_ISSUED", issued.issueNumber(), now);
            }
        });
    }
}
