package org.transdesk.llm.internal.remote;

import java.util.List;

/**
 * How each provider type puts a chat answer on the wire, as its public API documents it: the
 * whole answer as JSON, or the pieces of a streamed one (SSE events, or JSON lines for Ollama).
 */
public enum WireDialect {

    OPENAI("openai", "text/event-stream") {
        @Override
        String completion(String text, boolean cutOff, long in, long out) {
            return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"test-model\","
                    + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + json(text) + "},"
                    + "\"finish_reason\":\"" + (cutOff ? "length" : "stop") + "\"}]," + usage(in, out) + "}";
        }

        @Override
        List<String> stream(List<String> pieces, boolean cutOff, long in, long out) {
            List<String> events = new java.util.ArrayList<>();
            pieces.forEach(p -> events.add(sse(null, chunk("{\"content\":" + json(p) + "}", "null"))));
            events.add(sse(null, chunk("{}", "\"" + (cutOff ? "length" : "stop") + "\"")));
            events.add(sse(null, "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"test-model\","
                    + "\"choices\":[]," + usage(in, out) + "}"));
            events.add(sse(null, "[DONE]"));
            return events;
        }

        private String chunk(String delta, String finishReason) {
            return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"test-model\","
                    + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finishReason + "}]}";
        }

        private String usage(long in, long out) {
            return "\"usage\":{\"prompt_tokens\":" + in + ",\"completion_tokens\":" + out + ",\"total_tokens\":" + (in + out) + "}";
        }
    },

    OLLAMA("ollama", "application/x-ndjson") {
        @Override
        String completion(String text, boolean cutOff, long in, long out) {
            return "{\"model\":\"test-model\",\"created_at\":\"2026-11-27T12:00:00Z\",\"message\":{\"role\":\"assistant\",\"content\":"
                    + json(text) + "},\"done\":true,\"done_reason\":\"" + (cutOff ? "length" : "stop") + "\","
                    + "\"prompt_eval_count\":" + in + ",\"eval_count\":" + out + "}";
        }

        @Override
        List<String> stream(List<String> pieces, boolean cutOff, long in, long out) {
            List<String> lines = new java.util.ArrayList<>();
            pieces.forEach(p -> lines.add("{\"model\":\"test-model\",\"created_at\":\"2026-11-27T12:00:00Z\",\"message\":{\"role\":\"assistant\","
                    + "\"content\":" + json(p) + "},\"done\":false}\n"));
            lines.add(completion("", cutOff, in, out) + "\n");
            return lines;
        }
    },

    ANTHROPIC("anthropic", "text/event-stream") {
        @Override
        String completion(String text, boolean cutOff, long in, long out) {
            return "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"test-model\",\"content\":[{\"type\":\"text\","
                    + "\"text\":" + json(text) + "}],\"stop_reason\":\"" + (cutOff ? "max_tokens" : "end_turn") + "\","
                    + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":" + in + ",\"output_tokens\":" + out + "}}";
        }

        @Override
        List<String> stream(List<String> pieces, boolean cutOff, long in, long out) {
            List<String> events = new java.util.ArrayList<>();
            events.add(sse("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\","
                    + "\"model\":\"test-model\",\"content\":[],\"stop_reason\":null,\"usage\":{\"input_tokens\":" + in + ",\"output_tokens\":1}}}"));
            events.add(sse("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"));
            pieces.forEach(p -> events.add(sse("content_block_delta",
                    "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":" + json(p) + "}}")));
            events.add(sse("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"));
            events.add(sse("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"" + (cutOff ? "max_tokens" : "end_turn")
                    + "\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":" + out + "}}"));
            events.add(sse("message_stop", "{\"type\":\"message_stop\"}"));
            return events;
        }
    },

    GEMINI("gemini", "text/event-stream") {
        @Override
        String completion(String text, boolean cutOff, long in, long out) {
            return "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":" + json(text) + "}],\"role\":\"model\"},"
                    + "\"finishReason\":\"" + (cutOff ? "MAX_TOKENS" : "STOP") + "\",\"index\":0}],"
                    + "\"usageMetadata\":{\"promptTokenCount\":" + in + ",\"candidatesTokenCount\":" + out
                    + ",\"totalTokenCount\":" + (in + out) + "},\"modelVersion\":\"test-model\"}";
        }

        @Override
        List<String> stream(List<String> pieces, boolean cutOff, long in, long out) {
            List<String> events = new java.util.ArrayList<>();
            for (int i = 0; i < pieces.size(); i++) {
                boolean last = i == pieces.size() - 1;
                events.add(sse(null, "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":" + json(pieces.get(i)) + "}],\"role\":\"model\"}"
                        + (last ? ",\"finishReason\":\"" + (cutOff ? "MAX_TOKENS" : "STOP") + "\"" : "") + ",\"index\":0}]"
                        + (last ? ",\"usageMetadata\":{\"promptTokenCount\":" + in + ",\"candidatesTokenCount\":" + out
                        + ",\"totalTokenCount\":" + (in + out) + "}" : "") + ",\"modelVersion\":\"test-model\"}"));
            }
            return events;
        }
    };

    final String providerType;
    final String streamContentType;

    WireDialect(String providerType, String streamContentType) {
        this.providerType = providerType;
        this.streamContentType = streamContentType;
    }

    abstract String completion(String text, boolean cutOff, long promptTokens, long completionTokens);

    /** The streamed answer, one wire unit (SSE event or JSON line) per element. */
    abstract List<String> stream(List<String> pieces, boolean cutOff, long promptTokens, long completionTokens);

    boolean streams(String path, String body) {
        return this == GEMINI ? path.contains("streamGenerateContent") : body.replace(" ", "").contains("\"stream\":true");
    }

    static String sse(String event, String data) {
        return (event == null ? "" : "event: " + event + "\n") + "data: " + data + "\n\n";
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
