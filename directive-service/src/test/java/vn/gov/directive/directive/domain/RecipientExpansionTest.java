package vn.gov.directive.directive.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.directive.common.directory.ReplicaUnit;
import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.directive.SeedFiles;
import vn.gov.directive.events.GroupUpserted;
import vn.gov.directive.events.Recipient;
import vn.gov.directive.events.Role;

class RecipientExpansionTest {

    private static final LocalDate ISSUE_DAY = LocalDate.of(2026, 4, 15);

    private final InMemoryDirectory seedDirectory = new InMemoryDirectory(SeedFiles.units(),
            SeedFiles.groups().stream().map(GroupUpserted::code).collect(Collectors.toSet()));
    private final RecipientExpansion expansion = new RecipientExpansion(seedDirectory);

    @Test
    void seedDirectiveReaches38UnitsWith34Action3ForReport1Coordinate() {
        List<Recipient> recipients = expansion.recipients(seedRecipients(), "STTTT", ISSUE_DAY);

        assertThat(recipients).hasSize(38);
        Map<Role, Long> byRole = recipients.stream().collect(Collectors.groupingBy(Recipient::role, Collectors.counting()));
        assertThat(byRole).containsExactlyInAnyOrderEntriesOf(Map.of(Role.ACTION, 34L, Role.FOR_REPORT, 3L, Role.COORDINATE, 1L));
        assertThat(recipients).extracting(Recipient::unit).doesNotHaveDuplicates().doesNotContain("STTTT")
                .contains("UBND-HALONG", "TTTT-TINH", "SNV");
        assertThat(recipients).contains(new Recipient("CA-TINH", Role.COORDINATE), new Recipient("UBND-TINH", Role.FOR_REPORT));
    }

    @Test
    void unitNamedTwiceKeepsItsStrongestRoleWhateverTheOrder() {
        List<NamedRecipient> named = List.of(new NamedRecipient(UnitRef.unit("SNV"), Role.FOR_INFO),
                new NamedRecipient(UnitRef.group("PROVINCIAL_AGENCIES"), Role.COORDINATE),
                new NamedRecipient(UnitRef.unit("SNV"), Role.ACTION),
                new NamedRecipient(UnitRef.unit("STP"), Role.FOR_REPORT));

        Map<String, Role> roles = expansion.recipients(named, "STTTT", ISSUE_DAY).stream()
                .collect(Collectors.toMap(Recipient::unit, Recipient::role));

        assertThat(roles).containsEntry("SNV", Role.ACTION).containsEntry("STP", Role.COORDINATE).containsEntry("SYT", Role.COORDINATE);
    }

    @Test
    void issuerNeverReceivesItsOwnDirectiveEvenNamedDirectly() {
        List<Recipient> recipients = expansion.recipients(List.of(new NamedRecipient(UnitRef.unit("STTTT"), Role.ACTION),
                new NamedRecipient(UnitRef.unit("SNV"), Role.ACTION)), "STTTT", ISSUE_DAY);

        assertThat(recipients).containsExactly(new Recipient("SNV", Role.ACTION));
    }

    @Test
    void groupExpandsToMembersValidOnTheIssueDayOnly() {
        Function<ReplicaUnit, ReplicaUnit> retiredYesterday = u -> new ReplicaUnit(u.code(), u.name(), u.kind(), u.email(),
                u.groups(), null, ISSUE_DAY.minusDays(1), null);
        Function<ReplicaUnit, ReplicaUnit> startsTomorrow = u -> new ReplicaUnit(u.code(), u.name(), u.kind(), u.email(),
                u.groups(), ISSUE_DAY.plusDays(1), null, null);
        Function<ReplicaUnit, ReplicaUnit> lastDayToday = u -> new ReplicaUnit(u.code(), u.name(), u.kind(), u.email(),
                u.groups(), null, ISSUE_DAY, null);
        InMemoryDirectory directory = seedDirectory.with(retiredYesterday.apply(seedDirectory.unit("UBND-HALONG").orElseThrow()))
                .with(startsTomorrow.apply(seedDirectory.unit("UBND-CAMPHA").orElseThrow()))
                .with(lastDayToday.apply(seedDirectory.unit("UBND-UONGBI").orElseThrow()));

        List<String> units = new RecipientExpansion(directory)
                .recipients(List.of(new NamedRecipient(UnitRef.group("DISTRICT_PCS"), Role.ACTION)), "STTTT", ISSUE_DAY)
                .stream().map(Recipient::unit).toList();

        assertThat(units).hasSize(11).doesNotContain("UBND-HALONG", "UBND-CAMPHA").contains("UBND-UONGBI");
    }

    @Test
    void unknownCodesAreRefusedWith422NamingEachOne() {
        List<NamedRecipient> named = List.of(new NamedRecipient(UnitRef.group("NO_SUCH_GROUP"), Role.ACTION),
                new NamedRecipient(UnitRef.unit("SNV"), Role.ACTION),
                new NamedRecipient(UnitRef.unit("UBND-ATLANTIS"), Role.FOR_INFO),
                new NamedRecipient(UnitRef.group("SNV"), Role.ACTION));

        assertThatThrownBy(() -> expansion.recipients(named, "STTTT", ISSUE_DAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(422);
                    assertThat(e.problem().detail()).contains("NO_SUCH_GROUP", "UBND-ATLANTIS", "unknown group SNV");
                    assertThat(e.problem().errors()).extracting(Problem.FieldError::field)
                            .containsExactly("recipients[0].group", "recipients[2].unit", "recipients[3].group");
                });
    }

