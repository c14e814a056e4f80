package io.tunemall.member.api;

import java.util.List;
import java.util.Optional;

/**
 * Staff's side of gift cards: issuing batches, seeing what became of each card, voiding. Codes are shown exactly
 * once, in the answer to {@link #issue}; the shop keeps only their hashes.
 */
public interface GiftCardAdministration {

    /** Issues a batch of cards with random codes and answers the codes, which cannot be read back later. */
    IssuedGiftCards issue(GiftCardBatchDraft draft, String staff);

    /** Every batch, newest first, with how many of its cards are in each state. */
    List<GiftCardBatchRow> batches();

    Optional<GiftCardBatchRow> batch(long batchId);

    /** A page of the batch's cards by serial number. */
    List<GiftCardRow> cards(long batchId, int page, int size);

    /** The card with this code, if any (for customer service holding a card in hand). */
    Optional<GiftCardRow> findByCode(String code);

    /** Cancels one unused card; a card already used is refused. */
    void voidCard(long cardId, String reason, String staff);

    /** Cancels every unused card of the batch; answers how many. */
    int voidBatch(long batchId, String reason, String staff);
}
