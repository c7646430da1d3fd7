package vn.gov.directive.common.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?page=&size=}: pages count from 0, 50 items by default, 1000 at most. The page is
 * bounded too, so that page * size stays a reachable offset (at most {@value #MAX_OFFSET} items
 * are skipped): beyond it a list is searched with its filters, not paged through.
 */
@ReachablePage
public class PageRequest {

    public static final int MAX_SIZE = 1000;
    public static final int MAX_OFFSET = 1_000_000;
    public static final int MAX_PAGE = MAX_OFFSET;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = MAX_PAGE, message = "must be at most " + MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE)
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    public int offset() {
        return Math.toIntExact((long) page * size);
    }
}
