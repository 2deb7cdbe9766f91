package org.policygraph.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty refuses before any route sees the request (a URI or headers too long, a request that is no valid
 * HTTP) gets the same JSON error body as the API's own refusals, with a message for people and none of Jetty's.
 */
final class JettyErrors extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) throws JsonProcessingException {
        byte[] body = JSON.writeValueAsBytes(ApiError.of(code(status), message(status)));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    static String code(int status) {
        return switch (status) {
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            default -> ErrorHandlers.codeOf(status);
        };
    }

    private static String message(int status) {
        return switch (status) {
            case 400 -> "The request is not valid HTTP (a malformed request line, header or encoding).";
            case 414 -> "The request URI is too long; send long questions in a POST body.";
            case 431 -> "The request headers are too large.";
            default -> HttpStatus.getMessage(status) + ".";
        };
    }
}
