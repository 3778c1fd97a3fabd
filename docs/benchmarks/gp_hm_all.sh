#!/usr/bin/env bash
# Runs the 11 GP-HM benchmark problems of docs/benchmarks/gp-hm.md at the spec's full step budgets, one after the
# other, each with a state file: stop it at any time (Ctrl-C, end of a session) and run it again to continue where it
# stopped. A case whose results file exists is skipped. Full budgets take about a day on two cores.
#   usage: [JPDE_SET="KEY=VALUE ..."] docs/benchmarks/gp_hm_all.sh [OUT_DIR=runs/gp-bench] [CASE...]
# JPDE_SET gives every case the same overrides, e.g. all eleven with this project's departures from the reference:
#   JPDE_SET="problem.fit_on=mean train.schedule=decay" docs/benchmarks/gp_hm_all.sh runs/gp-mean-decay
# (use a separate OUT_DIR per setting: a state file only resumes the settings that wrote it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-runs/gp-bench}"
shift || true
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  cases=(gp-poisson1d-sin100 gp-poisson1d-sin6cos100 gp-allencahn1d-sin100 gp-allencahn1d-sin6cos100
         gp-poisson1d-xsin200 gp-poisson1d-mix gp-poisson1d-sin500 gp-poisson2d-sin100 gp-poisson2d-sincos
         gp-advection gp-allencahn2d-mix)
fi
sets=()
for kv in ${JPDE_SET:-}; do
  sets+=(--set "$kv")
done
mkdir -p "$out"
for c in "${cases[@]}"; do
  if [ -f "$out/$c/${c}_s1.h5" ]; then
    echo "$c: done ($out/$c/${c}_s1.h5)"
    continue
  fi
  echo "$c: running (state in $out/$c.state.h5)"
  "$root/jpde" run "$c" ${sets[@]+"${sets[@]}"} --out "$out/$c" --state "$out/$c.state.h5" 2> >(tee -a "$out/$c.log" >&2)
done
