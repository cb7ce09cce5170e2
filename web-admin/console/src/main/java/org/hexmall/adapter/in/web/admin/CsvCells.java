package org.hexmall.adapter.in.web.admin;

/**
 * Keeps a cell of an exported file from being read as a formula by a spreadsheet: a reason typed as
 * {@code =HYPERLINK(...)} must stay text when a supervisor opens the file in Excel.
 */
final class CsvCells {

    private CsvCells() {
    }

    /** The text, with a leading apostrophe when it starts with a character a spreadsheet would take for a formula. */
    static String neutralized(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + text : text;
    }
}
