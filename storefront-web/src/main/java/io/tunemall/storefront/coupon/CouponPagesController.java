package io.tunemall.storefront.coupon;

import io.tunemall.member.api.ShopperDirectory;
import io.tunemall.order.api.CouponRejection;
import io.tunemall.order.api.Coupons;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coupon page (download coupons, open to everyone; downloading asks a guest to log in first) and the member's
 * coupons on the my-page.
 */
@Controller
class CouponPagesController {

    private final Coupons coupons;

    CouponPagesController(Coupons coupons) {
        this.coupons = coupons;
    }

    @GetMapping("/coupons")
    String offers(Authentication shopper, Model model) {
        Long memberId = member(shopper);
        model.addAttribute("offers", coupons.downloadable(memberId));
        model.addAttribute("member", memberId != null);
        return "storefront/coupons";
    }

    @PostMapping("/coupons/{couponId}/download")
    String download(@PathVariable long couponId, Authentication shopper, RedirectAttributes redirect) {
        Long memberId = member(shopper);
        if (memberId == null) {
            return "redirect:/login";
        }
        try {
            coupons.download(memberId, couponId);
            redirect.addFlashAttribute("downloaded", couponId);
        } catch (CouponRejection refused) {
            redirect.addFlashAttribute("couponProblem", refused.problems().get(0).code());
        }
        return "redirect:/coupons";
    }

    @GetMapping("/mypage/coupons")
    String mine(Authentication shopper, Model model) {
        model.addAttribute("coupons", coupons.mine(ShopperDirectory.memberId(shopper)));
        return "storefront/account/coupons";
    }

    private static Long member(Authentication shopper) {
        boolean signedIn = shopper != null && shopper.getAuthorities().stream()
                .anyMatch(authority -> ShopperDirectory.SHOPPER_AUTHORITY.equals(authority.getAuthority()));
        return signedIn ? ShopperDirectory.memberId(shopper) : null;
    }
}
