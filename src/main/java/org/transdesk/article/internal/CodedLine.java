package org.transdesk.article.internal;

import java.util.ArrayList;
import java.util.List;
import org.transdesk.base.CleanText;
import org.transdesk.inline.InlineCode;
import org.transdesk.inline.TaggedText;

/**
 * One paragraph read with its formatting, built in reading order by the HTML, Word and Markdown
 * readers: words with white space runs read as one space (none at the ends, none right after a line
 * break), codes that wrap no words dropped, and what is left numbered from 1 as
 * {@link TaggedText} placeholders. A space at a code's edge stays outside it
 * ({@code pledged ⟦1⟧closer⟦/1⟧ cooperation}).
 */
final class CodedLine {

    private sealed interface Item permits Words, Open, Close, Alone {
    }

    private record Words(String text) implements Item {
    }

    private static final class Open implements Item {
        final InlineCode.Type type;
        final String data;

        Open(InlineCode.Type type, String data) {
            this.type = type;
            this.data = data;
        }
    }

    private record Close(Open open) implements Item {
    }

    private record Alone(InlineCode.Type type, String data) implements Item {
    }

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    /**
     * Whether an address may become a link code: http(s), mailto, tel, or no scheme (a relative
     * address or an anchor). {@code javascript:}, {@code data:} and the like stay words only, so an
     * export never restores them as live links.
     */
    static boolean safeLink(String href) {
        if (href == null || href.isBlank()) {
            return false;
        }
        String cleaned = href.strip().replaceAll("[\\s\\p{Cntrl}]", "");
        java.util.regex.Matcher m = SCHEME.matcher(cleaned);
        return !m.find() || List.of("http", "https", "mailto", "tel").contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    private final List<Item> items = new ArrayList<>();
    private boolean pendingSpace;
    private boolean anyWords;

    /** Words; white space in them is collapsed. */
    CodedLine text(String text) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = anyWords || !words.isEmpty();
            } else {
                if (pendingSpace && (anyWords || !words.isEmpty())) {
                    words.append(' ');
                }
                pendingSpace = false;
                words.append(c);
            }
        }
        if (!words.isEmpty()) {
            items.add(new Words(words.toString()));
            anyWords = true;
        }
        return this;
    }

    /** Opens a paired code; pass what it returns to {@link #close}. */
    Object open(InlineCode.Type type, String data) {
        flushSpace();
        // a link's address is stored and written into exports: no control characters (PostgreSQL refuses NUL)
        Open open = new Open(type, data == null ? null : CleanText.of(data).replace("\n", "").strip());
        items.add(open);
        return open;
    }

    CodedLine close(Object open) {
        items.add(new Close((Open) open));
        return this;
    }

    /** A line break: a standalone code, with no space on either side. */
    CodedLine lineBreak() {
        if (anyWords) {
            pendingSpace = false;
            items.add(new Alone(InlineCode.Type.LINE_BREAK, null));
        }
        return this;
    }

    private void flushSpace() {
        if (pendingSpace && anyWords) {
            items.add(new Words(" "));
        }
        pendingSpace = false;
    }

    boolean isBlank() {
        return !anyWords;
    }

    TaggedText build() {
        List<Item> kept = new ArrayList<>(items);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < kept.size(); i++) {
                if (kept.get(i) instanceof Open open) {
                    int close = kept.indexOf(new Close(open));
                    boolean words = false;
                    for (int j = i + 1; j < close; j++) {
                        words |= kept.get(j) instanceof Words w && !w.text().isBlank();
                    }
                    if (close < 0 || !words) {
                        kept.remove(i);
                        if (close >= 0) {
                            kept.remove(close - 1);
                        }
                        changed = true;
                        break;
                    }
                }
            }
        }
        // a trailing line break says nothing
        while (!kept.isEmpty() && kept.getLast() instanceof Alone) {
            kept.removeLast();
        }
        TaggedText.Builder builder = new TaggedText.Builder();
        java.util.Map<Open, Integer> ids = new java.util.IdentityHashMap<>();
        for (Item item : kept) {
            switch (item) {
                case Words w -> builder.text(w.text());
                case Open o -> ids.put(o, builder.start(o.type, o.data));
                case Close c -> builder.end(ids.get(c.open()));
                case Alone a -> builder.standalone(a.type(), a.data());
            }
        }
        TaggedText built = builder.build();
        // a space before a closing tag at the very end, or after a trailing close, is not kept
        return new TaggedText(built.text().strip(), built.codes());
    }
}
