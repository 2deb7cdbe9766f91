package org.policygraph;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Not available yet.")
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("'serve' is not available yet in this build.");
        return 2;
    }
}
