#!/usr/bin/env bash
# Runs every benchmark of the module once and writes benchmarks/results.md. See benchmarks/README.md.
# Needs: JDK 17+, Maven 3.8+, Node 20 + npm (only to install the pinned npm packages), setsid; ~10 minutes on
# 2 cores. Set BENCH_QUICK=1 for a shorter smoke run (numbers then are rough).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
B="$ROOT/benchmarks"
OUT="$B/target/bench"
rm -rf "$OUT"
mkdir -p "$OUT"
TSV="$OUT/results.tsv"
: > "$TSV"
FAILED=()

log() { echo "[bench $(date +%H:%M:%S)] $*"; }
step() { # step <name> <timeout-seconds> <command...>: a failed or hung step is reported, the run goes on
  local name=$1 limit=$2; shift 2
  log "$name"
  if ! timeout --kill-after=10 "$limit" "$@"; then
    log "FAILED: $name"
    FAILED+=("$name")
  fi
}

if [[ "${BENCH_QUICK:-0}" == 1 ]]; then
  JMH_ARGS=(-f 1 -wi 1 -w 1s -i 2 -r 1s); WARM=1; JS_WARM=3; MEASURE=2; LAT=(1 0.5 2); TK_SECONDS=2
else
  # The JS SDK warms up as long as the Java consumers may (3 s, then up to 20 s until their JIT is idle): V8
  # measured up to 25 % faster after 15 s than after 3 s.
  JMH_ARGS=(-f 1 -wi 3 -w 1s -i 5 -r 1s); WARM=3; JS_WARM=23; MEASURE=8; LAT=(1.5 1 3); TK_SECONDS=5
fi

log "building (mvn -q -pl benchmarks -am package -DskipTests)"
mvn -q -pl benchmarks -am package -DskipTests || { log "build failed"; exit 1; }
log "installing the pinned npm packages"
(cd "$B/js" && npm ci --no-audit --no-fund --loglevel=error) || { log "npm ci failed (benchmarks/js)"; exit 1; }
if [[ ! -f "$ROOT/interop/server/node_modules/@langchain/langgraph-cli/dist/cli/cli.mjs" ]]; then
  (cd "$ROOT/interop/server" && npm ci --no-audit --no-fund --loglevel=error) || log "npm ci failed (interop/server)"
fi

CP="$B/target/classes:$B/target/lib/*"
JAVA=(java -Dbench.out="$TSV" -cp "$CP")

{
  echo "\$ nproc"; nproc
  echo "\$ free -h"; free -h
  echo "\$ java -version"; java -version 2>&1
  echo "\$ node --version"; node --version
  echo "\$ lscpu | grep 'Model name'"; lscpu 2>/dev/null | grep 'Model name' || true
  echo "\$ uname -srm"; uname -srm
  echo "run started $(date -u +%Y-%m-%dT%H:%M:%SZ)"
} > "$OUT/machine.txt"

# 1. SSE decode (JMH)
step "1. SSE decode (JMH)" 300 "${JAVA[@]}" org.openjdk.jmh.Main SseDecodeBenchmark "${JMH_ARGS[@]}" \
  -rf json -rff "$OUT/jmh.json"

# The replay server for 2-4, in its own JVM.
"${JAVA[@]}" -Xmx1g dev.langgraph.benchmarks.ReplayServer "$OUT/port" > "$OUT/replay-server.log" 2>&1 &
SERVER_PID=$!
trap 'kill $SERVER_PID 2>/dev/null' EXIT
for _ in $(seq 1 100); do [[ -s "$OUT/port" ]] && break; sleep 0.2; done
BASE="http://127.0.0.1:$(cat "$OUT/port")"
log "replay server at $BASE (pid $SERVER_PID)"

# 2. End-to-end streaming
for kind in tokens updates values; do
  if [[ $kind == values ]]; then expected=2001; else expected=20001; fi
  step "2. e2e $kind js-sdk" 120 env BENCH_OUT="$TSV" node "$B/js/stream.mjs" "$BASE" $kind $expected $JS_WARM $MEASURE
  for consumer in naive httpclient5 vertx; do
    step "2. e2e $kind $consumer" 120 "${JAVA[@]}" dev.langgraph.benchmarks.StreamThroughput "$BASE" $consumer $kind \
      $WARM $MEASURE
  done
done

# 3. Request overhead
step "3. request overhead" 180 "${JAVA[@]}" dev.langgraph.benchmarks.RequestOverhead "$BASE" "${LAT[@]}"

# 4. Concurrency and memory, one JVM per transport
for t in httpclient5 vertx; do
  step "4. 1000 streams $t" 120 "${JAVA[@]}" dev.langgraph.benchmarks.ConcurrentStreams "$BASE" $t 1000 60
done
for t in httpclient5 vertx; do
  step "4. 1 GiB stream $t" 240 "${JAVA[@]}" -Xmx64m dev.langgraph.benchmarks.HugeStream "$BASE" $t
  # A JVM that died of OutOfMemoryError recorded nothing: record the failure.
  grep -q "^huge	$t " "$TSV" || printf 'huge\t%s (1 GiB, -Xmx64m)\tcompleted\t0\n' $t >> "$TSV"
done
kill $SERVER_PID 2>/dev/null; wait $SERVER_PID 2>/dev/null

# 5. Testkit vs the JS dev server
step "5. FakeLangGraphServer" 120 "${JAVA[@]}" -Dbench.seconds=$TK_SECONDS dev.langgraph.benchmarks.TestkitBench fake
step "5. JS dev server" 240 "${JAVA[@]}" -Dbench.seconds=$TK_SECONDS dev.langgraph.benchmarks.TestkitBench js \
  "$ROOT/interop/server" "$OUT/js-dev-server"

echo "run finished $(date -u +%Y-%m-%dT%H:%M:%SZ)" >> "$OUT/machine.txt"
"${JAVA[@]}" dev.langgraph.benchmarks.Report "$OUT/jmh.json" "$TSV" "$OUT/machine.txt" "benchmarks/run.sh" \
  "$B/results.md" > /dev/null
if (( ${#FAILED[@]} )); then
  printf '\n## Steps that failed in this run\n\n' >> "$B/results.md"
  printf -- '- %s\n' "${FAILED[@]}" >> "$B/results.md"
fi
log "wrote $B/results.md"
cat "$B/results.md"
