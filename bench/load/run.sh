#!/usr/bin/env bash
# The portal under load (docs/performance.md): the buyer, search and process pages, each for 60 s with 50
# concurrent keep-alive connections on loopback from the bench client (`Steward.Bench load`: random paths, the time of
# every request kept, so the percentiles are per request), against a store already filled, e.g.:
#   dotnet run -c Release --project bench/Steward.Bench -- generate 400000 bench/out/demo-400000.jsonl
#   dotnet run -c Release --project src/Steward.Cli -- import bench/out/demo-400000.jsonl --db bench/out/load-400000.db
#   bash bench/load/run.sh bench/out/load-400000.db sqlite
#   bash bench/load/run.sh "Host=localhost;Username=steward;Password=steward;Database=steward_load" postgres
# PAGES="search process" runs only those page types (buyer, search, process, list); SECONDS_PER_PAGE and CONNECTIONS change the run.
# WARMUP_SECONDS=30 first asks for process pages that long, unmeasured, so that the runs measure a warmed node (a node
# just started compiles its code for the first 30-40 s under load); the default, 0, measures from a cold start.
# Rate limiting is raised out of the way (one client address makes every request); everything else is as shipped.
set -euo pipefail
cd "$(dirname "$0")/../.."
db=$1 label=${2:-store} seconds=${SECONDS_PER_PAGE:-60} connections=${CONNECTIONS:-50} port=${PORT:-5180} pages=${PAGES:-buyer search process}
out=bench/out/load-$label
mkdir -p "$out"

dotnet build -c Release src/Steward.Web >/dev/null
dotnet build -c Release bench/Steward.Bench >/dev/null
dotnet bench/Steward.Bench/bin/Release/net10.0/Steward.Bench.dll load-paths "$db" "$out"

ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Steward__Database="$db" Steward__DemoReleases=0 \
  Steward__SearchConcurrency=${SEARCH_CONCURRENCY:-0} \
  Steward__RequestsPerMinute=1000000 Logging__LogLevel__Default=Warning \
  dotnet src/Steward.Web/bin/Release/net10.0/Steward.Web.dll --contentRoot "$PWD/src/Steward.Web" > "$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/api/store" >/dev/null && break; sleep 1; done
start=$(date +%s.%N)
curl -sf "http://127.0.0.1:$port/" >/dev/null   # the first page waits for the figures over the whole store
echo "$label: figures computed in $(echo "$(date +%s.%N) - $start" | bc) s"
if [[ " $pages " == *" list "* ]]; then
  # Each list's figures are read when a page first asks (docs/performance.md, "Figures without a warm-up", measures that
  # on its own): ask each once, so that the load measures lists in use.
  start=$(date +%s.%N)
  for list in buyers suppliers markets flags; do curl -sf "http://127.0.0.1:$port/$list" >/dev/null; done
  echo "$label: lists first read in $(echo "$(date +%s.%N) - $start" | bc) s"
fi

client() { dotnet bench/Steward.Bench/bin/Release/net10.0/Steward.Bench.dll load "http://127.0.0.1:$port" "$1" "$2" "$connections"; }
if (( ${WARMUP_SECONDS:-0} > 0 )); then
  client "$out/process-paths.txt" "$WARMUP_SECONDS" > "$out/warmup.txt"
  echo "$label: warmed up for $WARMUP_SECONDS s on process pages"
fi

for page in $pages; do
  client "$out/$page-paths.txt" "$seconds" > "$out/$page.txt"
  echo "$label $page $(grep RESULT "$out/$page.txt")"
done
echo "$label: server peak memory $(grep VmHWM /proc/$server/status | awk '{print $2/1024 " MB"}')"
