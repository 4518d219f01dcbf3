"""Builds the prose fixtures (run with /usr/bin/python3, which has openpyxl): a committee with a
coordinated name and a full-year table without a period, written by openpyxl (formulas without a
cached value)."""
import openpyxl
from openpyxl.styles import Font

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Prognos"
ws["A1"] = "Helårsprognos Kultur- och fritidsnämnden"
ws["A1"].font = Font(bold=True)
ws["A2"] = "Belopp i tkr"
ws.append([])
ws.append(["Verksamhet", "Budget helår", "Prognos helår", "Avvikelse prognos helår mot budget"])
rows = [("Nämnd och förvaltning", -4200, -4100), ("Bibliotek", -18650, -18900), ("Fritidsgårdar", -9875, -9600),
        ("Idrottsanläggningar", -22410, -23300), ("Kulturskola", -11030, -10950)]
for i, (name, budget, forecast) in enumerate(rows):
    r = 5 + i
    ws.append([name, budget, forecast, f"=C{r}-B{r}"])
last = 4 + len(rows)
ws.append(["Summa nämnden"] + [f"=SUM({c}5:{c}{last})" for c in "BCD"])
ws[f"A{last + 1}"].font = Font(bold=True)
wb.save("kultur-och-fritid-helar.openpyxl.xlsx")
