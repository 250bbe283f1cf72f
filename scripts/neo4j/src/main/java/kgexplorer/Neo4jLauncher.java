// Starts Neo4j Community embedded with Bolt on 127.0.0.1, sets the neo4j user's password, prints "ready" and runs until
// it is told to stop (SIGINT, SIGTERM) or its standard input closes (the npm script that started it is gone).
package kgexplorer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.TransientFailureException;

public final class Neo4jLauncher {
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: Neo4jLauncher <port> <data dir>  (the password comes in NEO4J_PASSWORD)");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    Path home = Path.of(args[1]).toAbsolutePath();
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("NEO4J_PASSWORD must hold a password of 8 characters or more");
      System.exit(2);
    }

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            // A test machine is small and shared: keep the page cache and transaction logs modest.
            .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
            .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
            .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

    // The embedded API bypasses authentication, so it can set the password whatever the last run left.
    setPassword(dbms, password);
    System.out.println("ready");
    System.out.flush();

    while (System.in.read() != -1) {
      // Only the end of input matters: the parent closed it, or died.
    }
    System.exit(0);
  }

  private static void setPassword(DatabaseManagementService dbms, String password) throws InterruptedException {
    // On a busy machine the system database can still be settling just after start: it says so, and a retry works.
    for (int attempt = 1; ; attempt++) {
      try {
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
            .executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        return;
      } catch (TransientFailureException error) {
        if (attempt == 30) throw error;
        Thread.sleep(2000);
      } catch (RuntimeException error) {
        // A restart with the password it already has (the tests' restarts do that) changes nothing.
        for (Throwable t = error; t != null; t = t.getCause())
          if (String.valueOf(t.getMessage()).contains("cannot be the same")) return;
        throw error;
      }
    }
  }
}
