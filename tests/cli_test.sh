#!/usr/bin/env bash
# Exit codes and one-line errors of the vnarchive CLI (DESIGN.md): 0 ok, 1 partial
# failure, 2 usage/bad input, 4 corrupt or unreadable data.
# Usage: cli_test.sh VNARCHIVE VN-SITE-SERVER
set -u
VN=$1
SITE_SERVER=$2
TMP=$(mktemp -d)
trap 'kill $SERVER_PID 2>/dev/null; rm -rf "$TMP"' EXIT
SERVER_PID=
fails=0
passes=0

# expect CODE PATTERN -- command...: exit code and a stderr line matching PATTERN.
expect() {
  local code=$1 pattern=$2
  shift 3
  "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
  local got=$?
  local lines
  lines=$(wc -l <"$TMP/err")
  if [ "$got" -ne "$code" ] || ! grep -qE "$pattern" "$TMP/err"; then
    echo "FAIL: $* -> exit $got (want $code), stderr:"; sed 's/^/    /' "$TMP/err"
    fails=$((fails + 1))
  elif [ "$code" -ge 2 ] && [ "$lines" -ne 1 ]; then
    echo "FAIL: $* -> error is $lines lines, want one:"; sed 's/^/    /' "$TMP/err"
    fails=$((fails + 1))
  else
    passes=$((passes + 1))
  fi
}

export VNARCHIVE_HOME="$TMP/home"

# Usage errors and missing input: 2, naming the file.
expect 2 "nonexistent\.html: cannot open: No such file" -- "$VN" extract "$TMP/nonexistent.html"
expect 2 "no-such\.warc\.gz: cannot open" -- "$VN" index --warc "$TMP/no-such.warc.gz"
expect 2 "no index here" -- "$VN" search hội nghị
expect 2 "missing\.toml: cannot open|missing\.toml.*No such file" -- "$VN" crawl --sources "$TMP/missing.toml"
expect 2 "subcommand is required" -- "$VN"
expect 2 "limit.*10000|10000.*limit|not in range" -- "$VN" search x --limit 1000000000

# A real crawl and index of the sample site from a loopback server, then query errors.
"$SITE_SERVER" "$(dirname "$0")/../data/sample-site" --port 0 --port-file "$TMP/port" --quiet >/dev/null 2>&1 &
SERVER_PID=$!
for _ in $(seq 100); do [ -s "$TMP/port" ] && break; sleep 0.05; done
PORT=$(cat "$TMP/port")
sed "s/SITE_HOST/127.0.0.1:$PORT/g" "$(dirname "$0")/../data/sample-sources.toml" >"$TMP/sources.toml"
expect 0 "responses archived" -- "$VN" crawl --sources "$TMP/sources.toml" --quiet
expect 0 "pages indexed" -- "$VN" index
"$VN" search "thoa thuan chia se thong tin" --json --limit 1 >"$TMP/hit.json"
if grep -q '"title":"Ký kết Thoả thuận chia sẻ thông tin' "$TMP/hit.json"; then passes=$((passes + 1)); else
  echo "FAIL: search without diacritics did not find the article first"; fails=$((fails + 1)); fi
"$VN" search "hội nghị" --csv --limit 2 >"$TMP/hits.csv"
if [ "$(head -1 "$TMP/hits.csv")" = "rank,published,title,url,event_type,snippet" ] && [ "$(wc -l <"$TMP/hits.csv")" -eq 3 ]; then
  passes=$((passes + 1)); else echo "FAIL: --csv output"; cat "$TMP/hits.csv"; fails=$((fails + 1)); fi
if "$VN" stats --json | grep -qE '"documents":(2[2-9]|3[0-9])'; then passes=$((passes + 1)); else
  echo "FAIL: stats --json document count"; "$VN" stats --json; fails=$((fails + 1)); fi
if "$VN" meetings Salavan --json | grep -q 'ky-bien-ban-ghi-nho-hop-tac-giao-duc-voi-so-giao-duc-the-thao-salavan'; then
  passes=$((passes + 1)); else echo "FAIL: meetings Salavan misses the 2018 memorandum"; fails=$((fails + 1)); fi
ID=$(sed -n 's/.*"id":"\([0-9a-f]*\)".*/\1/p' "$TMP/hit.json" | head -1)
if "$VN" show "${ID:0:10}" | grep -q "^capture: .*warc.gz @ "; then passes=$((passes + 1)); else
  echo "FAIL: show $ID has no capture location"; fails=$((fails + 1)); fi
expect 2 "no document with id" -- "$VN" show 0000000000
expect 2 "unclosed quote" -- "$VN" search '"hội nghị'
expect 2 "bad date '2024-13'" -- "$VN" search x --since 2024-13

# A file that is not WARC at all: 4, naming it.
printf '<html><body>not a warc</body></html>\n' >"$TMP/page.warc"
expect 4 "page\.warc: not a WARC" -- "$VN" index --warc "$TMP/page.warc"

# An unreachable site: the crawl finishes, reports the URL, exits 1.
expect 1 "127\.0\.0\.1:9" -- "$VN" --home "$TMP/home2" crawl --seed http://127.0.0.1:9/ --quiet

# Extraction of a real-looking page works and prints JSON.
"$VN" extract "$(dirname "$0")/fixtures/html/songoaivu-article.html" >"$TMP/x.json"
if grep -q '"published":"2023-06-28T09:07:00+07:00"' "$TMP/x.json"; then passes=$((passes + 1)); else
  echo "FAIL: extract did not find the posting date"; fails=$((fails + 1)); fi

# The gold-set floor check fails when a field falls below its floor.
printf '{"title": 1.01}' >"$TMP/floors.json"
expect 1 "title F1 .* below its floor" -- "$VN" eval-extract "$(dirname "$0")/gold" --floors "$TMP/floors.json"

# Every subcommand has --help.
for sub in crawl index search extract robots show stats meetings eval-extract; do
  if "$VN" "$sub" --help >/dev/null 2>&1; then passes=$((passes + 1)); else
    echo "FAIL: $sub --help"; fails=$((fails + 1)); fi
done

echo "cli_test: $passes passed, $fails failed"
[ "$fails" -eq 0 ]
