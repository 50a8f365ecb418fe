#!/usr/bin/env bash
# Cron wrapper: one run at a time per workspace on this host, one log file per run, and the
# pipeline's exit code passed on (see README.md in this folder).
#
# Usage: habit-trends-cron.sh <command> <workspace> [more options for the command]
set -uo pipefail

command=${1:?usage: habit-trends-cron.sh <command> <workspace> [options]}
workspace=${2:?usage: habit-trends-cron.sh <command> <workspace> [options]}
shift 2

jar=${HABIT_TRENDS_JAR:-/opt/habit-trends/habit-trends.jar}
java=${JAVA:-java}
logs=${HABIT_TRENDS_LOGS:-$workspace/logs}
mkdir -p "$logs"
log="$logs/$(date -u +%Y%m%dT%H%M%SZ)-$command.log"

# flock -n: if another run holds the lock, give up at once with exit code 75 (EX_TEMPFAIL).
exec 9>"$workspace/.habit-trends.lock"
if ! flock -n 9; then
  echo "$(date -u +%FT%TZ) another habit-trends run holds $workspace/.habit-trends.lock; not starting" >>"$logs/skipped.log"
  exit 75
fi

"$java" ${JAVA_OPTS:-} -jar "$jar" "$command" --workspace "$workspace" "$@" >>"$log" 2>&1
code=$?
echo "$(date -u +%FT%TZ) $command exit $code" >>"$log"
exit $code
