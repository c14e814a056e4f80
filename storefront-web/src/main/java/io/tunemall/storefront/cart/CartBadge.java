package io.tunemall.storefront.cart;

import io.tunemall.order.api.Carts;
import io.tunemall.storefront.shopper.Shoppers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of lines in the shopper's cart, for the header of every storefront page (not the REST API). One indexed
 * count, and none at all for a visitor without a cart cookie.
 */
@ControllerAdvice(basePackages = {"io.tunemall.storefront.home", "io.tunemall.storefront.category",
        "io.tunemall.storefront.product", "io.tunemall.storefront.search", "io.tunemall.storefront.cart",
        "io.tunemall.storefront.checkout", "io.tunemall.storefront.orders"})
class CartBadge {

    private final Shoppers shoppers;
    private final Carts carts;

    CartBadge(Shoppers shoppers, Carts carts) {
        this.shoppers = shoppers;
        this.carts = carts;
    }

    @ModelAttribute("cartCount")
    int cartCount(HttpServletRequest request) {
        return carts.count(shoppers.owner(request));
    }
}
