package io.tunemall.storefront.social;

import io.tunemall.member.api.ConsentType;
import io.tunemall.member.api.MemberRejection;
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.member.api.ShopperDirectory;
import io.tunemall.member.api.SocialIdentity;
import io.tunemall.member.api.SocialLogins;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages around provider logins: the groupware SSO entry, the consent step of a new social shopper, and linking a
 * provider account from the my-page.
 */
@Controller
class SocialPages {

    private final SocialLoginSetup setup;
    private final SocialLogins socialLogins;
    private final MemberSignUp signUps;
    private final ShopperSessions sessions;
    private final SsoProperties sso;

    SocialPages(SocialLoginSetup setup, SocialLogins socialLogins, MemberSignUp signUps, ShopperSessions sessions,
            SsoProperties sso) {
        this.setup = setup;
        this.socialLogins = socialLogins;
        this.signUps = signUps;
        this.sessions = sessions;
        this.sso = sso;
    }

    /**
     * The groupware's "shop" link: straight to the company's provider with {@code prompt=none}, so an employee who is
     * logged in there arrives logged in here without seeing a page.
     */
    @GetMapping("/login/sso")
    String sso() {
        boolean configured = setup.providers().stream()
                .anyMatch(provider -> provider.getRegistrationId().equals(sso.registration()));
        return configured ? "redirect:/oauth2/authorization/" + sso.registration() + "?" + SocialLoginSetup.SILENT
                : "redirect:/login";
    }

    @GetMapping("/signup/social")
    String consentStep(HttpSession session, Model model) {
        if (!(session.getAttribute(SocialSession.PENDING) instanceof SocialIdentity identity)) {
            return "redirect:/login";
        }
        return consentPage(model, identity, null);
    }

    @PostMapping("/signup/social")
    String join(HttpSession session, @RequestParam(defaultValue = "false") boolean agreeTerms,
            @RequestParam(defaultValue = "false") boolean agreePrivacy,
            @RequestParam(defaultValue = "false") boolean agreeMarketingEmail,
            @RequestParam(defaultValue = "false") boolean agreeMarketingSms,
            @RequestParam(defaultValue = "false") boolean agreeMarketingPush,
            @RequestParam(defaultValue = "false") boolean agreeNightTime,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!(session.getAttribute(SocialSession.PENDING) instanceof SocialIdentity identity)) {
            return "redirect:/login";
        }
        Set<ConsentType> consents = EnumSet.noneOf(ConsentType.class);
        add(consents, agreeTerms, ConsentType.TERMS);
        add(consents, agreePrivacy, ConsentType.PRIVACY);
        add(consents, agreeMarketingEmail, ConsentType.MARKETING_EMAIL);
        add(consents, agreeMarketingSms, ConsentType.MARKETING_SMS);
        add(consents, agreeMarketingPush, ConsentType.MARKETING_PUSH);
        add(consents, agreeNightTime, ConsentType.NIGHT_TIME);
        try {
            long memberId = socialLogins.join(identity, consents);
            session.removeAttribute(SocialSession.PENDING);
            sessions.logIn(memberId, request, response);
            return "redirect:/account";
        } catch (MemberRejection rejection) {
            return consentPage(model, identity, rejection);
        }
    }

    /** Remembers who asked, then goes to the provider; {@link SocialLoginSuccess} makes the link on the way back. */
    @PostMapping("/account/social/link")
    String link(Authentication shopper, @RequestParam String provider, HttpSession session) {
        boolean configured = setup.providers().stream()
                .anyMatch(registration -> registration.getRegistrationId().equals(provider));
        if (!configured) {
            return "redirect:/account";
        }
        session.setAttribute(SocialSession.LINK_FOR, ShopperDirectory.memberId(shopper));
        return "redirect:/oauth2/authorization/" + provider;
    }

    private String consentPage(Model model, SocialIdentity identity, MemberRejection rejection) {
        model.addAttribute("identity", identity);
        model.addAttribute("termsVersion", signUps.terms().versions().get(ConsentType.TERMS));
        model.addAttribute("privacyVersion", signUps.terms().versions().get(ConsentType.PRIVACY));
        model.addAttribute("problems", rejection == null ? java.util.List.of()
                : rejection.problems().stream().map(problem -> problem.code()).distinct().toList());
        return "storefront/account/signup-social";
    }

    private static void add(Set<ConsentType> consents, boolean agreed, ConsentType type) {
        if (agreed) {
            consents.add(type);
        }
    }
}
