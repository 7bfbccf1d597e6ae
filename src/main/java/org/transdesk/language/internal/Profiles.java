package org.transdesk.language.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.transdesk.language.LanguageProfile;
import org.transdesk.language.LanguageTags;

/** The registry behind {@code LanguageProfiles}: the languages with a profile, and generic ones made on demand. */
public final class Profiles {

    /** Number words are looked up per letter run ("twenty-five", "four-month-old" piece by piece). */
    static final Pattern LETTER_RUN = Pattern.compile("[\\p{L}\\p{M}]+");

    private static final Map<String, LanguageProfile> KNOWN = known(
            English.profile(), Vietnamese.profile(), Russian.profile(), Chinese.profile(), French.profile(),
            Spanish.profile());

    /** Generic profiles by tag; bounded, since tags come from files and requests. */
    private static final Map<String, LanguageProfile> GENERIC = new ConcurrentHashMap<>();

    private Profiles() {
    }

    private static Map<String, LanguageProfile> known(LanguageProfile... profiles) {
        Map<String, LanguageProfile> map = new LinkedHashMap<>();
        for (LanguageProfile p : profiles) {
            map.put(p.code(), p);
        }
        return map;
    }

    public static LanguageProfile of(String tag) {
        if (tag == null || tag.isBlank()) {
            return generic("und");
        }
        String base = LanguageTags.base(tag);
        if (Chinese.isTraditional(tag)) {
            return generic("zh-Hant");
        }
        LanguageProfile p = KNOWN.get(base);
        return p != null ? p : generic(base);
    }

    public static List<LanguageProfile> known() {
        return List.copyOf(KNOWN.values());
    }

    public static LanguageProfile english() {
        return KNOWN.get("en");
    }

    private static LanguageProfile generic(String tag) {
        LanguageProfile p = GENERIC.get(tag);
        if (p != null) {
            return p;
        }
        if (GENERIC.size() > 1000) {
            GENERIC.clear();
        }
        return GENERIC.computeIfAbsent(tag, Generic::profile);
    }
}
