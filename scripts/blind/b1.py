import openpyxl
from openpyxl.styles import Font
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Budgetuppföljning"
ws["A1"] = "Budgetuppföljning Kultur- och fritidsnämnden per oktober 2025"; ws["A1"].font = Font(bold=True)
ws["A2"] = "Belopp i tkr"
hdr = ["Verksamhet", "Budget helår", "Budget ack", "Utfall ack", "Avvikelse ack", "Prognos helår", "Avvikelse prognos helår mot budget", "Återstår"]
ws.append([]); ws.append(hdr)
rows = [("Nämnd och förvaltning", -4200, -3500, -3380), ("Bibliotek", -18650, -15542, -15710), ("Fritidsgårdar", -9875, -8229, -7990),
        ("Idrottsanläggningar", -22410, -18675, -19322), ("Kulturskola", -11030, -9192, -9006), ("Föreningsbidrag", -6300, -5250, -5250)]
prog = [-4100, -18900, -9600, -23300, -10950, -6300]
r0 = 5
for i,(n,b,ba,u) in enumerate(rows):
    r = r0+i
    ws.append([n, b, ba, u, f"=D{r}-C{r}", prog[i], f"=F{r}-B{r}", f"=B{r}-D{r}"])
rt = r0+len(rows)
ws.append(["Summa nämnden"] + [f"=SUM({c}{r0}:{c}{rt-1})" for c in "BCDEFGH"])
ws[f"A{rt}"].font = Font(bold=True)
# error: typed total in a second table
ws2 = wb.create_sheet("Investeringar")
ws2["A1"] = "Investeringsredovisning, tkr"
ws2.append([]); ws2.append(["Projekt", "Budget 2025", "Utfall jan-okt 2025", "Prognos 2025", "Avvikelse budget-prognos"])
inv = [("Konstgräsplan Västra", 6000, 5120, 5900), ("Bibliotek Centrum ombyggnad", 3500, 410, 1200), ("Inventarier", 800, 533, 800)]
for i,(n,b,u,p) in enumerate(inv):
    r=4+i; ws2.append([n,b,u,p,f"=B{r}-D{r}"])
ws2.append(["Summa", 10300, 6063, 7900, 2400])  # 6063 correct; 7900 correct; 2400 correct
ws2["C7"] = 6036  # digit swap error
wb.save("blind1.openpyxl.xlsx")
