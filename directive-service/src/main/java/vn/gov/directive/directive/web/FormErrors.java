package vn.gov.directive.directive.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is wrong with a submitted form, by the id of the field it belongs to, in Vietnamese. The
 * page shows each message next to its field and all of them in a summary at the top (with links).
 */
public class FormErrors {

    /** The field a message belongs to, what the summary calls it, and the message. */
    public record Entry(String field, String label, String message) {
    }

    public static final String GENERAL = "general";

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** The first message for a field wins: it is the one the clerk fixes first. */
    public void add(String field, String label, String message) {
        entries.putIfAbsent(field, new Entry(field, label, message));
    }

    /** A message for a field the page does not show (a recipient no longer offered) goes to another that it does. */
    public void keepOnly(Set<String> shown, String instead, String label) {
        List<Entry> moved = entries.values().stream().filter(e -> e.field().startsWith("r-") && !shown.contains(e.field())).toList();
        moved.forEach(e -> {
            entries.remove(e.field());
            add(instead, label, e.message());
        });
    }

    public boolean has(String field) {
        return entries.containsKey(field);
    }

    /** The message for a field, or an empty text. */
    public String get(String field) {
        Entry entry = entries.get(field);
        return entry == null ? "" : entry.message();
    }

    public boolean any() {
        return !entries.isEmpty();
    }

    public List<Entry> all() {
        return new ArrayList<>(entries.values());
    }

    public int count() {
        return entries.size();
    }
}
