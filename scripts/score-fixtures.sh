#!/usr/bin/env bash
# Dev check: extraction scores on a fixture set of articles (not the seeds the rules grew from).
set -euo pipefail
cd "$(dirname "$0")/.."
set_name=heldout
case "${1:-}" in
  -h|--help) echo "Usage: bash scripts/score-fixtures.sh [heldout|blind] [score.mjs options such as --json]"; echo "Extracts tests/fixtures/<set>/documents and scores it against tests/fixtures/<set>/gold."; exit 0 ;;
  heldout|blind) set_name=$1; shift ;;
esac
out=$(mktemp -d)/$set_name.json
npx tsx scripts/extract.ts --input "tests/fixtures/$set_name/documents" --output "$out" --no-cache --curation /nonexistent --quiet || true
node ../shared/gold/score.mjs --graph "$out" --gold "tests/fixtures/$set_name/gold" --docs "tests/fixtures/$set_name/documents" "$@"
