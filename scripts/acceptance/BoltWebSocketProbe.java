import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * java scripts/acceptance/BoltWebSocketProbe.java ws://127.0.0.1:PORT ORIGIN
 * What a web page of ORIGIN could do: a Bolt 5.4 handshake over WebSocket, HELLO, LOGON with scheme "none",
 * then RUN "MATCH (n) RETURN count(n)" + PULL. Prints each server reply (SUCCESS/FAILURE/IGNORED/RECORD) and
 * ends with "SESSION GRANTED" when the query ran, "SESSION REFUSED" otherwise. JDK only.
 */
public class BoltWebSocketProbe {
    static final LinkedBlockingQueue<Object> INBOX = new LinkedBlockingQueue<>();

    public static void main(String[] args) throws Exception {
        WebSocket ws;
        try {
            ws = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", args[1])
                    .connectTimeout(Duration.ofSeconds(3)).buildAsync(URI.create(args[0]), new Listener())
                    .get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.out.println("WebSocket upgrade refused: " + e);
            System.out.println("SESSION REFUSED");
            return;
        }
        System.out.println("WebSocket upgraded from Origin " + args[1]);
        ws.sendBinary(ByteBuffer.wrap(new byte[]{0x60, 0x60, (byte) 0xB0, 0x17, 0, 0, 4, 5, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0}), true).join();
        byte[] version = next(4);
        if (version == null) {
            System.out.println("no version agreed");
            System.out.println("SESSION REFUSED");
            return;
        }
        System.out.printf("Bolt version %d.%d%n", version[3], version[2]);
        send(ws, struct(0x01, map("user_agent", "probe/1", "bolt_agent", null)));
        System.out.println("HELLO -> " + reply());
        send(ws, struct(0x6A, map("scheme", "none")));
        System.out.println("LOGON(none) -> " + reply());
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        run.write(0xB3); run.write(0x10); string(run, "MATCH (n) RETURN count(n) AS n"); run.write(0xA0); run.write(0xA0);
        String runReply = send(ws, run.toByteArray()) ? reply() : "CLOSED (before RUN)";
        System.out.println("RUN -> " + runReply);
        String pull = send(ws, new byte[]{(byte) 0xB1, 0x3F, (byte) 0xA1, (byte) 0x81, 'n', (byte) 0xFF})
                ? reply() : "CLOSED (before PULL)";
        System.out.println("PULL -> " + pull);
        boolean granted = runReply.startsWith("SUCCESS") && (pull.startsWith("RECORD") || pull.startsWith("SUCCESS"));
        System.out.println(granted ? "SESSION GRANTED" : "SESSION REFUSED");
        ws.abort();
    }

    static byte[] struct(int signature, byte[] field) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xB1); out.write(signature); out.writeBytes(field);
        return out.toByteArray();
    }

    /** a map of string keys to strings, or (null) to {product: "probe/1"} for bolt_agent */
    static byte[] map(String... kv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xA0 + kv.length / 2);
        for (int i = 0; i < kv.length; i += 2) {
            string(out, kv[i]);
            if (kv[i + 1] == null) {
                out.write(0xA1); string(out, "product"); string(out, "probe/1");
            } else {
                string(out, kv[i + 1]);
            }
        }
        return out.toByteArray();
    }

    static void string(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length < 16) { out.write(0x80 + b.length); } else { out.write(0xD0); out.write(b.length); }
        out.writeBytes(b);
    }

    /** false when the server has closed the connection */
    static boolean send(WebSocket ws, byte[] message) {
        ByteBuffer chunk = ByteBuffer.allocate(message.length + 4);
        chunk.putShort((short) message.length).put(message).putShort((short) 0).flip();
        try {
            ws.sendBinary(chunk, true).join();
            return true;
        } catch (RuntimeException e) {
            System.out.println("send: the server closed the connection");
            return false;
        }
    }

    static final ByteArrayOutputStream RECEIVED = new ByteArrayOutputStream();

    /** the next n raw bytes, or null when the connection closed / nothing came within 5 s */
    static byte[] next(int n) throws InterruptedException {
        while (RECEIVED.size() < n) {
            Object o = INBOX.poll(5, TimeUnit.SECONDS);
            if (!(o instanceof byte[] b)) {
                return null;
            }
            RECEIVED.writeBytes(b);
        }
        byte[] all = RECEIVED.toByteArray();
        RECEIVED.reset();
        RECEIVED.write(all, n, all.length - n);
        return java.util.Arrays.copyOf(all, n);
    }

    /** one dechunked message, described */
    static String reply() throws InterruptedException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        while (true) {
            byte[] header = next(2);
            if (header == null) {
                return "CLOSED (connection ended)";
            }
            int size = ((header[0] & 0xFF) << 8) | (header[1] & 0xFF);
            if (size == 0) {
                if (message.size() == 0) continue; // NOOP
                break;
            }
            byte[] body = next(size);
            if (body == null) return "CLOSED";
            message.writeBytes(body);
        }
        byte[] m = message.toByteArray();
        String kind = switch (m[1] & 0xFF) {
            case 0x70 -> "SUCCESS"; case 0x7F -> "FAILURE"; case 0x7E -> "IGNORED"; case 0x71 -> "RECORD";
            default -> String.format("0x%02X", m[1]);
        };
        String text = new String(m, 2, m.length - 2, StandardCharsets.UTF_8).replaceAll("[^\\p{Print}]", " ").strip();
        return kind + " " + text;
    }

    static final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            byte[] b = new byte[data.remaining()];
            data.get(b);
            INBOX.add(b);
            ws.request(1);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            INBOX.add("closed");
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            INBOX.add("error");
        }
    }
}
