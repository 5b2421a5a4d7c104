#!/usr/bin/env bash
# API conformance test of Trygg's /api/v1 with schemathesis (property-based, from PyPI).
#
# Needs a running Trygg on a THROWAWAY database (`trygg serve --demo`): the stateful phase
# decides reports and closes weekly meetings. Use a token of a user with every role the API
# checks (demo `samordnare`; POST /reports needs a reporter, so it is only probed for 403 then).
#
#   TRYGG_API_URL=http://127.0.0.1:8765/api/v1 TRYGG_API_TOKEN=trygg_… ./run-schemathesis.sh
#
# Optional: TRYGG_OPENAPI (schema URL or file; default $TRYGG_API_URL/openapi.json),
#   ST_MAX_EXAMPLES (50), ST_SEED (42), ST_CHECKS (see below; "all" for every check),
#   ST_VENV (./.venv-schemathesis), ST_VERSION (4.32.5), ST_REPORT_DIR (schemathesis-report).
# Further arguments go to `schemathesis run` (e.g. --include-path-regex).
# Exit status: 0 when every check passed, non-zero on any failure (schemathesis' own status).
set -euo pipefail

: "${TRYGG_API_URL:?set TRYGG_API_URL, e.g. http://127.0.0.1:8765/api/v1}"
: "${TRYGG_API_TOKEN:?set TRYGG_API_TOKEN (trygg token create samordnare)}"
SCHEMA=${TRYGG_OPENAPI:-$TRYGG_API_URL/openapi.json}
VENV=${ST_VENV:-.venv-schemathesis}
VERSION=${ST_VERSION:-4.32.5}

# Only ever fuzz a server on this machine.
case "$TRYGG_API_URL" in
  http://127.*|http://localhost[:/]*|http://\[::1\]*) ;;
  *) echo "refusing to fuzz $TRYGG_API_URL: loopback addresses only" >&2; exit 2 ;;
esac

# Install schemathesis (pinned, so results do not move with new releases) into a venv if missing.
if [ ! -x "$VENV/bin/schemathesis" ] || ! "$VENV/bin/schemathesis" --version | grep -q "$VERSION"; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "schemathesis==$VERSION"
fi

# Default checks: server errors (5xx), responses that break the document (status code, content
# type, headers, body schema) and auth/resource checks. Left out unless ST_CHECKS=all:
# positive_data_acceptance (flags 422s for cross-field rules JSON Schema cannot state, e.g. a
# 10-year period limit), negative_data_rejection (lenient input parsing), unsupported_method
# (Hummingbird answers 404, not 405, for an undeclared method).
CHECKS=${ST_CHECKS:-not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance,ignored_auth,missing_required_header,use_after_free,ensure_resource_availability}

# --exclude-path /auth/token: sign-in throttling (5 failures per user, 20 per address in 15 min)
#   would turn it into 429s and could lock the address out of signing in.
# --workers 1: 2 workers hit a hypothesis-internal race ("AST constructor recursion depth mismatch").
# --seed + --generation-database none: the same inputs every run.
exec "$VENV/bin/schemathesis" run "$SCHEMA" \
  --url "$TRYGG_API_URL" \
  -H "Authorization: Bearer $TRYGG_API_TOKEN" \
  --wait-for-schema 60 \
  --exclude-path /auth/token \
  --checks "$CHECKS" \
  --max-examples "${ST_MAX_EXAMPLES:-50}" \
  --seed "${ST_SEED:-42}" \
  --generation-database none \
  --workers 1 \
  --continue-on-failure \
  --request-timeout 30 \
  --report junit --report-dir "${ST_REPORT_DIR:-schemathesis-report}" \
  --no-color "$@"
