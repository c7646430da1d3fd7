package vn.gov.directive.directive.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.directive.common.directory.DirectoryCompleteness;
import vn.gov.directive.common.directory.DirectoryReplica;
import vn.gov.directive.common.directory.ReplicaUnit;

/** This service's lookup over its directory replica (kept from directory-events), and whether that copy is complete. */
@ApplicationScoped
public class ReplicaLookup implements DirectoryLookup {

    @Inject
    DirectoryReplica replica;

    @Inject
    DirectoryCompleteness completeness;

    /** 503 with Retry-After, before anything changes, while the replica has not read directory-events to the end. */
    public void requireComplete() {
        completeness.requireComplete();
    }

    @Override
    public Optional<ReplicaUnit> unit(String code) {
        return replica.unit(code);
    }

    @Override
    public boolean isGroup(String code) {
        return replica.isGroup(code);
    }

    @Override
    public List<ReplicaUnit> membersOf(String group, LocalDate day) {
        return replica.membersOf(group, day);
    }
}
