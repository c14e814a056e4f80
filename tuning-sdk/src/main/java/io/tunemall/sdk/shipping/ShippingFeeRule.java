package io.tunemall.sdk.shipping;

/**
 * A rule that changes the shipping fee: a per-product fee, free shipping on a campaign day, a heavier surcharge for
 * bulky goods.
 *
 * <h2>When it runs</h2>
 * Whenever the platform computes a shipping fee: for the cart page's estimate (without a postal code), on every render
 * of the checkout page, and when the order is placed, inside its transaction. It must be quick and free of side
 * effects.
 *
 * <h2>Ordering</h2>
 * <ol>
 *     <li>the owner's policy gives the fee: the base fee unless the goods reach the free-shipping threshold, plus the
 *     surcharge of the remote area (제주, 도서산간) the postal code lies in;</li>
 *     <li>hooks placed {@link io.tunemall.sdk.extension.Placement#BEFORE BEFORE}
 *     {@link ShippingPoints#FEE_RULES}, each given the fee so far;</li>
 *     <li>the platform's own adjustment: a member grade that ships free waives the base fee. A hook placed
 *     {@link io.tunemall.sdk.extension.Placement#REPLACE REPLACE} runs instead;</li>
 *     <li>hooks placed {@link io.tunemall.sdk.extension.Placement#AFTER AFTER}, each given the fee so far.</li>
 * </ol>
 * Among the hooks of one placement, a hook runs after those of the modules it names in
 * {@link io.tunemall.sdk.extension.Hook#orderedAfter(String...)}, otherwise by module id.
 *
 * <h2>What it may change</h2>
 * Only the fee it returns: both parts, and the name of the remote area. Returning the fee it was given changes
 * nothing. The fee is added to the order after its discounts and before points.
 *
 * <h2>Failure policy</h2>
 * {@link io.tunemall.sdk.extension.FailurePolicy#FAIL_OPERATION}: a rule that throws (or returns null) stops the
 * checkout with a message naming the module; the cart page then shows its estimate without a shipping fee and says
 * the fee is computed at checkout.
 *
 * @since 1.0.0
 */
@FunctionalInterface
public interface ShippingFeeRule {

    /**
     * @param request what is being shipped, and where
     * @param fee the fee so far
     * @return the fee to use from here on; never null
     */
    ShippingFee apply(ShippingRequest request, ShippingFee fee);
}
