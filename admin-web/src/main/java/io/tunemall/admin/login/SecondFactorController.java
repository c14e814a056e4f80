package io.tunemall.admin.login;

import io.tunemall.member.api.SecondFactor;
import io.tunemall.member.api.StaffDirectory;
import io.tunemall.member.api.StaffSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The second step of a staff login: the 6-digit code from the authenticator app, or a recovery code. */
@Controller
class SecondFactorController {

    private final StaffSignIn signIn;
    private final SessionUpgrade sessions;

    SecondFactorController(StaffSignIn signIn, SessionUpgrade sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
    }

    @GetMapping("/admin/login/code")
    String form(Authentication login) {
        if (!SessionUpgrade.pending(login, StaffDirectory.SECOND_FACTOR_AUTHORITY)) {
            return "redirect:/admin";
        }
        return "admin/login-code";
    }

    @PostMapping("/admin/login/code")
    String check(@RequestParam(defaultValue = "") String code, Authentication login, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        if (!SessionUpgrade.pending(login, StaffDirectory.SECOND_FACTOR_AUTHORITY)) {
            return "redirect:/admin";
        }
        SecondFactor outcome = signIn.checkSecondFactor(login.getName(), code.strip());
        switch (outcome) {
            case ACCEPTED, ACCEPTED_RECOVERY_CODE -> {
                signIn.completed(login.getName());
                String next = sessions.complete(login, request, response);
                if (outcome == SecondFactor.ACCEPTED_RECOVERY_CODE) {
                    flash.addFlashAttribute("recoveryCodesLeft", signIn.mfaStatus(login.getName()).recoveryCodesLeft());
                }
                return "redirect:" + next;
            }
            case LOCKED -> {
                sessions.abandon(login, request, response);
                return "redirect:/admin/login?error";
            }
            default -> {
                model.addAttribute("codeError", true);
                return "admin/login-code";
            }
        }
    }
}
