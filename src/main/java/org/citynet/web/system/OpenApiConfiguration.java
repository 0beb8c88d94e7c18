package org.citynet.web.system;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * What {@code /openapi.json} says of the service as a whole: title, the project's version, description,
 * contact and licence, the server (relative: wherever the description is served from, behind a proxy too),
 * the tags, the RFC 9457 {@code ProblemDetail} schema and the problem answers operations refer to by
 * name ({@link #NOT_FOUND} and the others, as {@code #/components/responses/…}). Each operation's own
 * summary, parameters and refusals are documented where it is handled; {@link #crossCutting} adds the
 * refusals every operation can give, whoever handles it: a malformed request (400), an Accept it cannot
 * answer (406), the rate limit (429) and an internal error (500). Springdoc builds the document once, on
 * the first request for it.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    /** The schema of every problem answer. */
    public static final String PROBLEM_DETAIL = "ProblemDetail";
    public static final String BAD_REQUEST = "BadRequest";
    public static final String NOT_FOUND = "NotFound";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    public static final String INTERNAL_ERROR = "InternalError";
    public static final String BAD_GATEWAY = "BadGateway";
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String CONTENT_TOO_LARGE = "ContentTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String UNPROCESSABLE_CONTENT = "UnprocessableContent";
    public static final String CONFLICT = "Conflict";
    public static final String URI_TOO_LONG = "UriTooLong";
    /** For {@code @ApiResponse(ref = …)}: a response of {@code #/components/responses}. */
    public static final String RESPONSES = "#/components/responses/";

    /** Descriptions of the parameters many operations share. */
    public static final String LANG = "Language of the labels (a BCP 47 tag such as fi, sv or en); overrides"
            + " Accept-Language";
    public static final String ACCEPT_LANGUAGE = "Languages of the labels in order of preference, when lang is not"
            + " given; then English, Finnish, Swedish";
    public static final String PAGE = "The page of the list, counted from 1 (default 1)";
    public static final String PAGE_SIZE = "Items per page (default 100, at most citynet.named-queries.max-page-size,"
            + " 1000 unless configured)";

    public static final String TAG_CITIES = "Cities";
    public static final String TAG_NETWORKS = "Networks";
    public static final String TAG_AGREEMENTS = "Agreements";
    public static final String TAG_THEMES = "Themes";
    public static final String TAG_COMPARISON = "Comparison";
    public static final String TAG_NAMED_QUERIES = "Named queries";
    public static final String TAG_SPARQL = "SPARQL";
    public static final String TAG_CATALOGUE = "Catalogue and dumps";
    public static final String TAG_LINKED_DATA = "Linked data";
    public static final String TAG_PAGES = "Data of the pages";

    private static final String DESCRIPTION = """
            citynet is an open knowledge graph of **city networks and partnerships**: cities, the networks, \
            working groups and cooperation bodies they belong to, twinning and partnership agreements, \
            memoranda of understanding and the themes they are about. Every fact rests on a source document, \
            and every answer lists the sources it rests on.

            This API serves it as plain JSON (cities, networks, agreements, themes, comparisons), as named \
            SPARQL queries with parameters (`/api/queries/{name}`), as a SPARQL 1.1 endpoint (`/sparql`, with \
            the Graph Store Protocol at `/sparql/graph`) and as a DCAT-AP catalogue with dumps.

            * **Languages.** Labels come in the language asked for: `?lang=fi`, else `Accept-Language`, else \
            English, Finnish, Swedish.
            * **Errors** are RFC 9457 problem details (`application/problem+json`, schema `ProblemDetail`): \
            `type` names the problem, `detail` says what to change, and a 400 names the `parameter` at fault.
            * **Caching.** `GET /api/**` and `GET /sparql` answers carry an `ETag`; send it back in \
            `If-None-Match` for a 304.
            * **Limits.** Reads are public and rate-limited per client (429 with `Retry-After`); queries have a \
            time limit (503 with `Retry-After`). Writes need HTTP Basic or an API token (`Authorization: \
            Bearer`) and are off unless configured.
            * **CORS.** Any origin may GET and POST `/api/**` and `/sparql`.
            """;

    @Bean
    OpenAPI citynetOpenApi(@Value("${spring.application.version:unknown}") String version,
                           CitynetProperties properties) {
        return new OpenAPI()
                .info(new Info()
                        .title("citynet API")
                        .version(version)
                        .summary("City networks and partnerships as linked data: REST/JSON, named queries, SPARQL")
                        .description(DESCRIPTION)
                        .contact(contact(properties.catalog()))
                        .license(new License().name("CC BY 4.0 (the data and the ontology)")
                                .url("https://creativecommons.org/licenses/by/4.0/")))
                .servers(List.of(new Server().url(".").description(
                        "This service: the address this description is served from")))
                // Reads need no credentials; valid credentials raise a client's rate limit. Writes say otherwise.
                .security(List.of(new SecurityRequirement(), new SecurityRequirement().addList("basic"),
                        new SecurityRequirement().addList("bearer")))
                .tags(tags())
                .components(new Components()
                        .addSchemas(PROBLEM_DETAIL, problemDetail())
                        .responses(problems()));
    }

    /** The publisher the catalogue names, with its contact point or home page where configured. */
    private static Contact contact(CitynetProperties.Catalog catalog) {
        Contact contact = new Contact().name(catalog.publisherName());
        if (catalog.contact() != null && "mailto".equals(catalog.contact().getScheme())) {
            contact.email(catalog.contact().getSchemeSpecificPart());
        } else if (catalog.contact() != null) {
            contact.url(catalog.contact().toString());
        }
        if (contact.getUrl() == null && catalog.publisherHomepage() != null) {
            contact.url(catalog.publisherHomepage().toString());
        }
        return contact;
    }

    /**
     * The refusals every operation can give, added last, after every other customizer; then the schemas no
     * operation refers to any more (those of the parameters the SPARQL description replaced) are dropped.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer crossCutting() {
        return openApi -> {
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                ApiResponses responses = operation.getResponses();
                addIfMissing(responses, "400", BAD_REQUEST);
                if (producesContent(operation)) {
                    addIfMissing(responses, "406", NOT_ACCEPTABLE);
                }
                addIfMissing(responses, "429", TOO_MANY_REQUESTS);
                addIfMissing(responses, "500", INTERNAL_ERROR);
            }));
            dropUnusedSchemas(openApi);
        };
    }

    private static void dropUnusedSchemas(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        boolean dropped = true;
        // A schema used only by a dropped one goes in the next round.
        while (dropped && schemas != null) {
            String document;
            try {
                document = Json.mapper().writeValueAsString(openApi);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("The OpenAPI document cannot be written", e);
            }
            dropped = schemas.keySet().removeIf(name -> !document.contains("\"#/components/schemas/" + name + "\""));
        }
    }

    private static boolean producesContent(Operation operation) {
        return operation.getResponses().entrySet().stream().anyMatch(e -> e.getKey().startsWith("2")
                && e.getValue().getContent() != null && !e.getValue().getContent().isEmpty());
    }

    private static void addIfMissing(ApiResponses responses, String status, String name) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref(RESPONSES + name));
        }
    }

    private static List<Tag> tags() {
        return List.of(
                new Tag().name(TAG_CITIES).description("Cities with their names, country, memberships, twin cities,"
                        + " agreements, partnerships and offices"),
                new Tag().name(TAG_NETWORKS).description("City networks, their working groups and regional or national"
                        + " cooperation bodies, with their members"),
                new Tag().name(TAG_AGREEMENTS).description("Twinning and partnership agreements and memoranda of"
                        + " understanding, with parties, dates, validity and themes"),
                new Tag().name(TAG_THEMES).description("The cooperation themes and what is about each"),
                new Tag().name(TAG_COMPARISON).description("What cities share: memberships, agreements, Jaccard index"),
                new Tag().name(TAG_NAMED_QUERIES).description("The SPARQL queries of the repository's queries/ folder,"
                        + " one operation each, with typed parameters and pagination"),
                new Tag().name(TAG_SPARQL).description("The SPARQL 1.1 Protocol (query and update) and Graph Store"
                        + " Protocol endpoints"),
                new Tag().name(TAG_CATALOGUE).description("The DCAT-AP catalogue, the VoID description and the gzip"
                        + " dumps of the whole knowledge graph"),
                new Tag().name(TAG_LINKED_DATA).description("Documents linked-data clients read besides the entities"),
                new Tag().name(TAG_PAGES).description("JSON the HTML pages (the map, the SPARQL editor) load; usable"
                        + " by anyone"));
    }

    /** RFC 9457 problem details as {@link ErrorMapping} writes them, with citynet's extension members. */
    private static Schema<?> problemDetail() {
        return new Schema<>().type("object")
                .description("RFC 9457 problem details. Further members a problem may carry: `parameter` (400: the"
                        + " parameter at fault), `line` and `column` (400: where a SPARQL query stops parsing),"
                        + " `violations` (422: each shape violation), `graphs` (403: the protected graphs).")
                .addProperty("type", new Schema<>().type("string").format("uri")
                        .description("The kind of problem: https://w3id.org/citynet/problems/{name}")
                        .example("https://w3id.org/citynet/problems/invalid-parameter"))
                .addProperty("title", new Schema<>().type("string").description("A short summary of the kind")
                        .example("Invalid parameter"))
                .addProperty("status", new IntegerSchema().minimum(BigDecimal.valueOf(400))
                        .maximum(BigDecimal.valueOf(599)).description("The HTTP status").example(400))
                .addProperty("detail", new Schema<>().type("string").description("What went wrong and how to put it"
                        + " right").example("Parameter 'zoom' must be an integer from 0 to 18"))
                .addProperty("instance", new Schema<>().type("string").format("uri-reference")
                        .description("The path of the request").example("/map/data"))
                .addProperty("parameter", new Schema<>().type("string").description("The parameter at fault")
                        .example("zoom"))
                .addProperty("line", new IntegerSchema().description("Line of a SPARQL syntax error"))
                .addProperty("column", new IntegerSchema().description("Column of a SPARQL syntax error"))
                .addProperty("violations", new Schema<>().type("array").items(new Schema<>().type("object")
                        .additionalProperties(true)).description("Shape violations: focusNode, path, value, shape,"
                        + " message, graphs"))
                .addProperty("graphs", new Schema<>().type("array").items(new Schema<>().type("string").format("uri"))
                        .description("Graphs a write may not change"))
                .required(List.of("type", "title", "status"))
                .additionalProperties(true);
    }

    private static Map<String, ApiResponse> problems() {
        Header retryAfter = new Header().description("Seconds to wait before trying again")
                .schema(new IntegerSchema().minimum(BigDecimal.ZERO));
        Map<String, ApiResponse> problems = new LinkedHashMap<>();
        problems.put(BAD_REQUEST, problem("The request is malformed: a parameter missing, of the wrong type or too"
                + " long (the problem names it), an unparseable Accept header, or a SPARQL query that does not parse"
                + " (with line and column) or is too complex"));
        problems.put(NOT_FOUND, problem("No such resource"));
        problems.put(NOT_ACCEPTABLE, problem("None of the media types the Accept header asks for can be produced"));
        problems.put(TOO_MANY_REQUESTS, problem("This client has used up its allowance of requests; try again after"
                + " Retry-After seconds").addHeaderObject("Retry-After", retryAfter));
        problems.put(INTERNAL_ERROR, problem("The service failed; the problem says no more than that"));
        problems.put(BAD_GATEWAY, problem("The remote SPARQL store behind the service did not answer properly"));
        problems.put(SERVICE_UNAVAILABLE, problem("A query ran longer than allowed and was stopped, every query"
                + " slot was busy, or a remote store's answer may have been cut (partial-answer); try again after"
                + " Retry-After seconds, or narrow the request")
                .addHeaderObject("Retry-After", retryAfter));
        problems.put(UNAUTHORIZED, problem("No valid credentials: HTTP Basic for a configured user, or"
                + " Authorization: Bearer with an API token (see WWW-Authenticate)")
                .addHeaderObject("WWW-Authenticate", new Header().description("Basic and Bearer challenges")
                        .schema(new Schema<>().type("string"))));
        problems.put(FORBIDDEN, problem("Writes are off on this server (writes-not-enabled), the graph is protected"
                + " (protected-graph), or the request came from another origin's page (cross-origin-write)"));
        problems.put(CONTENT_TOO_LARGE, problem("The body is larger than the service accepts"));
        problems.put(UNSUPPORTED_MEDIA_TYPE, problem("The body's Content-Type is not one the operation takes"));
        problems.put(UNPROCESSABLE_CONTENT, problem("The write would violate the knowledge graph's SHACL shapes"
                + " (each violation is listed), or the remote store cannot take this write (unsupported-write);"
                + " nothing was written"));
        problems.put(CONFLICT, problem("Another write reached a shared store first (write-conflict); nothing of this"
                + " one was written: send it again"));
        problems.put(URI_TOO_LONG, problem("The URL is too long: send the query in a POST body"));
        return problems;
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_DETAIL))));
    }
}
