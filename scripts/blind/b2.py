import xlsxwriter
wb = xlsxwriter.Workbook("blind2.xlsxwriter.xlsx")
ws = wb.add_worksheet("Drift")
b = wb.add_format({"bold": True}); ind = wb.add_format({"indent": 1}); num = wb.add_format({"num_format": "#,##0.0"})
ws.write("A1", "Nettokostnad per nämnd, mnkr", b)


data = [("Kommunstyrelsen", 142.3, 70.1, 141.0), ("Barn- och utbildningsnämnden", 1210.6, 598.2, 1221.9),
        ("Socialnämnden", 688.4, 352.7, 702.5), ("Tekniska nämnden", 95.2, 44.9, 93.8), ("Kultur- och fritidsnämnden", 88.1, 43.6, 88.1)]
# positive costs; Avvikelse = budget/2 - utfall? keep full-year budget only, period deviation = Budget*6/12 - Utfall is unusual; use Budget - Prognos only
ws.write_row("A3", ["Nämnd", "Budget", "Prognos", "Avvikelse"], b)
ws.write_row("A4", ["", "2025", "helår 2025", "budget - prognos"], b)
for i,(n,bu,u,p) in enumerate(data):
    r = 5+i
    ws.write(r-1, 0, n); ws.write_number(r-1, 1, bu, num); ws.write_number(r-1, 2, p, num)
    ws.write_formula(r-1, 3, f"=B{r}-C{r}", num)
r = 5+len(data)
ws.write(r-1, 0, "Summa nämnder", b)
for c in "BCD":
    ws.write_formula(r-1, "ABCD".index(c), f"=SUM({c}5:{c}{r-1})", num)
ws.write(r, 0, "Finansförvaltning"); ws.write_number(r, 1, -2250.0, num); ws.write_number(r, 2, -2268.4, num); ws.write_formula(r, 3, f"=B{r+1}-C{r+1}", num)
wb.close()
