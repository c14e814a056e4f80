package io.tunemall.storefront.account;

import io.tunemall.member.api.AccountOverview;
import io.tunemall.member.api.ConsentType;
import io.tunemall.member.api.MyAccount;
import io.tunemall.member.api.ShopperDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member's marketing consents per channel and the night-time consent. The two-year notice links here with
 * {@code ?reconfirm}; saving the form then counts as the member's answer, even when nothing changed.
 */
@Controller
class ConsentController {

    private final MyAccount accounts;

    ConsentController(MyAccount accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/consents")
    String consents(Authentication shopper, @RequestParam(required = false) String reconfirm, Model model) {
        AccountOverview overview = accounts.overview(ShopperDirectory.memberId(shopper));
        ConsentForm form = new ConsentForm();
        form.setMarketingEmail(overview.granted(ConsentType.MARKETING_EMAIL));
        form.setMarketingSms(overview.granted(ConsentType.MARKETING_SMS));
        form.setMarketingPush(overview.granted(ConsentType.MARKETING_PUSH));
        form.setNightTime(overview.granted(ConsentType.NIGHT_TIME));
        form.setReconfirm(reconfirm != null || overview.reconfirmationDue());
        model.addAttribute("consentForm", form);
        model.addAttribute("account", overview);
        return "storefront/account/consents";
    }

    @PostMapping("/account/consents")
    String save(Authentication shopper, @ModelAttribute("consentForm") ConsentForm form, RedirectAttributes redirect) {
        accounts.updateConsents(ShopperDirectory.memberId(shopper), ConsentChoices.optional(form.isMarketingEmail(),
                form.isMarketingSms(), form.isMarketingPush(), form.isNightTime()), form.isReconfirm());
        redirect.addFlashAttribute("notice", form.isReconfirm() ? "member.consents.reconfirmed"
                : "member.consents.saved");
        return "redirect:/account/consents";
    }
}
