/**
 * Domain events a tuning module may react to. Each is a stable, immutable record; the platform publishes it inside
 * the transaction of the change and delivers it to listeners after commit through its outbox, retrying a listener that
 * failed, so a listener may see an event again: make listeners idempotent (by order number, for example). Events
 * carry ids and moments, never personal data: a listener that needs more asks the module's facade. Fields are only
 * ever added, never removed or changed in meaning, within a major SDK version.
 *
 * @since 1.0.0
 */
package io.tunemall.sdk.event;
