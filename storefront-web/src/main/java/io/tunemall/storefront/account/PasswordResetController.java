package io.tunemall.storefront.account;

import io.tunemall.member.api.MemberRejection;
import io.tunemall.member.api.PasswordResets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot your password": the request form, which answers the same whether or not the email is registered, and the
 * page behind the mailed link, where the new password is chosen.
 */
@Controller
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/password-reset")
    String requestForm(Model model) {
        model.addAttribute("emailForm", new EmailForm());
        return "storefront/account/password-reset";
    }

    @PostMapping("/password-reset")
    String request(@ModelAttribute("emailForm") EmailForm form, BindingResult result) {
        if (form.getNewEmail() == null || form.getNewEmail().isBlank()) {
            result.rejectValue("newEmail", ProblemsOnForm.PREFIX + "email-required");
            return "storefront/account/password-reset";
        }
        resets.requestReset(form.getNewEmail());
        return "redirect:/password-reset?sent";
    }

    @GetMapping("/password-reset/new")
    String newPasswordForm(@RequestParam(required = false) String token, Model model) {
        if (!resets.usable(token)) {
            return "storefront/account/password-reset-invalid";
        }
        PasswordForm form = new PasswordForm();
        form.setToken(token);
        model.addAttribute("passwordForm", form);
        return "storefront/account/password-reset-new";
    }

    @PostMapping("/password-reset/new")
    String reset(@ModelAttribute("passwordForm") PasswordForm form, BindingResult result) {
        if (!form.confirmed()) {
            result.rejectValue("newPasswordConfirm", ProblemsOnForm.PREFIX + "password-mismatch");
            form.forgetPasswords();
            return "storefront/account/password-reset-new";
        }
        try {
            resets.reset(form.getToken(), form.getNewPassword());
            return "redirect:/login?reset";
        } catch (MemberRejection rejection) {
            if (rejection.problems().stream().anyMatch(problem -> problem.field().equals("token"))) {
                return "storefront/account/password-reset-invalid";
            }
            ProblemsOnForm.report(result, rejection);
            form.forgetPasswords();
            return "storefront/account/password-reset-new";
        }
    }
}
