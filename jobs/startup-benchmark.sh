#!/usr/bin/env bash
# Start-up benchmark: `--help`, `status`, `check` and a `run` with nothing new to import, each started
# from the jar (java -jar) and from the fast-start install (install.sh: extracted jar + CDS archive),
# interleaved round by round and reported side by side as medians and as ratios to `--help` from
# the jar. Shared machines are noisy: compare the ratios of one run, not absolute times.
#
# Usage: startup-benchmark.sh [JAR]   (default target/habit-trends.jar; ROUNDS=5 by default)
#
# A run's "start-up" is its wall time less the job's own time ("run completed in X s"): JVM,
# Spring context, Flyway, lock and job launch before the first step, and closing after the last.
set -euo pipefail

jar=${1:-target/habit-trends.jar}
rounds=${ROUNDS:-5}
java=${JAVA:-java}
here=$(cd "$(dirname "$0")" && pwd)
[[ -f $jar ]] || { echo "startup-benchmark: no jar at $jar (mvn -B -q package -DskipTests)" >&2; exit 2; }

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp "$jar" "$dir/habit-trends.jar"
jar=$dir/habit-trends.jar
echo "Installing the fast start (extract + CDS training run) into $dir/app ..."
install_start=$(date +%s%N)
HABIT_TRENDS_APP=$dir/app JAVA=$java "$here/install.sh" "$jar" >/dev/null
echo "  took $(((($(date +%s%N) - install_start) / 1000000))) ms"

# A workspace whose inbox has been imported (for status and the no-op run), and one with exports
# waiting (for check, which changes nothing).
"$java" -jar "$jar" sample-data --out "$dir/done" >/dev/null
"$java" -jar "$jar" run --workspace "$dir/done" >/dev/null 2>&1 || true
"$java" -jar "$jar" sample-data --out "$dir/waiting" >/dev/null

declare -A modes=(
  [jar]="-jar $jar"
  [cds]="-XX:SharedArchiveFile=$dir/app/habit-trends.jsa -jar $dir/app/habit-trends.jar"
)
commands=(help status check run)
declare -A times jobs

args() {
  case $1 in
    help) echo "--help" ;;
    status) echo "status --workspace $dir/done" ;;
    check) echo "check --workspace $dir/waiting" ;;
    run) echo "run --workspace $dir/done" ;;
  esac
}

for ((round = 1; round <= rounds; round++)); do
  for command in "${commands[@]}"; do
    for mode in jar cds; do
      start=$(date +%s%N)
      # shellcheck disable=SC2046,SC2086
      output=$("$java" ${JAVA_OPTS:-} ${modes[$mode]} $(args "$command") 2>&1) || true
      ms=$((($(date +%s%N) - start) / 1000000))
      times[$mode.$command]+="$ms "
      if [[ $command == run ]]; then
        job=$(sed -n 's/^run completed in \([0-9.]*\) s.*/\1/p' <<<"$output" | head -n 1)
        jobs[$mode]+="$(awk -v s="${job:-0}" 'BEGIN { printf "%d", s * 1000 }') "
      fi
    done
  done
  echo "round $round of $rounds done"
done

median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
base=$(median "${times[jar.help]}")
echo
echo "Medians of $rounds rounds on $(nproc) cores (ratio: to 'java -jar habit-trends.jar --help', $base ms)"
printf '%-34s %10s %7s   %10s %7s\n' "" "java -jar" "ratio" "CDS" "ratio"
for command in "${commands[@]}"; do
  j=$(median "${times[jar.$command]}")
  c=$(median "${times[cds.$command]}")
  printf '%-34s %7d ms %6.1fx   %7d ms %6.1fx\n' "$(args "$command" | cut -d' ' -f1)" "$j" \
    "$(bc -l <<<"$j / $base")" "$c" "$(bc -l <<<"$c / $base")"
done
for mode in jar cds; do
  walls=(${times[$mode.run]})
  works=(${jobs[$mode]})
  startups=""
  for i in "${!walls[@]}"; do startups+="$((walls[i] - works[i])) "; done
  eval "startup_$mode=\$(median \"\$startups\")"
  eval "work_$mode=\$(median \"\${jobs[$mode]}\")"
done
# shellcheck disable=SC2154
printf '%-34s %7d ms %6.1fx   %7d ms %6.1fx\n' "run: start-up (wall less job)" "$startup_jar" \
  "$(bc -l <<<"$startup_jar / $base")" "$startup_cds" "$(bc -l <<<"$startup_cds / $base")"
# shellcheck disable=SC2154
printf '%-34s %7d ms %6.1fx   %7d ms %6.1fx\n' "run: the job (steps)" "$work_jar" \
  "$(bc -l <<<"$work_jar / $base")" "$work_cds" "$(bc -l <<<"$work_cds / $base")"
