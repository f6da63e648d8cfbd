#!/usr/bin/env bash
# Test set-up for the browser test: installs playwright-core from the npm registry, as
# pinned in package-lock.json (npm ci), unless that exact version is already installed.
set -euo pipefail
cd "$(dirname "$0")"
want=$(node -e 'console.log(require("./package-lock.json").packages["node_modules/playwright-core"].version)')
have=$(node -e 'try { console.log(require("./node_modules/playwright-core/package.json").version) } catch { console.log("") }')
if [ "$want" = "$have" ]; then
  echo "playwright-core $have already installed"
  exit 0
fi
npm ci --no-audit --no-fund
