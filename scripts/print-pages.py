#!/usr/bin/env python3
"""Prints the tool's sheets of an output workbook as a controller would: LibreOffice -> PDF -> PNG.

    scripts/print-pages.py OUTPUT.xlsx PREFIX DIR [SHEET ...]

Writes DIR/PREFIX-<sheet>-<page>.png (at 60 dpi as docs/print/ holds them, or DPI=110 to read closely) for every page of the
named sheets (default: every sheet whose footer says it is the tool's, "Sheet – page"), and prints
each page's size and text so it can be read. The tool's sheets carry the footer "&A – &P", which is
how a PDF page is told to belong to a sheet. Needs soffice, pdftotext and pdftoppm.
"""
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

TOOL_SHEETS = ["Validering", "Avvikelser", "Volym och pris", "Prognos och scenarier", "Planår",
               "Scenarioinställningar", "Textutkast", "Validation", "Deviations", "Volume and price",
               "Forecast and scenarios", "Plan years", "Scenario settings", "Text draft"]


def slug(name):
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    workbook, prefix, out = sys.argv[1], sys.argv[2], sys.argv[3]
    wanted = sys.argv[4:] or TOOL_SHEETS
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        run("soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
            "--convert-to", "pdf", "--outdir", tmp, workbook)
        pdf = os.path.join(tmp, os.path.splitext(os.path.basename(workbook))[0] + ".pdf")
        pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", pdf)).group(1))
        seen = {}  # the footer's &P counts the whole document's pages: number each sheet's own
        for page in range(1, pages + 1):
            text = run("pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-")
            lines = [l.strip() for l in text.splitlines() if l.strip()]
            footer = re.match(r"(.+?) – (\d+)$", lines[-1]) if lines else None
            if not footer or footer.group(1) not in wanted:
                continue
            sheet = footer.group(1)
            seen[sheet] = number = seen.get(sheet, 0) + 1
            name = f"{prefix}-{slug(sheet)}-{number}"
            run("pdftoppm", "-png", "-r", os.environ.get("DPI", "60"), "-f", str(page), "-l", str(page), "-singlefile", pdf,
                os.path.join(out, name))
            size = re.search(r"size:\s+([\d.]+) x ([\d.]+)", run("pdfinfo", "-f", str(page), "-l", str(page), pdf))
            print(f"== {name}.png ({sheet}, page {number}, the PDF's page {page}; {size.group(1)} x {size.group(2)} pt)")
            print(text)


if __name__ == "__main__":
    main()
