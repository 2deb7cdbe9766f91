package org.policygraph;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "ask", mixinStandardHelpOptions = true, description = "Not available yet.")
final class AskCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("'ask' is not available yet in this build.");
        return 2;
    }
}
