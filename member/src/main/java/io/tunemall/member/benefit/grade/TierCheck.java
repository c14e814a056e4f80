package io.tunemall.member.benefit.grade;

import io.tunemall.member.api.BenefitProblem;
import io.tunemall.member.api.BenefitRejection;
import io.tunemall.member.api.GradeDraft;
import io.tunemall.sdk.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of the grade list: codes are unique and never change, levels are unique, there is exactly one default
 * grade, it has the lowest level and needs no paid amount (everyone starts there).
 */
final class TierCheck {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,29}");
    static final int MAX_NAME = 60;
    static final int MAX_BPS = 10_000;

    private TierCheck() {
    }

    /**
     * @param editing the grade being updated, empty for a new one
     * @return the draft as it will be saved (a default grade's entry amount is always 0)
     */
    static GradeDraft check(GradeDraft draft, Optional<Tier> editing, Tiers tiers) {
        List<BenefitProblem> problems = new ArrayList<>();
        if (editing.isEmpty()) {
            String code = draft.code() == null ? "" : draft.code().strip().toUpperCase();
            if (code.isEmpty()) {
                problems.add(BenefitProblem.of("code", "required"));
            } else if (!CODE.matcher(code).matches()) {
                problems.add(BenefitProblem.of("code", "grade-code-pattern"));
            } else if (tiers.highestFirst().stream().anyMatch(tier -> tier.code().equals(code))) {
                problems.add(BenefitProblem.of("code", "grade-code-taken", code));
            }
        }
        if (draft.name() == null || draft.name().isBlank()) {
            problems.add(BenefitProblem.of("name", "required"));
        } else if (draft.name().strip().length() > MAX_NAME) {
            problems.add(BenefitProblem.of("name", "too-long", MAX_NAME));
        }
        rate(problems, "discountBps", draft.discountBps());
        rate(problems, "pointRateBps", draft.pointRateBps());
        boolean willBeDefault = draft.makeDefault() || editing.map(Tier::isDefault).orElse(false);
        long id = editing.map(Tier::id).orElse(-1L);
        if (draft.level() < 0) {
            problems.add(BenefitProblem.of("level", "not-negative"));
        }
        tiers.highestFirst().stream().filter(tier -> tier.id() != id && tier.level() == draft.level()).findFirst()
                .ifPresent(tier -> problems.add(
                        BenefitProblem.of("level", "grade-level-taken", draft.level(), tier.name())));
        List<Tier> others = tiers.highestFirst().stream().filter(tier -> tier.id() != id).toList();
        if (willBeDefault) {
            others.stream().filter(tier -> tier.level() <= draft.level()).findFirst().ifPresent(tier ->
                    problems.add(BenefitProblem.of("level", "default-grade-lowest", tier.name(), tier.level())));
            if (draft.minimumPaid() != null && !draft.minimumPaid().isZero()) {
                problems.add(BenefitProblem.of("minimumPaid", "default-grade-no-minimum"));
            }
        } else {
            Tier defaultTier = tiers.defaultTier();
            if (draft.level() <= defaultTier.level()) {
                problems.add(BenefitProblem.of("level", "above-default-grade", defaultTier.name(), defaultTier.level()));
            }
        }
        if (!problems.isEmpty()) {
            throw new BenefitRejection(problems);
        }
        return new GradeDraft(draft.code() == null ? null : draft.code().strip().toUpperCase(), draft.name().strip(),
                draft.level(), draft.discountBps(), draft.pointRateBps(), draft.freeShipping(),
                willBeDefault ? Money.ZERO : draft.minimumPaid(), willBeDefault);
    }

    private static void rate(List<BenefitProblem> problems, String field, int basisPoints) {
        if (basisPoints < 0 || basisPoints > MAX_BPS) {
            problems.add(BenefitProblem.of(field, "rate-range"));
        }
    }
}
