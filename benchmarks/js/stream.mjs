// Benchmark 2, JS side: the official @langchain/langgraph-sdk consuming runs.stream from the replay server.
// Usage: node stream.mjs <baseUrl> <tokens|updates|values> <expectedEvents> <warmupSeconds> <measureSeconds>
import { Client } from "@langchain/langgraph-sdk";
import { appendFileSync } from "node:fs";

const [baseUrl, kind, expectedArg, warmupArg, measureArg] = process.argv.slice(2);
const expected = Number(expectedArg);
const mode = { tokens: "messages-tuple", updates: "updates", values: "values" }[kind];
const client = new Client({ apiUrl: baseUrl, apiKey: null });

async function consume() {
  let n = 0;
  for await (const part of client.runs.stream(kind, "agent", { streamMode: mode })) {
    if (part.data !== undefined && part.data !== null) n++;
  }
  if (n !== expected) throw new Error(`expected ${expected} events but got ${n}`);
  return n;
}

const now = () => Number(process.hrtime.bigint()) / 1e9;
let end = now() + Number(warmupArg);
while (now() < end) await consume();
let events = 0;
let streams = 0;
const start = now();
end = start + Number(measureArg);
do {
  events += await consume();
  streams++;
} while (now() < end);
const seconds = now() - start;
const line = `e2e\t${kind}/js-sdk\tevents_per_s\t${(events / seconds).toPrecision(6)}`;
console.log(`RESULT ${line}`);
console.log(`js-sdk ${kind}: ${streams} streams, ${events} events in ${seconds.toFixed(2)} s`);
if (process.env.BENCH_OUT) appendFileSync(process.env.BENCH_OUT, line + "\n");
