package io.tunemall.platform.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Encrypts a JPA string attribute on its way to the database and decrypts it on the way back:
 * {@code @Convert(converter = EncryptedText.class) private String email;}. Hibernate creates it through Spring, so it
 * gets the node's cipher. Every such column must also be declared as an {@link EncryptedColumn} bean, so that the
 * re-encryption job rewrites it after a key rotation.
 */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    private final PiiCipher cipher;

    public EncryptedText(PiiCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String clear) {
        return cipher.encrypt(clear);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher.decrypt(stored);
    }
}
