package org.policygraph.ask.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.langchain4j.model.input.PromptTemplate;

/** A prompt text shipped in prompts/ (on the classpath as "prompts/NAME"), with {{var}} placeholders. */
final class PromptFile {
    private final PromptTemplate template;

    private PromptFile(String text) {
        this.template = PromptTemplate.from(text);
    }

    static PromptFile named(String name) {
        String resource = "prompts/" + name;
        try (InputStream in = PromptFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new PromptFile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    String text() {
        return template.template();
    }

    String fill(Map<String, Object> values) {
        return template.apply(values).text();
    }
}
