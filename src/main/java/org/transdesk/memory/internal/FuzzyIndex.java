package org.transdesk.memory.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * In-memory Lucene index over translation units for fuzzy lookups. Lucene only proposes
 * candidates (BM25 over shared words, restricted to the language pair and to lengths that could
 * reach the threshold); every candidate is then scored exactly by {@link WordSimilarity}, so the
 * index decides speed, never the score. Adding a unit twice replaces it (keyed by tm_unit id).
 */
public final class FuzzyIndex implements AutoCloseable {

    /** How many BM25 candidates get the exact word-level score. */
    public static final int CANDIDATES = 40;
    /** Lucene's default clause limit is 1024; a paragraph rarely has more distinct words than this. */
    private static final int MAX_QUERY_WORDS = 300;

    private final Analyzer analyzer = new StandardAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public FuzzyIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the in-memory fuzzy index", e);
        }
    }

    /** A match before the caller maps it: the unit and its word-level score. */
    public record Scored(IndexedUnit unit, int score) {
    }

    public void addAll(Collection<IndexedUnit> units) {
        try {
            for (IndexedUnit unit : units) {
                writer.updateDocument(new Term("id", Long.toString(unit.id())), document(unit));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not add to the fuzzy index", e);
        }
    }

    public void removeAll(Collection<Long> ids) {
        try {
            for (long id : ids) {
                writer.deleteDocuments(new Term("id", Long.toString(id)));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove from the fuzzy index", e);
        }
    }

    public void clear() {
        try {
            writer.deleteAll();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear the fuzzy index", e);
        }
    }

    public int size() {
        return writer.getDocStats().numDocs;
    }

    /** Units whose source scores at least {@code threshold} against the text, best (then newest) first. */
    public List<Scored> search(String text, String sourceLang, String targetLang, int threshold, int limit) {
        List<String> words = WordSimilarity.words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder shared = new BooleanQuery.Builder();
        analyze(String.join(" ", words)).stream().limit(MAX_QUERY_WORDS)
                .forEach(term -> shared.add(new TermQuery(new Term("src", term)), Occur.SHOULD));
        int n = words.size();
        BooleanQuery query = new BooleanQuery.Builder()
                .add(shared.build(), Occur.MUST)
                .add(new TermQuery(new Term("pair", pair(sourceLang, targetLang))), Occur.FILTER)
                // the distance is at least the length difference, so shorter or longer units cannot reach the threshold
                .add(IntField.newRangeQuery("len", (int) Math.ceil(n * threshold / 100.0),
                        threshold == 0 ? Integer.MAX_VALUE : (int) Math.floor(n * 100.0 / threshold)), Occur.FILTER)
                .build();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query, CANDIDATES);
                StoredFields stored = searcher.storedFields();
                List<Scored> matches = new ArrayList<>();
                for (ScoreDoc hit : top.scoreDocs) {
                    Document doc = stored.document(hit.doc);
                    int score = WordSimilarity.score(words, List.of(doc.get("src").split(" ")));
                    if (score >= threshold) {
                        matches.add(new Scored(unit(doc), score));
                    }
                }
                matches.sort(Comparator.comparingInt(Scored::score).thenComparingLong(s -> s.unit().id()).reversed());
                return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Fuzzy lookup failed", e);
        }
    }

    private Document document(IndexedUnit unit) {
        List<String> words = WordSimilarity.words(unit.sourceText());
        Document doc = new Document();
        doc.add(new StringField("id", Long.toString(unit.id()), Field.Store.NO));
        doc.add(new StoredField("idv", unit.id()));
        doc.add(new StringField("pair", pair(unit.sourceLang(), unit.targetLang()), Field.Store.YES));
        // stored too: candidates are scored on these words without tokenising their text again
        doc.add(new TextField("src", String.join(" ", words), Field.Store.YES));
        doc.add(new IntField("len", words.size(), Field.Store.NO));
        doc.add(new StoredField("source", unit.sourceText()));
        doc.add(new StoredField("target", unit.targetText()));
        doc.add(new StoredField("origin", unit.origin()));
        return doc;
    }

    private static IndexedUnit unit(Document doc) {
        String[] langs = doc.get("pair").split(">", 2);
        return new IndexedUnit(doc.getField("idv").numericValue().longValue(), langs[0], langs[1],
                doc.get("source"), doc.get("target"), doc.get("origin"));
    }

    private static String pair(String sourceLang, String targetLang) {
        return sourceLang + ">" + targetLang;
    }

    private Set<String> analyze(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("src", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        analyzer.close();
    }
}
