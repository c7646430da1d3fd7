package vn.gov.directive.common.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Limits of the JSON a request may carry, applied by the streaming parser as it reads, so a
 * hostile body ("[[[[..." a million deep) is refused at the first token past the limit instead of
 * being parsed in full (ProblemMappers answers 400 json-limits). No request of the API nests
 * deeper than a few levels; a string may be as long as a body may be (the body limit, 10 MB,
 * is the tighter bound; the event-size check refuses what could not be published).
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    public static final int MAX_NESTING_DEPTH = 32;
    public static final int MAX_STRING_LENGTH = 10 * 1024 * 1024;
    public static final int MAX_NUMBER_LENGTH = 100;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(constraints());
    }

    public static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH).build();
    }
}
