/**
 * Domain events a tuning module may react to. Each is a stable, immutable record; the platform publishes it inside
 * the transaction of the change and delivers it to listeners after commit through its outbox, retrying a listener that
 * failed. Events carry ids and moments, never personal data: a listener that needs more asks the module's facade.
 *
 * @since 1.0.0
 */
package io.tunemall.sdk.event;
