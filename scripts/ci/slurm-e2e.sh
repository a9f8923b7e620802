#!/usr/bin/env bash
# Proves sharded sweeps on a real Slurm: installs and starts a one-node Slurm on this machine
# (root, no systemd), runs scenarios/sweeps/ci-small.yaml as a 3-task job array with a merge
# job (afterok), and checks the merged runs.csv against the thread pool's, byte for byte.
# Then the failure path: one task made to fail (a file sits where its directory must go), the
# merge is cancelled, a manual merge names the shard's runs as missing, resubmitting that one
# task repairs it, and the result matches again. Last, a district sweep
# (scenarios/sweeps/ci-district.yaml: four schools and an office) as a 2-task array: runs.csv,
# series and every school's rows (schools_long.csv.gz) identical to the thread pool's.
#
# Idempotent (packages and keys are reused; daemons of an earlier run are stopped first) and
# time-bounded (SLURM_E2E_TIMEOUT seconds, default 900). On exit, whatever happened, jobs are
# cancelled, Slurm is shut down and munged stopped. Called by .ci/run; runnable by hand:
#   sudo scripts/ci/slurm-e2e.sh
# Facts it relies on: /work/shared/SLURM.md (packages, munge, slurm.conf, behaviours).
set -euo pipefail

if [ -z "${SLURM_E2E_INNER:-}" ]; then
  export SLURM_E2E_INNER=1
  exec timeout --kill-after=30 "${SLURM_E2E_TIMEOUT:-900}" "$0" "$@"
fi

log() { echo "slurm-e2e: $*"; }
fail() { echo "slurm-e2e: FAILED: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || { echo "slurm-e2e: needs root (it installs and starts Slurm)" >&2; exit 2; }

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d /tmp/leadsim-slurm-e2e.XXXXXX)
made_policy=0
started_munge=0
started_slurm=0

# wait_for SECONDS DESCRIPTION COMMAND...: polls once a second (short sleeps keep traps prompt)
wait_for() {
  local limit=$1 what=$2; shift 2
  for ((i = 0; i < limit; i++)); do
    if "$@"; then return 0; fi
    sleep 1
  done
  log "gave up after ${limit}s waiting for: $what"
  return 1
}

