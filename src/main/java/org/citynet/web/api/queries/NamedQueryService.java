package org.citynet.web.api.queries;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.citynet.kernel.store.OneGeneration;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.web.system.BadRequestException;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.InvalidParameterException;
import org.citynet.web.system.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Runs named queries for the API: validates the request (parameters, page), binds the parameters by
 * substitution, and runs either the whole query (refused if it has more rows than
 * {@code citynet.sparql.max-rows}) or one page of it together with the number of all its rows (counted
 * only when the page is full). Stateless.
 */
@Service
public class NamedQueryService {

    /** A page and its total come from two queries; if the data changes between them, ask again. */
    private static final int ATTEMPTS = 3;

    private final NamedQueryCatalog catalog;
    private final QueryRunner runner;
    private final Duration timeout;
    private final int maxPageSize;
    private final int maxRows;

    public NamedQueryService(NamedQueryCatalog catalog, QueryRunner runner, CitynetProperties properties) {
        this.catalog = catalog;
        this.runner = runner;
        this.timeout = properties.namedQueries().timeout();
        this.maxPageSize = properties.namedQueries().maxPageSize();
        this.maxRows = properties.sparql().maxRows();
    }

    public List<NamedQuery> all() {
        return catalog.all();
    }

    public NamedQuery find(String name) {
        return catalog.find(name).orElseThrow(() -> new NotFoundException("There is no named query '"
                + (name.length() > 64 ? name.substring(0, 64) + "…" : name) + "'; GET /api/queries lists them"));
    }

    public NamedQueryAnswer run(NamedQueryRequest request) {
        NamedQuery query = find(request.name());
        if (!query.paginated() && request.asksForAPage()) {
            String given = request.page() != null ? PageRequest.PAGE : PageRequest.PAGE_SIZE;
            throw new InvalidParameterException(given, "only applies to paginated queries; '" + query.name()
                    + "' is not paginated and always returns all its rows");
        }
        // Validate everything the client sent before anything runs.
        Map<String, Node> bindings = query.bind(request.parameters());
        if (!query.paginated()) {
            return whole(query, bindings);
        }
        return page(query, bindings, PageRequest.of(request.page(), request.pageSize(), query.pageSize(), maxPageSize));
    }

    private NamedQueryAnswer whole(NamedQuery query, Map<String, Node> bindings) {
        ResultRows rows = select(QueryForms.capped(query.query(), maxRows), bindings);
        if (rows.size() > maxRows) {
            throw new BadRequestException("Query '" + query.name() + "' has more than " + maxRows
                    + " rows, more than this service returns at once; narrow it with its parameters");
        }
        return new NamedQueryAnswer(query.name(), bindings, null, rows.size(), rows);
    }

    private NamedQueryAnswer page(NamedQuery query, Map<String, Node> bindings, PageRequest request) {
        Query count = QueryForms.count(query.query());
        Query slice = QueryForms.page(query.query(), request);
        // The total must describe the same data as the rows.
        return OneGeneration.read(runner::dataGeneration, ATTEMPTS, generation -> {
            ResultRows rows = select(slice, bindings);
            Page page = Page.of(request, totalFromPage(request, rows.size()).orElseGet(() -> count(count, bindings)));
            if (!page.exists()) {
                throw new NotFoundException(page.missing());
            }
            return new NamedQueryAnswer(query.name(), bindings, page, page.total(), rows);
        });
    }

    /**
     * A page with fewer rows than asked for is the last one, so it gives the total without counting — which
     * for most answers (a city's agreements, a network's groups) means the page is the only query. An empty
     * page after the first says nothing about how many rows come before it.
     */
    static OptionalLong totalFromPage(PageRequest request, int rowsOnPage) {
        boolean last = rowsOnPage < request.size() && (rowsOnPage > 0 || request.number() == 1);
        return last ? OptionalLong.of(request.offset() + rowsOnPage) : OptionalLong.empty();
    }

    private long count(Query count, Map<String, Node> bindings) {
        List<Long> totals = runner.select(count, bindings, timeout,
                row -> row.getLiteral(QueryForms.TOTAL).getLong());
        return totals.isEmpty() ? 0 : totals.get(0);
    }

    private ResultRows select(Query query, Map<String, Node> bindings) {
        ResultRows[] rows = new ResultRows[1];
        runner.execute(query, bindings, timeout, execution -> rows[0] = ResultRows.read(execution));
        return rows[0];
    }
}
