#!/usr/bin/env bash
# Figures without a warm-up (docs/performance.md): starts the portal (Release build, Production settings) on a store
# already filled, and times its first buyer page from the process's start, then each list once, with the portal's
# memory (VmRSS now, VmHWM the peak so far) after each. Build first: dotnet build -c Release src/Steward.Web
#   bash bench/load/first-page.sh bench/out/load-400000.db before-or-after [buyer id]
set -euo pipefail
cd "$(dirname "$0")/../.."
db=$1 label=${2:-store} buyer=${3:-GB-PPON-ENCL-2538-DWCF} port=${PORT:-5190}
start=$(date +%s.%N)
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Steward__Database="$db" Steward__DemoReleases=0 \
  Steward__RequestsPerMinute=1000000 Logging__LogLevel__Default=Warning \
  dotnet src/Steward.Web/bin/Release/net10.0/Steward.Web.dll --contentRoot "$PWD/src/Steward.Web" > "/tmp/first-page-$label.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
mem() { grep -E "VmHWM|VmRSS" "/proc/$server/status" | awk '{printf "%s %.0f MB  ", $1, $2/1024}'; echo; }
until curl -s -o /dev/null "http://127.0.0.1:$port/favicon.ico"; do sleep 0.2; done
echo "$label: listening $(echo "$(date +%s.%N) - $start" | bc) s after start; $(mem)"
until curl -sf -o /dev/null "http://127.0.0.1:$port/buyer?id=$buyer"; do sleep 0.2; done
echo "$label: first buyer page $(echo "$(date +%s.%N) - $start" | bc) s after start; $(mem)"
for path in "/buyer?id=$buyer" / /buyers /suppliers /markets /flags /about "/api/buyers/$buyer"; do
  s=$(date +%s.%N); code=$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port$path"); e=$(date +%s.%N)
  echo "$label $path $code $(echo "$e - $s" | bc) s; $(mem)"
done
