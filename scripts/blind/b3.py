import xlsxwriter
wb = xlsxwriter.Workbook("blind3.xlsxwriter.xlsx")
ws = wb.add_worksheet("Köpt vård")
b = wb.add_format({"bold": True})
ws.write("A1", "Individ- och familjeomsorg, köpt vård jan-sep 2025", b)
ws.write("A3", "Antal vårddygn", b)
ws.write_row("A4", ["Insats", "Budget jan-sep", "Utfall jan-sep", "Avvikelse", "Budget helår", "Prognos helår", "Avvikelse helår"], b)
vol = [("HVB barn och unga", 4100, 4630, 5470, 6150), ("Familjehem, konsulentstödda", 6200, 5980, 8270, 7990), ("LVM-vård", 900, 1240, 1200, 1650), ("Skyddat boende", 1500, 1320, 2000, 1780)]
for i,(n,bj,uj,bh,ph) in enumerate(vol):
    r=5+i
    ws.write_row(r-1, 0, [n,bj,uj]); ws.write_formula(r-1,3,f"=C{r}-B{r}"); ws.write_row(r-1,4,[bh,ph]); ws.write_formula(r-1,6,f"=F{r}-E{r}")
ws.write(8,0,"Summa",b)
for k,c in enumerate("BCDEFG"):
    ws.write_formula(8,1+k,f"=SUM({c}5:{c}8)")
ws.write("A11", "Genomsnittlig kostnad per vårddygn, kr", b)
ws.write_row("A12", ["Insats", "Budget", "Utfall jan-sep", "Avvikelse", "Prognos helår"], b)
price = [("HVB barn och unga", 4200, 4480, 4480), ("Familjehem, konsulentstödda", 1450, 1420, 1420), ("LVM-vård", 3900, 4150, 4150), ("Skyddat boende", 2600, 2710, 2710)]
for i,(n,bu,u,p) in enumerate(price):
    r=13+i
    ws.write_row(r-1,0,[n,bu,u]); ws.write_formula(r-1,3,f"=B{r}-C{r}"); ws.write(r-1,4,p)
ws.write("A19", "Kostnad köpt vård, tkr", b)
ws.write_row("A20", ["Insats", "Budget jan-sep", "Utfall jan-sep", "Avvikelse", "Budget helår", "Prognos helår", "Avvikelse helår"], b)
for i,((n,bj,uj,bh,ph),(_,pb,pu,pp)) in enumerate(zip(vol,price)):
    r=21+i
    ws.write_row(r-1,0,[n, -round(bj*pb/1000), -round(uj*pu/1000)]); ws.write_formula(r-1,3,f"=C{r}-B{r}")
    ws.write_row(r-1,4,[-round(bh*pb/1000), -round(ph*pp/1000)]); ws.write_formula(r-1,6,f"=F{r}-E{r}")
ws.write(24,0,"Summa",b)
for k,c in enumerate("BCDEFG"):
    ws.write_formula(24,1+k,f"=SUM({c}21:{c}24)")
wb.close()
