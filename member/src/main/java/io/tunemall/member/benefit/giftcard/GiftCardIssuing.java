package io.tunemall.member.benefit.giftcard;

import io.tunemall.member.api.BenefitProblem;
import io.tunemall.member.api.BenefitRejection;
import io.tunemall.member.api.GiftCardAdministration;
import io.tunemall.member.api.GiftCardBatchDraft;
import io.tunemall.member.api.GiftCardBatchRow;
import io.tunemall.member.api.GiftCardRow;
import io.tunemall.member.api.IssuedGiftCards;
import io.tunemall.member.benefit.AdminActions;
import io.tunemall.member.benefit.BenefitsProperties;
import io.tunemall.member.benefit.ShopDays;
import io.tunemall.platform.error.ShopException;
import io.tunemall.sdk.Money;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GiftCardIssuing implements GiftCardAdministration {

    static final long MAX_FACE_VALUE = 10_000_000;
    static final int MAX_NAME = 100;
    static final int MAX_REASON = 300;

    private final GiftCardStore store;
    private final BatchRows batches;
    private final AdminActions actions;
    private final ShopDays days;
    private final int maxBatchSize;
    private final SecureRandom random = new SecureRandom();

    GiftCardIssuing(GiftCardStore store, BatchRows batches, AdminActions actions, ShopDays days,
            BenefitsProperties properties) {
        this.store = store;
        this.batches = batches;
        this.actions = actions;
        this.days = days;
        this.maxBatchSize = properties.giftCards().maxBatchSize();
    }

    @Override
    @Transactional
    public IssuedGiftCards issue(GiftCardBatchDraft draft, String staff) {
        check(draft);
        Instant now = days.now();
        Instant validUntil = days.endOf(draft.validThrough());
        String name = draft.name() == null || draft.name().isBlank() ? null : draft.name().strip();
        long batchId = store.insertBatch(draft, name, validUntil, staff, now);
        Map<String, GiftCardCode> codes = new LinkedHashMap<>();
        while (codes.size() < draft.count()) {
            GiftCardCode code = GiftCardCode.random(random);
            codes.put(code.hash(), code);
        }
        Map<String, Long> ids = store.insertCards(batchId, new ArrayList<>(codes.values()), draft.faceValue().won(),
                validUntil);
        List<IssuedGiftCards.IssuedCode> issued = codes.entrySet().stream()
                .map(code -> new IssuedGiftCards.IssuedCode(ids.get(code.getKey()), code.getValue().printed()))
                .sorted(Comparator.comparingLong(IssuedGiftCards.IssuedCode::cardId))
                .toList();
        actions.record(staff, "gift-cards.issue", "gift-card-batch:" + batchId, draft.count() + " cards of "
                + draft.faceValue().won() + " won valid through " + draft.validThrough());
        return new IssuedGiftCards(batches.find(batchId).orElseThrow(), issued);
    }

    private void check(GiftCardBatchDraft draft) {
        List<BenefitProblem> problems = new ArrayList<>();
        if (draft.count() < 1 || draft.count() > maxBatchSize) {
            problems.add(BenefitProblem.of("count", "count-range", maxBatchSize));
        }
        if (draft.faceValue() == null || draft.faceValue().isZero()) {
            problems.add(BenefitProblem.of("faceValue", "amount-required"));
        } else if (draft.faceValue().won() > MAX_FACE_VALUE) {
            problems.add(BenefitProblem.of("faceValue", "amount-too-large", MAX_FACE_VALUE));
        }
        if (draft.validThrough() == null) {
            problems.add(BenefitProblem.of("validThrough", "required"));
        } else if (draft.validThrough().isBefore(days.today())) {
            problems.add(BenefitProblem.of("validThrough", "date-past"));
        }
        if (draft.name() != null && draft.name().strip().length() > MAX_NAME) {
            problems.add(BenefitProblem.of("name", "too-long", MAX_NAME));
        }
        if (!problems.isEmpty()) {
            throw new BenefitRejection(problems);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<GiftCardBatchRow> batches() {
        return batches.latest(200);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GiftCardBatchRow> batch(long batchId) {
        return batches.find(batchId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<GiftCardRow> cards(long batchId, int page, int size) {
        int safeSize = Math.min(Math.max(size, 1), 500);
        Instant now = days.now();
        return store.cards(batchId, Math.max(page, 0) * safeSize, safeSize).stream().map(card -> row(card, now)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GiftCardRow> findByCode(String code) {
        Instant now = days.now();
        return GiftCardCode.parse(code).flatMap(card -> store.byHash(card.hash())).map(card -> row(card, now));
    }

    @Override
    @Transactional
    public void voidCard(long cardId, String reason, String staff) {
        String why = reason(reason);
        CardState card = store.byId(cardId).orElseThrow(() -> ShopException.notFound("Gift card " + cardId));
        if (store.voidCard(cardId, why, staff, days.now()) == 0) {
            throw BenefitRejection.of("", "gift-card-not-voidable", card.lastFour());
        }
        actions.record(staff, "gift-cards.void", "gift-card:" + cardId, why);
    }

    @Override
    @Transactional
    public int voidBatch(long batchId, String reason, String staff) {
        String why = reason(reason);
        batches.find(batchId).orElseThrow(() -> ShopException.notFound("Gift card batch " + batchId));
        int voided = store.voidBatch(batchId, why, staff, days.now());
        actions.record(staff, "gift-cards.void-batch", "gift-card-batch:" + batchId, voided + " cards: " + why);
        return voided;
    }

    private GiftCardRow row(CardState card, Instant now) {
        return new GiftCardRow(card.id(), card.batchId(), card.lastFour(), Money.won(card.faceValueWon()),
                days.lastDayBefore(card.validUntil()), card.shown(now), card.redeemedAt(), card.redeemedAs(),
                card.memberId(), card.orderNumber() != null ? card.orderNumber() : card.reservedFor(), card.voidedAt(),
                card.voidedBy(), card.voidReason());
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw BenefitRejection.of("reason", "reason-required");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw BenefitRejection.of("reason", "too-long", MAX_REASON);
        }
        return reason.strip();
    }
}
