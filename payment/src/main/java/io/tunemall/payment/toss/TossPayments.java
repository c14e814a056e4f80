package io.tunemall.payment.toss;

import io.tunemall.payment.api.PaymentFailure;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.VirtualAccount;
import io.tunemall.payment.api.gateway.GatewayPayment;
import io.tunemall.payment.api.gateway.GatewayStatus;
import io.tunemall.payment.api.gateway.GatewayUnavailable;
import io.tunemall.sdk.Money;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads Toss Payments' Payment object (the answer of confirm, cancel and the status queries). */
final class TossPayments {

    static final ZoneId KST = ZoneId.of("Asia/Seoul");

    /** Toss's bank codes for virtual accounts, as shoppers know the banks. */
    private static final Map<String, String> BANKS = Map.ofEntries(
            Map.entry("39", "경남은행"), Map.entry("34", "광주은행"), Map.entry("12", "단위농협"), Map.entry("32", "부산은행"),
            Map.entry("45", "새마을금고"), Map.entry("64", "산림조합"), Map.entry("88", "신한은행"), Map.entry("48", "신협"),
            Map.entry("27", "씨티은행"), Map.entry("20", "우리은행"), Map.entry("71", "우체국"), Map.entry("50", "저축은행"),
            Map.entry("37", "전북은행"), Map.entry("35", "제주은행"), Map.entry("90", "카카오뱅크"), Map.entry("89", "케이뱅크"),
            Map.entry("92", "토스뱅크"), Map.entry("81", "하나은행"), Map.entry("03", "IBK기업은행"), Map.entry("06", "KB국민은행"),
            Map.entry("31", "iM뱅크"), Map.entry("02", "KDB산업은행"), Map.entry("11", "NH농협은행"), Map.entry("23", "SC제일은행"),
            Map.entry("07", "Sh수협은행"));

    private TossPayments() {
    }

    static GatewayPayment read(JsonNode payment) {
        if (payment == null || !payment.hasNonNull("status")) {
            throw new GatewayUnavailable("UNREADABLE", "Toss Payments answered without a payment status", null);
        }
        GatewayStatus status = GatewayStatus.valueOf(text(payment, "status"));
        JsonNode account = payment.get("virtualAccount");
        VirtualAccount virtualAccount = account == null || account.isNull() ? null : new VirtualAccount(
                bank(text(account, "bankCode")), text(account, "accountNumber"), instant(text(account, "dueDate")));
        JsonNode failure = payment.get("failure");
        PaymentFailure failed = failure == null || failure.isNull() ? null
                : new PaymentFailure(text(failure, "code"), text(failure, "message"));
        JsonNode receipt = payment.get("cashReceipt");
        return new GatewayPayment(status, text(payment, "paymentKey"), text(payment, "orderId"), method(payment),
                money(payment, "totalAmount"), money(payment, "balanceAmount"), instant(text(payment, "approvedAt")),
                virtualAccount, text(payment, "secret"), receipt != null && !receipt.isNull(),
                text(payment, "lastTransactionKey"), failed);
    }

    /** How it was paid: Toss names methods in Korean ("카드") and wallets by their provider under easyPay. */
    static PaymentMethod method(JsonNode payment) {
        String method = text(payment, "method");
        if (method == null) {
            return null;
        }
        return switch (method) {
            case "카드", "CARD" -> wallet(payment, PaymentMethod.CARD);
            case "가상계좌", "VIRTUAL_ACCOUNT" -> PaymentMethod.VIRTUAL_ACCOUNT;
            case "계좌이체", "TRANSFER" -> PaymentMethod.TRANSFER;
            case "간편결제", "EASY_PAY" -> wallet(payment, null);
            default -> null;
        };
    }

    private static PaymentMethod wallet(JsonNode payment, PaymentMethod otherwise) {
        JsonNode easyPay = payment.get("easyPay");
        String provider = easyPay == null || easyPay.isNull() ? null : text(easyPay, "provider");
        if (provider == null) {
            return otherwise;
        }
        return switch (provider) {
            case "네이버페이", "NAVERPAY" -> PaymentMethod.NAVER_PAY;
            case "카카오페이", "KAKAOPAY" -> PaymentMethod.KAKAO_PAY;
            case "토스페이", "TOSSPAY" -> PaymentMethod.TOSS_PAY;
            default -> otherwise;
        };
    }

    static String bank(String code) {
        return code == null ? null : BANKS.getOrDefault(code, code);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Money money(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Money.ZERO : Money.won(value.asLong());
    }

    /** Toss writes moments with an offset ({@code 2024-02-13T12:18:14+09:00}), webhooks without (Korean time). */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(text).atZone(KST).toInstant();
        }
    }
}
