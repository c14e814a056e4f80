package io.tunemall.sdk.order;

import java.util.Map;

/**
 * Refuses orders the shop must not take: a product not shipped to Jeju, a purchase limit per member, an age check.
 *
 * <h2>When it runs</h2>
 * Every time the checkout page is shown (so the shopper sees a refusal before paying) and once more when the order is
 * placed, after pricing and before the stock is taken. It runs on the request's thread and must be quick; reading
 * data is fine, changing the platform's is not (the order may still fail afterwards, for stock). When placing, it runs
 * inside the order's transaction, so a change to the module's own tables is undone with a failed order.
 *
 * <h2>What it may change</h2>
 * Nothing: it sees the priced {@link OrderCandidate} and answers an {@link OrderVerdict}. A refusal stops the order
 * and its message is shown to the shopper; every validator's refusal is shown, not only the first.
 *
 * <h2>Ordering</h2>
 * Hooks placed {@link io.tunemall.sdk.extension.Placement#BEFORE BEFORE} {@link OrderPoints#VALIDATORS} run, then the
 * platform's own purchase limits (at most so many units per line), then hooks placed
 * {@link io.tunemall.sdk.extension.Placement#AFTER AFTER}; within a placement in declared order, otherwise by module
 * id. A hook placed {@link io.tunemall.sdk.extension.Placement#REPLACE REPLACE} replaces the platform's purchase
 * limits. Whatever validators say, stock and availability are always checked: the stock is taken by a conditional
 * update that cannot oversell.
 *
 * <h2>Failure policy</h2>
 * {@link io.tunemall.sdk.extension.FailurePolicy#FAIL_OPERATION}: a validator that throws refuses the order with a
 * message naming its module, because an order a module meant to refuse must not slip through.
 *
 * @since 1.0.0
 */
@FunctionalInterface
public interface OrderValidator {

    OrderVerdict validate(OrderCandidate order);

    /**
     * Like {@link #validate(OrderCandidate)}, with what the shopper entered at checkout in this module's own order
     * custom fields ({@link io.tunemall.sdk.field.EntityType#ORDER}, sent by inputs the module put in the
     * {@link io.tunemall.sdk.view.Slots#CHECKOUT_DELIVERY} slot). The platform calls this method; by default it ignores
     * the fields and asks {@link #validate(OrderCandidate)}, so a validator that needs no fields implements only that.
     *
     * <p>The values were already checked by the fields' own rules (a value that breaks them refuses the order before any
     * validator runs). When {@link OrderCandidate#placing()} is true this runs inside the transaction that places the
     * order: what the module changes in its own tables through {@link io.tunemall.sdk.data.ModuleDatabase} is undone
     * when the order is not placed after all, so a validator may take something the order needs, such as a place in a
     * delivery slot, with a conditional update.
     *
     * @param order the order about to be placed
     * @param fields this module's order field values by field key; a field left empty is absent
     * @since 1.0.0
     */
    default OrderVerdict validate(OrderCandidate order, Map<String, Object> fields) {
        return validate(order);
    }
}
