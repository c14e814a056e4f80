package io.tunemall.apps.webhooks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * Tells an app's owner that one of its webhook endpoints was disabled: by mail to the app's owner address, when it
 * has one. The admin console shows the same notice as a banner on /admin/webhooks until someone acknowledges it.
 */
@Component
class OwnerNotice {

    private static final Logger log = LoggerFactory.getLogger(OwnerNotice.class);

    private final WebhookStore store;
    private final MailSender mail;

    OwnerNotice(WebhookStore store, MailSender mail) {
        this.store = store;
        this.mail = mail;
    }

    void endpointDisabled(long endpointId, String url, String reason) {
        store.ownerEmail(endpointId).filter(address -> !address.isBlank()).ifPresent(address -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setTo(address);
            message.setSubject("[Tunemall] 웹훅 엔드포인트가 중지되었습니다 / Webhook endpoint disabled");
            message.setText("다음 웹훅 엔드포인트가 계속 실패하여 전송을 중지했습니다. 관리자 > 웹훅에서 다시 켤 수 있습니다.\n"
                    + "This webhook endpoint kept failing and was disabled. Enable it again in admin > Webhooks.\n\n"
                    + url + "\n" + reason);
            try {
                mail.send(message);
            } catch (MailException unsent) {
                // The admin banner still shows the notice; a mail server outage must not undo the disabling.
                log.warn("Could not mail the owner of webhook endpoint {}: {}", endpointId, unsent.getMessage());
            }
        });
    }
}
