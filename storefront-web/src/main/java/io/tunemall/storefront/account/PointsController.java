package io.tunemall.storefront.account;

import io.tunemall.member.api.GiftCardRedemption;
import io.tunemall.member.api.GiftCardRefused;
import io.tunemall.member.api.GiftCards;
import io.tunemall.member.api.MyPoints;
import io.tunemall.member.api.ShopperDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member's points (적립금): balance, what expires soon, the history, and redeeming a gift card into points. */
@Controller
class PointsController {

    static final int PAGE_SIZE = 20;

    private final MyPoints points;
    private final GiftCards giftCards;

    PointsController(MyPoints points, GiftCards giftCards) {
        this.points = points;
        this.giftCards = giftCards;
    }

    @GetMapping("/mypage/points")
    String points(Authentication shopper, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("statement", points.statement(ShopperDirectory.memberId(shopper), page, PAGE_SIZE));
        return "storefront/account/points";
    }

    @PostMapping("/mypage/points/gift-card")
    String redeem(Authentication shopper, @RequestParam(defaultValue = "") String code, Model model,
            RedirectAttributes redirect) {
        long memberId = ShopperDirectory.memberId(shopper);
        try {
            GiftCardRedemption redeemed = giftCards.redeemToPoints(memberId, code);
            // Flash attributes travel in the (Redis) session: plain serializable values only.
            redirect.addFlashAttribute("redeemedWon", redeemed.points().won());
            redirect.addFlashAttribute("redeemedValidThrough", redeemed.validThrough());
            return "redirect:/mypage/points";
        } catch (GiftCardRefused refused) {
            model.addAttribute("statement", points.statement(memberId, 0, PAGE_SIZE));
            model.addAttribute("giftCardError", refused.reason().code());
            model.addAttribute("code", code);
            return "storefront/account/points";
        }
    }
}
