/**
 * Members and staff: shopper accounts, grades, points, consent, and the staff accounts of the admin console.
 * Other modules use {@link io.tunemall.member.api} only.
 */
package io.tunemall.member;
