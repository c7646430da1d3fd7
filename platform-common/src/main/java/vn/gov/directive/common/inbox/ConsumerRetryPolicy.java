package vn.gov.directive.common.inbox;

/**
 * The consumers' retry policy: how often and how soon a record whose effect failed is tried again
 * before it goes to its dead-letter topic. Every {@code @Retry} of a consumer takes these values;
 * the shape of a consumer around them is described in this package's documentation
 * ({@code package-info.java}).
 */
public final class ConsumerRetryPolicy {

    /** Attempts after the first, and the first back-off in milliseconds (it doubles, with jitter). */
    public static final int RETRIES = 3;
    public static final long FIRST_DELAY_MS = 200;

    private ConsumerRetryPolicy() {
    }
}
