/**
 * Domain events of the platform in their stable, versioned form: what a tuning module may react to. They are
 * published after the change that raised them commits, through the platform's transactional outbox, so a listener
 * may see one again after a crash or a failed delivery (make listeners idempotent, e.g. by the order number).
 * Fields are only ever added, never removed or changed in meaning, within a major SDK version.
 *
 * @since 1.0.0
 */
package io.tunemall.sdk.event;
