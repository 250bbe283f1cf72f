#!/usr/bin/env bash
# Dev check: extraction scores on a fixture set of articles (tests/fixtures/<set>: documents/ + gold/).
set -euo pipefail
cd "$(dirname "$0")/.."
set_name=heldout
case "${1:-}" in
  -h|--help)
    echo "Usage: bash scripts/score-fixtures.sh [set] [npm run score options such as --json]"
    echo "Extracts tests/fixtures/<set>/documents (default: heldout) and scores it against tests/fixtures/<set>/gold."
    echo "Sets: $(ls -d tests/fixtures/*/gold | cut -d/ -f3 | tr '\n' ' ')"
    exit 0 ;;
  -*) ;;
  ?*) set_name=$1; shift ;;
esac
if [ ! -d "tests/fixtures/$set_name/gold" ]; then
  echo "error: no fixture set tests/fixtures/$set_name (documents/ + gold/)" >&2
  exit 2
fi
out=$(mktemp -d)/$set_name.json
npx tsx scripts/extract.ts --input "tests/fixtures/$set_name/documents" --output "$out" --no-cache --curation /nonexistent --quiet || true
npx tsx scripts/score.ts --graph "$out" --gold "tests/fixtures/$set_name/gold" --docs "tests/fixtures/$set_name/documents" "$@"
