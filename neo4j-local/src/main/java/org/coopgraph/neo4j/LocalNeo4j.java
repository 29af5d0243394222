package org.coopgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community embedded, reachable over Bolt on 127.0.0.1 only.
 *
 * <p>Arguments: {@code <dataDir> <boltPort>}; optional system property {@code coopgraph.pagecache} (bytes,
 * e.g. {@code 512m}). Prints one line {@code coopgraph-neo4j ready bolt://127.0.0.1:<port>} once Bolt accepts
 * connections, and shuts down cleanly on SIGTERM/SIGINT or when its standard input closes, so that a parent
 * process that dies without cleaning up never leaves it behind.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 2) {
      System.err.println("usage: LocalNeo4j <dataDir> <boltPort>");
      System.exit(2);
    }
    Path dataDir = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String pageCache = System.getProperty("coopgraph.pagecache", "256m");

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dataDir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
            .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    AtomicBoolean stopping = new AtomicBoolean(false);
    Runnable stop =
        () -> {
          if (stopping.compareAndSet(false, true)) {
            System.out.println("coopgraph-neo4j stopping");
            dbms.shutdown();
            System.out.println("coopgraph-neo4j stopped");
          }
          stopped.countDown();
        };
    // SIGTERM and SIGINT run shutdown hooks; the hook waits for the database to close its store files.
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "coopgraph-neo4j-shutdown"));

    // Touching the default database forces it to be fully started before we announce readiness.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("coopgraph-neo4j ready bolt://127.0.0.1:" + port);
    System.out.flush();

    Thread stdinWatch =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                while (in.read() != -1) {
                  // Input is ignored; only its end matters.
                }
              } catch (IOException ignored) {
                // A broken pipe means the parent is gone, same as end of input.
              }
              System.exit(0);
            },
            "coopgraph-neo4j-stdin");
    stdinWatch.setDaemon(true);
    stdinWatch.start();

    stopped.await();
  }
}
