package org.transdesk.language;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How a language writes numbers and dates, for the QA number reader and for suggesting a local form.
 *
 * @param local          readings of digits with separators that are correct in the language
 * @param foreign        readings that only another language would use ("1,000" in Russian): offered as foreign
 * @param spaceGroups    whether a space may group thousands ("1 000 000" is one number)
 * @param writeGroup     the thousands separator when writing a number ({@code "\u00A0"} ru, {@code "."} vi)
 * @param writeDecimal   the decimal mark when writing
 * @param groupFrom      digits from which thousands are grouped when writing (5 in Russian: 1000, 10 000)
 * @param scaleAfter     a scale word right after a number ("5 млн", "3 triệu", "5万"); group 1 is the word
 * @param scaleAnywhere  scale words anywhere in a paragraph ("25 и 40 тысячами"); group 1 is the word
 * @param scaleFactor    the factor of a lower-case scale word, or null
 * @param words          the number word of a normalised token (lower case, NFC, ё→е), or null
 * @param wordPiece      the pieces of text looked up as number words (letter runs; single Han characters)
 * @param piecesTouch    whether number words join without a space ("二十五")
 * @param wordJoin       a gap that also joins number words (" and " in English), or null
 * @param tenTakesUnit   whether a TEEN word may be followed by a unit (vi "mười hai" = 12)
 * @param wordsRequired  whether number words must be carried over by a translation (English sources)
 * @param englishForms   read English ordinals (30th), decades (1990s) and a.m./p.m.
 * @param months         month names and words in a text
 * @param dates          which numeric day-month dates are read
 */
public record NumberStyle(
        List<NumberReading> local,
        List<NumberReading> foreign,
        boolean spaceGroups,
        String writeGroup,
        String writeDecimal,
        int groupFrom,
        Pattern scaleAfter,
        Pattern scaleAnywhere,
        Function<String, BigDecimal> scaleFactor,
        Function<String, NumberWord> words,
        Pattern wordPiece,
        boolean piecesTouch,
        String wordJoin,
        boolean tenTakesUnit,
        boolean wordsRequired,
        boolean englishForms,
        Function<String, List<MonthMention>> months,
        DateStyle dates) {

    public enum DateStyle {
        /** No numeric dates (English: "2.4 GHz", "3/4 of" are no dates). */
        NONE,
        /** dd.mm.yyyy, dd/mm/yyyy and mm/yyyy. */
        DAY_MONTH_YEAR,
        /** Also dd/mm without a year (Vietnamese "ngày 15/4"). */
        DAY_MONTH
    }

    public NumberStyle {
        local = List.copyOf(local);
        foreign = List.copyOf(foreign);
    }

    /** A number key ("1000.5") written the local way: 1 000,5 (ru), 1.000,5 (vi), 1,000.5 (en). */
    public String write(BigDecimal v) {
        String plain = v.toPlainString();
        String intPart = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
        String frac = plain.contains(".") ? plain.substring(plain.indexOf('.') + 1) : "";
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < intPart.length(); k++) {
            if (k > 0 && (intPart.length() - k) % 3 == 0 && intPart.length() >= groupFrom) {
                sb.append(writeGroup);
            }
            sb.append(intPart.charAt(k));
        }
        return frac.isEmpty() ? sb.toString() : sb + writeDecimal + frac;
    }
}
