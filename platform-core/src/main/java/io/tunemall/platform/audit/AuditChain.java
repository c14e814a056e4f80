package io.tunemall.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The hash that links each audit row to the one before it. */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * SHA-256 over the previous hash and every field of the row, each written as its length and its text so that no
     * two different rows can produce the same input (moving a character from one field into the next changes it).
     */
    static String hash(String previousHash, long seq, Instant occurredAt, String actor, String actorRole, String action,
            String targetType, String targetId, String summary, String details, String ip, String requestId) {
        StringBuilder content = new StringBuilder(256);
        for (String field : new String[] {previousHash, Long.toString(seq), micros(occurredAt), actor, actorRole, action,
                targetType, targetId, summary, details, ip, requestId}) {
            content.append(field == null ? "-1:" : field.length() + ":" + field).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missingFromTheJdk) {
            throw new IllegalStateException("SHA-256 is part of every JDK", missingFromTheJdk);
        }
    }

    static String hash(AuditRecord row) {
        return hash(row.previousHash(), row.seq(), row.occurredAt(), row.actor(), row.actorRole(), row.action(),
                row.targetType(), row.targetId(), row.summary(), row.details(), row.ip(), row.requestId());
    }

    private static String micros(Instant moment) {
        return moment.getEpochSecond() + "." + String.format("%06d", moment.getNano() / 1000);
    }
}
