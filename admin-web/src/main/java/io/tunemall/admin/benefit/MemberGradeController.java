package io.tunemall.admin.benefit;

import io.tunemall.member.api.BenefitRejection;
import io.tunemall.member.api.GradeAdministration;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's grade: what it is and why, its history, and setting it by hand. */
@Controller
class MemberGradeController {

    private final GradeAdministration grades;
    private final ProblemMessages problems;

    MemberGradeController(GradeAdministration grades, ProblemMessages problems) {
        this.grades = grades;
        this.problems = problems;
    }

    @GetMapping("/admin/members/{memberId}/grade")
    String show(@PathVariable long memberId, Model model) {
        model.addAttribute("memberId", memberId);
        model.addAttribute("grade", grades.gradeOf(memberId));
        model.addAttribute("history", grades.history(memberId));
        model.addAttribute("tiers", grades.tiers());
        return "admin/benefits/member-grade";
    }

    @PostMapping("/admin/members/{memberId}/grade")
    String override(@PathVariable long memberId, @RequestParam(required = false) Long gradeId,
            @RequestParam(required = false) String note, Principal staff, RedirectAttributes redirect) {
        try {
            if (gradeId == null) {
                throw BenefitRejection.of("gradeId", "grade-unknown");
            }
            grades.override(memberId, gradeId, note, staff.getName());
            redirect.addFlashAttribute("notice", "overridden");
        } catch (BenefitRejection rejection) {
            redirect.addFlashAttribute("problems", problems.of(rejection.problems()));
        }
        return "redirect:/admin/members/" + memberId + "/grade";
    }

    @PostMapping("/admin/members/{memberId}/grade/clear")
    String clear(@PathVariable long memberId, Principal staff, RedirectAttributes redirect) {
        try {
            grades.clearOverride(memberId, staff.getName());
            redirect.addFlashAttribute("notice", "cleared");
        } catch (BenefitRejection rejection) {
            redirect.addFlashAttribute("problems", problems.of(rejection.problems()));
        }
        return "redirect:/admin/members/" + memberId + "/grade";
    }
}
