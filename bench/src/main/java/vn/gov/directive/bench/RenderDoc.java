package vn.gov.directive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Rewrites docs/BENCHMARKS.md from the last target/bench/results.json without measuring again
 * (after the method text changed). Usage: RenderDoc [ROOT]
 */
public final class RenderDoc {

    private RenderDoc() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Map<String, Object> results = Api.JSON.readValue(root.resolve("target/bench/results.json").toFile(),
                new TypeReference<LinkedHashMap<String, Object>>() {
                });
        Files.writeString(root.resolve("docs/BENCHMARKS.md"), BenchmarksDoc.render(results));
        Progress.say("rewrote docs/BENCHMARKS.md from target/bench/results.json (run %s)", results.get("run_id"));
    }
}
