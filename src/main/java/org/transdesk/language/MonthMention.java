package org.transdesk.language;

/** A month named in a text ("ноября", "tháng 11", "11月", "novembre"): chars {@code [start, end)}, month 1–12. */
public record MonthMention(int start, int end, int month) {
}
