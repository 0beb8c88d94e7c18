#!/usr/bin/env python3
"""Every format and alias the service answers in, read by rdflib and SPARQLWrapper as their users would.

Usage: client_formats_test.py BASE_URL

Documents (an entity, the catalogue, VoID, the service description): each RDF syntax asked for by Accept, by
the aliases clients send (application/json, text/n3, application/x-turtle, application/rdf+json, ...) and by
format=/output= names, parsed with rdflib (RDF/JSON, which rdflib cannot read, with Python's json) and compared
with the Turtle. /sparql: SELECT, ASK and CONSTRUCT with SPARQLWrapper in each returnFormat (its own Accept
headers and format=/output=/results= parameters), with each alias as Accept and each format=/output= name, and
with rdflib's SPARQLStore in each of its return formats. Prints one line per check, exits 1 if any failed.
"""

import argparse
import csv
import io
import json
import sys
import urllib.error
import urllib.parse
import urllib.request
import warnings
from urllib.parse import urljoin

from rdflib import BNode, ConjunctiveGraph, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF

CN = Namespace("https://w3id.org/citynet/ontology#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
RESULTS = "http://www.w3.org/2005/sparql-results#"
ESPOO = URIRef("https://w3id.org/citynet/id/city/espoo")

# What rdflib reads each answered type with; None: RDF/JSON, read here.
PARSERS = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/rdf+xml": "xml",
           "application/n-triples": "nt", "application/trig": "trig", "application/n-quads": "nquads",
           "application/rdf+json": None}

# How a client asks for a graph -> the type it is answered with. (header or parameter, value, answered type)
GRAPH_ASKS = [
    ("Accept", "text/turtle", "text/turtle"), ("Accept", "application/ld+json", "application/ld+json"),
    ("Accept", "application/n-triples", "application/n-triples"), ("Accept", "application/rdf+xml", "application/rdf+xml"),
    ("Accept", "application/rdf+json", "application/rdf+json"), ("Accept", "application/json", "application/ld+json"),
    ("Accept", "text/n3", "text/turtle"), ("Accept", "application/x-turtle", "text/turtle"),
    ("Accept", "application/turtle", "text/turtle"),
    ("format", "turtle", "text/turtle"), ("format", "ttl", "text/turtle"), ("output", "text", "text/turtle"),
    ("format", "n3", "text/turtle"), ("format", "json", "application/ld+json"), ("output", "jsonld", "application/ld+json"),
    ("format", "json-ld", "application/ld+json"), ("format", "nt", "application/n-triples"),
    ("format", "rdf", "application/rdf+xml"), ("format", "xml", "application/rdf+xml"),
    ("output", "json-rdf", "application/rdf+json"), ("format", "application/rdf+json", "application/rdf+json"),
]
# An entity document besides: the quad syntaxes, and generic XML (browsers prefer its HTML).
DOCUMENT_ASKS = GRAPH_ASKS + [
    ("Accept", "application/trig", "application/trig"), ("Accept", "application/n-quads", "application/n-quads"),
    ("format", "trig", "application/trig"), ("output", "nq", "application/n-quads"),
    ("Accept", "application/xml", "application/rdf+xml"), ("Accept", "text/xml", "application/rdf+xml"),
]

SELECT = "SELECT ?city WHERE { ?city a <https://w3id.org/citynet/ontology#City> } ORDER BY ?city"
ASK_TRUE = "ASK { <https://w3id.org/citynet/id/city/espoo> a <https://w3id.org/citynet/ontology#City> }"
ASK_FALSE = "ASK { <https://w3id.org/citynet/id/city/espoo> a <https://w3id.org/citynet/ontology#CityNetwork> }"
CONSTRUCT = "CONSTRUCT { ?city a <https://w3id.org/citynet/ontology#City> } WHERE { ?city a <https://w3id.org/citynet/ontology#City> }"

failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)
    return condition


def fetch(url, accept=None):
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def media_type(content_type):
    return content_type.split(";")[0].strip()


def rdf_json(body):
    """RDF/JSON (W3C Note), which rdflib has no parser for."""
    graph = Graph()
    term = lambda value: BNode(value[2:]) if value.startswith("_:") else URIRef(value)
    for subject, properties in json.loads(body).items():
        for predicate, objects in properties.items():
            for o in objects:
                if o["type"] == "literal":
                    obj = Literal(o["value"], lang=o.get("lang"), datatype=None if o.get("lang") else o.get("datatype"))
                else:
                    obj = term(o["value"])
                graph.add((term(subject), URIRef(predicate), obj))
    return graph


def triples(content_type, body, url):
    """The statements of an answer in any RDF syntax (a quad syntax's default graph: its union here)."""
    answered = media_type(content_type)
    if PARSERS.get(answered, "") is None:
        return set(rdf_json(body))
    quads = answered in ("application/trig", "application/n-quads")
    graph = ConjunctiveGraph() if quads else Graph()
    graph.parse(data=body, format=PARSERS[answered], publicID=url)
    return {(s, p, o) for s, p, o, _ in graph.quads((None, None, None))} if quads else set(graph)


