package vn.gov.directive.directive.domain;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.type.TypeReference;

import vn.gov.directive.events.EventJson;

/** The jsonb columns are written with the events' JSON mapping: ISO instants and durations, as in the events. */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        return value == null ? null : EventJson.write(value);
    }

    static <T> T read(String json, TypeReference<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
