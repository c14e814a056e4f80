/**
 * Domain events a tuning module may react to, as stable records. The platform publishes them inside the transaction
 * of the change and writes them to its outbox; a listener ({@code @ApplicationModuleListener} or
 * {@code @TransactionalEventListener} in a module's Spring beans) receives each after the commit, and again after a
 * failure or a crash until it succeeds. Listeners must therefore be idempotent. New fields may be added in minor
 * versions; none is removed or changes meaning within a major version.
 *
 * @since 1.0.0
 */
package io.tunemall.sdk.event;
