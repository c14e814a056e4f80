package io.tunemall.storefront.account;

import io.tunemall.member.api.MemberRejection;
import io.tunemall.member.api.MyAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link mailed to a new login email. Opening it shows a button; only pressing that changes the email, so a mail
 * scanner that follows links cannot confirm on the member's behalf.
 */
@Controller
class EmailConfirmationController {

    private final MyAccount accounts;

    EmailConfirmationController(MyAccount accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/email/confirm")
    String confirmPage(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        return "storefront/account/email-confirm";
    }

    @PostMapping("/account/email/confirm")
    String confirm(@RequestParam(required = false) String token, Model model) {
        try {
            accounts.confirmEmailChange(token);
            model.addAttribute("outcome", "member.email.changed");
        } catch (MemberRejection rejection) {
            model.addAttribute("outcome", ProblemsOnForm.PREFIX + rejection.problems().get(0).code());
        }
        return "storefront/account/email-confirmed";
    }
}
