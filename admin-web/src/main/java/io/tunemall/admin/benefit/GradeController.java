package io.tunemall.admin.benefit;

import io.tunemall.member.api.BenefitRejection;
import io.tunemall.member.api.GradeAdministration;
import io.tunemall.member.api.GradeDraft;
import io.tunemall.member.api.GradeTier;
import io.tunemall.member.api.RegradeRun;
import io.tunemall.sdk.Money;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The grade list with a form to add or change a grade, and re-grading on demand. */
@Controller
class GradeController {

    private static final Map<String, String> FORM_FIELDS = Map.of("discountBps", "discountPercent",
            "pointRateBps", "pointRatePercent");

    private final GradeAdministration grades;

    GradeController(GradeAdministration grades) {
        this.grades = grades;
    }

    @GetMapping("/admin/grades")
    String list(Model model) {
        GradeForm form = new GradeForm();
        form.setLevel(String.valueOf(grades.tiers().stream().mapToInt(GradeTier::level).max().orElse(0) + 10));
        return show(model, form, null);
    }

    @GetMapping("/admin/grades/{id}")
    String edit(@PathVariable long id, Model model) {
        return show(model, form(find(id)), id);
    }

    @PostMapping("/admin/grades")
    String create(@ModelAttribute("gradeForm") GradeForm form, BindingResult result, Model model, Principal staff,
            RedirectAttributes redirect) {
        return save(form, result, model, staff, redirect, null);
    }

    @PostMapping("/admin/grades/{id}")
    String update(@PathVariable long id, @ModelAttribute("gradeForm") GradeForm form, BindingResult result, Model model,
            Principal staff, RedirectAttributes redirect) {
        form.setCode(find(id).code());
        return save(form, result, model, staff, redirect, id);
    }

    @PostMapping("/admin/grades/{id}/delete")
    String delete(@PathVariable long id, Model model, Principal staff, RedirectAttributes redirect) {
        GradeTier tier = find(id);
        try {
            grades.deleteTier(id, staff.getName());
            redirect.addFlashAttribute("deleted", tier.name());
            return "redirect:/admin/grades";
        } catch (BenefitRejection rejection) {
            GradeForm form = form(tier);
            BindingResult result = new BeanPropertyBindingResult(form, "gradeForm");
            BenefitProblemsOnForm.report(result, rejection.problems());
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "gradeForm", result);
            return show(model, form, id);
        }
    }

    @PostMapping("/admin/grades/regrade")
    String regrade(Principal staff, RedirectAttributes redirect) {
        RegradeRun run = grades.regradeNow(staff.getName());
        redirect.addFlashAttribute("regradeRan", run.ran());
        redirect.addFlashAttribute("regradeChecked", run.membersChecked());
        redirect.addFlashAttribute("regradeChanged", run.changed());
        redirect.addFlashAttribute("regradeMillis", run.took().toMillis());
        return "redirect:/admin/grades";
    }

    /** The member lookup on the grade page: members are reached by id until the member list exists. */
    @GetMapping("/admin/grades/member")
    String member(@RequestParam(required = false) String memberId, RedirectAttributes redirect) {
        String id = memberId == null ? "" : memberId.strip();
        if (!id.matches("\\d{1,18}")) {
            redirect.addFlashAttribute("badMemberId", id);
            return "redirect:/admin/grades";
        }
        return "redirect:/admin/members/" + id + "/grade";
    }

    private String save(GradeForm form, BindingResult result, Model model, Principal staff, RedirectAttributes redirect,
            Long id) {
        Integer level = FormValues.whole(form.getLevel(), "level", result);
        int discount = FormValues.basisPoints(form.getDiscountPercent(), "discountPercent", result);
        int pointRate = FormValues.basisPoints(form.getPointRatePercent(), "pointRatePercent", result);
        Money minimum = FormValues.won(form.getMinimumPaid(), "minimumPaid", result);
        if (result.hasErrors()) {
            return show(model, form, id);
        }
        GradeDraft draft = new GradeDraft(form.getCode(), form.getName(), level, discount, pointRate,
                form.isFreeShipping(), minimum, form.isMakeDefault());
        try {
            if (id == null) {
                grades.createTier(draft, staff.getName());
            } else {
                grades.updateTier(id, draft, staff.getName());
            }
            redirect.addFlashAttribute("saved", form.getName().strip());
            return "redirect:/admin/grades";
        } catch (BenefitRejection rejection) {
            BenefitProblemsOnForm.report(result, rejection.problems(),
                    field -> FORM_FIELDS.getOrDefault(field, field));
            return show(model, form, id);
        }
    }

    private static GradeForm form(GradeTier tier) {
        GradeForm form = new GradeForm();
        form.setCode(tier.code());
        form.setName(tier.name());
        form.setLevel(String.valueOf(tier.level()));
        form.setDiscountPercent(FormValues.percent(tier.discountBps()));
        form.setPointRatePercent(FormValues.percent(tier.pointRateBps()));
        form.setFreeShipping(tier.freeShipping());
        form.setMinimumPaid(tier.minimumPaid() == null ? "" : String.valueOf(tier.minimumPaid().won()));
        form.setMakeDefault(tier.isDefault());
        return form;
    }

    private GradeTier find(long id) {
        return grades.tiers().stream().filter(tier -> tier.id() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String show(Model model, GradeForm form, Long id) {
        model.addAttribute("gradeForm", form);
        model.addAttribute("gradeId", id);
        model.addAttribute("editingDefault", id != null && find(id).isDefault());
        model.addAttribute("tiers", grades.tiers());
        return "admin/benefits/grades";
    }
}
