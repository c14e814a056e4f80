package io.tunemall.member.api;

import io.tunemall.sdk.Money;
import java.time.LocalDate;

/**
 * A batch of gift cards to issue.
 *
 * @param validThrough the last day the cards can be used (in the shop's zone)
 * @param name optional, to tell batches apart (such as "2026 설 선물")
 */
public record GiftCardBatchDraft(int count, Money faceValue, LocalDate validThrough, String name) {
}
