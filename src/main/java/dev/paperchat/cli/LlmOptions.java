package dev.paperchat.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options of the commands that answer (ask, serve, eval, mcp): which LLM server writes the answers. */
final class LlmOptions {
    @Option(names = "--llm-base-url", paramLabel = "URL", description = "OpenAI-compatible (or Ollama) server, e.g. http://127.0.0.1:8080/v1.")
    String llmBaseUrl;

    @Option(names = "--llm-model", paramLabel = "NAME", description = "Model name to request from the LLM server.")
    String llmModel;

    @Option(names = "--llm-provider", paramLabel = "openai|ollama", description = "openai (any OpenAI-compatible server, default) or ollama (native API).")
    String llmProvider;

    @Option(names = "--llm-context-tokens", paramLabel = "N", description = "The LLM server's context in tokens (default 4096): the sources that fit are sent.")
    String llmContextTokens;

    /** The settings given, with {@code others}, as {@link CommonOptions#config(Map)} takes them. */
    Map<String, String> flags(Map<String, String> others) {
        Map<String, String> flags = new HashMap<>(others);
        if (llmBaseUrl != null) flags.put("llm.base-url", llmBaseUrl);
        if (llmModel != null) flags.put("llm.model", llmModel);
        if (llmProvider != null) flags.put("llm.provider", llmProvider);
        if (llmContextTokens != null) flags.put("llm.context-tokens", llmContextTokens);
        return flags;
    }

    Map<String, String> flags() {
        return flags(Map.of());
    }
}
