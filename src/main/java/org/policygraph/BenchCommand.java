package org.policygraph;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Not available yet.")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("'bench' is not available yet in this build.");
        return 2;
    }
}
