package io.tunemall.catalog.transfer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of an import file: where each column is, which option axes it has (in the file's order), and what
 * is wrong with it. A file whose header has problems is refused as a whole, before any row is read.
 */
final class SheetHeader {

    private final Map<TransferColumn, Integer> columns = new EnumMap<>(TransferColumn.class);
    private final Map<String, Integer> optionColumns = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    SheetHeader(SheetRow header) {
        for (int index = 0; index < header.cells().length; index++) {
            String cell = header.cell(index);
            String text = index == 0 && cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
            if (text.isEmpty()) {
                continue;
            }
            int position = index;
            TransferColumn.optionAxis(text).ifPresentOrElse(axis -> addOption(text, axis, position),
                    () -> TransferColumn.byHeader(text).ifPresentOrElse(column -> addColumn(text, column, position),
                            () -> problems.add(Problem.ofFile("header-unknown-column", text))));
        }
        for (TransferColumn column : TransferColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(Problem.ofFile("header-missing-column", column.key()));
            }
        }
    }

    private void addColumn(String text, TransferColumn column, int index) {
        if (columns.putIfAbsent(column, index) != null) {
            problems.add(Problem.ofFile("header-duplicate-column", text));
        }
    }

    private void addOption(String text, String axis, int index) {
        if (axis.isEmpty() || axis.length() > ProductRules.AXIS_MAX) {
            problems.add(Problem.ofFile("header-bad-option-axis", text));
        } else if (optionColumns.putIfAbsent(axis, index) != null) {
            problems.add(Problem.ofFile("header-duplicate-column", text));
        }
    }

    List<Problem> problems() {
        return problems;
    }

    boolean has(TransferColumn column) {
        return columns.containsKey(column);
    }

    String value(SheetRow row, TransferColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    /** The axes of the file, in the order of their columns. */
    List<String> axes() {
        return List.copyOf(optionColumns.keySet());
    }

    String option(SheetRow row, String axis) {
        return row.cell(optionColumns.get(axis));
    }
}
