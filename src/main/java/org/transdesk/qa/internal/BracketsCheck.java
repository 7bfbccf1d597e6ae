package org.transdesk.qa.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.transdesk.qa.QaFinding;
import org.transdesk.qa.Severity;

/**
 * {@code brackets}: unbalanced brackets or quotes in the target where the source is balanced.
 * <ul>
 *   <li>ERROR: ( ) [ ] { } — a bracket without its partner;</li>
 *   <li>WARNING: quotes ("…", «…», „…“, “…”) — a quote without its partner; quote styles vary too much
 *       between languages (and sentences cut from longer quotations) to be sure.</li>
 * </ul>
 * When the source itself is unbalanced (a sentence taken from a longer quotation) the target is not judged.
 */
public final class BracketsCheck extends SegmentCheck {

    public static final String ID = "brackets";

    private static final java.util.regex.Pattern SINGLE_QUOTE_OPENS =
            java.util.regex.Pattern.compile("(^|[\\s(:])['‘]\\p{L}");
    private static final String OPEN = "([{";
    private static final String CLOSE = ")]}";

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected void checkSegment(TranslationJob job, int i, String source, String target, List<QaFinding> out) {
        for (int type = 0; type < OPEN.length(); type++) {
            if (unbalancedBracket(source, type) >= 0) {
                continue;
            }
            int at = unbalancedBracket(target, type);
            if (at >= 0) {
                char c = target.charAt(at);
                out.add(OPEN.indexOf(c) >= 0 ? finding(Severity.ERROR, i, at, at + 1, "qa-finding.brackets.no-close", c, CLOSE.charAt(type))
                        : finding(Severity.ERROR, i, at, at + 1, "qa-finding.brackets.no-open", c, OPEN.charAt(type)));
            }
        }
        // sources quoting with single quotes ('Of particular concern …) can't be judged: ' is also an apostrophe
        if (unbalancedQuote(source) < 0 && !SINGLE_QUOTE_OPENS.matcher(source).find()) {
            int at = unbalancedQuote(target);
            if (at >= 0) {
                out.add(finding(Severity.WARNING, i, at, at + 1, "qa-finding.brackets.quote", target.charAt(at)));
            }
        }
    }

    /** Index of the first unmatched bracket of one type, or -1. */
    static int unbalancedBracket(String s, int type) {
        char open = OPEN.charAt(type);
        char close = CLOSE.charAt(type);
        Deque<Integer> stack = new ArrayDeque<>();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == open) {
                stack.push(k);
            } else if (c == close) {
                if (stack.isEmpty()) {
                    return k;
                }
                stack.pop();
            }
        }
        return stack.isEmpty() ? -1 : stack.peekLast();
    }

    /** Index of the first unmatched quote of any style, or -1. */
    static int unbalancedQuote(String s) {
        int straight = -1;
        int straightCount = 0;
        Deque<int[]> stack = new ArrayDeque<>(); // {char, index}
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> {
                    straightCount++;
                    straight = straightCount % 2 == 1 ? k : -1;
                }
                case '«', '„' -> stack.push(new int[] {c, k});
                case '»' -> {
                    if (stack.isEmpty() || stack.peek()[0] != '«') {
                        return k;
                    }
                    stack.pop();
                }
                case '“' -> {
                    if (!stack.isEmpty() && stack.peek()[0] == '„') {
                        stack.pop();
                    } else {
                        stack.push(new int[] {c, k});
                    }
                }
                case '”' -> {
                    if (stack.isEmpty() || (stack.peek()[0] != '“' && stack.peek()[0] != '„')) {
                        return k;
                    }
                    stack.pop();
                }
                default -> {
                }
            }
        }
        if (!stack.isEmpty()) {
            return stack.peekLast()[1];
        }
        return straight;
    }
}
