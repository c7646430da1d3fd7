# shellcheck shell=bash
# The `bench` verb of deploy/local/platform, sourced by it: uses its helpers (say, warn,
# die, fail_component, require_maven, start_infra, wait_infra, build_services, start_services,
# import_directory, kafka_tool, pid_of) and variables (ROOT, LOGS, PARTITIONS, SERVICES).
# Measures, in one run against the local stack:
#   1. Kafka's ceiling: ProducerPerformance with records the size of a real DeliveryCreated;
#   2.-5. the platform (module bench/): fan-out, acknowledgment rush, reads, peak memory.
# Writes target/bench/results.json and docs/BENCHMARKS.md and prints the table.
#
# Environment: BENCH_CEILING_RECORDS (default 500000); BENCH_JFR=1 records a Flight Recorder
# profile of each service during the harness (target/bench/jfr/SERVICE.jfr; read with `jfr print`
# or JDK Mission Control); BENCH_ARGS: extra --name=value options
# for the harness (e.g. "--fan-out-sizes=100,1000 --rush-directives=5" for a quick try; see
# bench/src/main/java/vn/gov/directive/bench/BenchConfig.java).

BENCH_DIR="$ROOT/target/bench"

bench_build() {
  require_maven
  say "building the benchmark (mvn -B -q -f bench/pom.xml package; log $LOGS/bench-build.log)"
  (cd "$ROOT" && mvn -B -q -f bench/pom.xml package -DskipTests) >"$LOGS/bench-build.log" 2>&1 ||
    fail_component bench-build "failed"
}

bench_java() {
  java -Xmx512m -cp "$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/classpath.txt")" "$@"
}

# Prints "RECORDS_PER_S" after running ProducerPerformance; its full output goes to $BENCH_DIR/ceiling.txt.
bench_ceiling() {
  local size="$1" records="${BENCH_CEILING_RECORDS:-500000}"
  local topic="bench-ceiling-$(date +%s)"
  say "ceiling: ProducerPerformance, $records records of $size bytes, acks=all, to $topic ($PARTITIONS partitions)"
  bench_java vn.gov.directive.bench.CeilingTopic create 127.0.0.1:9092 "$topic" "$PARTITIONS" 2>>"$LOGS/bench.log" ||
    die "could not create the ceiling's topic $topic (log: $LOGS/bench.log)"
  local status=0
  kafka_tool org.apache.kafka.tools.ProducerPerformance --topic "$topic" --num-records "$records" \
    --record-size "$size" --throughput -1 \
    --producer-props bootstrap.servers=127.0.0.1:9092 acks=all linger.ms=5 \
    >"$BENCH_DIR/ceiling.txt" 2>>"$LOGS/bench.log" || status=$?
  bench_java vn.gov.directive.bench.CeilingTopic delete 127.0.0.1:9092 "$topic" 2>>"$LOGS/bench.log" ||
    warn "could not delete the ceiling's topic $topic"
  [[ $status -eq 0 ]] || die "ProducerPerformance failed with status $status (output: $BENCH_DIR/ceiling.txt, log: $LOGS/bench.log)"
  say "ceiling: $(tail -n 1 "$BENCH_DIR/ceiling.txt")"
}

# The java process of a service: the script starts each in its own process group (pid file = group id).
bench_service_pid() {
  local group
  group=$(pid_of "$1") || return 1
  pgrep -g "$group" -x java | head -n 1
}

# bench_jfr start|stop: a Flight Recorder profile of each service while the harness runs.
bench_jfr() {
  [[ "${BENCH_JFR:-}" == 1 ]] || return 0
  local s pid
  mkdir -p "$BENCH_DIR/jfr"
  for s in "${SERVICES[@]}"; do
    pid=$(bench_service_pid "$s") || { warn "no java process for $s: not profiled"; continue; }
    if [[ "$1" == start ]]; then
      jcmd "$pid" JFR.start name=bench settings=profile >>"$LOGS/bench.log" 2>&1 || warn "JFR.start failed for $s"
    else
      jcmd "$pid" JFR.stop name=bench filename="$BENCH_DIR/jfr/$s.jfr" >>"$LOGS/bench.log" 2>&1 || warn "JFR.stop failed for $s"
    fi
  done
  [[ "$1" == stop ]] && say "Flight Recorder profiles in $BENCH_DIR/jfr/"
  return 0
}

cmd_bench() {
  local started=$SECONDS
  # The stack, as `up` brings it (only what is not running yet is started).
  start_infra
  build_services
  wait_infra
  start_services
  import_directory
  # GreenMail keeps mail in its heap: start from an empty server (the harness deletes what it counts).
  cmd_purge_mail
  bench_build
  mkdir -p "$BENCH_DIR"
  printf '\n===== %s bench =====\n' "$(date -Is)" >>"$LOGS/bench.log"

  local size source
  read -r size source < <(bench_java vn.gov.directive.bench.EventSize 127.0.0.1:9092 2>>"$LOGS/bench.log") ||
    die "could not size a DeliveryCreated record (log: $LOGS/bench.log)"
  say "a DeliveryCreated record is $size bytes (key, value and headers; $source)"
  bench_ceiling "$size"

  local status=0
  bench_jfr start
  # shellcheck disable=SC2086 # BENCH_ARGS is a list of options
  bench_java vn.gov.directive.bench.Bench --root="$ROOT" --ceiling-output="$BENCH_DIR/ceiling.txt" \
    --record-size="$size" --record-size-source="$source" ${BENCH_ARGS:-} \
    2> >(tee -a "$LOGS/bench.log" >&2) || status=$?
  bench_jfr stop
  say "bench finished in $((SECONDS - started)) s with status $status (details: $LOGS/bench.log)"
  return "$status"
}
