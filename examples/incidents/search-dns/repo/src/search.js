import { Client } from "@elastic/elasticsearch";

const client = new Client({ node: process.env.ELASTICSEARCH_URL });

export async function search(q) {
  const result = await client.search({ index: process.env.SEARCH_INDEX, q, size: 20 });
  return result.hits.hits.map((hit) => hit._source);
}
