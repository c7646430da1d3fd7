package vn.gov.directive.distribution.storage;

import java.util.Optional;

/**
 * Where attachment bytes are kept. PostgreSQL by default ({@link PostgresAttachmentStorage});
 * an object store can take its place behind the same three calls. Calls join the caller's
 * transaction where the store has one, so a failed upload leaves nothing behind.
 */
public interface AttachmentStorage {

    /** @return the key to load the bytes again */
    String store(byte[] content);

    Optional<byte[]> load(String key);
}
