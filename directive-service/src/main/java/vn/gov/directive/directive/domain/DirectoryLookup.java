package vn.gov.directive.directive.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.gov.directive.common.directory.ReplicaUnit;

/** What recipient expansion needs from the directory; the service answers from its replica. */
public interface DirectoryLookup {

    Optional<ReplicaUnit> unit(String code);

    boolean isGroup(String code);

    /** The units listed in the group and valid on that day. */
    List<ReplicaUnit> membersOf(String group, LocalDate day);
}
