package org.transdesk.qa.internal;

import java.util.Locale;

/**
 * A rough sound key for comparing a name as spelt in English with the same name romanised from another script
 * ("Johnson" / "Dzhonson", "Halifax" / "Galifaks", "Hughes" / "Khʹyuz", "Washington" / "Vashington").
 *
 * <p>Why our own: transliteration itself is ICU's job (the target word is romanised with an ICU transliterator
 * before it gets here), but English spelling is not a transliteration, so the two romanisations still differ
 * by conventions — English H and G both become Г, J becomes Дж, W becomes В or У, X becomes Кс, vowels shift.
 * This key folds exactly those conventions (a dozen rewrites, all vowels one class, no doubled letters) so that
 * a small edit distance is left for the rest. Phonetic libraries such as Beider–Morse missed Г for H and
 * Э for A on the FLORES names.
 */
public final class NameKey {

    private static final String VOWELS = "aeiouy";
    private static final java.util.regex.Pattern NG_BEFORE_CONSONANT = java.util.regex.Pattern.compile("ng(?![aeiouy])");

    private NameKey() {
    }

    /** The key of a Latin-letter word: lower case ASCII, conventions folded, vowels as 'a', no doubles. */
    public static String of(String latin) {
        return of(latin, true);
    }

    /**
     * The keys of an English name: with an h after a vowel dropped (Graham / Grem, Rahm / Ram) and kept
     * (Mohamed / Mukhamed, Meghan / Megan), since English spelling does not say which.
     */
    public static java.util.List<String> ofEnglish(String latin) {
        java.util.List<String> spellings = new java.util.ArrayList<>(java.util.List.of(latin));
        String lower = latin.toLowerCase(Locale.ROOT);
        // Latin and French endings Russian drops: Aristarchus / Aristarkh, Versailles / Versalʹ
        for (String ending : new String[] {"us", "um", "es", "s"}) {
            if (lower.length() >= ending.length() + 4 && lower.endsWith(ending)) {
                spellings.add(lower.substring(0, lower.length() - ending.length()));
                break;
            }
        }
        // English w after the first letter is often a vowel in Russian: Rowe / Rou, Owen / Ouen, Newcastle / Nʹyukasl
        if (lower.indexOf('w', 1) > 0) {
            spellings.add(lower.charAt(0) + lower.substring(1).replace('w', 'u'));
        }
        // Chinese pinyin x and q: Xinhua / Sinʹkhua, Qing / Tsin
        if (lower.startsWith("x") || lower.startsWith("q")) {
            spellings.add("s" + lower.substring(1));
        }
        // Chinese pinyin ng ends a syllable, Russian Н: Guangdong / Guandun, Nanjing / Nankin
        if (NG_BEFORE_CONSONANT.matcher(lower).find()) {
            spellings.add(NG_BEFORE_CONSONANT.matcher(lower).replaceAll("n"));
        }
        // cz of German and Polish names is Russian Ц or Ч: Czeisler / Tseysler, Czarnecki / Charnetskiy
        if (lower.startsWith("cz")) {
            spellings.add("ts" + lower.substring(2));
            spellings.add("ch" + lower.substring(2));
        }
        // Albanian xh is Russian Дж: Xhaka / Dzhaka
        if (lower.contains("xh")) {
            spellings.add(lower.replace("xh", "dzh"));
        }
        // ph of South and South-East Asian names is an aspirated p, Russian Пх: Phuket / Pkhuket, Yonphula / Yongpkhula
        if (lower.contains("ph")) {
            spellings.add(lower.replace("ph", "pkh"));
        }
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (String spelling : spellings) {
            for (boolean silentH : new boolean[] {true, false}) {
                String k = of(spelling, silentH);
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }
        }
        return keys;
    }

