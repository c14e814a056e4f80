package io.tunemall.sdk.pricing;

/**
 * A rule that changes what an order costs: a bundle discount, a member-day discount, a gift-wrapping charge.
 *
 * <h2>When it runs</h2>
 * Whenever the platform prices a cart or an order: the cart page's estimate, every render of the checkout page, and
 * once more when the order is placed, inside the transaction that takes the stock. The amount charged is the one
 * computed at placing; the breakdown, with each rule's label, is stored with the order. A rule runs on the request's
 * thread and must be quick and free of side effects: it may run several times for one purchase, and for carts that
 * never become orders.
 *
 * <h2>Ordering</h2>
 * Pricing is a pipeline; every step sees what the steps before it did:
 * <ol>
 *     <li>line prices: list price (정가), the timed sale price in force, the option's price difference;</li>
 *     <li>hooks placed {@link io.tunemall.sdk.extension.Placement#BEFORE BEFORE} {@link PricingPoints#PRICE_RULES};</li>
 *     <li>the platform's discounts: the member grade's discount, then the coupon the shopper chose. A hook placed
 *     {@link io.tunemall.sdk.extension.Placement#REPLACE REPLACE} runs instead of both;</li>
 *     <li>hooks placed {@link io.tunemall.sdk.extension.Placement#AFTER AFTER};</li>
 *     <li>the shipping fee and the remote-area surcharge (their own extension point,
 *     {@code io.tunemall.sdk.shipping.ShippingPoints}), computed on the order amount after discounts;</li>
 *     <li>points (적립금) the shopper uses, at most what is left to pay.</li>
 * </ol>
 * Among the hooks of one placement, a hook runs after those of the modules it names in
 * {@link io.tunemall.sdk.extension.Hook#orderedAfter(String...)}, otherwise by module id.
 *
 * <h2>What it may change</h2>
 * Only through the {@link PriceContext}: discounts on lines or on the order, and charges. It cannot change list or
 * sale prices, quantities, shipping or points, and no amount goes below zero (a discount larger than what is left is
 * cut). Every change carries a label the shopper reads in the breakdown before paying.
 *
 * <h2>Failure policy</h2>
 * {@link io.tunemall.sdk.extension.FailurePolicy#FAIL_OPERATION}: a rule that throws stops the pricing, and the
 * shopper is told the order cannot be priced now (naming the module), because charging an amount the shop's rules did
 * not agree on is worse than not selling. A module that fails every call is switched off automatically after the
 * platform's limit of failures in a row, and checkouts go on without it.
 *
 * @since 1.0.0
 */
@FunctionalInterface
public interface PriceRule {

    void apply(PriceContext order);
}
