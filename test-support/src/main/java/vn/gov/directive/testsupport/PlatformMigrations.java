package vn.gov.directive.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rule that platform-common alone migrates the platform's tables (platform-common
 * {@code db/README.md}), checked on a service's own migrations: none creates, changes or reads a
 * platform table (dropping one the service does not use is allowed), none takes a version of the
 * platform's or a point version. The foundation (version 1) predates the rule and keeps its copies.
 */
public final class PlatformMigrations {

    /** The tables platform-common's code reads and writes in every service's database. */
    public static final Set<String> PLATFORM_TABLES = Set.of("outbox_event", "processed_event", "audit_entry",
            "directory_unit", "directory_group");

    /** platform-common's migration locations (classpath folders). */
    public static final List<String> PLATFORM_LOCATIONS = List.of("db/platform", "db/platform-outbox", "db/platform-replica");

    private static final String FOUNDATION = "1";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9._]+)__.+\\.sql");
    private static final Pattern DROP = Pattern.compile("^drop\\s+table\\b");

    private PlatformMigrations() {
    }

    /** The violations of a service's migrations folder, against platform-common's migrations on the classpath. */
    public static List<String> violations(Path serviceMigrations) {
        Map<String, String> platform = platformVersions();
        if (platform.isEmpty()) {
            throw new IllegalStateException("platform-common's migrations are not on the classpath: " + PLATFORM_LOCATIONS);
        }
        return violations(serviceMigrations, platform);
    }

    /** @param platformVersions version → file of platform-common's migrations */
    public static List<String> violations(Path serviceMigrations, Map<String, String> platformVersions) {
        List<String> found = new ArrayList<>();
        for (Path file : sqlFiles(serviceMigrations)) {
            String name = file.getFileName().toString();
            Optional<String> version = version(name);
            if (version.isPresent() && version.get().contains(".")) {
                found.add(name + ": a point version, reserved to platform-common's migrations");
            }
            if (version.isPresent() && platformVersions.containsKey(version.get())) {
                found.add(name + ": version " + version.get() + " is platform-common's " + platformVersions.get(version.get()));
            }
            if (version.filter(FOUNDATION::equals).isEmpty()) {
                statementsTouchingPlatformTables(read(file)).forEach(s -> found.add(name + ": touches a platform table: " + s));
            }
        }
        return found;
    }

    /** Version → file name of every migration in platform-common's locations (a version twice is a collision). */
    public static Map<String, String> platformVersions() {
        Map<String, String> versions = new TreeMap<>();
        for (String location : PLATFORM_LOCATIONS) {
            for (Path file : classpathSqlFiles(location)) {
                String name = file.getFileName().toString();
                version(name).ifPresent(v -> {
                    String before = versions.put(v, location + "/" + name);
                    if (before != null) {
                        throw new IllegalStateException("Two platform migrations of version " + v + ": " + before + ", " + name);
                    }
                });
            }
        }
        return versions;
    }

    static List<String> statementsTouchingPlatformTables(String sql) {
        String code = sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ").toLowerCase();
        List<String> touching = new ArrayList<>();
        for (String statement : code.split(";")) {
            String flat = statement.trim().replaceAll("\\s+", " ");
            if (flat.isEmpty() || DROP.matcher(flat).find()) {
                continue;
            }
            for (String table : PLATFORM_TABLES) {
                if (Pattern.compile("\\b" + table + "\\b").matcher(flat).find()) {
                    touching.add(flat);
                    break;
                }
            }
        }
        return touching;
    }

    static Optional<String> version(String fileName) {
        Matcher matcher = VERSIONED.matcher(fileName);
        return matcher.matches() ? Optional.of(matcher.group(1).replace('_', '.')) : Optional.empty();
    }

    private static List<Path> sqlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> classpathSqlFiles(String location) {
        List<Path> files = new ArrayList<>();
        try {
            for (URL url : Collections.list(PlatformMigrations.class.getClassLoader().getResources(location))) {
                files.addAll(sqlFiles(path(url.toURI())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** A classpath folder as a path, inside its jar when platform-common comes packaged. */
    private static Path path(URI uri) throws IOException {
        if (!"jar".equals(uri.getScheme())) {
            return Path.of(uri);
        }
        FileSystem jar;
        try {
            jar = FileSystems.newFileSystem(uri, new HashMap<String, Object>());
        } catch (FileSystemAlreadyExistsException e) {
            jar = FileSystems.getFileSystem(uri);
        }
        return jar.provider().getPath(uri);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
