#!/usr/bin/env bash
# Cron wrapper for habit-trends: one run at a time per workspace on this host, one log file per
# run, old logs pruned, and the command's exit code passed on (see README.md in this folder).
#
# Usage: habit-trends-cron.sh <command> <workspace> [more options for the command]
#   e.g. habit-trends-cron.sh run /srv/habit-trends/acme-2026
#        habit-trends-cron.sh deliver /srv/habit-trends/acme-2026
#
# Environment (all optional):
#   HABIT_TRENDS_JAR    the jar (default /opt/habit-trends/habit-trends.jar)
#   HABIT_TRENDS_ENV    a file of VAR=value lines to read first (database, mail settings)
#   HABIT_TRENDS_LOGS   log folder (default <workspace>/logs)
#   HABIT_TRENDS_KEEP_LOGS_DAYS   delete run logs older than this (default 60)
#   JAVA, JAVA_OPTS     the java command and its options
set -uo pipefail

usage="usage: habit-trends-cron.sh <command> <workspace> [options]"
command=${1:?$usage}
workspace=${2:?$usage}
shift 2

if [[ -n ${HABIT_TRENDS_ENV:-} ]]; then
  # shellcheck disable=SC1090
  set -a && source "$HABIT_TRENDS_ENV" && set +a
fi
jar=${HABIT_TRENDS_JAR:-/opt/habit-trends/habit-trends.jar}
java=${JAVA:-java}
logs=${HABIT_TRENDS_LOGS:-$workspace/logs}
keep_days=${HABIT_TRENDS_KEEP_LOGS_DAYS:-60}

if [[ ! -d $workspace ]]; then
  echo "habit-trends-cron: workspace $workspace does not exist" >&2
  exit 3
fi
mkdir -p "$logs" || exit 1
stamp=$(date -u +%Y%m%dT%H%M%SZ)
log="$logs/$stamp-$command.log"

# flock -n: if another run on this host holds the lock, give up at once with 75 (EX_TEMPFAIL).
# The lock is released by the kernel when this script ends, however it ends (also kill -9).
exec 9>"$workspace/.habit-trends.lock"
if ! flock -n 9; then
  echo "$(date -u +%FT%TZ) $command: another habit-trends run holds $workspace/.habit-trends.lock; not starting" >>"$logs/skipped.log"
  exit 75
fi

# The subshell (and java) inherit the lock, so it is held for as long as java runs.
(
  echo "$(date -u +%FT%TZ) habit-trends $command --workspace $workspace $* (host $(hostname), pid $$)"
  # shellcheck disable=SC2086
  "$java" ${JAVA_OPTS:-} -jar "$jar" "$command" --workspace "$workspace" "$@"
  code=$?
  echo "$(date -u +%FT%TZ) $command exit $code"
  exit $code
) >>"$log" 2>&1
code=$?
ln -sfn "$(basename "$log")" "$logs/latest-$command.log"

# Anything but success: show the end of the log on stderr, so cron's MAILTO sends it.
if [[ $code -ne 0 ]]; then
  echo "habit-trends $command on $workspace ended with exit code $code; log: $log" >&2
  tail -n 25 "$log" >&2
fi

find "$logs" -maxdepth 1 -name '*.log' -type f -mtime +"$keep_days" ! -name skipped.log -delete 2>/dev/null
exit $code
