#!/usr/bin/env python3
"""Harvest citynet the way a third-party client would, with rdflib and SPARQLWrapper.

Usage: harvest_test.py BASE_URL

Parses /catalog and /.well-known/void in every RDF format (by Accept and by extension), and one entity
(/id/city/espoo) in every RDF format the service offers for it (Turtle, JSON-LD, RDF/XML, N-Triples, TriG,
N-Quads, by Accept and by extension); checks that the DCAT catalogue's dumps download with the size and
SHA-256 it states and parse, reads the SPARQL Service Description, and queries BASE_URL/sparql with
SPARQLWrapper (SELECT and ASK, with JSON and XML results, and a CONSTRUCT). Prints one line per check and
exits 1 if any check failed, 2 on a usage error.
"""

import argparse

import gzip
import hashlib
import sys
import urllib.request
from urllib.parse import urljoin

from rdflib import ConjunctiveGraph, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, RDF, SKOS

DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCT = Namespace("http://purl.org/dc/terms/")
SPDX = Namespace("http://spdx.org/rdf/terms#")
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
CN = Namespace("https://w3id.org/citynet/ontology#")
SPARQL_RESULTS = "http://www.w3.org/2005/sparql-results#"
ESPOO = URIRef("https://w3id.org/citynet/id/city/espoo")

# media type -> (extension, rdflib parser name)
FORMATS = {
    "text/turtle": ("ttl", "turtle"),
    "application/ld+json": ("jsonld", "json-ld"),
    "application/rdf+xml": ("rdf", "xml"),
    "application/n-triples": ("nt", "nt"),
}

# The entity's formats: media type -> (extension, rdflib parser name, whether the format holds quads)
ENTITY_FORMATS = {
    "text/turtle": ("ttl", "turtle", False),
    "application/ld+json": ("jsonld", "json-ld", False),
    "application/rdf+xml": ("rdf", "xml", False),
    "application/n-triples": ("nt", "nt", False),
    "application/trig": ("trig", "trig", True),
    "application/n-quads": ("nq", "nquads", True),
}

failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)
    return condition


def fetch(url, accept=None):
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, response.headers.get("Content-Type", ""), response.read()


def parse_everywhere(base, path):
    """The resource at path in every format, by Accept and by extension; returns the Turtle graph."""
    reference = None
    for media_type, (extension, parser) in FORMATS.items():
        for url, accept in ((urljoin(base, path), media_type), (urljoin(base, f"{path}.{extension}"), None)):
            label = f"{url} ({accept or 'by extension'})"
            try:
                status, content_type, body = fetch(url, accept)
                graph = Graph().parse(data=body, format=parser, publicID=url)
            except Exception as error:  # any failure to fetch or parse is a failed check
                check(False, f"{label}: {error}")
                continue
            check(status == 200 and content_type.startswith(media_type),
                  f"{label}: {status} {content_type}, {len(graph)} triples")
            if reference is None:
                reference = graph
            else:
                check(len(graph) == len(reference), f"{label}: same size as the Turtle ({len(reference)})")
    return reference


def parse_entity(base, path):
    """One entity in every format, by Accept and by extension: the same statements in each. In TriG and N-Quads
    each statement sits in a named graph of the knowledge graph (the graph of its source) and in the default
    graph too, where clients that read triples or query without GRAPH find it (rdflib puts a document's
    default graph in the context named by the document's address)."""
    reference = None
    for media_type, (extension, parser, quads) in ENTITY_FORMATS.items():
        for url, accept in ((urljoin(base, path), media_type), (urljoin(base, f"{path}.{extension}"), None)):
            label = f"{url} ({accept or 'by extension'})"
            try:
                status, content_type, body = fetch(url, accept)
                graph = ConjunctiveGraph() if quads else Graph()
                graph.parse(data=body, format=parser, publicID=url)
            except Exception as error:  # any failure to fetch or parse is a failed check
                check(False, f"{label}: {error}")
                continue
            triples = {(s, p, o) for s, p, o, _ in graph.quads((None, None, None))} if quads else set(graph)
            check(status == 200 and content_type.startswith(media_type),
                  f"{label}: {status} {content_type}, {len(triples)} distinct triples")
            check((ESPOO, RDF.type, CN.City) in triples, f"{label}: states that {ESPOO} is a cn:City")
            check((ESPOO, SKOS.prefLabel, Literal("Esbo", lang="sv")) in triples, f"{label}: names it Esbo in Swedish")
            if quads:
                named = {str(c.identifier) for _, _, _, c in graph.quads((None, None, None))} - {url}
                check(len(named) >= 2 and all(g.startswith("https://w3id.org/citynet/graph/") for g in named),
                      f"{label}: statements in the named graphs of their sources: {sorted(named)}")
                default = set(graph.get_context(URIRef(url)))
                check(default == triples, f"{label}: the default graph holds every statement ({len(default)})")
            if reference is None:
                reference = triples
            else:
                check(len(triples) == len(reference), f"{label}: as many statements as the Turtle ({len(reference)})")
    return reference


