package io.tunemall.sdk.field;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The values of the asking module's own custom fields, read and written by the platform with the entity. Obtained
 * from {@link io.tunemall.sdk.module.ModuleContext#facade(Class)}; a module sees only the fields it declared.
 *
 * <p>Values have the Java type of their field ({@link FieldType#javaType()}). Reading many entities at once takes one
 * query, whatever their number: read a page's values with {@link #ofEach}, not one by one.
 *
 * @since 1.0.0
 */
public interface CustomFieldValues {

    /** One field's value of one entity. */
    Optional<Object> get(EntityType entity, String entityId, String key);

    /** Every value this module's fields hold for one entity, by field key. */
    Map<String, Object> of(EntityType entity, String entityId);

    /** Every value this module's fields hold for each of the entities, by entity id and then field key. */
    Map<String, Map<String, Object>> ofEach(EntityType entity, Collection<String> entityIds);

    /**
     * Sets one field's value (null clears it), checked as a typed form value is.
     *
     * @throws InvalidFieldValue when the field does not accept it
     * @throws IllegalArgumentException when the module declared no such field
     */
    void set(EntityType entity, String entityId, String key, Object value);
}
