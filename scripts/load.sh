#!/usr/bin/env bash
# Load test of the gateway on this machine (loopback only): gRPC latency and
# throughput of ListQuotes and CheckAttribution, measured with ghz against a
# `quotectl dev` system this script starts (rate limit off, temporary data)
# and stops. Bounded: N requests per call, C at a time.
#
#   scripts/load.sh            # N=20000 C=16 ARTICLES=../shared/eval/polnear/dev.jsonl
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-20000}
C=${C:-16}
ARTICLES=${ARTICLES:-../shared/eval/polnear/dev.jsonl}
GHZ=bin/tools/ghz
[ -x "$GHZ" ] || GOBIN=$PWD/bin/tools GOWORK=off go install github.com/bojand/ghz/cmd/ghz@v0.93.0
make --no-print-directory build >/dev/null

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
GATEWAY=127.0.0.1:$(port)
INGEST=127.0.0.1:$(port)
DATA=$(mktemp -d)
trap 'kill $DEV 2>/dev/null; wait $DEV 2>/dev/null; rm -rf "$DATA"' EXIT
bin/quotectl dev --data-dir "$DATA" --gateway-addr "$GATEWAY" --ingest-addr "$INGEST" \
	--gateway-http-addr "" --ingest-http-addr "" --gateway-rate-limit 0 --log-level warn >"$DATA/dev.log" 2>&1 &
DEV=$!
for _ in $(seq 100); do grep -q ready "$DATA/dev.log" && break; sleep 0.2; done
grep -q ready "$DATA/dev.log" || { cat "$DATA/dev.log"; exit 1; }

bin/quotectl ingest --addr "$INGEST" --published 2022-01-07 --outlet "El American" \
	../shared/testdata/articles/kazakhstan-csto.txt >/dev/null
[ -f "$ARTICLES" ] && bin/quotectl ingest --addr "$INGEST" --format jsonl "$ARTICLES" >/dev/null
sleep 5
echo "quotes served: $(bin/quotectl quotes --addr "$GATEWAY" --json | wc -l)"

run() {
	echo "== $1 ($N requests, $C concurrent)"
	"$GHZ" --insecure --total "$N" --concurrency "$C" --timeout 5s \
		--call "quotetracker.v1.QuoteService/$2" -d "$3" "$GATEWAY" |
		grep -E '^\s+(Count|Total|Slowest|Fastest|Average|Requests/sec):|^\s+(50|95|99) % in|\[(OK|ResourceExhausted|Unavailable|InvalidArgument)\]'
}
run "ListQuotes by speaker alias" ListQuotes '{"speaker":"Russian MFA","page_size":50}'
run "ListQuotes, everyone, a date range" ListQuotes '{"start_time":"2016-01-01T00:00:00Z","end_time":"2017-01-01T00:00:00Z","page_size":50}'
run "CheckAttribution, excerpt, claimed by someone else" CheckAttribution '{"text":"externally provoked attempts at disrupting the security","speaker":"Vladimir Putin"}'
