import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;

/**
 * java -cp 'target/lib/*' scripts/acceptance/BoltProbe.java bolt://127.0.0.1:PORT none|wrong|PASSWORD
 * Opens a session and runs RETURN 1 with no credentials, a wrong password or the given one; prints
 * "ACCEPTED" or "REFUSED <exception class>: <message>" and exits 0 either way (2 on a bad usage).
 */
public class BoltProbe {
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: BoltProbe URI none|wrong|PASSWORD");
            System.exit(2);
        }
        AuthToken auth = switch (args[1]) {
            case "none" -> AuthTokens.none();
            case "wrong" -> AuthTokens.basic("neo4j", "wrong-password-123");
            default -> AuthTokens.basic("neo4j", args[1]);
        };
        Config config = Config.builder().withConnectionTimeout(3, TimeUnit.SECONDS)
                .withMaxConnectionPoolSize(1).withoutEncryption().build();
        try (var driver = GraphDatabase.driver(args[0], auth, config); var session = driver.session()) {
            long one = session.run("RETURN 1 AS one").single().get("one").asLong();
            System.out.println("ACCEPTED (RETURN 1 -> " + one + ")");
        } catch (Exception e) {
            String message = String.valueOf(e.getMessage()).replace('\n', ' ');
            System.out.println("REFUSED " + e.getClass().getSimpleName() + ": " + message);
        }
    }
}
