package org.transdesk.llm.internal.remote;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.transdesk.llm.LlmSettings;
import org.transdesk.llm.SourceSegment;
import org.transdesk.llm.TranslationRequest;
import org.transdesk.memory.Glossary;

/** Builds a remote engine against a scripted server, with a sleeper that records waits instead of waiting. */
final class Engines {

    final List<Duration> sleeps = new ArrayList<>();
    final Glossary glossary = mock(Glossary.class);

    Engines() {
        when(glossary.version(anyString())).thenReturn("g-test");
        when(glossary.find(anyString(), anyString())).thenReturn(List.of());
    }

    RemoteEngine engine(ScriptedModelServer server, boolean streaming, int maxAttempts, Duration timeout) {
        LlmSettings.Provider provider = new LlmSettings.Provider(server.dialect().providerType, server.baseUrl(), "sk-test-secret", "test-model",
                0.2, 2048, timeout, 2, maxAttempts, Duration.ofMillis(100), 8192, streaming,
                new java.math.BigDecimal("0.50"), new java.math.BigDecimal("1.50"));
        return RemoteEngines.build("local", provider, glossary, new DraftCache(100), (d, c) -> sleeps.add(d));
    }

    RemoteEngine engine(ScriptedModelServer server, boolean streaming) {
        return engine(server, streaming, 3, Duration.ofSeconds(10));
    }

    static TranslationRequest request(String target, String... paragraphs) {
        List<SourceSegment> segments = IntStream.range(0, paragraphs.length)
                .mapToObj(i -> new SourceSegment("p" + (i + 1), paragraphs[i])).toList();
        return new TranslationRequest(target, "en", target, segments);
    }

    static TranslationRequest sample(String target) {
        return request(target,
                "The two upgraded their relationship to the strategic partnership in November 2018.",
                "Cooperation programmes between ASEAN and Russia have contributed to narrowing the development gap.",
                "The Russian side stressed that ASEAN is one of the top priorities in its diplomatic policy.");
    }
}
