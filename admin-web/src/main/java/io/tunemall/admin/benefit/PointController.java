package io.tunemall.admin.benefit;

import io.tunemall.member.api.BenefitRejection;
import io.tunemall.member.api.InsufficientPoints;
import io.tunemall.member.api.PointAdjustment;
import io.tunemall.member.api.PointAdministration;
import io.tunemall.member.api.PointExpiryRun;
import io.tunemall.sdk.Money;
import java.security.Principal;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Points in admin: a member's statement with the adjustment form, reached by member id (the member list links here
 * once it exists), and the latest adjustments across the shop.
 */
@Controller
class PointController {

    static final int PAGE_SIZE = 50;

    private final PointAdministration points;

    PointController(PointAdministration points) {
        this.points = points;
    }

    @GetMapping("/admin/points")
    String overview(@RequestParam(required = false) String memberId, Model model) {
        if (memberId != null) {
            String id = memberId.strip();
            if (id.matches("\\d{1,18}")) {
                return "redirect:/admin/members/" + id + "/points";
            }
            model.addAttribute("badMemberId", id);
        }
        model.addAttribute("adjustments", points.recentAdjustments(50));
        return "admin/benefits/points";
    }

    @PostMapping("/admin/points/expire")
    String expireNow(RedirectAttributes redirect) {
        PointExpiryRun run = points.expireDueNow();
        redirect.addFlashAttribute("expiryRan", run.ran());
        redirect.addFlashAttribute("expiredMembers", run.members());
        redirect.addFlashAttribute("expiredPoints", run.expired());
        return "redirect:/admin/points";
    }

    @GetMapping("/admin/members/{memberId}/points")
    String statement(@PathVariable long memberId, @RequestParam(defaultValue = "0") int page, Model model) {
        return show(memberId, page, new AdjustmentForm(), model);
    }

    @PostMapping("/admin/members/{memberId}/points/adjustments")
    String adjust(@PathVariable long memberId, @ModelAttribute("adjustmentForm") AdjustmentForm form,
            BindingResult result, Model model, Principal staff, RedirectAttributes redirect) {
        Money amount = FormValues.won(form.getAmount(), "amount", result);
        LocalDate validThrough = form.isDeduct() ? null : FormValues.day(form.getValidThrough(), "validThrough", result);
        if (result.hasErrors()) {
            return show(memberId, 0, form, model);
        }
        try {
            points.adjust(new PointAdjustment(memberId, form.isDeduct(), amount == null ? Money.ZERO : amount,
                    validThrough, form.getReason(), staff.getName()));
            redirect.addFlashAttribute("adjusted", (form.isDeduct() ? "-" : "+") + amount.won());
            return "redirect:/admin/members/" + memberId + "/points";
        } catch (BenefitRejection rejection) {
            BenefitProblemsOnForm.report(result, rejection.problems());
        } catch (InsufficientPoints insufficient) {
            result.rejectValue("amount", BenefitProblemsOnForm.MESSAGE_PREFIX + "points-insufficient",
                    new Object[] {insufficient.available().won()}, "insufficient");
        }
        return show(memberId, 0, form, model);
    }

    private String show(long memberId, int page, AdjustmentForm form, Model model) {
        model.addAttribute("memberId", memberId);
        model.addAttribute("statement", points.statement(memberId, page, PAGE_SIZE));
        model.addAttribute("adjustmentForm", form);
        return "admin/benefits/member-points";
    }
}
