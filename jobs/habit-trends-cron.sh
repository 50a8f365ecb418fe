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
#   HABIT_TRENDS_APP    the fast-start install of the jar made by install.sh (default
#                       habit-trends-app/ beside the jar); used while it matches the jar
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
app=${HABIT_TRENDS_APP:-$(dirname "$jar")/habit-trends-app}

# Fast start (install.sh): the extracted jar with its class data sharing archive, as long as it was
# made from the jar as it is now; otherwise the jar itself, as before.
start=(-jar "$jar")
stale=
if [[ -f $app/source-jar.txt && -f $app/habit-trends.jsa ]]; then
  app=$(cd "$app" && pwd) # the archive names its class path absolutely
  if [[ $(stat -c '%s %Y' "$jar" 2>/dev/null) == "$(cat "$app/source-jar.txt")" ]]; then
    start=(-XX:SharedArchiveFile="$app/habit-trends.jsa" -jar "$app/habit-trends.jar")
  else
    stale="habit-trends-cron: $app was made from another $jar; starting from the jar (slower) until install.sh is run again"
  fi
fi

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
  [[ -n $stale ]] && echo "$stale"
  # shellcheck disable=SC2086
  "$java" ${JAVA_OPTS:-} "${start[@]}" "$command" --workspace "$workspace" "$@"
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
