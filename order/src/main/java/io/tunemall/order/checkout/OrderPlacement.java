package io.tunemall.order.checkout;

import io.tunemall.catalog.api.SkuQuantity;
import io.tunemall.catalog.api.Stock;
import io.tunemall.order.api.Actor;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.CheckoutRequest;
import io.tunemall.order.api.Orderer;
import io.tunemall.order.api.ShippingAddress;
import io.tunemall.order.cart.CartContents;
import io.tunemall.order.order.LineSnapshot;
import io.tunemall.order.order.Order;
import io.tunemall.order.order.OrderEvents;
import io.tunemall.order.order.OrderProperties;
import io.tunemall.order.order.Orders;
import io.tunemall.order.order.SealedParties;
import io.tunemall.order.pricing.LineShares;
import io.tunemall.order.pricing.PriceSheet;
import io.tunemall.order.pricing.PricingInputs;
import io.tunemall.order.pricing.SheetLine;
import io.tunemall.platform.privacy.BlindIndex;
import io.tunemall.platform.privacy.PiiCipher;
import io.tunemall.sdk.event.Initiator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one transaction of placing an order: the coupon and the points, the order itself with its encrypted parties
 * and its charged breakdown, the cart lines it came from, the OrderPlaced event, and the stock (one conditional update
 * per SKU). Any failure rolls all of it back.
 */
@Component
class OrderPlacement {

    private final Stock stock;
    private final PricingInputs benefits;
    private final Orders orders;
    private final CartContents carts;
    private final OrderEvents events;
    private final PiiCipher cipher;
    private final OrderProperties properties;
    private final BlindIndex blindIndex;

    OrderPlacement(Stock stock, PricingInputs benefits, Orders orders, CartContents carts, OrderEvents events,
            PiiCipher cipher, OrderProperties properties, BlindIndex blindIndex) {
        this.blindIndex = blindIndex;
        this.stock = stock;
        this.benefits = benefits;
        this.orders = orders;
        this.carts = carts;
        this.events = events;
        this.cipher = cipher;
        this.properties = properties;
    }

    /**
     * @param guestPasswordHash the guest's order password, already hashed: hashing is slow on purpose and must not
     *     run inside the transaction; null for a member
     */
    @Transactional
    public Order place(String orderNumber, CartOwner owner, CheckoutRequest request, String guestPasswordHash,
            PriceSheet sheet, Instant now) {
        Long member = owner.memberId();
        Order order = place(orderNumber, member, request, guestPasswordHash, sheet, now,
                member == null ? Actor.shopper() : new Actor(Initiator.SHOPPER, "member " + member));
        carts.removeOrdered(owner, sheet.sheetLines().stream().map(line -> line.variant().variantId()).toList());
        return order;
    }

    /**
     * Places an order that did not come from a cart (an integration's order through the admin API), in the same way:
     * coupon, points, order, event and stock in one transaction.
     *
     * @param actor who placed it, as the order's history records it
     */
    @Transactional
    public Order placeWithoutCart(String orderNumber, Long member, CheckoutRequest request, PriceSheet sheet,
            Instant now, Actor actor) {
        return place(orderNumber, member, request, null, sheet, now, actor);
    }

    private Order place(String orderNumber, Long member, CheckoutRequest request, String guestPasswordHash,
            PriceSheet sheet, Instant now, Actor actor) {
        List<SheetLine> lines = sheet.sheetLines();
        if (member != null && sheet.couponId() != null && !sheet.couponDiscountAmount().isZero()) {
            benefits.coupons().redeem(member, sheet.couponId(), orderNumber);
        }
        if (member != null && !sheet.pointsUsed().isZero()) {
            benefits.points().spend(member, sheet.pointsUsed(), orderNumber);
        }
        Order order = Order.place(orderNumber, member, guestPasswordHash, request.checkoutToken(), orderName(lines),
                seal(request), sheet.breakdown(), sheet.couponId(), snapshots(sheet), now,
                now.plus(properties.paymentTimeout()), actor);
        order.orderedIn(request.locale());
        order.indexOrderer(blindIndex.name(request.orderer().name()), blindIndex.phone(request.orderer().phone()));
        orders.save(order);
        events.placed(order);
        // Last, so that the stock rows are locked only for the commit: buyers of the same SKU queue on them.
        stock.take(lines.stream().map(line -> new SkuQuantity(line.variant().sku(), line.quantity())).toList());
        return order;
    }

    /** What payment windows and lists show: the first product and how many more ({@code 울 코트 외 2건}). */
    static String orderName(List<SheetLine> lines) {
        String first = lines.get(0).variant().productName();
        return lines.size() == 1 ? first : first + " 외 " + (lines.size() - 1) + "건";
    }

    private SealedParties seal(CheckoutRequest request) {
        Orderer orderer = request.orderer();
        ShippingAddress address = request.address();
        String email = orderer.email() == null || orderer.email().isBlank() ? null : orderer.email().strip();
        String message = request.deliveryMessage() == null || request.deliveryMessage().isBlank() ? null
                : request.deliveryMessage().strip();
        return new SealedParties(cipher.encrypt(orderer.name().strip()),
                cipher.encrypt(CheckoutRequestCheck.digits(orderer.phone())), cipher.encrypt(email),
                cipher.encrypt(address.recipientName().strip()),
                cipher.encrypt(CheckoutRequestCheck.digits(address.recipientPhone())),
                cipher.encrypt(address.postalCode().strip()), cipher.encrypt(address.roadAddress().strip()),
                cipher.encrypt(address.detailAddress().strip()), cipher.encrypt(message));
    }

    private static List<LineSnapshot> snapshots(PriceSheet sheet) {
        List<SheetLine> lines = sheet.sheetLines();
        List<LineShares> shares = sheet.shares();
        List<LineSnapshot> snapshots = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SheetLine line = lines.get(i);
            snapshots.add(new LineSnapshot(i + 1, line.variant().productId(), line.variant().variantId(),
                    line.variant().sku(), line.variant().productName(), line.variant().optionText(), line.quantity(),
                    line.listUnitPrice(), line.basePrice(), line.optionPrice(), line.onSale(), line.discount(),
                    line.amount(), shares.get(i).discount(), shares.get(i).points(), line.variant().taxFree()));
        }
        return snapshots;
    }
}
