package org.transdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.transdesk.memory.internal.FuzzyIndex;
import org.transdesk.memory.internal.IndexedUnit;
import org.transdesk.memory.internal.WordSimilarity;

/**
 * Fuzzy translation-memory lookups at 10k and 100k units built from the shared parallel data
 * (FLORES devtest eng→vie and eng→rus, WMT newstest 2019/2020 en→ru). Beyond the first copy each
 * source sentence is perturbed (a word dropped or replaced), so the memory holds many near
 * duplicates, the hard case for a candidate index. Queries are sentences with one word replaced.
 * Measures build time, lookup latency percentiles, index heap, and checks on a sample that the
 * Lucene candidate set finds the same best score as a brute-force scan over every unit.
 *
 * <p>Run: {@code ./mvnw -q test -Pbenchmark -Dtest=TranslationMemoryBenchmark -Dtransdesk.eval.dir=/work/shared/eval};
 * writes {@code target/benchmarks/translation-memory.md}.
 */
@Tag("benchmark")
class TranslationMemoryBenchmark {

    static final int THRESHOLD = 75;
    static final int QUERIES = 2_000;
    static final int WARM_UP = 300;
    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    record Pair(String targetLang, String source, String target) {
    }

    record Result(int size, long buildMillis, long buildCpuMillis, long heapBytes, double p50, double p95, double p99,
                  double cpuP50, double cpuP95, double hitRate, int bruteChecked, int bruteAgreed) {
    }