    @Test
    void unitNamedDirectlyButRetiredIsRefused() {
        ReplicaUnit snv = seedDirectory.unit("SNV").orElseThrow();
        InMemoryDirectory directory = seedDirectory.with(new ReplicaUnit("SNV", snv.name(), snv.kind(), snv.email(), snv.groups(),
                null, ISSUE_DAY.minusDays(1), null));

        assertThatThrownBy(() -> new RecipientExpansion(directory)
                .recipients(List.of(new NamedRecipient(UnitRef.unit("SNV"), Role.ACTION)), "STTTT", ISSUE_DAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().detail()).contains("SNV is not valid on"));
    }

    @Test
    void directiveToNobodyButTheIssuerIsRefused() {
        assertThatThrownBy(() -> expansion.recipients(List.of(new NamedRecipient(UnitRef.unit("STTTT"), Role.ACTION)), "STTTT", ISSUE_DAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(422));
    }

    @Test
    void taskAssigneesExpandToUnitCodesWithoutTheIssuer() {
        DirectiveContent content = content(List.of(new NamedRecipient(UnitRef.unit("SNV"), Role.ACTION)),
                List.of(UnitRef.group("PROVINCIAL_AGENCIES"), UnitRef.unit("TTTT-TINH")));

        List<String> assignees = expansion.expand(content, "STTTT", ISSUE_DAY).taskAssignees().get(0);

        assertThat(assignees).hasSize(21).doesNotContain("STTTT").contains("SNV", "TTTT-TINH").doesNotHaveDuplicates();
    }

    @Test
    void unknownRecipientsAndTaskAssigneesAreNamedInOneRefusal() {
        DirectiveContent content = content(List.of(new NamedRecipient(UnitRef.unit("UBND-ATLANTIS"), Role.ACTION)),
                List.of(UnitRef.unit("NOPE")));

        assertThatThrownBy(() -> expansion.expand(content, "STTTT", ISSUE_DAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors())
                        .extracting(Problem.FieldError::field).containsExactly("recipients[0].unit", "tasks[0].assignees[0].unit"));
    }

    @Test
    void aDraftToNobodyButTheIssuerExpandsButCannotBeIssued() {
        ExpandedRecipients expanded = expansion.expand(content(List.of(new NamedRecipient(UnitRef.unit("STTTT"), Role.ACTION)),
                List.of()), "STTTT", ISSUE_DAY);

        assertThat(expanded.recipients()).isEmpty();
        assertThatThrownBy(expanded::toIssue).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().type().toString()).endsWith("no-recipients"));
    }

    /** Issuing reads the directory once per named code: the stored list and the event's recipients and tasks reuse that one expansion. */
    @Test
    void anIssueExpandsOnceAndItsEventReusesTheResult() {
        CountingLookup counting = new CountingLookup(seedDirectory);
        DirectiveContent content = content(seedRecipients(), List.of(UnitRef.group("PROVINCIAL_AGENCIES"), UnitRef.unit("TTTT-TINH")));

        ExpandedRecipients expanded = new RecipientExpansion(counting).expand(content, "STTTT", ISSUE_DAY);
        int lookupsOfOneExpansion = counting.lookups;
        Directive directive = Directive.draft("STTTT", content, null, null, "stttt", Instant.parse("2026-04-15T03:00:00Z"));
        directive.issuedAt = Instant.parse("2026-04-15T03:00:00Z");
        var issued = DirectiveEvents.issued(directive, "Sở Thông tin và Truyền thông", expanded);
        var amended = DirectiveEvents.amended(directive, "Sửa hạn", directive.issuedAt, "stttt", expanded);

        assertThat(lookupsOfOneExpansion).isEqualTo(seedRecipients().size() + 2);
        assertThat(counting.lookups).isEqualTo(lookupsOfOneExpansion);
        assertThat(issued.recipients()).hasSize(38).isEqualTo(expanded.toIssue());
        assertThat(issued.tasks().get(0).assignees()).isEqualTo(expanded.taskAssignees().get(0)).hasSize(21);
        assertThat(amended.tasks().get(0).assignees()).isEqualTo(expanded.taskAssignees().get(0));
    }

    private static DirectiveContent content(List<NamedRecipient> recipients, List<UnitRef> assignees) {
        return new DirectiveContent("CONG_VAN", "STTTT-X", null, "V/v", "body", new Signer("A", "B", null), null, null, null,
                null, null, recipients, List.of(new TaskSpec(null, "Task", assignees, null, List.of())), null, null);
    }

    /** Counts the named codes looked up (a unit's code or a group's membership), whatever the lookup answers. */
    private static final class CountingLookup implements DirectoryLookup {

        private final DirectoryLookup directory;
        private int lookups;

        CountingLookup(DirectoryLookup directory) {
            this.directory = directory;
        }

        @Override
        public Optional<ReplicaUnit> unit(String code) {
            lookups++;
            return directory.unit(code);
        }

        @Override
        public boolean isGroup(String code) {
            lookups++;
            return directory.isGroup(code);
        }

        @Override
        public List<ReplicaUnit> membersOf(String group, LocalDate day) {
            return directory.membersOf(group, day);
        }
    }

    static List<NamedRecipient> seedRecipients() {
        List<NamedRecipient> named = new ArrayList<>();
        for (JsonNode recipient : SeedFiles.directive().path("recipients")) {
            UnitRef target = recipient.has("group") ? UnitRef.group(recipient.get("group").asText()) : UnitRef.unit(recipient.get("unit").asText());
            named.add(new NamedRecipient(target, Role.valueOf(recipient.get("role").asText())));
        }
        return named;
    }
}
