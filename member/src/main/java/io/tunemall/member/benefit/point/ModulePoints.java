package io.tunemall.member.benefit.point;

import io.tunemall.member.api.BenefitRejection;
import io.tunemall.member.api.PointAdjustment;
import io.tunemall.member.api.PointAdministration;
import io.tunemall.member.api.PointLedger;
import io.tunemall.platform.tuning.ModuleFacade;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.member.MemberPoints;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The points facade tuning modules ask for ({@code context.facade(MemberPoints.class)}). A grant is a manual
 * adjustment made in the module's name, so it has the same limits, is audited like staff's, and joins the caller's
 * transaction (the module's own record of what it gave commits with it).
 */
@Component
class ModulePoints implements ModuleFacade<MemberPoints> {

    private final PointAdministration administration;
    private final PointLedger ledger;

    ModulePoints(PointAdministration administration, PointLedger ledger) {
        this.administration = administration;
        this.ledger = ledger;
    }

    @Override
    public Class<MemberPoints> type() {
        return MemberPoints.class;
    }

    @Override
    public MemberPoints forModule(String moduleId) {
        return new MemberPoints() {
            @Override
            public void give(long memberId, Money amount, String reason, LocalDate validThrough) {
                try {
                    administration.adjust(new PointAdjustment(memberId, false, amount, validThrough, reason,
                            "module:" + moduleId));
                } catch (BenefitRejection refused) {
                    throw new IllegalArgumentException("Points not given to member " + memberId + ": "
                            + refused.problems().stream().map(problem -> problem.field() + " " + problem.code()
                                    + problem.arguments()).toList(), refused);
                }
            }

            @Override
            public Money balance(long memberId) {
                return ledger.balance(memberId).available();
            }
        };
    }
}