    @Test
    void fuzzyLookupsStayFastAt10kAnd100kUnits() throws IOException {
        Path evalDir = Path.of(System.getProperty("transdesk.eval.dir", Path.of("..", "shared", "eval").toString()));
        Path translation = evalDir.resolve("translation");
        Assumptions.assumeTrue(Files.isDirectory(translation), "No evaluation data at " + translation.toAbsolutePath()
                + ": skipping the translation-memory benchmark (set -Dtransdesk.eval.dir to run it)");
        List<Pair> pairs = new ArrayList<>();
        pairs.addAll(read(translation, "eng_Latn.devtest", "vie_Latn.devtest", "vi"));
        pairs.addAll(read(translation, "eng_Latn.devtest", "rus_Cyrl.devtest", "ru"));
        pairs.addAll(read(translation, "newstest2019-enru.eng", "newstest2019-enru.rus", "ru"));
        pairs.addAll(read(translation, "newstest2020-enru.eng", "newstest2020-enru.rus", "ru"));
        List<String> vocabulary = pairs.stream().flatMap(p -> WordSimilarity.words(p.source()).stream()).distinct().toList();

        List<Result> results = new ArrayList<>();
        for (int size : new int[] {10_000, 100_000}) {
            results.add(measure(size, pairs, vocabulary, size == 10_000 ? 200 : 40));
        }
        String report = report(pairs.size(), results);
        Path out = Path.of("target", "benchmarks", "translation-memory.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);

        for (Result r : results) {
            assertThat(r.bruteAgreed()).as("candidate set finds the brute-force best score").isEqualTo(r.bruteChecked());
            assertThat(r.hitRate()).as("one-word edits of stored sentences mostly match at ≥ 75%").isGreaterThan(0.5);
        }
    }

    private Result measure(int size, List<Pair> pairs, List<String> vocabulary, int bruteChecks) {
        Random random = new Random(size);
        List<IndexedUnit> units = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Pair p = pairs.get(i % pairs.size());
            String source = i < pairs.size() ? p.source() : perturb(p.source(), vocabulary, random);
            units.add(new IndexedUnit(i + 1, "en", p.targetLang(), source, p.target(), "bench"));
        }
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        long startCpu = CPU.getCurrentThreadCpuTime();
        FuzzyIndex index = new FuzzyIndex();
        for (int from = 0; from < units.size(); from += 5_000) {
            index.addAll(units.subList(from, Math.min(units.size(), from + 5_000)));
        }
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        long buildCpuMillis = (CPU.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
        long heap = usedHeap() - heapBefore;

        List<Pair> queries = new ArrayList<>();
        for (int q = 0; q < WARM_UP + QUERIES; q++) {
            Pair p = pairs.get(random.nextInt(pairs.size()));
            queries.add(new Pair(p.targetLang(), replaceOneWord(p.source(), vocabulary, random), p.target()));
        }
        for (Pair q : queries.subList(0, WARM_UP)) {
            index.search(q.source(), "en", q.targetLang(), THRESHOLD, 5);
        }
        double[] micros = new double[QUERIES];
        double[] cpuMicros = new double[QUERIES];
        int hits = 0;
        for (int q = 0; q < QUERIES; q++) {
            Pair query = queries.get(WARM_UP + q);
            long t = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            var matches = index.search(query.source(), "en", query.targetLang(), THRESHOLD, 5);
            micros[q] = (System.nanoTime() - t) / 1_000.0;
            cpuMicros[q] = (CPU.getCurrentThreadCpuTime() - cpu) / 1_000.0;
            hits += matches.isEmpty() ? 0 : 1;
        }
        int agreed = 0;
        for (int q = 0; q < bruteChecks; q++) {
            Pair query = queries.get(WARM_UP + q);
            int indexed = index.search(query.source(), "en", query.targetLang(), THRESHOLD, 1).stream()
                    .mapToInt(FuzzyIndex.Scored::score).findFirst().orElse(-1);
            agreed += indexed == bruteForceBest(units, query) ? 1 : 0;
        }
        try {
            index.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Arrays.sort(micros);
        Arrays.sort(cpuMicros);
        return new Result(size, buildMillis, buildCpuMillis, heap, percentile(micros, 50), percentile(micros, 95), percentile(micros, 99),
                percentile(cpuMicros, 50), percentile(cpuMicros, 95), hits / (double) QUERIES, bruteChecks, agreed);
    }

    private static int bruteForceBest(List<IndexedUnit> units, Pair query) {
        List<String> words = WordSimilarity.words(query.source());
        int best = -1;
        for (IndexedUnit u : units) {
            if (u.targetLang().equals(query.targetLang())) {
                int score = WordSimilarity.score(words, WordSimilarity.words(u.sourceText()));
                best = score >= THRESHOLD ? Math.max(best, score) : best;
            }
        }
        return best;
    }

    /** Drops or replaces one or two words, so copies differ from the original and from each other. */
    private static String perturb(String source, List<String> vocabulary, Random random) {
        List<String> words = new ArrayList<>(Arrays.asList(source.split(" ")));
        int edits = 1 + random.nextInt(2);
        for (int e = 0; e < edits && words.size() > 2; e++) {
            int at = random.nextInt(words.size());
            if (random.nextBoolean()) {
                words.remove(at);
            } else {
                words.set(at, vocabulary.get(random.nextInt(vocabulary.size())));
            }
        }
        return String.join(" ", words);
    }

    private static String replaceOneWord(String source, List<String> vocabulary, Random random) {
        List<String> words = new ArrayList<>(Arrays.asList(source.split(" ")));
        words.set(random.nextInt(words.size()), vocabulary.get(random.nextInt(vocabulary.size())));
        return String.join(" ", words);
    }

    private static List<Pair> read(Path dir, String sourceFile, String targetFile, String targetLang) throws IOException {
        List<String> sources = Files.readAllLines(dir.resolve(sourceFile), StandardCharsets.UTF_8);
        List<String> targets = Files.readAllLines(dir.resolve(targetFile), StandardCharsets.UTF_8);
        assertThat(sources).as(sourceFile + " and " + targetFile + " are line-aligned").hasSameSizeAs(targets);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            if (!sources.get(i).isBlank() && !targets.get(i).isBlank()) {
                pairs.add(new Pair(targetLang, sources.get(i).strip(), targets.get(i).strip()));
            }
        }
        return pairs;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String report(int distinctPairs, List<Result> results) {
        StringBuilder md = new StringBuilder("# Translation memory: fuzzy lookup benchmark\n\n");
        md.append(String.format(Locale.ROOT, """
                Data: %d sentence pairs from FLORES-200 devtest (eng→vie, eng→rus) and WMT newstest 2019/2020 (en→ru);
                copies beyond the first are perturbed (one or two words dropped or replaced). Queries: %d stored
                sentences with one word replaced (after %d warm-up queries), threshold %d%%, top 5.
                Index: in-memory Lucene (BM25 candidates, %d per lookup) + exact word-level edit-distance score.
                Heap = used heap after GC, index built minus before. Machine: %d cores visible, JDK %s, load average %.1f
                at the end (wall-clock times grow with other processes; CPU = this thread's CPU time, less load-dependent).
                Brute-force check: the best score found through the index equals the best score of a scan over every unit.

                | units | build (wall) | build (CPU) | heap (index) | p50 | p95 | p99 | CPU p50 | CPU p95 | queries with a match ≥ %d%% | brute-force agreement |
                |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                """, distinctPairs, QUERIES, WARM_UP, THRESHOLD, FuzzyIndex.CANDIDATES, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), THRESHOLD));
        for (Result r : results) {
            md.append(String.format(Locale.ROOT, "| %,d | %,d ms | %,d ms | %.1f MB | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.1f %% | %d / %d |%n",
                    r.size(), r.buildMillis(), r.buildCpuMillis(), r.heapBytes() / 1_048_576.0, r.p50() / 1000, r.p95() / 1000, r.p99() / 1000,
                    r.cpuP50() / 1000, r.cpuP95() / 1000, 100 * r.hitRate(), r.bruteAgreed(), r.bruteChecked()));
        }
        md.append("\nCommand: `./mvnw -q test -Pbenchmark -Dtest=TranslationMemoryBenchmark -Dtransdesk.eval.dir=/work/shared/eval`\n");
        return md.toString();
    }
}
