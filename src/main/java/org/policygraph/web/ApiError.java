package org.policygraph.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON body of every error: {"error":{"code","message"}}; under /v1 OpenAI's shape, which adds "type" and
 * "param" to the same two fields, so that OpenAI clients raise their own typed errors.
 */
record ApiError(Map<String, Object> error) {
    static ApiError of(String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message == null ? code : message);
        return new ApiError(body);
    }

    static ApiError openAi(int status, String code, String message, String param) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message == null ? code : message);
        body.put("type", openAiType(status));
        body.put("param", param);
        body.put("code", code);
        return new ApiError(body);
    }

    private static String openAiType(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 429 -> "rate_limit_error";
            default -> status >= 500 ? "server_error" : "invalid_request_error";
        };
    }
}
