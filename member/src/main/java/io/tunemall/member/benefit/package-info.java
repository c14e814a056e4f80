/**
 * Member benefits: grades ({@code grade}), points ({@code point}) and gift cards ({@code giftcard}). Other modules
 * use them through {@link io.tunemall.member.api}; members are referenced by id only.
 */
package io.tunemall.member.benefit;
