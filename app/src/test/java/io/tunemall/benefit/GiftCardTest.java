package io.tunemall.benefit;

import static io.tunemall.benefit.BenefitFixtures.assertLedgerAddsUp;
import static io.tunemall.benefit.BenefitFixtures.newMember;
import static io.tunemall.benefit.BenefitFixtures.newOrder;
import static io.tunemall.sdk.Money.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tunemall.member.api.BenefitRejection;
import io.tunemall.member.api.GiftCardAdministration;
import io.tunemall.member.api.GiftCardBatchDraft;
import io.tunemall.member.api.GiftCardBatchRow;
import io.tunemall.member.api.GiftCardRedemption;
import io.tunemall.member.api.GiftCardRefused;
import io.tunemall.member.api.GiftCardReservation;
import io.tunemall.member.api.GiftCardStatus;
import io.tunemall.member.api.GiftCards;
import io.tunemall.member.api.IssuedGiftCards;
import io.tunemall.member.api.PointLedger;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Gift cards issued in batches, redeemed once into points or as payment, voided by staff. */
@IntegrationTest
class GiftCardTest {

    @Autowired
    GiftCardAdministration admin;
    @Autowired
    GiftCards giftCards;
    @Autowired
    PointLedger points;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ShopClock clock;

    LocalDate today;

    @BeforeEach
    void today() {
        today = clock.today();
    }

