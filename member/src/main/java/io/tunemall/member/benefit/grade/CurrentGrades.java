package io.tunemall.member.benefit.grade;

import io.tunemall.member.api.GradeBenefits;
import io.tunemall.member.api.MemberBenefits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CurrentGrades implements MemberBenefits {

    private final TierStore tierStore;
    private final GradeRecords records;

    CurrentGrades(TierStore tierStore, GradeRecords records) {
        this.tierStore = tierStore;
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public GradeBenefits of(long memberId) {
        return current(tierStore.tiers(), memberId).benefits();
    }

    Tier current(Tiers tiers, long memberId) {
        return records.find(memberId).flatMap(assignment -> tiers.byId(assignment.gradeId()))
                .orElseGet(() -> tiers.gradeFor(0));
    }
}
