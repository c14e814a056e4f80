/**
 * Personal data at rest: AES-256-GCM encryption with the key id stored beside every value ({@link
 * io.tunemall.platform.privacy.PiiCipher}, {@link io.tunemall.platform.privacy.EncryptedText} for JPA columns), keyed
 * hashes for exact look-up of encrypted values ({@link io.tunemall.platform.privacy.BlindIndex}), re-encryption after a
 * key rotation ({@link io.tunemall.platform.privacy.PiiReencryption}), and masks for lists ({@link
 * io.tunemall.platform.privacy.Masked}). The procedure is in docs/members.md.
 */
package io.tunemall.platform.privacy;
