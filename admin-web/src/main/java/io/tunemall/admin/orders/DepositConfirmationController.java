package io.tunemall.admin.orders;

import static io.tunemall.admin.orders.OrderPageAnswer.act;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.platform.audit.AuditEntry;
import io.tunemall.platform.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 입금 확인 on the order page: staff saw the money of a bank-transfer or virtual-account order arrive and mark it paid.
 * Money changes hands on a person's word here, so the audit log gets its own entry (who, which order, how much), beside
 * the order's history.
 */
@Controller
class DepositConfirmationController {

    private final OrderAdministration orders;
    private final AuditTrail audit;

    DepositConfirmationController(OrderAdministration orders, AuditTrail audit) {
        this.orders = orders;
        this.audit = audit;
    }

    @PostMapping("/admin/orders/{number}/confirm-deposit")
    String confirm(@PathVariable String number, @RequestParam(name = "note", defaultValue = "") String note,
            Authentication staff, RedirectAttributes redirect) {
        return act(number, "confirm-deposit", redirect, () -> {
            OrderDetail paid = orders.confirmDeposit(number, Actor.staff(staff.getName()),
                    note.isBlank() ? null : note.strip());
            // The note may name the depositor: it stays in the order's history, not in the audit log.
            audit.record(AuditEntry.action("order.deposit-confirmed").on("orders", number)
                    .summary("Deposit of order " + number + " confirmed by hand")
                    .detail("amount", paid.breakdown().finalAmount().won())
                    .detail("method", paid.paymentMethod()));
            return paid;
        });
    }
}
