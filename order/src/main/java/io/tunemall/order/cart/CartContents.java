package io.tunemall.order.cart;

import io.tunemall.catalog.api.Purchasables;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.order.OrderProperties;
import io.tunemall.platform.time.ShopClock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What checkout needs of carts: the owner's lines reviewed against the catalog, and removing what was ordered. */
@Component
public class CartContents {

    private final CartRepository carts;
    private final Purchasables purchasables;
    private final OrderProperties properties;
    private final ShopClock clock;

    CartContents(CartRepository carts, Purchasables purchasables, OrderProperties properties, ShopClock clock) {
        this.carts = carts;
        this.purchasables = purchasables;
        this.properties = properties;
        this.clock = clock;
    }

    Optional<Cart> find(CartOwner owner) {
        if (owner.member().isPresent()) {
            return carts.findByMemberId(owner.memberId());
        }
        // A guest cart that a member took over at login is the member's now, whoever still holds its cookie.
        return owner.guestCart().flatMap(carts::findById).filter(cart -> cart.memberId() == null);
    }

    /** The owner's lines as they can be ordered at the moment; empty without a cart. */
    @Transactional(readOnly = true)
    public List<ReviewedLine> review(CartOwner owner, Instant now) {
        return find(owner).map(cart -> review(cart, now)).orElse(List.of());
    }

    List<ReviewedLine> review(Cart cart, Instant now) {
        List<CartLine> lines = cart.lines();
        return CartReview.review(lines, purchasables.byVariantIds(lines.stream().map(CartLine::variantId).toList()), now,
                properties.maxQuantityPerLine());
    }

    /**
     * Records that the shopper has now seen the lines as reviewed (the checkout page showed them): prices seen become
     * the current ones, quantities drop to what can be ordered. The same changes are not told twice.
     */
    public void acknowledge(List<ReviewedLine> reviewed) {
        for (ReviewedLine line : reviewed) {
            line.line().seen(line.unitPrice());
            if (line.buyable() && line.orderableQuantity() != line.line().quantity()) {
                line.line().quantity(line.orderableQuantity());
            }
        }
        if (!reviewed.isEmpty()) {
            Cart cart = carts.findById(reviewed.get(0).line().cartId()).orElseThrow();
            cart.touch(clock.now());
            carts.save(cart);
        }
    }

    /** Takes the ordered variants out of the owner's cart, in the order's transaction. */
    public void removeOrdered(CartOwner owner, Collection<Long> variantIds) {
        find(owner).ifPresent(cart -> {
            cart.removeVariants(variantIds, clock.now());
            carts.save(cart);
        });
    }
}
