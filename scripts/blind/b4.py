import openpyxl, random
from openpyxl.styles import Font
random.seed(4)
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Mars"
ws["A1"] = "Månadsrapport mars 2025 – Vård- och omsorgsnämnden"; ws["A1"].font = Font(bold=True)
ws["A2"] = "Nettokostnad, tkr"
ws.append([])
ws.append(["Verksamhet", "Budget jan-mar", "Utfall jan-mar", "Avvikelse jan-mar", "Budget helår", "Prognos helår", "Avvikelse helår"])
units = [("Hemtjänst", 61200), ("Särskilt boende", 98400), ("LSS", 54300), ("Hälso- och sjukvård", 22800), ("Gemensamt", 9100)]
monthly = {}
for i,(n,bh) in enumerate(units):
    r = 5+i
    prof = [0.08]*12  # even-ish
    last = [round(bh*0.97/12*(1+random.uniform(-0.06,0.06))) for _ in range(12)]
    cur = [round(bh/12*(1+random.uniform(-0.04,0.05))) for _ in range(3)]
    monthly[n] = last + cur
    bj = round(bh*3/12); uj = sum(cur); ph = round(bh + (uj-bj)*2)
    ws.append([n, bj, uj, f"=B{r}-C{r}", bh, ph, f"=E{r}-F{r}"])
ws.append(["Summa nämnden"] + [f"=SUM({c}5:{c}9)" for c in "BCDEFG"]); ws["A10"].font = Font(bold=True)
m = wb.create_sheet("Utfall per månad")
m["A1"] = "Nettokostnad per månad, tkr"
hdr = ["Verksamhet"] + [f"2024-{k:02d}" for k in range(1,13)] + [f"2025-{k:02d}" for k in range(1,4)]
m.append([]); m.append(hdr)
for i,(n,_) in enumerate(units):
    m.append([n] + monthly[n])
m.append(["Summa"] + [f"=SUM({openpyxl.utils.get_column_letter(c)}4:{openpyxl.utils.get_column_letter(c)}8)" for c in range(2,17)])
wb.save("blind4.openpyxl.xlsx")
