package io.tunemall.member;

import io.tunemall.member.api.ConsentType;
import java.net.URI;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings under {@code tunemall.members.*}, documented in application.yml and docs/members.md.
 *
 * @param shopUrl the storefront's public address, used in links sent by mail (never taken from a request's Host
 *     header, which a stranger could set to steal a reset link)
 * @param mailFrom the sender of mail to members
 * @param terms the versions of the texts members consent to
 * @param reconfirmAfter how long a marketing consent holds before the member is asked to re-confirm it (2 years,
 *     정보통신망법 시행령 §62-3)
 * @param reconfirmNotice how long before that moment the notice is sent
 * @param resetLinkValidFor how long a password-reset link works
 * @param emailLinkValidFor how long an email-change confirmation link works
 * @param dormancyNotice how long before an account becomes dormant the member is told (30 days)
 * @param restoreCodeValidFor how long the mailed code that restores a dormant account works
 */
@ConfigurationProperties("tunemall.members")
public record MemberProperties(
        @DefaultValue("http://localhost:8080") URI shopUrl,
        @DefaultValue("Tunemall <no-reply@localhost>") String mailFrom,
        @DefaultValue Terms terms,
        @DefaultValue("P2Y") Period reconfirmAfter,
        @DefaultValue("P30D") Period reconfirmNotice,
        @DefaultValue("PT30M") Duration resetLinkValidFor,
        @DefaultValue("PT24H") Duration emailLinkValidFor,
        @DefaultValue("P30D") Period dormancyNotice,
        @DefaultValue("PT15M") Duration restoreCodeValidFor) {

    /**
     * @param termsVersion the version of the terms of use (이용약관)
     * @param privacyVersion the version of the privacy notice (개인정보 수집·이용 동의)
     * @param marketingVersion the version of the marketing consent text (광고성 정보 수신 동의), also for night-time
     */
    public record Terms(
            @DefaultValue("2026-01-01") String termsVersion,
            @DefaultValue("2026-01-01") String privacyVersion,
            @DefaultValue("2026-01-01") String marketingVersion) {

        public String versionOf(ConsentType type) {
            return switch (type) {
                case TERMS -> termsVersion;
                case PRIVACY -> privacyVersion;
                case MARKETING_EMAIL, MARKETING_SMS, MARKETING_PUSH, NIGHT_TIME -> marketingVersion;
            };
        }
    }

    /** An absolute link into the storefront. */
    public String link(String pathAndQuery) {
        String base = shopUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
    }
}
