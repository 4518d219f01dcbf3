# b6: a committee report written by XlsxWriter: no period budget column, the deviation against the
# annual budget periodised linearly (8/12), formulas without cached values, positive costs.
import xlsxwriter
wb = xlsxwriter.Workbook('blind6.periodiserad.xlsx')
ws = wb.add_worksheet('Driftredovisning')
bold = wb.add_format({'bold': True})
ws.write('A1', 'Kultur- och fritidsnämnden, driftredovisning (tkr)', bold)
ws.write_row('A3', ['Verksamhet', 'Budget 2026', 'Utfall jan-aug 2026', 'Avvikelse mot periodiserad budget', 'Prognos 2026', 'Avvikelse helår'], bold)
rows = [('Bibliotek', 14200, 9350, 14100), ('Fritidsgårdar', 8600, 5900, 8900), ('Idrottsanläggningar', 21000, 13700, 20800),
        ('Kulturskola', 6300, 4180, 6300), ('Nämnd och förvaltning', 3900, 2700, 4000)]
r = 3
for name, budget, actual, forecast in rows:
    ws.write(r, 0, name)
    ws.write_number(r, 1, budget)
    ws.write_number(r, 2, actual)
    if name != 'Kulturskola':  # left empty: the tool fills it
        ws.write_formula(r, 3, f'=B{r+1}*8/12-C{r+1}')
    ws.write_number(r, 4, forecast)
    ws.write_formula(r, 5, f'=B{r+1}-E{r+1}')
    r += 1
ws.write(r, 0, 'Summa', bold)
for c, col in enumerate('BCDEF', start=1):
    ws.write_formula(r, c, f'=SUM({col}4:{col}{r})', bold)
wb.close()
