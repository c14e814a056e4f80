package io.tunemall.order.cart;

import io.tunemall.catalog.api.Purchasable;
import io.tunemall.catalog.api.Purchasables;
import io.tunemall.catalog.api.SaleStatus;
import io.tunemall.order.api.CartLineView;
import io.tunemall.order.api.CartMerge;
import io.tunemall.order.api.CartNotice;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.CartRejection;
import io.tunemall.order.api.CartUpdate;
import io.tunemall.order.api.CartView;
import io.tunemall.order.api.Carts;
import io.tunemall.order.order.OrderProperties;
import io.tunemall.platform.id.Ids;
import io.tunemall.platform.time.ShopClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carts in the database, checked against the catalog on every read. */
@Service
class CartService implements Carts, CartMerge {

    private final CartRepository carts;
    private final CartContents contents;
    private final CartEstimates estimates;
    private final Purchasables purchasables;
    private final GuestCartTokens tokens;
    private final OrderProperties properties;
    private final Ids ids;
    private final ShopClock clock;

    CartService(CartRepository carts, CartContents contents, CartEstimates estimates, Purchasables purchasables,
            GuestCartTokens tokens, OrderProperties properties, Ids ids, ShopClock clock) {
        this.carts = carts;
        this.contents = contents;
        this.estimates = estimates;
        this.purchasables = purchasables;
        this.tokens = tokens;
        this.properties = properties;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public CartView view(CartOwner owner) {
        return contents.find(owner).map(cart -> view(cart, owner)).orElse(CartView.EMPTY);
    }

    @Override
    @Transactional
    public CartUpdate add(CartOwner owner, long variantId, int quantity) {
        if (quantity < 1) {
            throw new CartRejection("quantity", "At least one unit is added to a cart, not " + quantity);
        }
        Purchasable variant = purchasables.byVariantIds(List.of(variantId)).get(variantId);
        if (variant == null || variant.status() != SaleStatus.ON_SALE) {
            throw new CartRejection("not-buyable", "Variant " + variantId + " is not for sale");
        }
        if (variant.stock() <= 0) {
            throw new CartRejection("sold-out", variant.productName() + " " + variant.optionText() + " is sold out");
        }
        Instant now = clock.now();
        Cart cart = contents.find(owner).orElseGet(() -> carts.save(new Cart(ids.newId().toString(), owner.memberId(), now)));
        List<CartNotice> notices = new ArrayList<>();
        Optional<CartLine> existing = cart.lineOf(variantId);
        int wanted = existing.map(CartLine::quantity).orElse(0) + quantity;
        int allowed = allowed(wanted, variant, notices);
        if (existing.isPresent()) {
            existing.get().quantity(allowed);
            cart.touch(now);
        } else {
            if (cart.lines().size() >= properties.maxCartLines()) {
                throw new CartRejection("cart-full", "A cart holds at most " + properties.maxCartLines() + " lines");
            }
            cart.add(variantId, variant.sku(), allowed, variant.unitPriceAt(now), now);
        }
        carts.save(cart);
        CartOwner updated = owner.memberId() != null ? owner : CartOwner.guest(cart.id());
        return new CartUpdate(updated, view(cart, updated), notices);
    }

    @Override
    @Transactional
    public CartView changeQuantity(CartOwner owner, long lineId, int quantity) {
        if (quantity < 1) {
            throw new CartRejection("quantity", "A line holds at least one unit, not " + quantity);
        }
        Cart cart = contents.find(owner).orElseThrow(() -> noSuchLine(lineId));
        CartLine line = cart.line(lineId).orElseThrow(() -> noSuchLine(lineId));
        Purchasable variant = purchasables.byVariantIds(List.of(line.variantId())).get(line.variantId());
        line.quantity(variant == null || variant.stock() <= 0 ? quantity : allowed(quantity, variant, new ArrayList<>()));
        cart.touch(clock.now());
        carts.save(cart);
        return view(cart, owner);
    }

    @Override
    @Transactional
    public CartView remove(CartOwner owner, long lineId) {
        return contents.find(owner).map(cart -> {
            cart.remove(lineId, clock.now());
            carts.save(cart);
            return view(cart, owner);
        }).orElse(CartView.EMPTY);
    }

    @Override
    @Transactional(readOnly = true)
    public int count(CartOwner owner) {
        if (owner.memberId() != null) {
            return carts.countMemberLines(owner.memberId());
        }
        return owner.guestCart().map(carts::countLines).orElse(0);
    }

    @Override
    public String guestToken(String cartId) {
        return tokens.token(cartId);
    }

    @Override
    public Optional<String> guestCartId(String token) {
        return tokens.cartId(token);
    }

    @Override
    @Transactional
    public void merge(String guestCartId, long memberId) {
        Optional<Cart> guest = carts.findById(guestCartId).filter(cart -> cart.memberId() == null);
        if (guest.isEmpty()) {
            return;
        }
        Instant now = clock.now();
        Optional<Cart> member = carts.findByMemberId(memberId);
        if (member.isEmpty()) {
            guest.get().handTo(memberId, now);
            carts.save(guest.get());
            return;
        }
        Cart target = member.get();
        List<CartLine> incoming = guest.get().lines();
        Map<Long, Purchasable> facts = purchasables.byVariantIds(incoming.stream().map(CartLine::variantId).toList());
        for (CartLine line : incoming) {
            Purchasable variant = facts.get(line.variantId());
            Optional<CartLine> same = target.lineOf(line.variantId());
            if (same.isPresent()) {
                int wanted = same.get().quantity() + line.quantity();
                same.get().quantity(variant == null || variant.stock() <= 0 ? wanted
                        : allowed(wanted, variant, new ArrayList<>()));
            } else if (target.lines().size() < properties.maxCartLines()) {
                target.add(line.variantId(), line.sku(), line.quantity(), line.seenUnitPrice(), now);
            }
        }
        target.touch(now);
        carts.save(target);
        carts.delete(guest.get());
    }

    /** The quantity a line may hold: what is wanted, at most the stock and the shop's limit; says when it cut. */
    private int allowed(int wanted, Purchasable variant, List<CartNotice> notices) {
        int allowed = wanted;
        if (allowed > variant.stock()) {
            notices.add(CartNotice.quantity(CartNotice.Kind.QUANTITY_REDUCED, variant.productName(),
                    variant.optionText(), wanted, variant.stock()));
            allowed = variant.stock();
        }
        if (allowed > properties.maxQuantityPerLine()) {
            notices.add(CartNotice.quantity(CartNotice.Kind.QUANTITY_LIMITED, variant.productName(),
                    variant.optionText(), wanted, properties.maxQuantityPerLine()));
            allowed = properties.maxQuantityPerLine();
        }
        return allowed;
    }

    private CartView view(Cart cart, CartOwner owner) {
        Instant now = clock.now();
        List<ReviewedLine> reviewed = contents.review(cart, now);
        List<CartLineView> lines = reviewed.stream().map(line -> line.view(properties.maxQuantityPerLine())).toList();
        return new CartView(lines, null, null).hasBuyableLines()
                ? estimates.estimate(lines, reviewed, owner, now)
                : new CartView(lines, null, null);
    }

    private static CartRejection noSuchLine(long lineId) {
        return new CartRejection("no-such-line", "Cart line " + lineId + " is not in this cart");
    }
}
