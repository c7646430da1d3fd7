package vn.gov.directive.web;

import java.util.Map;

import jakarta.ws.rs.core.UriBuilder;

/**
 * A list's page links: the page shown as people count (from 1), the number of pages, and the
 * links to the previous and next pages (null at either end). The links keep the list's own query
 * (filters, search) and carry the page as {@code page}, counted from 0 like the API's.
 */
public record Pager(int shown, int pages, String previous, String next) {

    /**
     * @param path the list's path, e.g. "/clerk"
     * @param query the list's other query values in their order; empty or null values are left out
     * @param page the page shown, from 0
     * @param total how many items the list has in all
     * @param size items per page
     */
    public static Pager of(String path, Map<String, String> query, int page, long total, int size) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Pager(page + 1, pages, page > 0 ? href(path, query, page - 1) : null,
                page + 1 < pages ? href(path, query, page + 1) : null);
    }

    /** The link to page {@code page} (from 0) of the list at {@code path} with its query. */
    public static String href(String path, Map<String, String> query, int page) {
        UriBuilder to = UriBuilder.fromPath(path);
        query.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                to.queryParam(name, value);
            }
        });
        if (page > 0) {
            to.queryParam("page", page);
        }
        return to.build().toString();
    }
}
