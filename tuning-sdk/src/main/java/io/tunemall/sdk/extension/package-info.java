/**
 * Extension points and the hooks modules attach to them.
 *
 * <p>The platform declares each {@link io.tunemall.sdk.extension.ExtensionPoint}: its contract (an interface), what
 * happens when a hook fails, and when it runs. A module attaches {@link io.tunemall.sdk.extension.Hook}s to points:
 * {@link io.tunemall.sdk.extension.Placement#BEFORE before} or {@link io.tunemall.sdk.extension.Placement#AFTER after}
 * the platform's own step, or as the one {@link io.tunemall.sdk.extension.Placement#REPLACE replacement} of it. There
 * is deliberately no "around" hook: a hook cannot swallow the rest of the chain. The chain of every point is resolved
 * once, at startup, and fixed until the set of modules changes.
 *
 * @since 1.0.0
 */
package io.tunemall.sdk.extension;
