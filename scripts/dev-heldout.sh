#!/usr/bin/env bash
# Dev check: extraction scores on the held-out fixture articles (not the seeds the rules grew from).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)/heldout.json
npx tsx scripts/extract.ts --input tests/fixtures/heldout/documents --output "$out" --no-cache --curation /nonexistent --quiet || true
node ../shared/gold/score.mjs --graph "$out" --gold tests/fixtures/heldout/gold --docs tests/fixtures/heldout/documents "$@"
