#!/usr/bin/env bash
# Checks a rapportkoll output against a real spreadsheet program: LibreOffice opens it, recalculates
# every formula and saves a copy; every formula cell's value cached by rapportkoll must equal what
# LibreOffice computed, within half of the last unit its number format shows.
#
# Usage: scripts/lo-recalc-check.sh [OUTPUT.xlsx]
#   Without an argument the August sample is processed first and its output is checked.
# Needs soffice on PATH and the Maven dependencies in ~/.m2 (runs offline). Exit code 0 when all
# values agree, 1 on a difference, 2 when something is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v soffice >/dev/null 2>&1; then
    echo "soffice (LibreOffice) is not on PATH" >&2
    exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mvn -B -q -o test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/test-classes:target/classes:$(cat "$work/cp.txt")"
java_run() {
    java -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -cp "$cp" "$@"
}

if [ $# -ge 1 ]; then
    output=$1
else
    output="$work/delarsrapport-aug-2025-rapportkoll.xlsx"
    status=0
    java_run se.rapportkoll.Main process samples/delarsrapport-aug-2025.xlsx -o "$output" >/dev/null || status=$?
    if [ "$status" -gt 1 ]; then   # 1 only means the workbook has findings of severity fel
        echo "rapportkoll process failed with exit code $status" >&2
        exit 2
    fi
fi
if [ ! -f "$output" ]; then
    echo "no such file: $output" >&2
    exit 2
fi

# The conversion runs with a private LibreOffice profile set to recalculate on load; see
# LibreOfficeRecalcCheck.convert (LibreOffice's default keeps the cached values).
java_run se.rapportkoll.xlsx.write.LibreOfficeRecalcCheck --convert "$work/lo" "$output"
java_run se.rapportkoll.xlsx.write.LibreOfficeRecalcCheck "$output" "$work/lo/$(basename "$output")"
