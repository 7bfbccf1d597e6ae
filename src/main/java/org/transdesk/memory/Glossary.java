package org.transdesk.memory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.transdesk.memory.internal.GlossaryStore;

/** Glossary lookups: which terms occur in a text, and a version that changes whenever the glossary does. */
@Service
public class Glossary {

    private final GlossaryStore store;

    Glossary(GlossaryStore store) {
        this.store = store;
    }

    public List<GlossaryTerm> all(String sourceLang) {
        return store.all(sourceLang);
    }

    /**
     * Terms occurring in the text as whole words, longest first where they overlap
     * ("ASEAN Community" wins over "ASEAN").
     */
    public List<GlossaryHit> find(String text, String sourceLang) {
        List<GlossaryHit> hits = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return hits;
        }
        List<GlossaryTerm> terms = new ArrayList<>(all(sourceLang));
        terms.sort(Comparator.comparingInt((GlossaryTerm t) -> t.term().length()).reversed());
        boolean[] taken = new boolean[text.length()];
        for (GlossaryTerm term : terms) {
            int flags = term.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term.term()) + "(?![\\p{L}\\p{N}])", flags).matcher(text);
            while (m.find()) {
                if (!overlaps(taken, m.start(), m.end())) {
                    java.util.Arrays.fill(taken, m.start(), m.end(), true);
                    hits.add(new GlossaryHit(term, m.start(), m.end()));
                }
            }
        }
        hits.sort(Comparator.comparingInt(GlossaryHit::start));
        return hits;
    }

    /** Short content hash: drafts record it so a reviewer knows which glossary they were made with. */
    public String version(String sourceLang) {
        StringBuilder all = new StringBuilder();
        for (GlossaryTerm t : all(sourceLang)) {
            all.append(t.term()).append('\u0001').append(new java.util.TreeMap<>(t.renderings()))
                    .append('\u0001').append(t.doNotTranslate()).append(t.caseSensitive()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return "g-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
