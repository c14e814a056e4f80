package io.tunemall.storefront.orders;

import io.tunemall.order.api.ClaimKind;
import io.tunemall.order.api.ClaimReason;
import io.tunemall.order.api.ClaimView;
import io.tunemall.order.api.OrderAction;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.ShipmentView;
import java.util.List;
import org.springframework.ui.Model;

/**
 * What the shopper may do with an order, the same for a member on the my-page and a guest on the look-up page: cancel
 * before it ships (at once before preparing, by a request while preparing), confirm the purchase, ask to return or
 * exchange delivered lines. The forms post under {@code base} ({@code /mypage/orders/{n}} or
 * {@code /orders/lookup/{n}}).
 */
public final class ShopperOrderActions {

    private ShopperOrderActions() {
    }

    public static void addTo(Model model, OrderDetail order, List<ClaimView> claims, List<ShipmentView> shipments,
            String base) {
        boolean cancelRequested = claims.stream()
                .anyMatch(claim -> claim.kind() == ClaimKind.CANCEL && claim.state().open());
        model.addAttribute("order", order);
        model.addAttribute("claims", claims);
        model.addAttribute("shipments", shipments);
        model.addAttribute("actionBase", base);
        model.addAttribute("canCancel", order.state() == OrderState.PAYMENT_PENDING || order.state() == OrderState.PAID);
        model.addAttribute("canRequestCancel", order.state() == OrderState.PREPARING
                && claims.stream().noneMatch(claim -> claim.state().open()));
        model.addAttribute("cancelRequested", cancelRequested);
        model.addAttribute("canConfirm", order.allows(OrderAction.CONFIRM_PURCHASE));
        model.addAttribute("canClaim", order.state() == OrderState.DELIVERED);
        model.addAttribute("reasons", ClaimReason.values());
    }

    /** The flash message after a cancel: cancelled at once, or a request staff will answer. */
    public static String cancelOutcome(OrderDetail after) {
        return after.state() == OrderState.CANCELLED ? "cancel" : "cancel-requested";
    }
}
