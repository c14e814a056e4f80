package io.tunemall.storefront.account;

import io.tunemall.member.api.DormantAccounts;
import io.tunemall.member.api.MemberRejection;
import io.tunemall.storefront.social.DormantStep;
import io.tunemall.storefront.social.ShopperSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The restore step of a dormant account: the code mailed after the member logged in. */
@Controller
class DormantRestoreController {

    private final DormantAccounts dormancy;
    private final ShopperSessions sessions;

    DormantRestoreController(DormantAccounts dormancy, ShopperSessions sessions) {
        this.dormancy = dormancy;
        this.sessions = sessions;
    }

    @GetMapping("/login/dormant")
    String form(HttpSession session) {
        return session.getAttribute(DormantStep.MEMBER) instanceof Long ? "storefront/account/dormant"
                : "redirect:/login";
    }

    @PostMapping("/login/dormant")
    String restore(@RequestParam(defaultValue = "") String code, HttpSession session, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (!(session.getAttribute(DormantStep.MEMBER) instanceof Long memberId)) {
            return "redirect:/login";
        }
        try {
            dormancy.restore(memberId, code);
        } catch (MemberRejection wrongCode) {
            model.addAttribute("codeInvalid", true);
            return "storefront/account/dormant";
        }
        session.removeAttribute(DormantStep.MEMBER);
        sessions.logIn(memberId, request, response);
        return "redirect:/account?restored";
    }
}
