package org.citynet.web.api;

import org.apache.jena.query.Query;
import org.citynet.kernel.store.SparqlFiles;

/**
 * The SPARQL files behind the REST API, in {@code src/main/resources/sparql/api/}. Each SELECT returns fact
 * rows {@code ?node ?field ?value ?label} (see {@link FieldTable}) except {@link #NETWORK_RESOLVE}
 * ({@code ?node ?field}), {@link #AGREEMENT_FACETS} ({@code ?node ?field ?value}), {@link #PARTY_AGREEMENTS} ({@code ?node}), {@link #AGREEMENT_CLASSES} ({@code ?class}), the list keys {@link #CITY_KEYS},
 * {@link #NETWORK_KEYS}, {@link #AGREEMENT_KEYS} and the {@code THEME_*_KEYS} ({@code ?node ?label}), {@link #COUNTRY_CITIES}
 * ({@code ?node}), {@link #THEME_AGREEMENTS} ({@code ?theme ?count}), {@link #THEME_USAGE} ({@code ?theme ?field ?count}) and the ASK {@link #EXISTS}. Parameters are bound by substitution; every file
 * names the variables it expects bound.
 */
public enum ApiQuery {
    CITIES("cities"),
    CITY_KEYS("city-keys"),
    COUNTRY_CITIES("country-cities"),
    CITY_MEMBERSHIPS("city-memberships"),
    CITY_TWINS("city-twins"),
    CITY_OFFICES("city-offices"),
    PARTNERSHIPS("partnerships"),
    AGREEMENTS("agreements"),
    AGREEMENT_KEYS("agreement-keys"),
    AGREEMENT_FACETS("agreement-facets"),
    AGREEMENT_CLASSES("agreement-classes"),
    PARTY_AGREEMENTS("party-agreements"),
    NETWORKS("networks"),
    NETWORK_KEYS("network-keys"),
    NETWORK_RESOLVE("network-resolve"),
    NETWORK_MEMBERS("network-members"),
    NETWORK_UNITS("network-units"),
    THEMES("themes"),
    THEME_USES("theme-uses"),
    THEME_AGREEMENTS("theme-agreements"),
    THEME_USAGE("theme-usage"),
    THEME_AGREEMENT_KEYS("theme-agreement-keys"),
    THEME_PARTNERSHIP_KEYS("theme-partnership-keys"),
    THEME_NETWORK_KEYS("theme-network-keys"),
    SOURCES("sources"),
    QUOTATIONS("quotations"),
    EXISTS("exists");

    private final String file;

    ApiQuery(String file) {
        this.file = file;
    }

    /** The parsed query, from {@code sparql/api/FILE.rq}. */
    Query load() {
        return SparqlFiles.load("api", file);
    }
}
