#!/usr/bin/env bash
# Submits a leadsim sweep to Slurm: a job array with one shard per task, then a merge job that
# starts only if every task succeeded (--dependency=afterok). Prints both job ids.
#
#   scripts/slurm/submit.sh SPEC SHARDS OUT [TASKS] [-- sbatch options for the shards...]
#
#   SPEC    the sweep spec, e.g. scenarios/sweeps/capacity-lhs.yaml
#   SHARDS  how many shards (array tasks); keep each to a chunk of runs, not one run
#   OUT     the result directory: shards go to OUT/shard-i-of-SHARDS/, the merge to OUT/
#   TASKS   which array indices to submit (default 0-(SHARDS-1)); after a failure,
#           resubmit only the failed ones, e.g. "1" or "1,4": they resume, then merge again
#
# Example: scripts/slurm/submit.sh scenarios/sweeps/capacity-lhs.yaml 8 results/capacity-lhs -- -p short -c 4
# Slurm's output goes to OUT/slurm/. Builds the jar once here, never on the compute nodes.
set -euo pipefail
if [ $# -lt 3 ]; then
  sed -n '2,16p' "$0" >&2
  exit 2
fi
spec=$(realpath "$1"); shards=$2; out=$(realpath -m "$3"); shift 3
tasks="0-$((shards - 1))"
if [ $# -gt 0 ] && [ "$1" != "--" ]; then tasks=$1; shift; fi
if [ $# -gt 0 ] && [ "$1" = "--" ]; then shift; fi
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
"$repo/leadsim" --version >/dev/null   # builds sim/target/leadsim.jar when it is missing or stale
jar="$repo/sim/target/leadsim.jar"
mkdir -p "$out/slurm"
export_vars="ALL,SPEC=$spec,OUT=$out,SHARDS=$shards,LEADSIM_JAR=$jar"
array=$(sbatch --parsable --array="$tasks" --export="$export_vars" -o "$out/slurm/shard-%a.out" \
  "$@" "$repo/scripts/slurm/sweep.sbatch")
array=${array%%;*}
# --kill-on-invalid-dep: if a shard fails the merge is cancelled instead of pending for ever.
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes --export="$export_vars" \
  -o "$out/slurm/merge-%j.out" "$repo/scripts/slurm/merge.sbatch")
merge=${merge%%;*}
echo "shards: job $array (array $tasks), merge: job $merge (after all shards succeed); output in $out/slurm/"
echo "$array $merge" >"$out/slurm/last-submission"
