// DuckDB's load of a JSON Lines file, the baseline Steward's import is compared with (docs/performance.md).
// Usage: node load.mjs FILE  → one JSON object: Bytes, Seconds, Count (rows loaded), PeakBytes (max RSS).
import { statSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2];
if (!file) {
  console.error('usage: node load.mjs FILE.jsonl');
  process.exit(2);
}

const started = performance.now();
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const path = file.replaceAll("'", "''");
await connection.run(`CREATE TABLE releases AS SELECT * FROM read_json('${path}', format = 'newline_delimited', sample_size = -1)`);
const result = await connection.runAndReadAll('SELECT count(*) FROM releases');
const count = Number(result.getRows()[0][0]);
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({
  Bytes: statSync(file).size,
  Seconds: seconds,
  Count: count,
  PeakBytes: process.resourceUsage().maxRSS * 1024,
}));
