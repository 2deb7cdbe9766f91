package org.policygraph.cli;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.policygraph.Config;

/**
 * Refuses a PA_LLM_BASE_URL that points at the server being started (its own /v1): every answer would ask the
 * model, which would ask the server, which would ask the model again.
 */
public final class SelfLoop {
    private SelfLoop() {
    }

    public static void refuse(Config config) {
        if (config.llmBaseUrl() != null && pointsAtItself(config.llmBaseUrl(), config.host(), config.port())) {
            throw new IllegalStateException("PA_LLM_BASE_URL " + config.llmBaseUrl() + " points at this server ("
                    + config.host() + ":" + config.port() + "), whose /v1 would call itself; point it at a model "
                    + "server such as Ollama, or unset it.");
        }
    }

    static boolean pointsAtItself(String baseUrl, String host, int port) {
        URI uri;
        try {
            uri = URI.create(baseUrl.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getHost() == null || port <= 0) {
            return false;
        }
        int urlPort = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return urlPort == port && sameMachine(uri.getHost(), host);
    }

    private static boolean sameMachine(String urlHost, String serverHost) {
        if (urlHost.equalsIgnoreCase(serverHost)) {
            return true;
        }
        try {
            InetAddress target = InetAddress.getByName(urlHost);
            boolean local = target.isLoopbackAddress() || target.isAnyLocalAddress()
                    || java.net.NetworkInterface.getByInetAddress(target) != null;
            InetAddress bound = InetAddress.getByName(serverHost);
            return local && (bound.isAnyLocalAddress() || bound.isLoopbackAddress() == target.isLoopbackAddress()
                    || bound.equals(target));
        } catch (UnknownHostException | java.net.SocketException e) {
            return false;
        }
    }
}
