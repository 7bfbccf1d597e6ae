package org.transdesk.llm;

/** An engine as the editor sees it: e.g. "offline", "Offline engine: translation memory and glossary only ...". */
public record EngineInfo(String engineId, String label, boolean offline, String model) {
}
