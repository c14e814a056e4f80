package io.tunemall.catalog.transfer;

/** One row of an import file: its line as a spreadsheet numbers it (the header is line 1) and its cell texts. */
record SheetRow(int line, String[] cells) {

    String cell(int index) {
        if (index < 0 || index >= cells.length || cells[index] == null) {
            return "";
        }
        return cells[index].trim();
    }

    boolean blank() {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
