package io.tunemall.member.mail;

import io.tunemall.member.MemberProperties;
import io.tunemall.member.api.ConsentState;
import io.tunemall.member.api.ConsentType;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The mails the shop sends members, in Korean with an English translation below. Bodies name no personal data (the
 * log-only sender writes them to the log). Mail that belongs to a change goes out only after the change committed: a
 * rolled-back reset must not leave a working link in someone's inbox, and a slow SMTP server must not hold a
 * database transaction open.
 */
@Component
public class MemberMail {

    private static final Logger log = LoggerFactory.getLogger(MemberMail.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final MailSender sender;
    private final MemberProperties properties;

    MemberMail(MailSender sender, MemberProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    public void passwordReset(long memberId, String to, String token) {
        String link = properties.link("/password-reset/new?token=" + token);
        long minutes = properties.resetLinkValidFor().toMinutes();
        afterCommit(memberId, message(to, "[Tunemall] 비밀번호 재설정 안내 / Reset your password", """
                비밀번호 재설정을 요청하셨습니다. 아래 링크에서 %d분 안에 새 비밀번호를 정해 주세요.
                링크는 한 번만 쓸 수 있습니다. 요청하지 않으셨다면 이 메일을 무시하세요.

                %s

                You asked to reset your password. Choose a new one at the link above within %d minutes.
                The link works once. If you did not ask, ignore this mail.
                """.formatted(minutes, link, minutes)));
    }

    public void emailChange(long memberId, String to, String token) {
        String link = properties.link("/account/email/confirm?token=" + token);
        afterCommit(memberId, message(to, "[Tunemall] 이메일 변경 확인 / Confirm your new email", """
                로그인 이메일을 이 주소로 바꾸려면 아래 링크를 열어 확인해 주세요.
                요청하지 않으셨다면 이 메일을 무시하세요. 이메일은 바뀌지 않습니다.

                %s

                To make this address your login email, open the link above and confirm.
                If you did not ask for this, ignore this mail: nothing changes.
                """.formatted(link)));
    }

    /**
     * The biennial notice of the marketing consents a member gives (정보통신망법 §50⑧), sent at once (by the job, not
     * inside a member's change).
     *
     * @return whether the mail server accepted it
     */
    public boolean consentReminder(long memberId, String to, List<ConsentState> granted, ZoneId zone) {
        String consents = granted.stream()
                .map(consent -> "- " + korean(consent.type()) + " / " + english(consent.type()) + ": "
                        + DAY.format(consent.confirmedAt().atZone(zone)))
                .collect(Collectors.joining("\n"));
        String link = properties.link("/account/consents?reconfirm");
        return send(memberId, message(to, "[Tunemall] 광고성 정보 수신 동의 확인 / Your marketing consent", """
                회원님은 아래 광고성 정보 수신에 동의하셨습니다 (동의한 날짜).
                동의를 유지하시거나 바꾸시려면 마이페이지에서 확인해 주세요. 언제든 철회하실 수 있습니다.

                %s

                %s

                You agreed to receive the advertising listed above (with the date you agreed).
                Keep or change your choice on your account page, at the link above. You can withdraw at any time.
                """.formatted(consents, link)));
    }

    /**
     * The notice 30 days before an account becomes dormant, sent at once by the job.
     *
     * @return whether the mail server accepted it
     */
    public boolean dormancyNotice(long memberId, String to, java.time.ZonedDateTime dormantFrom) {
        String day = DAY.format(dormantFrom);
        String link = properties.link("/login");
        return send(memberId, message(to, "[Tunemall] 휴면 계정 전환 예정 안내 / Your account will become dormant", """
                오랫동안 로그인하지 않으셔서 %s에 계정이 휴면 상태로 바뀝니다.
                휴면 계정의 개인정보는 따로 분리해 보관하며, 다시 로그인하고 메일로 받은 확인 코드를 입력하면 복구됩니다.
                그 전에 로그인하시면 휴면으로 바뀌지 않습니다.

                %s

                As you have not logged in for a long time, your account becomes dormant on %s.
                A dormant account's personal data is stored apart; log in and enter the code we mail you to restore it.
                Log in before that day and nothing changes.
                """.formatted(day, link, day)));
    }

    /** The code that restores a dormant account; valid for minutes, sent at once (the member waits for it). */
    public boolean restoreCode(long memberId, String to, String code, long validMinutes) {
        return send(memberId, message(to, "[Tunemall] 휴면 계정 복구 코드 / Your account restore code", """
                휴면 계정 복구 코드: %s
                %d분 안에 입력해 주세요. 요청하지 않으셨다면 이 메일을 무시하세요.

                Your account restore code: %s
                Enter it within %d minutes. If you did not ask for it, ignore this mail.
                """.formatted(code, validMinutes, code, validMinutes)));
    }

    private SimpleMailMessage message(String to, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        return message;
    }

    private void afterCommit(long memberId, SimpleMailMessage message) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(memberId, message);
                }
            });
        } else {
            send(memberId, message);
        }
    }

    private boolean send(long memberId, SimpleMailMessage message) {
        try {
            sender.send(message);
            return true;
        } catch (MailException failure) {
            // The exception's message may quote the address: the log gets the member id and the kind of failure only.
            log.warn("Could not send '{}' to member {}: {}", message.getSubject(), memberId,
                    failure.getClass().getSimpleName());
            return false;
        }
    }

    private static String korean(ConsentType type) {
        return switch (type) {
            case MARKETING_EMAIL -> "이메일 광고 수신";
            case MARKETING_SMS -> "문자(SMS) 광고 수신";
            case MARKETING_PUSH -> "앱 푸시 광고 수신";
            case NIGHT_TIME -> "야간(21시~08시) 광고 수신";
            case TERMS -> "이용약관";
            case PRIVACY -> "개인정보 수집·이용";
        };
    }

    private static String english(ConsentType type) {
        return switch (type) {
            case MARKETING_EMAIL -> "advertising by email";
            case MARKETING_SMS -> "advertising by text message";
            case MARKETING_PUSH -> "advertising by app push";
            case NIGHT_TIME -> "advertising at night (21:00-08:00)";
            case TERMS -> "terms of use";
            case PRIVACY -> "privacy notice";
        };
    }
}
