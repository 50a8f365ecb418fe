#!/usr/bin/env bash
# Fast start for habit-trends: extracts the jar (Spring Boot's tools mode) and records a class data
# sharing (CDS) archive of a training run, so later runs start from the archive instead of loading
# and verifying thousands of classes from the fat jar. habit-trends-cron.sh uses the result when it
# matches the jar. Run it again after every new jar (it says so in the run logs otherwise).
#
# Usage: install.sh [JAR]      (default $HABIT_TRENDS_JAR, else /opt/habit-trends/habit-trends.jar)
#
# Environment (all optional):
#   HABIT_TRENDS_APP   where to put the extracted application (default: habit-trends-app/ beside
#                      the jar); the archive is HABIT_TRENDS_APP/habit-trends.jsa
#   JAVA               the java command (the archive is only used by the same JDK)
#
# The training run imports, analyses and reports a generated 12-leader programme in a temporary
# folder, on its own embedded database: the environment is cleared for it, so it never sees the
# production database or mail settings.
set -euo pipefail

jar=${1:-${HABIT_TRENDS_JAR:-/opt/habit-trends/habit-trends.jar}}
java=${JAVA:-java}
if [[ ! -f $jar ]]; then
  echo "install.sh: no jar at $jar" >&2
  exit 2
fi
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
# CDS records the class path as given: use absolute paths, the same ones the wrapper starts with.
app=${HABIT_TRENDS_APP:-$(dirname "$jar")/habit-trends-app}
mkdir -p "$(dirname "$app")"
app=$(cd "$(dirname "$app")" && pwd)/$(basename "$app")

training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT

rm -rf "$app"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null

# A clean environment: no SPRING_DATASOURCE_URL, no mail settings, no HABIT_TRENDS_* of the host.
clean=(env -i "PATH=$PATH" "HOME=${HOME:-/tmp}" "LANG=${LANG:-C.UTF-8}")
"${clean[@]}" "$java" -jar "$app/habit-trends.jar" sample-data --out "$training/workspace" >/dev/null
set +e
# -Dspring.context.exit=onRefresh (Spring's suggestion) would archive the start-up only; a whole
# run archives the import, analysis and PDF classes too, which every cron run loads.
"${clean[@]}" "$java" -XX:ArchiveClassesAtExit="$app/habit-trends.jsa" -Xlog:cds=off \
  -Xlog:cds+dynamic=off -jar "$app/habit-trends.jar" run --workspace "$training/workspace" \
  >"$training/training.log" 2>&1
code=$?
set -e
# 8 is expected: the generated programme has a file that loses data on purpose.
if [[ $code -ne 0 && $code -ne 8 ]] || [[ ! -s $app/habit-trends.jsa ]]; then
  echo "install.sh: the training run failed (exit $code):" >&2
  tail -n 20 "$training/training.log" >&2
  rm -f "$app/habit-trends.jsa"
  exit 1
fi
# Written last: the wrapper uses the archive only while it names the jar as it is now.
stat -c '%s %Y' "$jar" >"$app/source-jar.txt"
echo "install.sh: $app/habit-trends.jar with archive $app/habit-trends.jsa ($(du -m "$app/habit-trends.jsa" | cut -f1) MB) for $jar"