def check_dumps(catalogue):
    quad_counts = {}
    for distribution in catalogue.subjects(RDF.type, DCAT.Distribution):
        url = catalogue.value(distribution, DCAT.downloadURL)
        if url is None:
            continue
        status, content_type, body = fetch(str(url))
        check(status == 200, f"{url}: {status} {content_type}, {len(body)} bytes")
        checksum = catalogue.value(catalogue.value(distribution, SPDX.checksum), SPDX.checksumValue)
        check(checksum is not None and hashlib.sha256(body).hexdigest() == str(checksum),
              f"{url}: SHA-256 equals spdx:checksum {checksum}")
        size = catalogue.value(distribution, DCAT.byteSize)
        check(size is not None and int(size) == len(body), f"{url}: dcat:byteSize {size}")
        dataset = Dataset()
        dataset.parse(data=gzip.decompress(body), format="nquads" if str(url).endswith(".nq.gz") else "trig")
        quad_counts[str(url)] = sum(1 for _ in dataset.quads((None, None, None, None)))
        check(quad_counts[str(url)] > 0, f"{url}: {quad_counts[str(url)]} quads")
    check(len(quad_counts) == 2, f"two dumps in the catalogue: {sorted(quad_counts)}")
    check(len(set(quad_counts.values())) == 1, f"the dumps hold the same number of quads: {quad_counts}")


def check_sparql(endpoint, void_triples):
    from SPARQLWrapper import JSON, TURTLE, XML, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setReturnFormat(JSON)
    client.setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    rows = client.queryAndConvert()["results"]["bindings"]
    check(int(rows[0]["n"]["value"]) == void_triples, f"SPARQL count of the default graph equals void:triples {void_triples}")
    client.setQuery("ASK { ?city a <https://w3id.org/citynet/ontology#City> }")
    check(client.queryAndConvert().get("boolean") is True, "SPARQL ASK finds a cn:City")
    cities = "SELECT ?city WHERE { ?city a <https://w3id.org/citynet/ontology#City> }"
    client.setQuery(cities)
    json_cities = {row["city"]["value"] for row in client.queryAndConvert()["results"]["bindings"]}
    check(str(ESPOO) in json_cities, f"SPARQL SELECT as JSON: {len(json_cities)} cities, Espoo among them")

    client.setReturnFormat(XML)
    client.setQuery(cities)
    result = client.query()
    content_type = result.info().get("content-type", "")
    document = result.convert()
    xml_cities = {uri.firstChild.data for binding in document.getElementsByTagNameNS(SPARQL_RESULTS, "binding")
                  for uri in binding.getElementsByTagNameNS(SPARQL_RESULTS, "uri")}
    check(content_type.startswith("application/sparql-results+xml") and xml_cities == json_cities,
          f"SPARQL SELECT as XML ({content_type}): the same {len(xml_cities)} cities as in JSON")
    client.setQuery("ASK { <https://w3id.org/citynet/id/city/espoo> a <https://w3id.org/citynet/ontology#City> }")
    booleans = [b.firstChild.data for b in client.queryAndConvert().getElementsByTagNameNS(SPARQL_RESULTS, "boolean")]
    check(booleans == ["true"], f"SPARQL ASK as XML: {booleans}")
    client.setQuery("ASK { <https://w3id.org/citynet/id/city/espoo> a <https://w3id.org/citynet/ontology#CityNetwork> }")
    booleans = [b.firstChild.data for b in client.queryAndConvert().getElementsByTagNameNS(SPARQL_RESULTS, "boolean")]
    check(booleans == ["false"], f"SPARQL ASK as XML, a false statement: {booleans}")

    client.setQuery("CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } LIMIT 5")
    client.setReturnFormat(TURTLE)
    constructed = Graph().parse(data=client.queryAndConvert(), format="turtle")
    check(len(constructed) == 5, f"SPARQL CONSTRUCT as Turtle: {len(constructed)} triples")


def main(argv):
    parser = argparse.ArgumentParser(description="Harvest a citynet service with rdflib and SPARQLWrapper.")
    parser.add_argument("base", help="the service's address, e.g. http://localhost:8080/")
    arguments = parser.parse_args(argv[1:])
    base = arguments.base if arguments.base.endswith("/") else arguments.base + "/"

    catalogue = parse_everywhere(base, "catalog")
    if check(catalogue is not None, "the catalogue parses"):
        check(any(catalogue.subjects(RDF.type, DCAT.Catalog)), "a dcat:Catalog")
        check(any(catalogue.subjects(RDF.type, DCAT.DataService)), "a dcat:DataService")
        check_dumps(catalogue)

    description = parse_everywhere(base, ".well-known/void")
    void_triples = None
    if check(description is not None, "the VoID description parses"):
        dataset = description.value(URIRef(urljoin(base, ".well-known/void")), FOAF.primaryTopic)
        triples = description.value(dataset, VOID.triples)
        void_triples = int(triples) if triples is not None else None
        check(void_triples is not None and void_triples > 0, f"void:triples {void_triples}")
        check((dataset, VOID.sparqlEndpoint, URIRef(urljoin(base, "sparql"))) in description, "void:sparqlEndpoint")

    entity = parse_entity(base, "id/city/espoo")
    check(entity is not None and len(entity) > 0, "the entity parses in every format")

    status, content_type, body = fetch(urljoin(base, "sparql"), "text/turtle")
    service = Graph().parse(data=body, format="turtle")
    check(status == 200 and (None, SD.endpoint, URIRef(urljoin(base, "sparql"))) in service,
          "the service description names the endpoint")

    if void_triples is not None:
        try:
            check_sparql(urljoin(base, "sparql"), void_triples)
        except Exception as error:
            check(False, f"SPARQLWrapper: {error}")

    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
