package org.transdesk.language;

import java.math.BigDecimal;

/**
 * One number word ("two", "двух", "hai", "mươi", "万") as the QA number reader composes them into values.
 *
 * @param approximate "millions of", "dozens", "hundreds": a quantity, not a number to carry over
 * @param ordinal     "first", "тридцатый": carried over loosely (never required)
 */
public record NumberWord(BigDecimal value, Type type, boolean approximate, boolean ordinal) {

    public enum Type {
        /** 0–9 (and 1.5 "полтора"). */
        UNIT,
        /** 10–19. */
        TEEN,
        /** 20, 30 … 90. */
        TENS,
        /** 100 … 900 as one word ("двести"). */
        HUNDREDS,
        /** Multiplies the preceding unit by 10: vi "mươi", "chục", zh "十". */
        MUL10,
        /** Multiplies the preceding unit by 100: en "hundred", vi "trăm", zh "百". */
        MUL100,
        /** thousand, million, 万 …: closes a group. */
        SCALE,
        /** vi "linh"/"lẻ", zh "零": zero inside a number, adds nothing. */
        LINK
    }

    public static NumberWord of(long value, Type type) {
        return new NumberWord(BigDecimal.valueOf(value), type, false, false);
    }

    /** The type a plain value has on its own: 7 is a UNIT, 40 TENS, 300 HUNDREDS, 1000 a SCALE. */
    public static Type typeOf(BigDecimal v) {
        double d = v.doubleValue();
        if (d < 10) {
            return Type.UNIT;
        } else if (d < 20) {
            return Type.TEEN;
        } else if (d < 100) {
            return Type.TENS;
        } else if (d < 1000) {
            return Type.HUNDREDS;
        }
        return Type.SCALE;
    }
}
