package io.tunemall.storefront.account;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import io.tunemall.storefront.social.SocialLoginSetup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; the form posts to Spring Security's {@code POST /login}, logging out is {@code POST /logout}. */
@Controller
class LoginController {

    private final SocialLoginSetup social;

    LoginController(SocialLoginSetup social) {
        this.social = social;
    }

    @GetMapping("/login")
    String login(Authentication authentication, Model model) {
        model.addAttribute("socialProviders", social.providers());
        boolean loggedIn = authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated();
        return loggedIn ? "redirect:/account" : "storefront/account/login";
    }

    /** The address other parts of the shop link to (issue 4); the my-page lives under /account. */
    @GetMapping("/mypage")
    String mypage() {
        return "redirect:/account";
    }
}
