package vn.gov.directive.distribution.storage;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.arc.DefaultBean;

/** Attachment bytes in the service's own database (bytea), in the caller's transaction. */
@ApplicationScoped
@DefaultBean
public class PostgresAttachmentStorage implements AttachmentStorage {

    @Inject
    EntityManager entityManager;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public String store(byte[] content) {
        String key = UUID.randomUUID().toString();
        entityManager.createNativeQuery("insert into attachment_blob (storage_key, content) values (?1, ?2)")
                .setParameter(1, key).setParameter(2, content).executeUpdate();
        return key;
    }

    @Override
    @Transactional
    public Optional<byte[]> load(String key) {
        return entityManager.createNativeQuery("select content from attachment_blob where storage_key = ?1", byte[].class)
                .setParameter(1, key).getResultStream().findFirst();
    }
}
