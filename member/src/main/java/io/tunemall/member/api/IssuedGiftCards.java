package io.tunemall.member.api;

import java.util.List;

/** A batch just issued with its codes: the only time the codes are available. */
public record IssuedGiftCards(GiftCardBatchRow batch, List<IssuedCode> codes) {

    /**
     * @param cardId the card's serial number
     * @param code the code as printed, such as {@code 7KQ2-M9XD-3HRT-W0PA}
     */
    public record IssuedCode(long cardId, String code) {
    }
}
