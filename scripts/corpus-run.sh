#!/usr/bin/env bash
# Runs the built jar over a folder of real-world workbooks (by default Apache POI's test data in
# ../shared/corpus/poi-test-data) and reports per file: exit code, console noise, time, input
# unchanged, LibreOffice opens the output, the input's parts and cells kept, and the schema or
# Excel-rule problems the output adds (see docs/fidelity.md).
#
# Usage: scripts/corpus-run.sh [CORPUS_DIR [WORK_DIR [NAME_FILTER]]]
#   Builds the jar first unless SKIP_BUILD=1. Writes WORK_DIR/report.tsv (default target/corpus).
#   Exit code 0 when every file passes, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/poi-test-data}
work=${2:-target/corpus}
filter=${3:-}
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    mvn -B -q -o -DskipTests package
fi
# The plugin's version pinned: offline, Maven resolves only what the local repository holds.
mvn -B -q -o test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/corpus-cp.txt
# The checker needs the full schema types (poi-ooxml-full), not the jar's lite ones: put it first.
rm -rf "$work"
mkdir -p "$work"
# Copies, so that building again while the corpus runs changes nothing under it.
cp target/rapportkoll.jar "$work/rapportkoll.jar"
cp -r target/test-classes "$work/test-classes"
cp -r target/classes "$work/classes"
cp="$work/test-classes:$work/classes:$(tr ':' '\n' < target/corpus-cp.txt | grep -v poi-ooxml-lite | paste -sd:)"
java -Xmx1g -Djava.awt.headless=true \
    -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
    -Dorg.apache.logging.log4j.simplelog.level=OFF \
    -cp "$cp" se.rapportkoll.corpus.CorpusRun "$work/rapportkoll.jar" "$corpus" "$work" "$filter"
