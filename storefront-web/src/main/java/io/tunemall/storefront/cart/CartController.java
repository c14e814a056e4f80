package io.tunemall.storefront.cart;

import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.CartRejection;
import io.tunemall.order.api.CartUpdate;
import io.tunemall.order.api.Carts;
import io.tunemall.storefront.shopper.Shoppers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The cart page and its forms: add from a product page, change a quantity, remove a line. Every change is a POST
 * followed by a redirect, so reloading never adds twice; without JavaScript everything works the same.
 */
@Controller
class CartController {

    private final Carts carts;
    private final Shoppers shoppers;

    CartController(Carts carts, Shoppers shoppers) {
        this.carts = carts;
        this.shoppers = shoppers;
    }

    @GetMapping("/cart")
    String cart(HttpServletRequest request, Model model) {
        model.addAttribute("cart", carts.view(shoppers.owner(request)));
        return "storefront/cart";
    }

    @PostMapping("/cart/items")
    String add(@RequestParam(name = "variant", required = false) Long variant,
            @RequestParam(name = "quantity", defaultValue = "1") String quantity,
            @RequestParam(name = "product", required = false) String productSlug, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        String back = productSlug == null ? "redirect:/cart" : "redirect:" + UriComponentsBuilder
                .fromPath("/products/{slug}").encode().buildAndExpand(productSlug).toUriString();
        if (variant == null) {
            redirect.addFlashAttribute("cartProblem", "pick-option");
            return back;
        }
        try {
            CartOwner owner = shoppers.owner(request);
            CartUpdate update = carts.add(owner, variant, parse(quantity));
            shoppers.remember(update.owner(), request, response);
            redirect.addFlashAttribute("added", true);
            redirect.addFlashAttribute("addNotices", update.notices());
            return "redirect:/cart";
        } catch (CartRejection rejection) {
            redirect.addFlashAttribute("cartProblem", rejection.code());
            return back;
        }
    }

    @PostMapping("/cart/lines/{lineId}")
    String change(@PathVariable long lineId, @RequestParam(name = "quantity") String quantity,
            HttpServletRequest request, RedirectAttributes redirect) {
        try {
            carts.changeQuantity(shoppers.owner(request), lineId, parse(quantity));
        } catch (CartRejection rejection) {
            redirect.addFlashAttribute("cartProblem", rejection.code());
        }
        return "redirect:/cart";
    }

    @PostMapping("/cart/lines/{lineId}/delete")
    String remove(@PathVariable long lineId, HttpServletRequest request) {
        carts.remove(shoppers.owner(request), lineId);
        return "redirect:/cart";
    }

    /** What the quantity field held; anything that is not a whole number counts as zero, which is refused. */
    private static int parse(String quantity) {
        try {
            return Integer.parseInt(quantity.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
