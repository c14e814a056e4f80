/**
 * The app store: integrations a shop owner switches on from admin (payment wallets, social logins, analytics, a chat
 * widget, shopping feeds). The platform stores each one's switch and settings; the module that owns the behaviour
 * contributes the {@link io.tunemall.platform.integration.Integration} bean and reads its state through
 * {@link io.tunemall.platform.integration.Integrations}.
 */
package io.tunemall.platform.integration;
