#!/usr/bin/python3
"""Test workbooks for the forecast and scenario sheets, built from the samples (run from the project root).

- aug-atgardsplan-mall.xlsx (openpyxl): the August sample with an action-plan sheet in the seeds'
  template wording (Beskrivning av åtgärd | Förväntad effekt ... | Realiserad effekt ...), Summa as formulas
  without cached values, as openpyxl writes them.
- aug-atgardsplan-variant.xlsx (xlsxwriter): the August report's tables re-written with a Prognos 3 column
  and an action plan in another wording (Åtgärd | Effekt år | Kostnad för genomförande | Beräknad effekt |
  Realiserad effekt), one measure for next year, its Summa row typed in with one wrong figure.
- feb-prognos-lika-budget.xlsx (openpyxl): the February sample with Prognos 1 equal to the full-year budget.
- plan-2026-2029.xlsx (openpyxl): the plan sample moved one year on, with a fourth plan year.
The measures, names and amounts are invented test material, not from the seed reports.
"""
import copy
import sys

import openpyxl
import xlsxwriter

OUT = sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/forecasts"

MEASURES = [  # name, year of effect, cost, expected effect, realised so far
    ("Hemmaplanslösningar i stället för externa placeringar", 2025, 1200, 5600, 2100),
    ("Minskad inhyrning av konsulter", 2025, 0, 2400, 2400),
    ("Ny upphandling av stödboende", 2026, 300, 1800, 0),
]


def action_plan_template(wb):
    ws = wb.create_sheet("Åtgärdsplan")
    ws["A1"] = "Förslag på åtgärder för en ekonomi i balans"
    ws.append([])
    ws.append(["Beskrivning av åtgärd", "Förväntad effekt av åtgärd innevarande år (tkr)", "Realiserad effekt av åtgärd (tkr)"])
    for name, _year, _cost, effect, realised in MEASURES[:2]:
        ws.append([name, effect, realised])
    ws.append(["Summa av effektiviseringar", "=SUM(B4:B5)", "=SUM(C4:C5)"])
    ws.column_dimensions["A"].width = 50
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 22


def aug_template():
    wb = openpyxl.load_workbook("samples/delarsrapport-aug-2025.xlsx")
    action_plan_template(wb)
    wb.save(f"{OUT}/aug-atgardsplan-mall.xlsx")


def aug_variant():
    src = openpyxl.load_workbook("samples/delarsrapport-aug-2025.xlsx")
    wb = xlsxwriter.Workbook(f"{OUT}/aug-atgardsplan-variant.xlsx")
    bold = wb.add_format({"bold": True})
    num = wb.add_format({"num_format": "#,##0"})
    # The committee table with the April round beside the August one (invented April figures).
    april = {"Intäkter": 60100, "Kostnader": -434800, "Varav kapitalkostnader": -1100, "Summa Driftbudget": -374700}
    for ws in src:
        out = wb.add_worksheet(ws.title)
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                r, c = cell.row - 1, cell.column - 1
                v = cell.value
                if isinstance(v, str) and v.startswith("="):
                    out.write_formula(r, c, v)
                elif isinstance(v, (int, float)):
                    out.write_number(r, c, v, num)
                elif hasattr(v, "year"):
                    out.write_datetime(r, c, v, wb.add_format({"num_format": "mmm yyyy"}))
                else:
                    out.write(r, c, v, bold if r <= 4 and c <= 1 else None)
        if ws.title == "Driftredovisning":
            out.write(3, 9, "Prognos 3")
            for r in range(4, 8):
                out.write_number(r, 9, april[ws.cell(r + 1, 2).value], num)
    ap = wb.add_worksheet("Ekonomi i balans")
    ap.write(0, 0, "Åtgärdsplan 2025, tkr", bold)
    ap.write_row(2, 0, ["Åtgärd", "Effekt år", "Kostnad för genomförande", "Beräknad effekt", "Realiserad effekt"], bold)
    for i, (name, year, cost, effect, realised) in enumerate(MEASURES):
        ap.write(3 + i, 0, name)
        ap.write_number(3 + i, 1, year)
        ap.write_number(3 + i, 2, cost, num)
        ap.write_number(3 + i, 3, effect, num)
        ap.write_number(3 + i, 4, realised, num)
    last = 3 + len(MEASURES)
    ap.write(last, 0, "Summa", bold)
    ap.write_number(last, 2, sum(m[2] for m in MEASURES), num)
    ap.write_number(last, 3, sum(m[3] for m in MEASURES) + 1000, num)  # a typing error of 1 000 tkr
    ap.write_number(last, 4, sum(m[4] for m in MEASURES), num)
    ap.set_column(0, 0, 50)
    ap.set_column(1, 4, 16)
    wb.close()


def feb_on_budget():
    wb = openpyxl.load_workbook("samples/manadsrapport-feb-2025.xlsx")
    ws = wb["Månadsrapport"]
    for row in ws.iter_rows(min_row=5):
        if isinstance(row[5].value, (int, float)) and isinstance(row[6].value, (int, float)):
            row[6].value = row[5].value
            row[7].value = 0
    wb.save(f"{OUT}/feb-prognos-lika-budget.xlsx")


def plan_later_years():
    wb = openpyxl.load_workbook("samples/verksamhetsplan-2025-2027.xlsx")
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and not cell.value.startswith("="):
                    for y in (2027, 2026, 2025, 2024, 2023):
                        cell.value = cell.value.replace(str(y), str(y + 1))
    # a fourth plan year: Plan 2028 → 2029 after the move would need a new column; add Plan 2029 on the volume and price tables
    ws = wb["Volymer och priser"]
    ws.cell(2, 7).value = "Plan 2029"
    ws.cell(15, 7).value = "Plan 2029"
    for r in range(3, 13):
        ws.cell(r, 7).value = round(ws.cell(r, 6).value * 1.02)
    for r in range(16, 26):
        ws.cell(r, 7).value = round(ws.cell(r, 6).value * 1.025)
    wb.save(f"{OUT}/plan-2026-2029.xlsx")


if __name__ == "__main__":
    aug_template()
    aug_variant()
    feb_on_budget()
    plan_later_years()
