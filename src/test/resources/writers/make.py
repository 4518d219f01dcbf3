#!/usr/bin/python3
"""Writes the same small Driftredovisning with openpyxl and with XlsxWriter, as those libraries
save formulas: openpyxl with an empty cached value (<v></v>), XlsxWriter with a cached 0 and
fullCalcOnLoad. The files are committed; run this (with /usr/bin/python3, which has both
libraries) only to change them."""
import openpyxl
import xlsxwriter

HEADER = ["Rad", "Budget jan-aug 2025", "Utfall jan-aug 2025", "Avvikelse jan-aug 2025",
          "Budget helår 2025", "Prognos 4", "Avvikelse budget-prognos"]

# Driftredovisning: every derived cell a formula; the capital costs' period deviation typed in
# wrong (5 where Utfall - Budget is 1; a varav row is in no total), and nothing else wrong.
DRIFT = [
    ["Driftredovisning, tkr"],
    [],
    HEADER,
    ["Intäkter", 100, 120, "=C4-B4", 150, 160, "=F4-E4"],
    ["Kostnader", -500, -530, "=C5-B5", -750, -760, "=F5-E5"],
    ["Varav kapitalkostnader", -10, -9, 5, -15, -14, "=F6-E6"],
    ["Summa driftbudget", "=B4+B5", "=SUM(C4:C5)", "=C7-B7", "=SUM(E4:E5)", "=SUM(F4:F5)", "=F7-E7"],
]

# The same with a deleted cell: Kostnader's Utfall is #REF!, so its deviation, the Summa of
# Utfall and that deviation are errors too, and the Summa row's typed deviation cannot be checked.
REF_ERROR = [
    ["Driftredovisning, tkr"],
    [],
    HEADER,
    ["Intäkter", 100, 120, "=C4-B4", 150, 160, "=F4-E4"],
    ["Kostnader", -500, "=#REF!*1", "=C5-B5", -750, -760, "=F5-E5"],
    ["Summa driftbudget", "=B4+B5", "=SUM(C4:C5)", -10, "=SUM(E4:E5)", "=SUM(F4:F5)", "=F6-E6"],
]


def with_openpyxl(rows, name):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Drift"
    for row in rows:
        ws.append(row)
    wb.save(name)


def with_xlsxwriter(rows, name):
    wb = xlsxwriter.Workbook(name)
    ws = wb.add_worksheet("Drift")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, str) and value.startswith("="):
                ws.write_formula(r, c, value)
            else:
                ws.write(r, c, value)
    wb.close()


for rows, stem in [(DRIFT, "drift"), (REF_ERROR, "ref-error")]:
    with_openpyxl(rows, "openpyxl-" + stem + ".xlsx")
    with_xlsxwriter(rows, "xlsxwriter-" + stem + ".xlsx")
