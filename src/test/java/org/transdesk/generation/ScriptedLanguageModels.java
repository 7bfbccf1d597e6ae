package org.transdesk.generation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.transdesk.llm.DraftSegment;
import org.transdesk.llm.EngineInfo;
import org.transdesk.llm.GeneratedText;
import org.transdesk.llm.GenerationCancelledException;
import org.transdesk.llm.GenerationListener;
import org.transdesk.llm.LanguageModels;
import org.transdesk.llm.Provenance;
import org.transdesk.llm.SegmentOrigin;
import org.transdesk.llm.SourceSegment;
import org.transdesk.llm.SummaryRequest;
import org.transdesk.llm.TranslationRequest;

/**
 * A language-model double for run tests: each paragraph waits at a gate the test opens, checking
 * for a cancel while it waits (as the offline engine does between paragraphs and a model call
 * between streamed chunks), and the test can make it throw anything, {@code Error}s included.
 */
public class ScriptedLanguageModels implements LanguageModels {

    private final Semaphore gate = new Semaphore(Integer.MAX_VALUE);
    private volatile Supplier<Throwable> failure;
    private final List<String> translated = new CopyOnWriteArrayList<>();

    /** Lets {@code paragraphs} more paragraphs through, then holds. */
    public void allow(int paragraphs) {
        gate.release(paragraphs);
    }

    /** Holds every paragraph until {@link #allow} or {@link #open}. */
    public void hold() {
        gate.drainPermits();
    }

    public void open() {
        gate.release(Integer.MAX_VALUE / 2);
    }

    /** The next paragraph throws what {@code thrown} supplies. */
    public void failWith(Supplier<Throwable> thrown) {
        this.failure = thrown;
    }

    /** Ids of every paragraph translated so far. */
    public List<String> translated() {
        return List.copyOf(translated);
    }

    public void reset() {
        failure = null;
        translated.clear();
        hold();
        open();
    }

    @Override
    public EngineInfo engineFor(String outputKey) {
        return new EngineInfo("scripted", "Scripted test engine", false, "scripted-1");
    }

    @Override
    public GeneratedText translate(TranslationRequest request, GenerationListener listener) {
        List<DraftSegment> out = new ArrayList<>();
        for (SourceSegment segment : request.segments()) {
            passGate(listener);
            Supplier<Throwable> thrown = failure;
            if (thrown != null) {
                throw sneaky(thrown.get());
            }
            DraftSegment draft = new DraftSegment(segment.id(), "Перевод: " + segment.text(), SegmentOrigin.MODEL, null, "scripted");
            out.add(draft);
            translated.add(segment.id());
            listener.segmentReady(out.size() - 1, request.segments().size(), draft);
        }
        return new GeneratedText(out, provenance());
    }

    @Override
    public GeneratedText summarize(SummaryRequest request, GenerationListener listener) {
        passGate(listener);
        DraftSegment draft = new DraftSegment("s1", request.paragraphs().getFirst(), SegmentOrigin.EXTRACTED, null, "scripted");
        listener.segmentReady(0, 1, draft);
        return new GeneratedText(List.of(draft), provenance());
    }

    private void passGate(GenerationListener listener) {
        try {
            while (!gate.tryAcquire(10, TimeUnit.MILLISECONDS)) {
                if (listener.cancelled()) {
                    throw new GenerationCancelledException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenerationCancelledException();
        }
        if (listener.cancelled()) {
            throw new GenerationCancelledException();
        }
    }

    private static Provenance provenance() {
        return new Provenance("scripted", "Scripted test engine", "scripted-1", null, null, 0, 0, 0, BigDecimal.ZERO);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    /** Replaces the product's language models in a test context. */
    @TestConfiguration
    public static class Config {
        @Bean
        @Primary
        ScriptedLanguageModels scriptedLanguageModels() {
            return new ScriptedLanguageModels();
        }
    }
}
