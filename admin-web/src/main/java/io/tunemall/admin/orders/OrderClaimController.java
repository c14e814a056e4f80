package io.tunemall.admin.orders;

import static io.tunemall.admin.orders.OrderPageAnswer.act;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.Claims;
import io.tunemall.order.api.OrderRefunds;
import io.tunemall.order.api.RefundBankAccount;
import io.tunemall.platform.error.ShopException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's steps on returns and exchanges (approve, reject, mark collected, complete) and the retry of a refund the
 * gateway refused, from the order page. Each step lands in the order's history under the staff member's name.
 */
@Controller
class OrderClaimController {

    private final Claims claims;
    private final OrderRefunds refunds;

    OrderClaimController(Claims claims, OrderRefunds refunds) {
        this.claims = claims;
        this.refunds = refunds;
    }

    @PostMapping("/admin/orders/{number}/claims/{claimId}/approve")
    String approve(@PathVariable String number, @PathVariable long claimId,
            @RequestParam(name = "note", defaultValue = "") String note, Authentication staff, RedirectAttributes redirect) {
        return act(number, "claim-approve", redirect, () -> claims.approve(mine(number, claimId), actor(staff), note));
    }

    @PostMapping("/admin/orders/{number}/claims/{claimId}/reject")
    String reject(@PathVariable String number, @PathVariable long claimId,
            @RequestParam(name = "note", defaultValue = "") String note, Authentication staff, RedirectAttributes redirect) {
        return act(number, "claim-reject", redirect, () -> claims.reject(mine(number, claimId), actor(staff), note));
    }

    @PostMapping("/admin/orders/{number}/claims/{claimId}/collect")
    String collect(@PathVariable String number, @PathVariable long claimId,
            @RequestParam(name = "note", defaultValue = "") String note, Authentication staff, RedirectAttributes redirect) {
        return act(number, "claim-collect", redirect, () -> claims.collect(mine(number, claimId), actor(staff), note));
    }

    @PostMapping("/admin/orders/{number}/claims/{claimId}/complete")
    String complete(@PathVariable String number, @PathVariable long claimId,
            @RequestParam(name = "note", defaultValue = "") String note, Authentication staff, RedirectAttributes redirect) {
        return act(number, "claim-complete", redirect, () -> claims.complete(mine(number, claimId), actor(staff), note));
    }

    @PostMapping("/admin/orders/{number}/refunds/{refundId}/retry")
    String retry(@PathVariable String number, @PathVariable long refundId,
            @RequestParam(name = "bank", defaultValue = "") String bank,
            @RequestParam(name = "accountNumber", defaultValue = "") String accountNumber,
            @RequestParam(name = "holderName", defaultValue = "") String holderName, Authentication staff,
            RedirectAttributes redirect) {
        RefundBankAccount account = bank.isBlank() || accountNumber.isBlank() || holderName.isBlank() ? null
                : new RefundBankAccount(bank.strip(), accountNumber, holderName.strip());
        return act(number, "refund-retry", redirect, () -> refunds.retry(number, refundId, account, actor(staff)));
    }

    /** The claim, if it belongs to the order of the page it was posted from. */
    private long mine(String number, long claimId) {
        return claims.ofOrder(number).stream().filter(claim -> claim.id() == claimId).findFirst()
                .orElseThrow(() -> ShopException.notFound("Claim " + claimId + " of order " + number)).id();
    }

    private static Actor actor(Authentication staff) {
        return Actor.staff(staff.getName());
    }
}
