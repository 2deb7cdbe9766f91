package org.policygraph.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;

/**
 * Refuses a query string whose percent-escapes are no UTF-8 (such as {@code ?q=%FF%FE}) with 400, where a lenient
 * decoder would pass U+FFFD on as if it had been asked.
 */
final class QueryEncoding {
    private QueryEncoding() {
    }

    static void check(Context ctx) {
        String query = ctx.queryString();
        if (query != null && query.indexOf('%') >= 0) {
            try {
                JsonBody.utf8(bytes(query));
            } catch (ApiException e) {
                throw ApiException.badRequest("invalid_encoding",
                        "The query string is not valid UTF-8 once its %-escapes are decoded; encode the text as UTF-8.");
            }
        }
    }

    private static byte[] bytes(String query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            int hi = i + 2 < query.length() ? Character.digit(query.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(query.charAt(i + 2), 16) : -1;
            if (c == '%' && lo >= 0) {
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(c < 0x80 ? c : '?');
            }
        }
        return out.toByteArray();
    }
}
