/**
 * What modules may do with members through the platform: {@link io.tunemall.sdk.member.MemberPoints} and the sign-in
 * event's details.
 *
 * @since 1.0
 */
package io.tunemall.sdk.member;
