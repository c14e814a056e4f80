package io.tunemall.admin.coupon;

import io.tunemall.order.api.CheckoutProblem;
import io.tunemall.order.api.CouponAdministration;
import io.tunemall.order.api.CouponDraft;
import io.tunemall.order.api.CouponIssueMethod;
import io.tunemall.order.api.CouponKind;
import io.tunemall.order.api.CouponRejection;
import io.tunemall.order.api.CouponRow;
import io.tunemall.platform.time.ShopClock;
import java.security.Principal;
import java.util.List;
import org.springframework.beans.BeanUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coupons in the admin console: the list with issued and used counts, the form, issuing to a member, switching off. */
@Controller
class CouponController {

    private final CouponAdministration coupons;
    private final ShopClock clock;

    CouponController(CouponAdministration coupons, ShopClock clock) {
        this.coupons = coupons;
        this.clock = clock;
    }

    @GetMapping("/admin/coupons")
    String list(Model model) {
        model.addAttribute("coupons", coupons.coupons());
        return "admin/coupons/list";
    }

    @GetMapping("/admin/coupons/new")
    String blank(Model model) {
        return form(model, new CouponForm(), null);
    }

    @PostMapping("/admin/coupons")
    String create(@ModelAttribute("couponForm") CouponForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CouponDraft draft = form.draft(result, clock.zone());
        if (draft == null) {
            return form(model, form, null);
        }
        try {
            long id = coupons.create(draft);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/coupons/" + id;
        } catch (CouponRejection rejection) {
            report(result, rejection.problems());
            return form(model, form, null);
        }
    }

    @GetMapping("/admin/coupons/{id}")
    String edit(@PathVariable long id, Model model) {
        CouponRow coupon = found(id);
        return form(model, CouponForm.of(coupon.draft(), clock.zone()), coupon);
    }

    @PostMapping("/admin/coupons/{id}")
    String update(@PathVariable long id, @ModelAttribute("couponForm") CouponForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        CouponRow coupon = found(id);
        CouponDraft draft = form.draft(result, clock.zone());
        if (draft == null) {
            return form(model, form, coupon);
        }
        try {
            coupons.update(id, draft);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/coupons/" + id;
        } catch (CouponRejection rejection) {
            report(result, rejection.problems());
            return form(model, form, coupon);
        }
    }

    @PostMapping("/admin/coupons/{id}/issue")
    String issue(@PathVariable long id, @RequestParam(defaultValue = "") String memberId, Principal staff,
            RedirectAttributes redirect) {
        if (!memberId.strip().matches("\\d{1,18}")) {
            redirect.addFlashAttribute("issueProblem", "member-id");
            return "redirect:/admin/coupons/" + id;
        }
        try {
            coupons.issueTo(id, Long.parseLong(memberId.strip()), staff.getName());
            redirect.addFlashAttribute("issuedTo", memberId.strip());
        } catch (CouponRejection rejection) {
            redirect.addFlashAttribute("issueProblem", rejection.problems().get(0).code());
        }
        return "redirect:/admin/coupons/" + id;
    }

    @PostMapping("/admin/coupons/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        coupons.deactivate(found(id).id());
        redirect.addFlashAttribute("deactivated", true);
        return "redirect:/admin/coupons/" + id;
    }

    private CouponRow found(long id) {
        return coupons.coupon(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Model model, CouponForm form, CouponRow coupon) {
        model.addAttribute("couponForm", form);
        model.addAttribute("coupon", coupon);
        model.addAttribute("kinds", CouponKind.values());
        model.addAttribute("methods", CouponIssueMethod.values());
        return "admin/coupons/form";
    }

    /** The domain's problems next to the fields they concern; a field already showing one gets no second. */
    private static void report(BindingResult result, List<CheckoutProblem> problems) {
        for (CheckoutProblem problem : problems) {
            String code = CouponForm.MESSAGE_PREFIX + problem.code();
            Object[] arguments = problem.arguments().toArray();
            boolean onForm = !problem.field().isEmpty()
                    && BeanUtils.getPropertyDescriptor(CouponForm.class, problem.field()) != null;
            if (!onForm) {
                result.reject(code, arguments, problem.code());
            } else if (!result.hasFieldErrors(problem.field())) {
                result.rejectValue(problem.field(), code, arguments, problem.code());
            }
        }
    }
}
