package io.tunemall.member.benefit.giftcard;

import io.tunemall.member.api.GiftCardRedemption;
import io.tunemall.member.api.GiftCardRefused;
import io.tunemall.member.api.GiftCardReservation;
import io.tunemall.member.api.GiftCards;
import io.tunemall.member.benefit.BenefitsProperties;
import io.tunemall.member.benefit.ShopDays;
import io.tunemall.member.benefit.point.GiftCardPoints;
import io.tunemall.platform.error.ShopException;
import io.tunemall.sdk.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GiftCardUse implements GiftCards {

    private final GiftCardStore store;
    private final GiftCardPoints points;
    private final ShopDays days;
    private final BenefitsProperties.GiftCards settings;

    GiftCardUse(GiftCardStore store, GiftCardPoints points, ShopDays days, BenefitsProperties properties) {
        this.store = store;
        this.points = points;
        this.days = days;
        this.settings = properties.giftCards();
    }

    /**
     * The card's row is taken by the conditional UPDATE before the member's points are locked; no path locks them
     * the other way round, so redemptions cannot deadlock with point changes.
     */
    @Override
    @Transactional
    public GiftCardRedemption redeemToPoints(long memberId, String code) {
        GiftCardCode card = parse(code);
        Instant now = days.now();
        boolean redeemed = store.redeemToPoints(card.hash(), memberId, now) == 1;
        CardState state = store.lockByHash(card.hash()).orElseThrow(() -> refused(GiftCardRefused.Reason.UNKNOWN));
        if (!redeemed) {
            if (state.memberId() != null && state.memberId() == memberId && "POINTS".equals(state.redeemedAs())
                    && state.pointEntryId() != null) {
                // The same member asking again (a retried request) gets the answer of the first redemption.
                return new GiftCardRedemption(state.id(), state.lastFour(), memberId, Money.won(state.faceValueWon()),
                        days.dayOf(state.redeemedAt()).plus(settings.pointValidity()), state.pointEntryId());
            }
            throw refused(state.refusal(now));
        }
        LocalDate validThrough = days.today().plus(settings.pointValidity());
        long entry = points.credit(memberId, state.id(), Money.won(state.faceValueWon()), days.endOf(validThrough));
        store.attachPointEntry(state.id(), entry);
        return new GiftCardRedemption(state.id(), state.lastFour(), memberId, Money.won(state.faceValueWon()),
                validThrough, entry);
    }

    @Override
    @Transactional
    public GiftCardReservation reserveForPayment(String code, String orderNumber) {
        GiftCardCode card = parse(code);
        String order = orderNumber(orderNumber);
        Instant now = days.now();
        boolean held = store.reserve(card.hash(), order, now.plus(settings.hold()), now) == 1;
        CardState state = store.lockByHash(card.hash()).orElseThrow(() -> refused(GiftCardRefused.Reason.UNKNOWN));
        if (!held) {
            throw refused(state.refusal(now));
        }
        return reservation(state);
    }

    @Override
    @Transactional
    public List<GiftCardReservation> capture(String orderNumber) {
        String order = orderNumber(orderNumber);
        store.capture(order, days.now());
        List<CardState> paid = store.paidWith(order);
        if (paid.isEmpty()) {
            throw refused(GiftCardRefused.Reason.NOT_HELD);
        }
        return paid.stream().map(GiftCardUse::reservation).toList();
    }

    @Override
    @Transactional
    public int release(String orderNumber) {
        return store.release(orderNumber(orderNumber));
    }

    private static GiftCardReservation reservation(CardState state) {
        return new GiftCardReservation(state.id(), state.lastFour(), Money.won(state.faceValueWon()),
                state.reservedFor(), state.reservedUntil());
    }

    private static GiftCardCode parse(String code) {
        return GiftCardCode.parse(code).orElseThrow(() -> refused(GiftCardRefused.Reason.MALFORMED));
    }

    private static GiftCardRefused refused(GiftCardRefused.Reason reason) {
        return new GiftCardRefused(reason);
    }

    private static String orderNumber(String orderNumber) {
        if (orderNumber == null || orderNumber.isBlank() || orderNumber.strip().length() > 64) {
            throw ShopException.invalid("order-number-invalid", "An order number of 1 to 64 characters is required");
        }
        return orderNumber.strip();
    }
}
