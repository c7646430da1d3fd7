package vn.gov.directive.distribution.domain;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code distribution.attachments.*}: how much a delivery's report may carry. A report is a few
 * documents, not an archive: 10 files, 50 MB in all by default (each file at most 20 MB,
 * ReportAttachments.MAX_BYTES). The upload operation's OpenAPI description states the values in force.
 */
@ConfigMapping(prefix = "distribution.attachments")
public interface AttachmentLimits {

    /** Files per delivery; one more is 409. */
    @WithDefault("10")
    int maxPerDelivery();

    /** Bytes of all a delivery's files together; a file that would pass it is 413. */
    @WithDefault("50M")
    MemorySize maxTotal();
}
