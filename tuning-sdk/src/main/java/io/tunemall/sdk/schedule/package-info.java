/**
 * Scheduled work of tuning modules: {@link io.tunemall.sdk.schedule.ScheduledTask}.
 *
 * @since 1.0
 */
package io.tunemall.sdk.schedule;