    private static String of(String latin, boolean silentH) {
        // BGN/PCGN writes Т followed by С as "t·s" to tell it from Ц ("ts"): Дьютс / D'yut·s is Dutes, not Duts
        String s = latin.toLowerCase(Locale.ROOT).replace("t·s", "tS").replaceAll("[^a-zS]", "");
        if (s.isEmpty()) {
            return s;
        }
        // Russian У for English W before a vowel: Uilson / Wilson, Uein / Wayne
        if (s.length() > 1 && s.charAt(0) == 'u' && VOWELS.indexOf(s.charAt(1)) >= 0) {
            s = "w" + s.substring(1);
        }
        if (s.length() > 2 && s.endsWith("ow")) {
            s = s.substring(0, s.length() - 2) + "o"; // Glasgow / Glazgo, Bercow / Berkou
        }
        // sounds spelt with two letters; upper case marks a sound that stays (Kh, Dzh), lower case h may be silent
        s = s.replace("shch", "s").replace("sch", "s").replace("tch", "c").replace("dzh", "J").replace("zh", "J")
                .replace("dge", "Ja").replace("kh", "H").replace("ph", "f").replace("th", "t").replace("ck", "k")
                .replace("ch", "c").replace("sh", "s").replace("ts", "s").replace("tz", "s").replace("x", "ks")
                .replace("q", "k").replace("w", "v").replace("z", "s").replace('S', 's');
        if (s.length() > 2) {
            s = s.charAt(0) + s.substring(1).replace("gh", "h"); // Hughes, Wright, Meghan
        }
        StringBuilder sb = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean vowelBefore = i > 0 && VOWELS.indexOf(s.charAt(i - 1)) >= 0;
            if (c == 'h' && vowelBefore && silentH) {
                continue; // English h after a vowel is silent: Graham / Grem, Huhne / Khʹyun, Rahm / Ram
            }
            char k;
            if (VOWELS.indexOf(c) >= 0) {
                k = 'a';
            } else if (c == 'c') {
                k = i + 1 < s.length() && "eiy".indexOf(s.charAt(i + 1)) >= 0 ? 's' : 'k';
            } else if (c == 'h' || c == 'H' || c == 'g' || c == 'j' || c == 'J') {
                k = 'h'; // English H, G and J all come back from Russian as G, Kh, Dzh or Zh
            } else if (c == 'f') {
                k = 'v'; // Vettel / Fettelʹ, Siminoff / Siminov
            } else {
                k = c;
            }
            if (k != prev) {
                sb.append(k);
            }
            prev = k;
        }
        // a final vowel is often an English silent e or a Russian case ending
        if (sb.length() > 2 && sb.charAt(sb.length() - 1) == 'a') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    /**
     * Whether a target word with key {@code target} can be the name with key {@code name}: equal, or the target
     * adds an inflection ending ("Putina", "Putinym"), allowing one differing sound in five (two from ten).
     */
    public static boolean matches(String name, String target) {
        return matches(name, target, true);
    }

    /**
     * As {@link #matches(String, String)}; {@code silentInitialH}: whether the name's initial key sound 'h' may be
     * left out or heard as a vowel in the target — an English H (Hernandez / Эрнандес), J (Juncker / Юнкер,
     * Jelinek / Елинек) or Kh (Khirmu / Хирму); not a G, which Russian always writes as a
     * consonant (Greta / Грета): a G-name must agree in the first sound.
     */
    public static boolean matches(String name, String target, boolean silentInitialH) {
        if (name.isEmpty() || target.isEmpty()) {
            return false;
        }
        if (name.length() <= 2) {
            return target.equals(name) || (target.startsWith(name) && target.length() <= name.length() + 2);
        }
        int allowed = name.length() >= 9 ? 2 : name.length() >= 4 ? 1 : 0;
        if (isForm(name, target)) {
            return true;
        }
        int best = Integer.MAX_VALUE;
        for (int len = Math.max(1, name.length() - 1); len <= Math.min(target.length(), name.length() + 1); len++) {
            int d = levenshtein(name, target.substring(0, len));
            // the rest of the target word can only be an ending: up to three sounds after the name itself («Путиным»),
            // two after a spelling one sound off ("Seng" is not "Singapore")
            if (target.length() - len <= (d == 0 ? 3 : 2)) {
                best = Math.min(best, d);
            }
        }
        // the first sound agrees, unless the English name starts with a silent H (Hernandez / Ernandes)
        return best <= allowed && (name.charAt(0) == target.charAt(0) || silentInitialH && name.charAt(0) == 'h');
    }

    /** The name itself with an ending of up to three sounds, or the adjective made from it: no other difference. */
    public static boolean isForm(String name, String target) {
        return !name.isEmpty() && (target.startsWith(name) && target.length() <= name.length() + 3
                || isAdjectiveOf(name, target));
    }

    /** The adjective made from a name: Kaliforniyskiy / California, Nobelevskogo / Nobel, Sidneyskiy / Sydney. */
    public static boolean isAdjectiveOf(String name, String target) {
        if (name.length() < 4 || !target.startsWith(name)) {
            return false;
        }
        String rest = target.substring(name.length());
        return rest.startsWith("sk") || rest.startsWith("ask") || rest.startsWith("avsk");
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