    @Test
    void a_batch_is_issued_with_random_codes_the_database_only_knows_by_hash() {
        IssuedGiftCards issued = admin.issue(new GiftCardBatchDraft(5, won(30_000), today.plusDays(365), "설 선물"),
                "owner");

        assertThat(issued.codes()).hasSize(5).allSatisfy(code ->
                assertThat(code.code()).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"));
        assertThat(issued.codes()).extracting(IssuedGiftCards.IssuedCode::code).doesNotHaveDuplicates();
        GiftCardBatchRow batch = issued.batch();
        assertThat(batch.count()).isEqualTo(5);
        assertThat(batch.active()).isEqualTo(5);
        assertThat(batch.validThrough()).isEqualTo(today.plusDays(365));
        assertThat(batch.name()).isEqualTo("설 선물");
        for (IssuedGiftCards.IssuedCode code : issued.codes()) {
            String plain = code.code().replace("-", "");
            Map<String, Object> row = jdbc.queryForMap("SELECT * FROM gift_card WHERE id = ?", code.cardId());
            assertThat(row.values()).noneMatch(value -> value != null && String.valueOf(value).contains(plain));
            assertThat(row.get("code_last4")).isEqualTo(plain.substring(12));
        }
        assertThat(admin.findByCode(issued.codes().get(2).code().toLowerCase()))
                .hasValueSatisfying(card -> assertThat(card.id()).isEqualTo(issued.codes().get(2).cardId()));
        assertThat(admin.cards(batch.id(), 0, 10)).hasSize(5)
                .allSatisfy(card -> assertThat(card.status()).isEqualTo(GiftCardStatus.ACTIVE));
    }

    @Test
    void a_card_redeemed_into_points_credits_its_face_value_once() {
        IssuedGiftCards issued = admin.issue(new GiftCardBatchDraft(2, won(10_000), today.plusDays(30), null), "owner");
        String code = issued.codes().get(0).code();
        long member = newMember(jdbc);

        GiftCardRedemption redemption = giftCards.redeemToPoints(member, " " + code.toLowerCase().replace("-", " "));

        assertThat(redemption.points()).isEqualTo(won(10_000));
        assertThat(redemption.validThrough()).isEqualTo(today.plusYears(5));
        assertThat(points.balance(member).available()).isEqualTo(won(10_000));
        assertThat(giftCards.redeemToPoints(member, code)).isEqualTo(redemption);
        assertThat(assertLedgerAddsUp(jdbc, member)).isEqualTo(10_000);
        assertRefused(() -> giftCards.redeemToPoints(newMember(jdbc), code), GiftCardRefused.Reason.ALREADY_USED, 409);
        assertThat(admin.batch(issued.batch().id()).orElseThrow().redeemed()).isEqualTo(1);
        assertThat(admin.cards(issued.batch().id(), 0, 10).get(0)).satisfies(card -> {
            assertThat(card.status()).isEqualTo(GiftCardStatus.REDEEMED);
            assertThat(card.redeemedAs()).isEqualTo("POINTS");
            assertThat(card.memberId()).isEqualTo(member);
        });
    }

    @Test
    void typos_unknown_codes_expired_and_voided_cards_are_refused_with_their_reason() {
        IssuedGiftCards issued = admin.issue(new GiftCardBatchDraft(3, won(5_000), today, null), "owner");
        String code = issued.codes().get(0).code();
        char last = code.charAt(code.length() - 1);
        String typo = code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');

        assertRefused(() -> giftCards.redeemToPoints(newMember(jdbc), typo), GiftCardRefused.Reason.MALFORMED, 422);
        assertRefused(() -> giftCards.redeemToPoints(newMember(jdbc), validButUnissued()), GiftCardRefused.Reason.UNKNOWN,
                422);

        jdbc.update("UPDATE gift_card SET valid_until = ? WHERE id = ?",
                Timestamp.from(clock.now().minusSeconds(1)), issued.codes().get(0).cardId());
        assertRefused(() -> giftCards.redeemToPoints(newMember(jdbc), code), GiftCardRefused.Reason.EXPIRED, 409);

        admin.voidCard(issued.codes().get(1).cardId(), "분실 신고", "cs-kim");
        assertRefused(() -> giftCards.redeemToPoints(newMember(jdbc), issued.codes().get(1).code()),
                GiftCardRefused.Reason.VOIDED, 409);
        assertThat(admin.cards(issued.batch().id(), 0, 10)).extracting(card -> card.status())
                .containsExactly(GiftCardStatus.EXPIRED, GiftCardStatus.VOIDED, GiftCardStatus.ACTIVE);
    }

    @Test
    void a_card_held_by_one_checkout_cannot_be_used_elsewhere_until_released_or_spent() {
        IssuedGiftCards issued = admin.issue(new GiftCardBatchDraft(2, won(20_000), today.plusDays(10), null), "owner");
        String first = issued.codes().get(0).code();
        String second = issued.codes().get(1).code();
        String abandoned = newOrder();
        String paid = newOrder();

        GiftCardReservation held = giftCards.reserveForPayment(first, abandoned);

        assertThat(held.faceValue()).isEqualTo(won(20_000));
        assertThat(held.reservedUntil()).isAfter(clock.now().plusSeconds(29 * 60));
        assertRefused(() -> giftCards.reserveForPayment(first, paid), GiftCardRefused.Reason.HELD, 409);
        assertRefused(() -> giftCards.redeemToPoints(newMember(jdbc), first), GiftCardRefused.Reason.HELD, 409);
        assertThat(giftCards.reserveForPayment(first, abandoned).cardId()).isEqualTo(held.cardId());
        assertThat(admin.batch(issued.batch().id()).orElseThrow().held()).isEqualTo(1);

        assertThat(giftCards.release(abandoned)).isEqualTo(1);
        giftCards.reserveForPayment(first, paid);
        giftCards.reserveForPayment(second, paid);
        List<GiftCardReservation> captured = giftCards.capture(paid);

        assertThat(captured).extracting(GiftCardReservation::cardId)
                .containsExactly(issued.codes().get(0).cardId(), issued.codes().get(1).cardId());
        assertThat(giftCards.capture(paid)).isEqualTo(captured);
        assertThat(giftCards.release(paid)).isZero();
        assertRefused(() -> giftCards.redeemToPoints(newMember(jdbc), first), GiftCardRefused.Reason.ALREADY_USED, 409);
        assertRefused(() -> giftCards.capture(abandoned), GiftCardRefused.Reason.NOT_HELD, 409);
        assertThat(admin.cards(issued.batch().id(), 0, 10)).allSatisfy(card -> {
            assertThat(card.status()).isEqualTo(GiftCardStatus.REDEEMED);
            assertThat(card.redeemedAs()).isEqualTo("PAYMENT");
            assertThat(card.orderNumber()).isEqualTo(paid);
        });
    }

    @Test
    void a_lapsed_hold_lets_another_checkout_take_the_card() {
        String code = admin.issue(new GiftCardBatchDraft(1, won(20_000), today.plusDays(10), null), "owner")
                .codes().get(0).code();
        String slow = newOrder();
        GiftCardReservation held = giftCards.reserveForPayment(code, slow);
        jdbc.update("UPDATE gift_card SET reserved_until = ? WHERE id = ?",
                Timestamp.from(clock.now().minusSeconds(1)), held.cardId());

        giftCards.reserveForPayment(code, "FAST-" + slow);

        assertRefused(() -> giftCards.capture(slow), GiftCardRefused.Reason.NOT_HELD, 409);
        assertThat(giftCards.capture("FAST-" + slow)).singleElement()
                .satisfies(card -> assertThat(card.cardId()).isEqualTo(held.cardId()));
    }

    @Test
    void staff_void_unused_cards_of_a_batch_but_never_a_used_one() {
        IssuedGiftCards issued = admin.issue(new GiftCardBatchDraft(4, won(1_000), today.plusDays(10), null), "owner");
        giftCards.redeemToPoints(newMember(jdbc), issued.codes().get(0).code());

        assertThatThrownBy(() -> admin.voidCard(issued.codes().get(0).cardId(), "실수", "cs-kim"))
                .isInstanceOf(BenefitRejection.class);
        assertThatThrownBy(() -> admin.voidBatch(issued.batch().id(), " ", "cs-kim"))
                .isInstanceOf(BenefitRejection.class);
        assertThat(admin.voidBatch(issued.batch().id(), "행사 취소", "owner")).isEqualTo(3);

        GiftCardBatchRow batch = admin.batch(issued.batch().id()).orElseThrow();
        assertThat(batch.redeemed()).isEqualTo(1);
        assertThat(batch.voided()).isEqualTo(3);
        assertThat(admin.cards(batch.id(), 0, 10).get(3)).satisfies(card -> {
            assertThat(card.voidedBy()).isEqualTo("owner");
            assertThat(card.voidReason()).isEqualTo("행사 취소");
        });
    }

    @Test
    void a_batch_is_refused_with_a_reason_per_field() {
        assertThatThrownBy(() -> admin.issue(new GiftCardBatchDraft(0, won(0), today.minusDays(1), "x".repeat(101)),
                "owner")).isInstanceOfSatisfying(BenefitRejection.class, rejection ->
                        assertThat(rejection.problems()).extracting(p -> p.field())
                                .containsExactlyInAnyOrder("count", "faceValue", "validThrough", "name"));
    }

    private static String validButUnissued() {
        String payload = "ZZZZZZZZZZZZZZZ";
        StringBuilder code = new StringBuilder(payload);
        for (char check : "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray()) {
            code.setLength(15);
            code.append(check);
            if (isWellFormed(code.toString())) {
                return code.toString();
            }
        }
        throw new IllegalStateException("no check character fits");
    }

    /** A code is well formed when redeeming it is refused as unknown rather than as malformed. */
    private static boolean isWellFormed(String code) {
        int factor = 1;
        int sum = 0;
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        for (int i = code.length() - 1; i >= 0; i--) {
            int addend = factor * alphabet.indexOf(code.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / 32 + addend % 32;
        }
        return sum % 32 == 0;
    }

    private static void assertRefused(ThrowingCallable use, GiftCardRefused.Reason reason, int status) {
        assertThatThrownBy(use).isInstanceOfSatisfying(GiftCardRefused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.status()).isEqualTo(status);
        });
    }
}