stop_pidfile() { # stops the daemon of a pid file, if it runs, and waits until it is gone
  local file=$1 pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait_for 20 "pid $pid ($file) to exit" bash -c "! kill -0 $pid 2>/dev/null" || kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

no_jobs() { [ -z "$(squeue -h -p ci 2>/dev/null)" ]; }

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  set +e
  if [ "$started_slurm" = 1 ]; then
    log "cleaning up: cancelling jobs, shutting Slurm down"
    scancel -p ci 2>/dev/null
    wait_for 30 "the queue to empty" no_jobs
    scontrol shutdown 2>/dev/null
    wait_for 20 "slurmctld to exit" bash -c '! { [ -f /run/slurmctld.pid ] && kill -0 "$(cat /run/slurmctld.pid)" 2>/dev/null; }'
    stop_pidfile /run/slurmd.pid
    stop_pidfile /run/slurmctld.pid
  fi
  if [ "$started_munge" = 1 ]; then
    log "cleaning up: stopping munged"
    stop_pidfile /run/munge/munged.pid
  fi
  [ "$made_policy" = 1 ] && rm -f /usr/sbin/policy-rc.d
  if [ "$status" = 0 ]; then
    rm -rf "$work"
    log "PASSED"
  else
    log "kept $work for inspection"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

install_packages() {
  if command -v slurmctld >/dev/null && command -v slurmd >/dev/null && command -v sbatch >/dev/null \
      && command -v munged >/dev/null; then
    log "Slurm and munge are installed"
    return
  fi
  log "installing slurmctld slurmd slurm-client munge"
  if [ ! -e /usr/sbin/policy-rc.d ]; then # keep the packages from starting services (no systemd here)
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    made_policy=1
  fi
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends slurmctld slurmd slurm-client munge
  if [ "$made_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; made_policy=0; fi
}

start_munge() {
  [ -f /etc/munge/munge.key ] || mungekey --create --keyfile=/etc/munge/munge.key
  chown munge:munge /etc/munge/munge.key
  chmod 0400 /etc/munge/munge.key
  install -d -o munge -g munge -m 0755 /run/munge
  install -d -o munge -g munge -m 0700 /var/log/munge
  install -d -o munge -g munge -m 0711 /var/lib/munge
  stop_pidfile /run/munge/munged.pid # a second munged cannot lock the socket
  runuser -u munge -- /usr/sbin/munged
  started_munge=1
  munge -n | unmunge >/dev/null || fail "munge does not authenticate"
  log "munged running"
}

node_idle() { [ "$(sinfo -h -n localhost -o %t 2>/dev/null)" = idle ]; }

start_slurm() {
  local cpus mem
  cpus=$(nproc)
  mem=$(awk '/^MemTotal:/ {print int($2 / 1024)}' /proc/meminfo)
  mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
  cat >/etc/slurm/slurm.conf <<CONF
# written by leadsim scripts/ci/slurm-e2e.sh: a one-node cluster for CI
ClusterName=ci
SlurmctldHost=localhost(127.0.0.1)
SlurmUser=root
SlurmdUser=root
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
MailProg=/bin/true
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SlurmdParameters=config_overrides
ReturnToService=2
DependencyParameters=kill_invalid_depend
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=ci Nodes=localhost Default=YES MaxTime=60 State=UP
CONF
  echo "CgroupPlugin=autodetect" >/etc/slurm/cgroup.conf
  stop_pidfile /run/slurmd.pid
  stop_pidfile /run/slurmctld.pid
  slurmctld -c # -c: start clean, forgetting (and killing) jobs of an earlier run
  slurmd -N localhost
  started_slurm=1
  if ! wait_for 30 "node localhost to be idle" node_idle; then
    sinfo -N -l || true
    tail -n 30 /var/log/slurm/slurmctld.log /var/log/slurm/slurmd.log || true
    fail "Slurm did not come up"
  fi
  log "Slurm up: $(sinfo -h -o '%P %D %t %c')"
}

state_of() { # the JobState of a job (or array task, ID_TASK), e.g. COMPLETED, FAILED, CANCELLED
  scontrol -o show job "$1" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | head -n 1 | cut -d= -f2
}

jobs_done() { [ -z "$(squeue -h -j "$1" 2>/dev/null)" ]; }

# submit OUT [TASKS]: queues $shards shards of $spec and the merge; sets $array and $merge; waits for both
submit() {
  local out=$1 tasks=${2:-}
  "$repo/scripts/slurm/submit.sh" "$spec" "$shards" "$out" $tasks -- -p ci -c 1 --time=10
  read -r array merge <"$out/slurm/last-submission"
  wait_for 300 "jobs $array and $merge to finish" jobs_done "$array,$merge" || fail "jobs did not finish"
}

cd "$repo"
install_packages
start_munge
start_slurm

"$repo/leadsim" --version >/dev/null # build the jar once, before any job starts
jar="$repo/sim/target/leadsim.jar"
spec=scenarios/sweeps/ci-small.yaml
shards=3

log "reference: $spec on the thread pool"
java -jar "$jar" sweep "$spec" --out "$work/pool" --threads 2 --quiet >/dev/null
java -jar "$jar" merge "$work/pool" --out "$work/pool-sorted" >/dev/null # sorted by run id

log "the sweep as a 3-task job array, merged by a job that waits for it (afterok)"
submit "$work/array"
[ "$(state_of "$merge")" = COMPLETED ] || { cat "$work"/array/slurm/*.out; fail "merge job $merge: $(state_of "$merge")"; }
cmp "$work/pool-sorted/runs.csv" "$work/array/runs.csv" || fail "merged runs.csv differs from the thread pool's"
diff -r "$work/pool/series" "$work/array/series" >/dev/null || fail "merged series differ from the thread pool's"
log "ok: merged runs.csv ($(($(wc -l <"$work/array/runs.csv") - 1)) runs) and series are identical to the thread pool's"

log "failure path: shard 1 cannot create its directory"
mkdir -p "$work/broken"
touch "$work/broken/shard-1-of-3"
submit "$work/broken"
[ "$(state_of "${array}_1")" = FAILED ] || fail "task 1 should have failed, it is $(state_of "${array}_1")"
[ "$(state_of "${array}_0")" = COMPLETED ] && [ "$(state_of "${array}_2")" = COMPLETED ] || fail "tasks 0 and 2 should have completed"
[ "$(state_of "$merge")" != COMPLETED ] || fail "the merge ran although a shard failed"
[ ! -e "$work/broken/runs.csv" ] || fail "a merge was written although a shard failed"
log "ok: task 1 failed, tasks 0 and 2 completed, the merge job was $(state_of "$merge")"
set +e
java -jar "$jar" merge "$work/broken/shard-0-of-3" "$work/broken/shard-2-of-3" --out "$work/broken" 2>"$work/merge.err"
code=$?
set -e
cat "$work/merge.err"
[ "$code" = 1 ] || fail "merge with a shard missing should exit 1, got $code"
grep -q "shard 1 of 3: 4 missing (run 1, 4, 7, 10)" "$work/merge.err" || fail "merge did not name shard 1's runs"
log "ok: merge names shard 1's runs as missing and writes nothing"

log "repair: resubmit task 1 only (and the merge)"
rm "$work/broken/shard-1-of-3"
submit "$work/broken" 1
[ "$(state_of "$merge")" = COMPLETED ] || { cat "$work"/broken/slurm/*.out; fail "merge after the repair: $(state_of "$merge")"; }
cmp "$work/pool-sorted/runs.csv" "$work/broken/runs.csv" || fail "repaired runs.csv differs from the thread pool's"
log "ok: after resubmitting task 1 the merged runs.csv is identical to the thread pool's"

spec=scenarios/sweeps/ci-district.yaml
shards=2
log "a district sweep: reference $spec on the thread pool"
java -jar "$jar" sweep "$spec" --out "$work/district-pool" --threads 2 --quiet >/dev/null
java -jar "$jar" merge "$work/district-pool" --out "$work/district-pool-sorted" >/dev/null
[ -f "$work/district-pool-sorted/schools_long.csv.gz" ] || fail "the district sweep wrote no schools_long.csv.gz"
log "the district sweep as a 2-task job array, merged by a job that waits for it (afterok)"
submit "$work/district"
[ "$(state_of "$merge")" = COMPLETED ] || { cat "$work"/district/slurm/*.out; fail "district merge job $merge: $(state_of "$merge")"; }
cmp "$work/district-pool-sorted/runs.csv" "$work/district/runs.csv" || fail "merged district runs.csv differs from the thread pool's"
diff -r "$work/district-pool/series" "$work/district/series" >/dev/null || fail "merged district series differ from the thread pool's"
cmp "$work/district-pool-sorted/schools_long.csv.gz" "$work/district/schools_long.csv.gz" \
  || fail "merged schools_long.csv.gz differs from the thread pool's"
parts=$(gzip -dc "$work/district/schools_long.csv.gz" | tail -n +2 | cut -d, -f1,2 | sort -u | wc -l)
runs=$(($(wc -l <"$work/district/runs.csv") - 1))
[ "$parts" = $((runs * 5)) ] || fail "schools_long.csv.gz has $parts (run, school) pairs, expected $runs runs x (4 schools + office)"
log "ok: merged district runs.csv ($runs runs), series and schools_long.csv.gz ($parts run-school pairs) are identical to the thread pool's"
