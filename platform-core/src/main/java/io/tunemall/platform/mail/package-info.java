/**
 * Mail to shoppers goes through Spring's {@link org.springframework.mail.MailSender}: SMTP when {@code spring.mail.host}
 * is set, otherwise {@link io.tunemall.platform.mail.LogOnlyMailSender}, which writes each mail to the log.
 */
package io.tunemall.platform.mail;
