package io.tunemall.platform.privacy;

import java.util.regex.Pattern;

/**
 * A column that holds {@link PiiCipher} values, declared by the module that owns the table (as a bean) so that the
 * re-encryption job can rewrite it after a key rotation. The table needs a numeric key column.
 *
 * @param table the table's name
 * @param idColumn its numeric primary key column
 * @param column the encrypted column
 */
public record EncryptedColumn(String table, String idColumn, String column) {

    // The names are put into SQL text, so only plain identifiers are accepted.
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public EncryptedColumn {
        for (String name : new String[] {table, idColumn, column}) {
            if (name == null || !IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("not a plain lower-case SQL identifier: " + name);
            }
        }
    }

    public static EncryptedColumn of(String table, String column) {
        return new EncryptedColumn(table, "id", column);
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}
