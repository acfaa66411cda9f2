// Runs an embedded Neo4j Community DBMS with Bolt on loopback only, for local development.
package skein.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public final class Launcher {
    // Loopback only: auth is off, so anything wider would expose an open database.
    private static final String HOST = "127.0.0.1";
    private static final String EXIT_ON_STDIN_CLOSE = "--exit-on-stdin-close";

    /** Settings read from the environment; validated before Neo4j is touched so errors stay one line. */
    record Settings(int port, Path home, Duration txTimeout, long pageCacheBytes) {}

    /** A start-up failure this launcher detected itself, with a message fit to print as is. */
    static final class StartupProblem extends Exception {
        StartupProblem(String message) {
            super(message);
        }
    }

    private static final AtomicReference<DatabaseManagementService> SERVICE = new AtomicReference<>();

    private Launcher() {}

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = readSettings(System.getenv());
        } catch (IllegalArgumentException e) {
            fail("bad configuration: " + e.getMessage());
            return;
        }
        // Registered before start so no window exists where a started DBMS could exit unflushed; a signal
        // during build() itself finds nothing to close, and Neo4j recovers that store on the next start.
        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "skein-db-shutdown"));
        if (Arrays.asList(args).contains(EXIT_ON_STDIN_CLOSE)) {
            watchStdin();
        }

        try {
            requirePortFree(settings.port());
            SERVICE.set(start(settings));
            awaitBolt(settings.port(), Duration.ofSeconds(30));
        } catch (Throwable e) {
            fail(describe(e));
            return;
        }
        PrintStream out = System.out;
        out.println("SKEIN-DB READY bolt://" + HOST + ":" + settings.port());
        out.flush();
        parkForever();
    }

    static Settings readSettings(Map<String, String> env) {
        int port = parsePort(env.getOrDefault("SKEIN_DB_PORT", "7687"));
        Path home = Path.of(env.getOrDefault("SKEIN_DB_DATA", ".data/neo4j")).toAbsolutePath().normalize();
        Duration txTimeout = parseSetting("SKEIN_DB_TX_TIMEOUT", env.getOrDefault("SKEIN_DB_TX_TIMEOUT", "30s"),
                SettingValueParsers.DURATION::parse);
        long pageCache = parseSetting("SKEIN_DB_PAGECACHE", env.getOrDefault("SKEIN_DB_PAGECACHE", "256m"),
                SettingValueParsers.BYTES::parse);
        return new Settings(port, home, txTimeout, pageCache);
    }

    private static int parsePort(String raw) {
        try {
            int port = Integer.parseInt(raw.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SKEIN_DB_PORT must be 1-65535, got '" + raw + "'");
        }
    }

    private static <T> T parseSetting(String name, String raw, Function<String, T> parser) {
        try {
            return parser.apply(raw.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " is invalid ('" + raw + "'): " + oneLine(e.getMessage()));
        }
    }

    private static DatabaseManagementService start(Settings s) {
        SocketAddress bolt = new SocketAddress(HOST, s.port());
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(s.home())
                // Any listener Neo4j adds by default (e.g. server-side routing) binds to loopback too.
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Netty otherwise idles 5 s per event-loop group before exiting, after the stores are already
                // closed: 10 s of a stop() that protects nothing. Internal setting, hence the pinned version.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Server-side routing is a cluster feature; left on it would claim port 7688 for every instance.
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.logs_directory, s.home().resolve("logs"))
                .setConfig(GraphDatabaseSettings.transaction_timeout, s.txTimeout())
                // A timed-out transaction is only noticed when the monitor next looks (every 2 s by default):
                // a 100 ms per-query timeout would let a 1.9 s query finish. Looking every 100 ms holds timeouts
                // to within a tenth of a second, at the cost of a walk over the open transactions.
                .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
                .setConfig(GraphDatabaseSettings.pagecache_memory, s.pageCacheBytes());
        return builder.build();
    }

    /**
     * Neo4j binds Bolt only after seconds of start-up and then reports a bare errno; probing first fails
     * fast with the port named. Neo4j's own bind error still covers the race where the port is taken after.
     */
    private static void requirePortFree(int port) throws IOException, StartupProblem {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(HOST, port));
        } catch (BindException e) {
            throw new StartupProblem(HOST + ":" + port + " is already in use (another database or SKEIN-DB instance?)");
        }
    }

    /** build() returns once Bolt is bound, but READY is a promise to callers, so prove it with a connect. */
    private static void awaitBolt(int port, Duration timeout) throws StartupProblem, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new StartupProblem("Bolt is not accepting connections on " + HOST + ":" + port
                + (last == null ? "" : " (" + last.getMessage() + ")"));
    }

    /** Lets the spawning process die without leaking us: its end of our stdin closes with it. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            drain(System.in);
            System.err.println("SKEIN-DB stdin closed, shutting down");
            System.exit(0);
        }, "skein-db-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void drain(InputStream in) {
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) != -1) {
                // Input carries no meaning; only its end does.
            }
        } catch (IOException e) {
            // A broken pipe means the parent is gone, same as EOF.
        }
    }

    private static void shutdown() {
        DatabaseManagementService service = SERVICE.getAndSet(null);
        if (service == null) {
            return;
        }
        try {
            service.shutdown();
            System.err.println("SKEIN-DB STOPPED");
        } catch (Throwable e) {
            System.err.println("SKEIN-DB ERROR shutdown failed: " + describe(e));
        }
        System.err.flush();
    }

    private static void parkForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void fail(String message) {
        System.err.println("SKEIN-DB ERROR " + message);
        System.err.flush();
        System.exit(1);
    }

    /** The root cause names the real problem (port taken, store locked); the wrappers only name components. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        // Our own problems are already phrased for people; Neo4j's need their type to be searchable.
        return oneLine(root instanceof StartupProblem ? message : root.getClass().getSimpleName() + ": " + message);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
