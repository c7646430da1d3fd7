package vn.gov.directive.distribution.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import vn.gov.directive.common.rest.Page;
import vn.gov.directive.common.rest.PageRequest;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.distribution.domain.DirectoryChanges;
import vn.gov.directive.distribution.domain.DirectoryFile;
import vn.gov.directive.distribution.domain.DirectoryImporter;
import vn.gov.directive.distribution.domain.Unit;
import vn.gov.directive.distribution.domain.UnitGroup;
import vn.gov.directive.events.GroupUpserted;
import vn.gov.directive.events.UnitUpserted;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory", description = "The units and groups that directives are sent to")
public class DirectoryResource {

    @Inject
    DirectoryImporter importer;

    @Inject
    Caller caller;

    @POST
    @Path("/directory/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.OPERATOR)
    @Operation(summary = "Bring the directory to the state of a directory file; re-importing the same file changes nothing")
    public DirectoryChanges importDirectory(@NotNull @Valid DirectoryFile file) {
        return importer.importFile(file, caller);
    }

    @GET
    @Path("/units")
    @Operation(summary = "Units of the directory, by code")
    public Page<UnitUpserted> units(@Valid @BeanParam PageRequest paging) {
        PanacheQuery<Unit> query = Unit.findAll(Sort.by("code")).page(paging.page, paging.size);
        return new Page<>(query.list().stream().map(Unit::toEvent).toList(), paging.page, paging.size, query.count());
    }

    @GET
    @Path("/groups")
    @Operation(summary = "Groups of units, by code")
    public List<GroupUpserted> groups() {
        return UnitGroup.<UnitGroup>listAll(Sort.by("code")).stream().map(UnitGroup::toEvent).toList();
    }
}
