#!/usr/bin/env python3
"""Harvest citynet the way a third-party client would, with rdflib and SPARQLWrapper.

Usage: harvest_test.py BASE_URL [--sparql-endpoint URL]

Parses /catalog and /.well-known/void in every RDF format (by Accept and by extension), checks that the
DCAT catalogue's dumps download with the size and SHA-256 it states and parse, reads the SPARQL Service
Description, and queries BASE_URL/sparql with SPARQLWrapper (or the endpoint given with
--sparql-endpoint, e.g. the embedded Fuseki's). Prints one line per check and exits 1 if any check
failed, 2 on a usage error.
"""

import argparse

import gzip
import hashlib
import sys
import urllib.request
from urllib.parse import urljoin

from rdflib import Dataset, Graph, Namespace, URIRef
from rdflib.namespace import FOAF, RDF

DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCT = Namespace("http://purl.org/dc/terms/")
SPDX = Namespace("http://spdx.org/rdf/terms#")
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

# media type -> (extension, rdflib parser name)
FORMATS = {
    "text/turtle": ("ttl", "turtle"),
    "application/ld+json": ("jsonld", "json-ld"),
    "application/rdf+xml": ("rdf", "xml"),
    "application/n-triples": ("nt", "nt"),
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
    from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setReturnFormat(JSON)
    client.setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    rows = client.queryAndConvert()["results"]["bindings"]
    check(int(rows[0]["n"]["value"]) == void_triples, f"SPARQL count of the default graph equals void:triples {void_triples}")
    client.setQuery("ASK { ?city a <https://w3id.org/citynet/ontology#City> }")
    check(client.queryAndConvert().get("boolean") is True, "SPARQL ASK finds a cn:City")
    client.setQuery("CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } LIMIT 5")
    client.setReturnFormat(TURTLE)
    constructed = Graph().parse(data=client.queryAndConvert(), format="turtle")
    check(len(constructed) == 5, f"SPARQL CONSTRUCT as Turtle: {len(constructed)} triples")


def main(argv):
    parser = argparse.ArgumentParser(description="Harvest a citynet service with rdflib and SPARQLWrapper.")
    parser.add_argument("base", help="the service's address, e.g. http://localhost:8080/")
    parser.add_argument("--sparql-endpoint", help="query this SPARQL endpoint instead of BASE/sparql")
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

    status, content_type, body = fetch(urljoin(base, "sparql"), "text/turtle")
    service = Graph().parse(data=body, format="turtle")
    check(status == 200 and (None, SD.endpoint, URIRef(urljoin(base, "sparql"))) in service,
          "the service description names the endpoint")

    if void_triples is not None:
        try:
            check_sparql(arguments.sparql_endpoint or urljoin(base, "sparql"), void_triples)
        except Exception as error:
            check(False, f"SPARQLWrapper: {error}")

    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
