package org.transdesk.language;

/**
 * Bounds on the ratio target length / source length (non-space characters). Outside
 * {@code [warnBelow, warnAbove]} is a WARNING, outside {@code [errorBelow, errorAbove]} an ERROR.
 */
public record LengthBounds(double errorBelow, double warnBelow, double warnAbove, double errorAbove) {
    public LengthBounds {
        if (!(0 <= errorBelow && errorBelow <= warnBelow && warnBelow <= warnAbove && warnAbove <= errorAbove)) {
            throw new IllegalArgumentException("need 0 <= errorBelow <= warnBelow <= warnAbove <= errorAbove");
        }
    }
}
