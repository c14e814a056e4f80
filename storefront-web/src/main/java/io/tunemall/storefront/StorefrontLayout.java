package io.tunemall.storefront;

import io.tunemall.catalog.api.CatalogQueries;
import io.tunemall.catalog.api.CategorySummary;
import io.tunemall.payment.api.PaymentSettings;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every storefront page's header and footer show: the category menu (cached by the catalog) and, when the shop
 * uses escrow for cash payments, the escrow notice the law asks for (전자상거래법: 구매안전서비스 가입 사실 표시).
 */
@ControllerAdvice(basePackages = "io.tunemall.storefront")
class StorefrontLayout {

    private final CatalogQueries catalog;
    private final PaymentSettings payments;

    StorefrontLayout(CatalogQueries catalog, PaymentSettings payments) {
        this.catalog = catalog;
        this.payments = payments;
    }

    @ModelAttribute("categoryMenu")
    List<CategorySummary> categoryMenu() {
        return catalog.categoryMenu();
    }

    /** Kept in memory by the payment module for a few seconds, so a page costs no query for it. */
    @ModelAttribute("escrowNotice")
    boolean escrowNotice() {
        return payments.options().escrow();
    }
}
