package io.tunemall.admin.account;

import io.tunemall.admin.login.SessionUpgrade;
import io.tunemall.member.api.MfaEnrolment;
import io.tunemall.member.api.MfaStatus;
import io.tunemall.member.api.StaffDirectory;
import io.tunemall.member.api.StaffRejection;
import io.tunemall.member.api.StaffSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member's own account: password and two-factor login. Enrolment is also the forced step of a login whose
 * role requires two-factor login, so its page is open to a half-finished login.
 */
@Controller
class AccountController {

    private final StaffSignIn signIn;
    private final SessionUpgrade sessions;

    AccountController(StaffSignIn signIn, SessionUpgrade sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
    }

    @GetMapping("/admin/account")
    String account(Authentication login, Model model) {
        model.addAttribute("mfa", signIn.mfaStatus(login.getName()));
        return "admin/account/account";
    }

    @PostMapping("/admin/account/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, Authentication login, Model model,
            RedirectAttributes flash) {
        try {
            signIn.changePassword(login.getName(), currentPassword, newPassword);
            flash.addFlashAttribute("passwordChanged", true);
            return "redirect:/admin/account";
        } catch (StaffRejection rejected) {
            model.addAttribute("passwordError", rejected);
            return account(login, model);
        }
    }

    @GetMapping("/admin/account/mfa")
    String enrolment(Authentication login, Model model) {
        if (SessionUpgrade.pending(login, StaffDirectory.SECOND_FACTOR_AUTHORITY)) {
            return "redirect:/admin/login/code";
        }
        MfaStatus status = signIn.mfaStatus(login.getName());
        if (status.enrolled()) {
            return "redirect:/admin/account";
        }
        MfaEnrolment offer = signIn.beginEnrolment(login.getName());
        model.addAttribute("secret", offer.secret());
        model.addAttribute("secretGroups", String.join(" ", offer.secret().split("(?<=\\G.{4})")));
        model.addAttribute("qr", QrCodeSvg.of(offer.keyUri()));
        model.addAttribute("forced", SessionUpgrade.pending(login, StaffDirectory.ENROLMENT_AUTHORITY) || status.required());
        return "admin/account/mfa-enrol";
    }

    @PostMapping("/admin/account/mfa")
    String confirm(@RequestParam(defaultValue = "") String code, Authentication login, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (SessionUpgrade.pending(login, StaffDirectory.SECOND_FACTOR_AUTHORITY)) {
            return "redirect:/admin/login/code";
        }
        List<String> codes;
        try {
            codes = signIn.confirmEnrolment(login.getName(), code.strip());
        } catch (StaffRejection rejected) {
            model.addAttribute("codeError", rejected.code());
            return enrolment(login, model);
        }
        String next = "/admin/account";
        if (SessionUpgrade.pending(login, StaffDirectory.ENROLMENT_AUTHORITY)) {
            signIn.completed(login.getName());
            next = sessions.complete(login, request, response);
        }
        model.addAttribute("codes", codes);
        model.addAttribute("next", next);
        return "admin/account/recovery-codes";
    }

    @PostMapping("/admin/account/mfa/recovery-codes")
    String renewCodes(@RequestParam(defaultValue = "") String code, Authentication login, Model model) {
        try {
            model.addAttribute("codes", signIn.renewRecoveryCodes(login.getName(), code.strip()));
            model.addAttribute("next", "/admin/account");
            return "admin/account/recovery-codes";
        } catch (StaffRejection rejected) {
            model.addAttribute("mfaError", rejected.code());
            return account(login, model);
        }
    }

    @PostMapping("/admin/account/mfa/disable")
    String disable(@RequestParam(defaultValue = "") String code, Authentication login, Model model,
            RedirectAttributes flash) {
        try {
            signIn.disableMfa(login.getName(), code.strip());
            flash.addFlashAttribute("mfaDisabled", true);
            return "redirect:/admin/account";
        } catch (StaffRejection rejected) {
            model.addAttribute("mfaError", rejected.code());
            return account(login, model);
        }
    }
}
