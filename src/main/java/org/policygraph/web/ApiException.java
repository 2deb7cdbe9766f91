package org.policygraph.web;

/**
 * A request the API refuses, with its HTTP status, a stable machine-readable code and, where one field is at fault,
 * its name ({@code param}, shown on /v1 as OpenAI does).
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final String param;

    public ApiException(int status, String code, String message) {
        this(status, code, message, null);
    }

    public ApiException(int status, String code, String message, String param) {
        super(message);
        this.status = status;
        this.code = code;
        this.param = param;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String param() {
        return param;
    }
}
