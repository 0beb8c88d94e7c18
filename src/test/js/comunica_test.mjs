// Comunica against a running citynet service: /sparql as a SPARQL endpoint, and the entity document
// /id/city/espoo as a document source, each asked for Espoo's twin cities (and the document also with GRAPH,
// for the provenance its quads keep). Prints one JSON object: the answers and, per URL fetched, the Accept
// Comunica sent and the Content-Type it got. Usage: node comunica_test.mjs BASE_URL
import { QueryEngine } from '@comunica/query-sparql';

const base = process.argv[2].endsWith('/') ? process.argv[2] : process.argv[2] + '/';
const espoo = 'https://w3id.org/citynet/id/city/espoo';
const twinned = 'https://w3id.org/citynet/ontology#twinnedWith';
const exchanges = [];

// Comunica's own fetch, recorded: what it asked for and what it was answered with.
async function recordingFetch(input, init) {
  const response = await fetch(input, init);
  const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
  exchanges.push({
    url: String(input instanceof Request ? input.url : input), method: init?.method ?? 'GET',
    accept: headers.get('accept'), status: response.status, contentType: response.headers.get('content-type'),
  });
  return response;
}

const engine = new QueryEngine();
const context = { fetch: recordingFetch, noCache: true };

async function values(query, sources, variable) {
  const bindings = await engine.queryBindings(query, { ...context, sources });
  return (await bindings.toArray()).map(binding => binding.get(variable).value).sort();
}

const twins = `SELECT ?twin WHERE { <${espoo}> <${twinned}> ?twin }`;
const endpoint = { type: 'sparql', value: base + 'sparql' };
const document = base + 'id/city/espoo';
const result = {
  endpointTwins: await values(twins, [endpoint], 'twin'),
  endpointAsk: await engine.queryBoolean(`ASK { <${espoo}> <${twinned}> ?twin }`, { ...context, sources: [endpoint] }),
  endpointConstructed: (await (await engine.queryQuads(
      `CONSTRUCT { <${espoo}> <${twinned}> ?twin } WHERE { <${espoo}> <${twinned}> ?twin }`,
      { ...context, sources: [endpoint] })).toArray()).length,
  documentTwins: await values(twins, [document], 'twin'),
  documentGraphs: [...new Set(await values(`SELECT ?g WHERE { GRAPH ?g { <${espoo}> <${twinned}> ?twin } }`,
      [document], 'g'))],
  exchanges,
};
console.log(JSON.stringify(result));
