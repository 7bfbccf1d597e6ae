package org.transdesk.qa.internal;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a target language writes well-known English names of places and organisations ("Russia" → "Nga" /
 * "Россия", "Moscow" → "Mát-xcơ-va" / "Москва", "United Nations" → "Liên Hợp Quốc" / "ООН"). Two sources:
 * <ul>
 *   <li>CLDR through ICU, for any language: every country and territory name (long and short: "United
 *       Kingdom", "UK") and the exemplar cities of the time-zone database (about 400: "Moscow", "Tokyo");</li>
 *   <li>a small data file per language, {@code exonyms/<lang>.tsv} next to this class, for what CLDR lacks:
 *       "America", "European Union", "Beijing", "Xi Jinping" …</li>
 * </ul>
 * Keys are English phrases compared after {@link Text#norm}; each maps to every accepted rendering.
 */
public final class Exonyms {

    private static final Map<String, Exonyms> BY_LANG = new ConcurrentHashMap<>();

    private final Map<String, List<String>> renderings;

    private Exonyms(Map<String, List<String>> renderings) {
        this.renderings = renderings;
    }

    /** The exonyms of a target language ({@code "ru"}, {@code "vi"}, any ISO 639 code). */
    public static Exonyms of(String lang) {
        return BY_LANG.computeIfAbsent(Langs.baseCode(lang), Exonyms::load);
    }

    private static final java.util.Set<String> ENGLISH_PLACES = englishPlaces();

    /** Whether CLDR has the word as an English country or city name ("Pakistan", "Philippines", "Tokyo"). */
    public static boolean isEnglishPlaceName(String word) {
        return ENGLISH_PLACES.contains(Text.norm(word));
    }

    private static java.util.Set<String> englishPlaces() {
        java.util.Set<String> s = new java.util.HashSet<>();
        LocaleDisplayNames en = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        for (String region : ULocale.getISOCountries()) {
            List<String> names = new ArrayList<>();
            splitDisplay(en.regionDisplayName(region), names);
            names.forEach(n -> s.add(Text.norm(n)));
        }
        TimeZoneNames zones = TimeZoneNames.getInstance(ULocale.ENGLISH);
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String city = zones.getExemplarLocationName(zone);
            if (city != null) {
                s.add(Text.norm(city));
            }
        }
        return java.util.Set.copyOf(s);
    }

    /** Renderings of an English phrase, or an empty list. */
    public List<String> renderings(String englishPhrase) {
        return renderings.getOrDefault(Text.norm(englishPhrase), List.of());
    }

    public boolean has(String englishPhrase) {
        return renderings.containsKey(Text.norm(englishPhrase));
    }

    private static Exonyms load(String lang) {
        Map<String, List<String>> m = new HashMap<>();
        ULocale target = new ULocale(lang);
        LocaleDisplayNames enLong = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        LocaleDisplayNames enShort = LocaleDisplayNames.getInstance(ULocale.ENGLISH, DisplayContext.LENGTH_SHORT);
        LocaleDisplayNames tLong = LocaleDisplayNames.getInstance(target);
        LocaleDisplayNames tShort = LocaleDisplayNames.getInstance(target, DisplayContext.LENGTH_SHORT);
        for (String region : ULocale.getISOCountries()) {
            List<String> local = new ArrayList<>();
            splitDisplay(tLong.regionDisplayName(region), local);
            splitDisplay(tShort.regionDisplayName(region), local);
            if (local.isEmpty() || local.getFirst().equals(region)) {
                continue;
            }
            List<String> english = new ArrayList<>();
            splitDisplay(enLong.regionDisplayName(region), english);
            splitDisplay(enShort.regionDisplayName(region), english);
            for (String e : english) {
                add(m, e, local);
            }
        }
        TimeZoneNames enZones = TimeZoneNames.getInstance(ULocale.ENGLISH);
        TimeZoneNames tZones = TimeZoneNames.getInstance(target);
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String en = enZones.getExemplarLocationName(zone);
            String local = tZones.getExemplarLocationName(zone);
            if (en != null && local != null) {
                add(m, en, List.of(local));
            }
        }
        readResource(lang, m);
        return new Exonyms(Map.copyOf(m));
    }

    /** "Myanmar (Burma)" → "Myanmar", "Burma"; "Congo - Kinshasa" → "Congo - Kinshasa", "Congo". */
    private static void splitDisplay(String name, List<String> out) {
        if (name == null || name.isBlank()) {
            return;
        }
        int open = name.indexOf(" (");
        if (open > 0 && name.endsWith(")")) {
            addOnce(out, name.substring(0, open));
            addOnce(out, name.substring(open + 2, name.length() - 1));
        } else {
            addOnce(out, name);
        }
        int dash = name.indexOf(" - ");
        if (dash > 0) {
            addOnce(out, name.substring(0, dash));
        }
    }

    private static void addOnce(List<String> out, String s) {
        if (!s.isBlank() && !out.contains(s.strip())) {
            out.add(s.strip());
        }
    }

    private static void add(Map<String, List<String>> m, String english, List<String> local) {
        List<String> list = m.computeIfAbsent(Text.norm(english), k -> new ArrayList<>());
        for (String l : local) {
            if (!list.contains(l)) {
                list.add(l);
            }
        }
    }

    /** Lines {@code English<TAB>rendering; rendering}; {@code #} starts a comment. */
    private static void readResource(String lang, Map<String, List<String>> m) {
        try (InputStream in = Exonyms.class.getResourceAsStream("exonyms/" + lang + ".tsv")) {
            if (in == null) {
                return;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String l = hash >= 0 ? line.substring(0, hash) : line;
                int tab = l.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                List<String> local = new ArrayList<>();
                for (String part : l.substring(tab + 1).split(";")) {
                    addOnce(local, part);
                }
                for (String english : l.substring(0, tab).split(";")) {
                    if (!english.isBlank()) {
                        add(m, english.strip(), local);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
