#!/usr/bin/env bash
# Rebuilds the fidelity fixtures: LibreOffice converts every hand-written flat OpenDocument
# spreadsheet (src/test/resources/fidelity/*.fods) to .xlsx beside it. Both files are committed;
# FidelityTest reads the .xlsx. Features LibreOffice cannot write (VBA, very hidden sheets, Excel
# tables with structured references, shared formulas, external links, a theme, frozen panes) are
# added to a copy of features.xlsx at test time, see FidelityFixtures.
#
# Usage: scripts/make-fidelity-fixtures.sh     (needs soffice on PATH)
set -euo pipefail
cd "$(dirname "$0")/../src/test/resources/fidelity"

if ! command -v soffice >/dev/null 2>&1; then
    echo "soffice (LibreOffice) is not on PATH" >&2
    exit 2
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

# A private profile, so that a running LibreOffice or a parallel conversion does not block this one.
soffice "-env:UserInstallation=file://$profile" --headless --calc \
    --convert-to "xlsx:Calc MS Excel 2007 XML" --outdir . ./*.fods
for f in ./*.fods; do
    test -s "${f%.fods}.xlsx" || { echo "LibreOffice wrote no ${f%.fods}.xlsx" >&2; exit 1; }
done
