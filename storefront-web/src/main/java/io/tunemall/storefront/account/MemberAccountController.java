package io.tunemall.storefront.account;

import io.tunemall.member.api.AccountOverview;
import io.tunemall.member.api.MemberRejection;
import io.tunemall.member.api.MyAccount;
import io.tunemall.member.api.ShopperDirectory;
import io.tunemall.member.api.SocialLogins;
import io.tunemall.storefront.social.SocialLoginSetup;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The my-page: profile, password, login email and withdrawal. Addresses and consents have their own pages. */
@Controller
class MemberAccountController {

    private final MyAccount accounts;
    private final SocialLogins socialLogins;
    private final SocialLoginSetup social;

    MemberAccountController(MyAccount accounts, SocialLogins socialLogins, SocialLoginSetup social) {
        this.accounts = accounts;
        this.socialLogins = socialLogins;
        this.social = social;
    }

    @GetMapping("/account")
    String overview(Authentication shopper, Model model) {
        long memberId = ShopperDirectory.memberId(shopper);
        AccountOverview overview = accounts.overview(memberId);
        ProfileForm profile = new ProfileForm();
        profile.setName(overview.name());
        profile.setPhone(overview.phone());
        return showOverview(model, memberId, overview, profile);
    }

    @PostMapping("/account/profile")
    String updateProfile(Authentication shopper, @ModelAttribute("profileForm") ProfileForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        long memberId = ShopperDirectory.memberId(shopper);
        try {
            accounts.updateProfile(memberId, form.getName(), form.getPhone());
            redirect.addFlashAttribute("notice", "member.account.profile-saved");
            return "redirect:/account";
        } catch (MemberRejection rejection) {
            ProblemsOnForm.report(result, rejection);
            return showOverview(model, memberId, accounts.overview(memberId), form);
        }
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        return "storefront/account/password";
    }

    @PostMapping("/account/password")
    String changePassword(Authentication shopper, @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result, RedirectAttributes redirect) {
        try {
            if (!form.confirmed()) {
                result.rejectValue("newPasswordConfirm", ProblemsOnForm.PREFIX + "password-mismatch");
                return passwordPage(form);
            }
            accounts.changePassword(ShopperDirectory.memberId(shopper), form.getCurrentPassword(),
                    form.getNewPassword());
            redirect.addFlashAttribute("notice", "member.account.password-changed");
            return "redirect:/account";
        } catch (MemberRejection rejection) {
            ProblemsOnForm.report(result, rejection);
            return passwordPage(form);
        }
    }

    @GetMapping("/account/email")
    String emailForm(Authentication shopper, Model model) {
        model.addAttribute("emailForm", new EmailForm());
        model.addAttribute("currentEmail", accounts.overview(ShopperDirectory.memberId(shopper)).email());
        return "storefront/account/email";
    }

    @PostMapping("/account/email")
    String requestEmailChange(Authentication shopper, @ModelAttribute("emailForm") EmailForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        long memberId = ShopperDirectory.memberId(shopper);
        try {
            accounts.requestEmailChange(memberId, form.getNewEmail(), form.getCurrentPassword());
            redirect.addFlashAttribute("notice", "member.account.email-link-sent");
            return "redirect:/account";
        } catch (MemberRejection rejection) {
            ProblemsOnForm.report(result, rejection);
            form.setCurrentPassword(null);
            model.addAttribute("currentEmail", accounts.overview(memberId).email());
            return "storefront/account/email";
        }
    }

    @GetMapping("/account/withdraw")
    String withdrawForm(Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        return "storefront/account/withdraw";
    }

    /** After withdrawal the session and the remembered login end too (HttpServletRequest.logout runs both). */
    @PostMapping("/account/withdraw")
    String withdraw(Authentication shopper, @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
            HttpServletRequest request) throws ServletException {
        try {
            accounts.withdraw(ShopperDirectory.memberId(shopper), form.getCurrentPassword());
        } catch (MemberRejection rejection) {
            ProblemsOnForm.report(result, rejection);
            form.forgetPasswords();
            return "storefront/account/withdraw";
        }
        request.logout();
        return "redirect:/?withdrawn";
    }

    private String showOverview(Model model, long memberId, AccountOverview overview, ProfileForm profile) {
        model.addAttribute("account", overview);
        model.addAttribute("socialLinks", socialLogins.links(memberId));
        model.addAttribute("socialProviders", social.providers());
        model.addAttribute("profileForm", profile);
        return "storefront/account/overview";
    }

    private static String passwordPage(PasswordForm form) {
        form.forgetPasswords();
        return "storefront/account/password";
    }
}
