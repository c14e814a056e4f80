package io.tunemall.admin.orders;

import io.tunemall.platform.error.ShopException;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * How the order page's forms answer: the change is made, and the staff member is sent back to the order page with what
 * was done, or why it was refused (a rule of the order, or a colleague who changed the order meanwhile).
 */
final class OrderPageAnswer {

    private OrderPageAnswer() {
    }

    static String act(String number, String action, RedirectAttributes redirect, Supplier<?> change) {
        try {
            change.get();
            redirect.addFlashAttribute("done", action);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            redirect.addFlashAttribute("problem", "changed-meanwhile");
        } catch (ShopException refused) {
            redirect.addFlashAttribute("problem", refused.code());
            redirect.addFlashAttribute("problemDetail", refused.getMessage());
        }
        return backTo(number);
    }

    static String backTo(String number) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/orders/{number}").encode().buildAndExpand(number)
                .toUriString();
    }
}
