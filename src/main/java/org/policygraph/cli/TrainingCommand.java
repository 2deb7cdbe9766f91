package org.policygraph.cli;

import org.policygraph.ingest.CorpusFiles;
import org.policygraph.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.policygraph.graph.read.GraphStats;
import org.policygraph.web.WebLimits;
import picocli.CommandLine.Command;

/**
 * The build's class-data-sharing training run (see launch.ArchiveTraining): goes once through what every command
 * does, on a throwaway store with the smallest shipped file, so that the classes they load are archived.
 */
@Command(name = "cds-training", hidden = true)
public final class TrainingCommand implements Callable<Integer> {
    private static final String QUESTION = "招商引资工作由哪个部门牵头？";
    private final Wiring wiring;

    public TrainingCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws Exception {
        Path dataDir = Files.createTempDirectory("policygraph-cds-");
        try {
            Config config = Config.fromMap(Map.of("PA_DATA_DIR", dataDir.toString(),
                    "PA_BOLT_PORT", String.valueOf(freePort()), "PA_PORT", String.valueOf(freePort())));
            try (ServeCommand.Running running = startOnSmallestFile(config)) {
                System.err.println(running.asker().ask(QUESTION, null).answer());
                HttpClient http = HttpClient.newHttpClient();
                send(http, HttpRequest.newBuilder(URI.create(running.baseUrl() + "/health")).build());
                send(http, HttpRequest.newBuilder(URI.create(running.baseUrl() + "/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"" + QUESTION + "\"}")).build());
            }
            return 0;
        } finally {
            deleteRecursively(dataDir);
        }
    }

    private ServeCommand.Running startOnSmallestFile(Config config) {
        CorpusFiles.SourceFile smallest = CorpusFiles.shipped().stream()
                .min(Comparator.comparingInt(file -> file.content().length)).orElseThrow();
        ServeCommand.Running running = wiring.serve(config, List.of(smallest), WebLimits.defaults(), false);
        System.err.println(new GraphStats(running.store()).collect().get("labels"));
        return running;
    }

    private static void send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
