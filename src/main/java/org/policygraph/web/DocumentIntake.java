package org.policygraph.web;

import java.util.Map;

/**
 * Imports one uploaded file (.txt or .md, UTF-8 or GBK) into the graph and says what changed, as JSON-ready data.
 * Throws {@link DocumentRejectedException} when the content is not usable policy text.
 */
@FunctionalInterface
public interface DocumentIntake {
    Map<String, Object> add(String fileName, byte[] content);
}
