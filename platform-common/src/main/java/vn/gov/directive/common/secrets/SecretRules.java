package vn.gov.directive.common.secrets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What makes a production secret unacceptable: missing, one of the demo values the repository
 * publishes (the one list of them), shorter than required, or the same as another secret (a
 * session key that is the client secret is not a dedicated key).
 */
public final class SecretRules {

    /** Every secret the repository, its realm file and its demo stack publish. */
    public static final Set<String> DEMO_VALUES = Set.of("portal-secret", "document-system-secret", "directives", "demo",
            "admin", "password", "secret", "changeme", "changeit");

    public record Required(Optional<String> value, int minLength) {
    }

    private SecretRules() {
    }

    /** One sentence per refused secret, naming its variable; empty when every one is acceptable. */
    public static List<String> problems(Map<String, Required> byVariable) {
        List<String> problems = new ArrayList<>();
        Map<String, String> firstWithValue = new HashMap<>();
        new TreeMap<>(byVariable).forEach((variable, required) -> {
            String value = required.value().map(String::strip).orElse("");
            if (value.isEmpty()) {
                problems.add(variable + " is not set");
            } else if (DEMO_VALUES.contains(value.toLowerCase(Locale.ROOT))) {
                problems.add(variable + " is a demo value published with the repository");
            } else if (value.length() < required.minLength()) {
                problems.add(variable + " must be at least " + required.minLength() + " characters (it has " + value.length() + ")");
            } else if (firstWithValue.containsKey(value)) {
                problems.add(variable + " must differ from " + firstWithValue.get(value));
            } else {
                firstWithValue.put(value, variable);
            }
        });
        return problems;
    }
}
