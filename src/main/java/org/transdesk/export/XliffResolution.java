package org.transdesk.export;

/**
 * The editor's choice for one conflicting paragraph of an XLIFF import: keep the text here, take
 * the file's, or a text merged by hand ({@code text}, only for {@link Choice#MERGED}).
 */
public record XliffResolution(int position, Choice choice, String text) {

    public enum Choice { HERE, FILE, MERGED }

    public static XliffResolution here(int position) {
        return new XliffResolution(position, Choice.HERE, null);
    }

    public static XliffResolution file(int position) {
        return new XliffResolution(position, Choice.FILE, null);
    }

    public static XliffResolution merged(int position, String text) {
        return new XliffResolution(position, Choice.MERGED, text);
    }
}
