package org.transdesk.language;

/**
 * A language's quotation marks: outer ({@code «…»} in Russian) and inner ({@code „…“}).
 *
 * @param houseStyle whether the typography check holds translations to these marks (a WARNING on straight or
 *                   English quotes); only where newsroom style is settled (Russian guillemets)
 */
public record Quotes(String open, String close, String innerOpen, String innerClose, boolean houseStyle) {

    public static final Quotes ENGLISH = new Quotes("“", "”", "‘", "’", false);
}
