package vn.gov.directive.distribution.domain;

/** What an import changed; all zeros for a file already imported. */
public record DirectoryChanges(int groupsUpserted, int unitsUpserted, int unitsRetired) {
}
