PREFIX cn: <https://w3id.org/citynet/ontology#>
INSERT DATA { GRAPH <https://w3id.org/citynet/graph/edits> { <https://w3id.org/citynet/id/city/espoo> cn:twinnedWith } 
