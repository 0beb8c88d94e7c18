PREFIX cn: <https://w3id.org/citynet/ontology#>
PREFIX city: <https://w3id.org/citynet/id/city/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dct: <http://purl.org/dc/terms/>
INSERT DATA { GRAPH <https://w3id.org/citynet/graph/edits> {
  <https://w3id.org/citynet/id/agreement/hostile-one-party> a cn:PartnershipAgreement ;
      cn:party city:espoo ;
      prov:wasDerivedFrom <https://example.org/source/hostile> .
  <https://example.org/source/hostile> a prov:Entity ; dct:title "Hostile test"@en .
} }
