package org.policygraph.web;

import java.util.Map;

/** The JSON body of every error: {"error":{"code","message"}}. */
record ApiError(Map<String, String> error) {
    static ApiError of(String code, String message) {
        return new ApiError(Map.of("code", code, "message", message == null ? code : message));
    }
}