def check_document(base, path, asks, statement):
    """A document in every way of asking for it: the answered type, and the Turtle's statements."""
    url = urljoin(base, path)
    status, content_type, body = fetch(url, "text/turtle")
    reference = triples(content_type, body, url)
    check(status == 200 and statement(reference), f"{path}: {len(reference)} statements in Turtle")
    for how, value, answered in asks:
        asked = f"{url}?{urllib.parse.urlencode({how: value})}" if how != "Accept" else url
        label = f"{path} ({how}: {value})"
        status, content_type, body = fetch(asked, value if how == "Accept" else None)
        if not check(status == 200 and media_type(content_type) == answered,
                     f"{label}: {status} {media_type(content_type)}, expected {answered}"):
            continue
        try:
            read = triples(content_type, body, url)
        except Exception as error:  # any failure to parse is a failed check
            check(False, f"{label}: rdflib could not read it: {error}")
            continue
        check(len(read) == len(reference) and statement(read), f"{label}: {len(read)} statements, as the Turtle")


def check_documents(base):
    check_document(base, "id/city/espoo", DOCUMENT_ASKS, lambda t: (ESPOO, RDF.type, CN.City) in t)
    check_document(base, "catalog", GRAPH_ASKS, lambda t: any(o == DCAT.Catalog for _, p, o in t if p == RDF.type))
    check_document(base, ".well-known/void", GRAPH_ASKS, lambda t: any(p == VOID.triples for _, p, _ in t))
    check_document(base, "sparql", GRAPH_ASKS, lambda t: any(p == SD.endpoint for _, p, _ in t))
    status, content_type, body = fetch(urljoin(base, "id/city/espoo?format=spreadsheet"))
    check(status == 400 and b"format" in body, f"an unknown format= is a 400 naming the parameter: {status}")


def cities_of(content_type, result):
    """The cities of a SELECT answer as SPARQLWrapper returns it, in whatever format."""
    answered = media_type(content_type)
    if answered in ("application/sparql-results+json", "application/json"):
        return {row["city"]["value"] for row in result["results"]["bindings"]}
    if answered in ("application/sparql-results+xml", "application/xml"):
        return {uri.firstChild.data for uri in result.getElementsByTagNameNS(RESULTS, "uri")}
    text = result.decode("utf-8") if isinstance(result, bytes) else result
    if answered == "text/csv":
        return {row["city"] for row in csv.DictReader(io.StringIO(text))}
    if answered == "text/tab-separated-values":
        return {line.strip()[1:-1] for line in text.splitlines()[1:] if line.strip()}
    if answered == "text/plain":
        return {cell.strip()[1:-1] for line in text.splitlines() if line.startswith("| <")
                for cell in [line.strip("| \n")]}
    raise ValueError(f"not a SELECT answer: {answered}")


def boolean_of(content_type, result):
    answered = media_type(content_type)
    if answered in ("application/sparql-results+json", "application/json"):
        return result["boolean"]
    if answered in ("application/sparql-results+xml", "application/xml"):
        return [b.firstChild.data for b in result.getElementsByTagNameNS(RESULTS, "boolean")] == ["true"]
    text = (result.decode("utf-8") if isinstance(result, bytes) else result).strip().splitlines()
    return {"true": True, "false": False, "yes": True, "no": False}[text[-1].strip()]


def subjects_of(content_type, result):
    """The cities a CONSTRUCT answer types, as SPARQLWrapper returns it (a Graph, or text it leaves to us)."""
    statements = set(result) if isinstance(result, Graph) else triples(content_type, result, "urn:x-construct")
    return {str(s) for s, p, o in statements if p == RDF.type and o == CN.City}


def wrapper(endpoint, query, return_format=None, accept=None, parameters=()):
    """SPARQLWrapper as a user sets it up; with accept or parameters, content negotiation by those only."""
    from SPARQLWrapper import SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    if return_format:
        client.setReturnFormat(return_format)
    if accept or parameters:
        client.setOnlyConneg(True)
    if accept:
        client.addCustomHttpHeader("Accept", accept)
    for name, value in parameters:
        client.addParameter(name, value)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SPARQLWrapper warns about types it has no converter for
        result = client.query()
        content_type = result.info().get("content-type", "")
        return content_type, result.convert()


