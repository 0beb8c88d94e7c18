#!/usr/bin/env bash
# One by-hand scale run: generate N cities, bulk-load them with citynet's bulk-load, and (if a Jena
# distribution is given) load the same file with Jena's own tdb2.tdbloader for comparison. Prints sizes,
# times and rates; everything it writes goes under WORK (default run/scale), which is not committed.
#
#   bench/scale-run.sh 100000                   # generate + bulk-load 100k cities (~11.6M quads)
#   JENA_HOME=/opt/apache-jena-5.6.0 bench/scale-run.sh 100000
#
# The Jena distribution is org.apache.jena:apache-jena:5.6.0:tar.gz on Maven Central, e.g.
#   ./mvnw dependency:get -Dartifact=org.apache.jena:apache-jena:5.6.0:tar.gz
# then untar ~/.m2/repository/org/apache/jena/apache-jena/5.6.0/apache-jena-5.6.0.tar.gz.
set -euo pipefail

CITIES=${1:?usage: bench/scale-run.sh CITIES [SEED]}
SEED=${2:-1}
WORK=${WORK:-run/scale}
LOADER=${LOADER:-phased}
cd "$(dirname "$0")/.."
mkdir -p "$WORK"

./mvnw -q -B compile dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$WORK/cp.txt"
CP="target/classes:$(cat "$WORK/cp.txt")"
CLI=(java -Dlogback.configurationFile=org/citynet/tools/cli/logback-cli.xml -cp "$CP" org.citynet.tools.cli.CitynetCli)
FILE="$WORK/gen-$CITIES-$SEED.nq"

echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
/usr/bin/time -f "generate: %e s wall, %M KB max RSS" "${CLI[@]}" generate --cities "$CITIES" --seed "$SEED" --out "$FILE"
ls -l "$FILE"

rm -rf "$WORK/tdb2-citynet"
/usr/bin/time -f "bulk-load: %e s wall, %M KB max RSS" "${CLI[@]}" bulk-load --loader "$LOADER" --store "$WORK/tdb2-citynet" "$FILE"
du -sh "$WORK/tdb2-citynet"

if [[ -n "${JENA_HOME:-}" ]]; then
  rm -rf "$WORK/tdb2-jena"
  /usr/bin/time -f "tdb2.tdbloader: %e s wall, %M KB max RSS" \
    "$JENA_HOME/bin/tdb2.tdbloader" --loader="$LOADER" --loc "$WORK/tdb2-jena" "$FILE"
  du -sh "$WORK/tdb2-jena"
fi
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
