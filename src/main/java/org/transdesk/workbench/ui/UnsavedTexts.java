package org.transdesk.workbench.ui;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.transdesk.article.Output;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an editor types is kept in the browser (localStorage) until the server has stored it, so a
 * session that ends (expired, signed out, a node gone) loses nothing: the workbench offers it back
 * when it opens again. A small inline script listens to typing in the paragraph boxes and keeps each
 * paragraph's text under "transdesk.unsaved/&lt;user&gt;/&lt;article&gt;/&lt;output&gt;/&lt;position&gt;/&lt;revision&gt;"
 * (the revision the text was typed on); a successful save removes it; entries older than 30 days go.
 */
final class UnsavedTexts {

    /** A text typed in an earlier session and never stored. */
    record Entry(String key, Output output, int position, int revision, String text, long typedAt) {
    }

    static final String ROOT = "transdesk.unsaved/";
    private static final int MAX_AGE_DAYS = 30;

    /** Installed once per page; the prefix names the user and the article now open. */
    private static final String INSTALL = """
            const w = window;
            if (!w.__transdeskUnsaved) {
              w.__transdeskUnsaved = {prefix: $0};
              document.addEventListener('input', e => {
                const path = e.composedPath();
                const box = path.find(n => n.tagName === 'VAADIN-TEXT-AREA' && n.classList.contains('segment-editor'));
                if (!box || box.readonly) return;
                // the native textarea's value: this capturing listener runs before the component copies it
                const text = path[0] && typeof path[0].value === 'string' ? path[0].value : box.value;
                const key = w.__transdeskUnsaved.prefix + box.dataset.output + '/' + box.dataset.position + '/' + box.dataset.revision;
                try {
                  localStorage.setItem(key, JSON.stringify({text: text, at: Date.now()}));
                } catch (full) { /* storage full or off: the server save is still tried */ }
              }, true);
            }
            w.__transdeskUnsaved.prefix = $0;
            const old = Date.now() - $1 * 86400000;
            for (const k of Object.keys(localStorage)) {
              if (k.startsWith($2)) {
                try { if (JSON.parse(localStorage.getItem(k)).at < old) localStorage.removeItem(k); } catch (bad) { localStorage.removeItem(k); }
              }
            }
            return JSON.stringify(Object.keys(localStorage).filter(k => k.startsWith($0))
                .map(k => ({key: k, value: localStorage.getItem(k)})));
            """;

    private static final String REMOVE_PARAGRAPH = """
            const saved = $1.trim();
            for (const k of Object.keys(localStorage)) {
              if (!k.startsWith($0)) continue;
              try { if ($2 || JSON.parse(localStorage.getItem(k)).text.trim() === saved) localStorage.removeItem(k); }
              catch (bad) { localStorage.removeItem(k); }
            }
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final UI ui;
    private final String prefix;

    /** The outputs this workbench has: an entry of any other (a key from a damaged entry, a configuration since changed) is skipped. */
    private final java.util.function.Predicate<Output> outputs;

    UnsavedTexts(UI ui, String user, long articleId, java.util.function.Predicate<Output> outputs) {
        this.outputs = outputs;
        this.ui = ui;
        this.prefix = ROOT + user + "/" + articleId + "/";
    }

    /** Installs the keeper in the page and hands over what earlier sessions left for this article. */
    void install(Consumer<List<Entry>> left) {
        ui.getPage().executeJs(INSTALL, prefix, MAX_AGE_DAYS, ROOT).then(String.class, json -> left.accept(parse(json)));
    }

    /** The text of a paragraph was stored: entries with that text go (a text typed after it stays). */
    void saved(Output output, int position, String text) {
        ui.getPage().executeJs(REMOVE_PARAGRAPH, paragraphPrefix(output, position), text, false);
    }

    /** The editor discarded or restored what was offered back for a paragraph: all its entries go. */
    void forget(Output output, int position) {
        ui.getPage().executeJs(REMOVE_PARAGRAPH, paragraphPrefix(output, position), "", true);
    }

    /** These entries are spent (their text is stored, or their paragraph is gone). */
    void remove(List<Entry> entries) {
        if (!entries.isEmpty()) {
            ui.getPage().executeJs("for (const k of $0.split('\\n')) localStorage.removeItem(k);",
                    String.join("\n", entries.stream().map(Entry::key).toList()));
        }
    }

    private String paragraphPrefix(Output output, int position) {
        return prefix + output.key() + "/" + position + "/";
    }

    List<Entry> parse(String json) {
        List<Entry> entries = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return entries;
        }
        for (JsonNode item : JSON.readTree(json)) {
            String key = item.path("key").asString("");
            String[] parts = key.substring(Math.min(key.length(), prefix.length())).split("/");
            if (!key.startsWith(prefix) || parts.length != 3) {
                continue;
            }
            try {
                JsonNode value = JSON.readTree(item.path("value").asString("{}"));
                Output.ofKey(parts[0]).filter(outputs).ifPresent(output -> entries.add(new Entry(key, output, Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]), value.path("text").asString(""), value.path("at").asLong(0))));
            } catch (RuntimeException unreadable) {
                // a damaged entry is skipped, not offered
            }
        }
        return entries;
    }
}
