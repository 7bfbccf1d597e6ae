package org.transdesk.language;

/**
 * One way to read digits with separators: the decimal mark and the characters that group thousands.
 * Russian reads "1 000,5" with {@code (',', " ")}, English "1,000.5" with {@code ('.', ",")}.
 */
public record NumberReading(char decimal, String groups) {
}
