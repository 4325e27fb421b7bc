package org.ganworkbench.ui.datasets;

/**
 * One line of the dataset picker: a group heading, or a dataset with the id the config takes.
 *
 * @param kind   which group it belongs to, or {@link Kind#HEADER} for a group's heading
 * @param id     the config's dataset id ({@code digits}, {@code fashion-mnist}, {@code folder:PATH?...}); empty for headings
 * @param title  what the list shows
 * @param detail a second line: where it was found, or the path; may be empty
 */
public record DatasetEntry(Kind kind, String id, String title, String detail) {

    public enum Kind { HEADER, BUILT_IN, FOUND, OTHER }

    static DatasetEntry header(String title) {
        return new DatasetEntry(Kind.HEADER, "", title, "");
    }

    public boolean isHeader() {
        return kind == Kind.HEADER;
    }
}
