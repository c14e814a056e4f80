package io.tunemall.sdk.extension;

/**
 * What the platform does when a hook throws. Each extension point declares one; a module cannot change it.
 *
 * @since 1.0.0
 */
public enum FailurePolicy {
    /**
     * The failure is logged and counted against the module, the hook's contribution is dropped and the operation
     * goes on (a failed replacement falls back to the platform's own step). For points that shape what is shown, such
     * as a product page block: a module must never blank the storefront.
     */
    SKIP_AND_LOG,
    /**
     * The operation fails with a message naming the module. For points that guard correctness, such as an order
     * validator: placing an order the module meant to refuse would be worse than refusing it.
     */
    FAIL_OPERATION
}
