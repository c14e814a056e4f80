package io.tunemall.member.api;

import java.time.Instant;

/** A provider account linked to a member, as the my-page lists it. */
public record SocialLinkView(String provider, Instant linkedAt) {
}
