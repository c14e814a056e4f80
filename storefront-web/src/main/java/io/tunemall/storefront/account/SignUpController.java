package io.tunemall.storefront.account;

import io.tunemall.member.api.ConsentType;
import io.tunemall.member.api.GuardianConsent;
import io.tunemall.member.api.MemberRejection;
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.member.api.SignUp;
import io.tunemall.member.api.SignUpTerms;
import io.tunemall.member.api.Under14Policy;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Sign-up with email and password, the required consents, the optional ones per channel, and the birth date. */
@Controller
class SignUpController {

    private final MemberSignUp signUps;

    SignUpController(MemberSignUp signUps) {
        this.signUps = signUps;
    }

    @GetMapping("/signup")
    String form(Model model) {
        return show(model, new SignUpForm());
    }

    @PostMapping("/signup")
    String signUp(@ModelAttribute("signUpForm") SignUpForm form, BindingResult result, Model model) {
        if (form.getPassword() != null && !form.getPassword().isEmpty()
                && !Objects.equals(form.getPassword(), form.getPasswordConfirm())) {
            result.rejectValue("passwordConfirm", ProblemsOnForm.PREFIX + "password-mismatch");
        }
        try {
            if (result.hasErrors()) {
                return show(model, form);
            }
            GuardianConsent guardian = form.getGuardianName() == null && form.getGuardianPhone() == null
                    && !form.isGuardianAgreed() ? null
                    : new GuardianConsent(form.getGuardianName(), form.getGuardianPhone(), form.isGuardianAgreed());
            signUps.signUp(new SignUp(form.getEmail(), form.getPassword(), form.getName(), form.getPhone(),
                    form.getBirthDate(), consents(form), guardian));
            return "redirect:/login?joined";
        } catch (MemberRejection rejection) {
            ProblemsOnForm.report(result, rejection);
            return show(model, form);
        }
    }

    private String show(Model model, SignUpForm form) {
        // The passwords are never sent back into the page.
        form.setPassword(null);
        form.setPasswordConfirm(null);
        model.addAttribute("signUpForm", form);
        SignUpTerms terms = signUps.terms();
        model.addAttribute("termsVersion", terms.versions().get(ConsentType.TERMS));
        model.addAttribute("privacyVersion", terms.versions().get(ConsentType.PRIVACY));
        model.addAttribute("guardianConsent", terms.under14() == Under14Policy.GUARDIAN_CONSENT);
        return "storefront/account/signup";
    }

    private static Set<ConsentType> consents(SignUpForm form) {
        Set<ConsentType> consents = EnumSet.noneOf(ConsentType.class);
        if (form.isAgreeTerms()) {
            consents.add(ConsentType.TERMS);
        }
        if (form.isAgreePrivacy()) {
            consents.add(ConsentType.PRIVACY);
        }
        consents.addAll(ConsentChoices.optional(form.isAgreeMarketingEmail(), form.isAgreeMarketingSms(),
                form.isAgreeMarketingPush(), form.isAgreeNightTime()));
        return consents;
    }
}
