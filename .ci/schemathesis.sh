#!/usr/bin/env bash
# Schemathesis against the live OpenAPI schema of a real server on 127.0.0.1: a fresh demo
# database, an editor's token, a fixed seed and a bounded number of examples per operation.
# PY=/path/to/python picks the project's Python (default .venv/bin/python, as make creates).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-.venv/bin/python}
ST_VENV=var/schemathesis-venv
SEED=${SCHEMATHESIS_SEED:-20261127}
EXAMPLES=${SCHEMATHESIS_EXAMPLES:-25}

if [ ! -x "$ST_VENV/bin/schemathesis" ]; then
  python3 -m venv "$ST_VENV"
  "$ST_VENV/bin/pip" install --quiet -r .ci/schemathesis-requirements.txt
fi

work=$(mktemp -d /tmp/verify-schemathesis.XXXXXX)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

export DEBUG=true SECRET_KEY=schemathesis-only VERIFY_DATA_DIR="$work"
export DATABASE_URL="sqlite:///$work/verify.sqlite3"
# The run makes thousands of requests with one token: rates far above it.
export VERIFY_API_RATE_READ=1000000/hour VERIFY_API_RATE_EXPORT=1000000/hour
export VERIFY_API_RATE_WRITE=1000000/hour
# POST articles/ with only a url fetches it: fuzzed addresses must fail fast (no network in CI).
export VERIFY_FETCH_TIMEOUT_SECONDS=2

"$PY" manage.py demo >"$work/demo.log"
token=$("$PY" manage.py shell -c "$(cat .ci/schemathesis_setup.py)" | sed -n 's/^TOKEN=//p')
[ -n "$token" ] || { echo "schemathesis: no token made"; exit 1; }

port=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$PY" manage.py runserver "127.0.0.1:$port" --noreload >"$work/server.log" 2>&1 &
server=$!

status=0
st_bin="$PWD/$ST_VENV/bin/schemathesis"
cd "$work"  # schemathesis keeps state in ./.schemathesis: let it live and die with the run
"$st_bin" run "http://127.0.0.1:$port/api/schema/?format=json" \
  --header "Authorization: Token $token" \
  --checks not_a_server_error,response_schema_conformance,content_type_conformance \
  --phases examples,coverage,fuzzing \
  --seed "$SEED" --max-examples "$EXAMPLES" --workers 1 \
  --generation-database none --wait-for-schema 60 --no-color || status=$?
if [ "$status" -ne 0 ]; then
  echo "schemathesis: failed; the server's log follows"
  tail -n 80 "$work/server.log"
fi
exit "$status"