def check_sparqlwrapper(endpoint, cities):
    from SPARQLWrapper import CSV, JSON, JSONLD, N3, RDFXML, TSV, TURTLE, XML

    asks = [("returnFormat", name, {"return_format": fmt}) for name, fmt in
            (("JSON", JSON), ("XML", XML), ("CSV", CSV), ("TSV", TSV))]
    select_aliases = ["application/sparql-results+json", "application/json", "application/sparql-results+xml",
                      "application/xml", "text/xml", "text/csv", "text/tab-separated-values", "text/plain"]
    asks += [("Accept", alias, {"accept": alias}) for alias in select_aliases]
    asks += [(name, value, {"parameters": [(name, value)]}) for name, value in
             (("format", "json"), ("format", "xml"), ("output", "csv"), ("format", "tsv"), ("output", "text"),
              ("format", "application/sparql-results+json"), ("output", "sparql"))]
    for how, value, setup in asks:
        label = f"SPARQLWrapper SELECT ({how}: {value})"
        try:
            content_type, result = wrapper(endpoint, SELECT, **setup)
            found = cities_of(content_type, result)
            check(found == cities, f"{label}: {media_type(content_type)}, {len(found)} cities")
        except Exception as error:
            check(False, f"{label}: {error}")

    ask_aliases = select_aliases + ["text/boolean"]
    asks = [("returnFormat", name, {"return_format": fmt}) for name, fmt in
            (("JSON", JSON), ("XML", XML), ("CSV", CSV), ("TSV", TSV))]
    asks += [("Accept", alias, {"accept": alias}) for alias in ask_aliases]
    asks += [(name, value, {"parameters": [(name, value)]}) for name, value in
             (("format", "json"), ("output", "xml"), ("format", "csv"), ("format", "tsv"), ("format", "text"),
              ("output", "text/boolean"))]
    for how, value, setup in asks:
        label = f"SPARQLWrapper ASK ({how}: {value})"
        try:
            yes = boolean_of(*wrapper(endpoint, ASK_TRUE, **setup))
            no = boolean_of(*wrapper(endpoint, ASK_FALSE, **setup))
            check(yes is True and no is False, f"{label}: true and false read as {yes}, {no}")
        except Exception as error:
            check(False, f"{label}: {error}")

    asks = [("returnFormat", name, {"return_format": fmt}) for name, fmt in
            (("TURTLE", TURTLE), ("N3", N3), ("XML", XML), ("RDFXML", RDFXML), ("JSONLD", JSONLD), ("JSON", JSON))]
    asks += [(how, value, {"accept": value} if how == "Accept" else {"parameters": [(how, value)]})
             for how, value, _answered in GRAPH_ASKS]
    for how, value, setup in asks:
        label = f"SPARQLWrapper CONSTRUCT ({how}: {value})"
        try:
            content_type, result = wrapper(endpoint, CONSTRUCT, **setup)
            found = subjects_of(content_type, result)
            check(found == cities, f"{label}: {media_type(content_type)}, {len(found)} cities")
        except Exception as error:
            if "rdflib-jsonld" in str(error):
                # SPARQLWrapper 1.8 looks for the plugin rdflib 6 replaced, and refuses before it sends anything.
                print(f"skip {label}: this SPARQLWrapper cannot ask for it ({error})")
                continue
            check(False, f"{label}: {error}")


def check_rdflib_store(endpoint, cities):
    """rdflib's own SPARQL client, in each of its return formats."""
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    for return_format in ("xml", "json", "csv", "tsv"):
        label = f"rdflib SPARQLStore returnFormat={return_format}"
        try:
            graph = Graph(SPARQLStore(endpoint, returnFormat=return_format))
            found = {str(row[0]) for row in graph.query(SELECT)}
            check(found == cities, f"{label}: SELECT, {len(found)} cities")
            if return_format in ("xml", "json"):  # rdflib reads booleans from these only
                check(graph.query(ASK_TRUE).askAnswer is True and graph.query(ASK_FALSE).askAnswer is False,
                      f"{label}: ASK true and false")
            if return_format == "xml":  # rdflib asks for RDF/XML beside it; its other formats are results only
                constructed = graph.query(CONSTRUCT).graph
                check({str(s) for s in constructed.subjects(RDF.type, CN.City)} == cities,
                      f"{label}: CONSTRUCT as RDF/XML, {len(constructed)} triples")
        except Exception as error:
            check(False, f"{label}: {error}")


def main(argv):
    parser = argparse.ArgumentParser(description="Read every format of a citynet service with rdflib and SPARQLWrapper.")
    parser.add_argument("base", help="the service's address, e.g. http://localhost:8080/")
    base = parser.parse_args(argv[1:]).base
    base = base if base.endswith("/") else base + "/"
    endpoint = urljoin(base, "sparql")

    check_documents(base)
    status, content_type, body = fetch(f"{endpoint}?{urllib.parse.urlencode({'query': SELECT})}",
                                       "application/sparql-results+json")
    cities = {row["city"]["value"] for row in json.loads(body)["results"]["bindings"]}
    if check(status == 200 and str(ESPOO) in cities, f"the endpoint lists {len(cities)} cities"):
        check_sparqlwrapper(endpoint, cities)
        check_rdflib_store(endpoint, cities)

    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
