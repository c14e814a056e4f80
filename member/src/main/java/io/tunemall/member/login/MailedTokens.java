package io.tunemall.member.login;

import io.tunemall.member.api.MemberRejection;
import io.tunemall.platform.time.ShopClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and redeems the one-time tokens of mailed links: 256 random bits, URL-safe, of which only the SHA-256 is
 * stored. Issuing a token supersedes the member's older unused ones of the same purpose.
 */
@Component
public class MailedTokens {

    private final OneTimeTokens tokens;
    private final ShopClock clock;
    private final SecureRandom random = new SecureRandom();

    MailedTokens(OneTimeTokens tokens, ShopClock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** @return the token to put in the link; it is not kept anywhere */
    @Transactional(propagation = Propagation.MANDATORY)
    public String issue(long memberId, TokenPurpose purpose, String newEmail, Duration validFor) {
        tokens.findByMemberIdAndPurpose(memberId, purpose).forEach(older -> older.supersede(clock.now()));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new OneTimeToken(memberId, purpose, hash(token), newEmail, clock.now(),
                clock.now().plus(validFor)));
        return token;
    }

    @Transactional(readOnly = true)
    public boolean usable(String token, TokenPurpose purpose) {
        return token != null && tokens.findByTokenHash(hash(token))
                .filter(found -> found.usableAt(clock.now(), purpose)).isPresent();
    }

    /**
     * Uses the token up inside the caller's transaction: if the caller's change fails, the token stays usable.
     *
     * @throws MemberRejection ({@code token}: {@code token-invalid}) for an unknown, used or expired token
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public OneTimeToken redeem(String token, TokenPurpose purpose) {
        Optional<OneTimeToken> found = token == null || token.isBlank() ? Optional.empty()
                : tokens.findForUse(hash(token));
        OneTimeToken usable = found.filter(candidate -> candidate.usableAt(clock.now(), purpose))
                .orElseThrow(() -> MemberRejection.of("token", "token-invalid"));
        usable.useAt(clock.now());
        return usable;
    }

    /** Withdrawal: pending links die with the account (and a pending new email is personal data). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void deleteAll(long memberId) {
        tokens.deleteAll(tokens.findByMemberId(memberId));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
