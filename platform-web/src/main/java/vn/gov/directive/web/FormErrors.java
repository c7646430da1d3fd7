package vn.gov.directive.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What is wrong with a submitted form, by the id of the field it belongs to, in Vietnamese. A
 * page shows each message next to its field and all of them in a summary at the top (with links).
 */
public class FormErrors {

    /** The field a message belongs to, what the summary calls it, and the message. */
    public record Entry(String field, String label, String message) {
    }

    /** The form as a whole: a refusal that names no field. */
    public static final String GENERAL = "general";

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** The first message for a field wins: it is the one the person fixes first. */
    public void add(String field, String label, String message) {
        entries.putIfAbsent(field, new Entry(field, label, message));
    }

    public void add(String field, String message) {
        add(field, "", message);
    }

    /** Messages for fields the page does not show go to one that it does. */
    public void moveTo(String instead, String label, Predicate<String> unshown) {
        List<Entry> moved = entries.values().stream().filter(e -> unshown.test(e.field())).toList();
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

    /** The messages by field, in the order they were found. */
    public Map<String, String> byField() {
        Map<String, String> messages = new LinkedHashMap<>();
        entries.values().forEach(e -> messages.put(e.field(), e.message()));
        return messages;
    }

    public int count() {
        return entries.size();
    }
}
