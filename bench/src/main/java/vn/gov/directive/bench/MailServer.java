package vn.gov.directive.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the SMTP server (GreenMail) accepted, through its HTTP API. GreenMail creates a mailbox on
 * the first message to an address, so "every synthetic address of this fan-out has a mailbox" is
 * "every notice was accepted". One GET /api/user per poll lists all mailboxes at once (counting
 * messages one mailbox at a time would be 10,000 requests a poll). A few mailboxes per fan-out are
 * opened to check that the notice names the directive's number.
 * <p>
 * GreenMail keeps mail in its heap (-Xmx128m on the local stack) and other suites share it: a
 * counted synthetic mailbox is deleted right away (2 threads) unless --keep-mail=true, so 11,000
 * notices never sit in its memory at once.
 */
final class MailServer implements AutoCloseable {

    private static final int SAMPLES = 3;

    private final Api api;
    private final String baseUrl;
    private final String domain;
    private final boolean keep;
    private final ExecutorService deleter = Executors.newFixedThreadPool(2);
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final List<String> sampleProblems = new ArrayList<>();
    private int samplesChecked;

    MailServer(Api api, String baseUrl, String domain, boolean keep) {
        this.api = api;
        this.baseUrl = baseUrl;
        this.domain = domain;
        this.keep = keep;
    }

    /** Starts counting a fan-out's notices afresh. */
    void reset() {
        seen.clear();
        samplesChecked = 0;
    }

    /**
     * One poll: counts the mailboxes of this run's synthetic addresses starting with the prefix,
     * checks a few of them for the number, and deletes the counted ones.
     *
     * @return how many distinct such addresses have had mail since {@link #reset()}
     */
    int poll(String prefix, String number) {
        JsonNode users = api.getJson(baseUrl + "/api/user", null);
        String suffix = "@" + domain;
        for (JsonNode user : users) {
            String address = user.path("email").asText();
            if (address.startsWith(prefix) && address.endsWith(suffix) && seen.add(address)) {
                if (samplesChecked < SAMPLES) {
                    samplesChecked++;
                    if (!hasMessageNaming(address, number)) {
                        sampleProblems.add(address + " has no message naming " + number);
                    }
                }
                if (!keep) {
                    deleter.execute(() -> deleteQuietly(address));
                }
            }
        }
        return seen.size();
    }

    /** True when a message in the address's inbox names the text (subject or raw MIME). */
    boolean hasMessageNaming(String address, String text) {
        Api.Reply reply = api.get(baseUrl + "/api/user/" + encode(address) + "/messages/INBOX/", null);
        if (!reply.ok()) {
            return false;
        }
        for (JsonNode message : reply.json()) {
            if (message.path("subject").asText().contains(text) || message.path("mimeMessage").asText().contains(text)) {
                return true;
            }
        }
        return false;
    }

    List<String> sampleProblems() {
        return List.copyOf(sampleProblems);
    }

    /** Teardown: deletes every remaining mailbox of this run's synthetic domain. */
    int deleteRunMailboxes() {
        if (keep) {
            return 0;
        }
        JsonNode users = api.getJson(baseUrl + "/api/user", null);
        int deleted = 0;
        for (JsonNode user : users) {
            String address = user.path("email").asText();
            if (address.endsWith("@" + domain)) {
                deleter.execute(() -> deleteQuietly(address));
                deleted++;
            }
        }
        return deleted;
    }

    private void deleteQuietly(String address) {
        try {
            api.delete(baseUrl + "/api/user/" + encode(address));
        } catch (RuntimeException e) {
            Progress.warn("could not delete mailbox %s: %s", address, e.getMessage());
        }
    }

    private static String encode(String address) {
        return URLEncoder.encode(address, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        deleter.shutdown();
        deleter.awaitTermination(5, TimeUnit.MINUTES);
    }
}
