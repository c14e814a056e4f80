package io.tunemall.order.coupon;

import io.tunemall.order.api.CheckoutProblem;
import io.tunemall.order.api.CouponDraft;
import io.tunemall.order.api.CouponIssueMethod;
import io.tunemall.order.api.CouponKind;
import java.util.ArrayList;
import java.util.List;

/** What is wrong with a coupon the owner wrote, field by field (message codes {@code coupon.error.<code>}). */
final class CouponDraftCheck {

    private CouponDraftCheck() {
    }

    static List<CheckoutProblem> problems(CouponDraft draft) {
        List<CheckoutProblem> problems = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank()) {
            problems.add(CheckoutProblem.of("name", "required"));
        } else if (draft.name().strip().length() > 200) {
            problems.add(CheckoutProblem.of("name", "too-long", 200));
        }
        if (draft.kind() == null) {
            problems.add(CheckoutProblem.of("kind", "required"));
        } else if (draft.kind() == CouponKind.FIXED && (draft.amount() == null || draft.amount().isZero())) {
            problems.add(CheckoutProblem.of("amount", "amount-required"));
        } else if (draft.kind() == CouponKind.PERCENT && (draft.basisPoints() <= 0 || draft.basisPoints() > 10_000)) {
            problems.add(CheckoutProblem.of("percent", "percent-range"));
        }
        if (draft.validDays() != null && (draft.validDays() < 1 || draft.validDays() > 3650)) {
            problems.add(CheckoutProblem.of("validDays", "days-range"));
        }
        if (draft.validDays() == null && draft.validFrom() != null && draft.validUntil() != null
                && !draft.validUntil().isAfter(draft.validFrom())) {
            problems.add(CheckoutProblem.of("validUntil", "period-order"));
        }
        if (draft.perMemberLimit() < 1 || draft.perMemberLimit() > 100) {
            problems.add(CheckoutProblem.of("perMemberLimit", "limit-range"));
        }
        if (draft.totalLimit() != null && draft.totalLimit() < 1) {
            problems.add(CheckoutProblem.of("totalLimit", "limit-range"));
        }
        if (draft.issueMethod() == null) {
            problems.add(CheckoutProblem.of("issueMethod", "required"));
        } else if (draft.issueMethod() == CouponIssueMethod.GRADE
                && (draft.gradeCode() == null || draft.gradeCode().isBlank())) {
            problems.add(CheckoutProblem.of("gradeCode", "grade-required"));
        }
        return problems;
    }
}
