# Issue 16's "Done when" on workbooks not made from the seeds (XlsxWriter, with cached values):
# - blind5.feb.xlsx: a February report of a culture committee, positive net costs, Prognos = budget
#   on every row, a month sheet Jan 2025 – Feb 2026 (names in "jan-24" form) with a "Totalt" row.
# - blind5.aug.xlsx: an August report of an elderly-care committee (signed amounts), a volume and a
#   price table for two care types, a month sheet and its own action plan in other words than the
#   seeds' template ("Insats | Planerad effekt (tkr) | Uppnådd effekt (tkr)" with "Summa").
# - blind5.plan.xlsx: a plan for 2027–2030 (budget 2026), volumes and unit prices for two care types.
import xlsxwriter

MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def feb():
    wb = xlsxwriter.Workbook("blind5.feb.xlsx")
    bold = wb.add_format({"bold": True})
    ws = wb.add_worksheet("Februari")
    ws.write(0, 0, "Kultur- och fritidsnämnden, månadsuppföljning februari 2026", bold)
    ws.write(1, 0, "Belopp i tkr, nettokostnad")
    ws.write_row(3, 0, ["Verksamhet", "Budget jan-feb", "Utfall jan-feb", "Avvikelse jan-feb", "Budget helår",
                        "Prognos helår", "Avvikelse helår"], bold)
    units = [("Bibliotek", 18420, 3010), ("Fritidsgårdar", 9360, 1622), ("Idrottsanläggningar", 27840, 4790),
             ("Kulturskola", 12600, 2080)]
    monthly = {}
    for i, (name, year, booked) in enumerate(units):
        r = 4 + i
        period = round(year * 2 / 12)
        ws.write(r, 0, name)
        ws.write_number(r, 1, period)
        ws.write_number(r, 2, booked)
        ws.write_formula(r, 3, f"=B{r + 1}-C{r + 1}", None, period - booked)
        ws.write_number(r, 4, year)
        ws.write_number(r, 5, year)  # Prognos = budget
        ws.write_formula(r, 6, f"=E{r + 1}-F{r + 1}", None, 0)
        last = [round(year * 0.96 / 12 * (1 + ((m * 5 + i) % 7 - 3) / 100)) for m in range(12)]
        cur = [round(booked * 0.48), booked - round(booked * 0.48)]
        monthly[name] = last + cur
    sums = [sum(round(y * 2 / 12) for _, y, _ in units), sum(b for _, _, b in units)]
    tot = 4 + len(units)
    ws.write(tot, 0, "Totalt nämnden", bold)
    for c, v in zip("BCDEFG", [sums[0], sums[1], sums[0] - sums[1], sum(y for _, y, _ in units),
                                sum(y for _, y, _ in units), 0]):
        col = "BCDEFG".index(c) + 1
        ws.write_formula(tot, col, f"=SUM({c}5:{c}{tot})", bold, v)
    m = wb.add_worksheet("Per månad")
    m.write(0, 0, "Nettokostnad per månad, tkr", bold)
    m.write_row(2, 0, ["Verksamhet"] + [f"{n}-25" for n in MONTHS] + ["jan-26", "feb-26"], bold)
    for i, (name, _, _) in enumerate(units):
        m.write(3 + i, 0, name)
        m.write_row(3 + i, 1, monthly[name])
    total_row = 3 + len(units)
    m.write(total_row, 0, "Totalt", bold)
    for k in range(14):
        col = xlsxwriter.utility.xl_col_to_name(k + 1)
        m.write_formula(total_row, k + 1, f"=SUM({col}4:{col}{total_row})", bold, sum(monthly[n][k] for n, _, _ in units))
    wb.close()


def aug():
    wb = xlsxwriter.Workbook("blind5.aug.xlsx")
    bold = wb.add_format({"bold": True})
    ws = wb.add_worksheet("Delår")
    ws.write(0, 0, "Äldrenämnden, delårsrapport per augusti 2026", bold)
    ws.write(1, 0, "Driftredovisning, tkr")
    ws.write_row(3, 0, ["", "Budget jan-aug", "Utfall jan-aug", "Avvikelse jan-aug", "Budget helår", "Prognos helår",
                        "Avvikelse helår"], bold)
    rows = [("Intäkter", 21800, 22950, 32700, 34100), ("Kostnader", -262400, -268900, -393600, -402300)]
    for i, (n, bp, up, by, pr) in enumerate(rows):
        r = 4 + i
        ws.write(r, 0, n)
        ws.write_row(r, 1, [bp, up])
        ws.write_formula(r, 3, f"=C{r + 1}-B{r + 1}", None, up - bp)
        ws.write_row(r, 4, [by, pr])
        ws.write_formula(r, 6, f"=F{r + 1}-E{r + 1}", None, pr - by)
    ws.write(6, 0, "Nettokostnad", bold)
    net = [sum(x[k] for x in rows) for k in range(1, 5)]
    for c, v in zip([1, 2, 4, 5], net):
        col = "ABCDEFG"[c]
        ws.write_formula(6, c, f"={col}5+{col}6", bold, v)
    ws.write_formula(6, 3, "=C7-B7", bold, net[1] - net[0])
    ws.write_formula(6, 6, "=F7-E7", bold, net[3] - net[2])

    v = wb.add_worksheet("Volymer")
    v.write(0, 0, "Köpta platser, antal dygn", bold)
    v.write_row(1, 0, ["Insatstyp", "Utfall jan-aug", "Budget jan-aug", "Avvikelse", "Budget helår", "Prognos helår"], bold)
    care = [("Korttidsboende, externt", 1460, 1400, 2100, 2190), ("Särskilt boende, externa platser", 8210, 7900, 11850, 12300)]
    for i, (n, u, b, by, pr) in enumerate(care):
        v.write(2 + i, 0, n)
        v.write_row(2 + i, 1, [u, b])
        v.write_formula(2 + i, 3, f"=C{3 + i}-B{3 + i}", None, b - u)
        v.write_row(2 + i, 4, [by, pr])
    p = wb.add_worksheet("Priser")
    p.write(0, 0, "À-priser, kronor per dygn", bold)
    p.write_row(1, 0, ["Insatstyp", "Utfall jan-aug", "Budget", "Avvikelse", "Prognos helår"], bold)
    prices = [("Korttidsboende externt", 3150, 3050, 3180), ("Särskilt boende, externa platser", 2480, 2450, 2490)]
    for i, (n, u, b, pr) in enumerate(prices):
        p.write(2 + i, 0, n)
        p.write_row(2 + i, 1, [u, b])
        p.write_formula(2 + i, 3, f"=C{3 + i}-B{3 + i}", None, b - u)
        p.write(2 + i, 4, pr)

    a = wb.add_worksheet("Åtgärder")
    a.write(0, 0, "Åtgärder för budget i balans 2026", bold)
    a.write_row(2, 0, ["Insats", "Planerad effekt (tkr)", "Uppnådd effekt (tkr)"], bold)
    measures = [("Färre externa korttidsplatser genom egen växelvård", 2400, 900),
                ("Samordnad nattbemanning i hemtjänsten", 1800, 1800),
                ("Översyn av bilpoolen", 350, 100)]
    for i, (n, e, r) in enumerate(measures):
        a.write(3 + i, 0, n)
        a.write_row(3 + i, 1, [e, r])
    a.write(6, 0, "Summa", bold)
    a.write_formula(6, 1, "=SUM(B4:B6)", bold, sum(x[1] for x in measures))
    a.write_formula(6, 2, "=SUM(C4:C6)", bold, sum(x[2] for x in measures))

    m = wb.add_worksheet("Månader")
    m.write(0, 0, "Utfall per månad, tkr", bold)
    m.write_row(2, 0, ["", *[f"{n} 2025" for n in MONTHS], *[f"{n} 2026" for n in MONTHS[:8]]], bold)
    rev_last = [2600, 2700, 2650, 2750, 2600, 2700, 2500, 2750, 2700, 2800, 2750, 2900]
    cost_last = [-31500, -31800, -32100, -31900, -32400, -33800, -34500, -33100, -32200, -32600, -32300, -34800]
    rev_cur = [2800, 2850, 2900, 2880, 2870, 2900, 2850, 22950 - (2800 + 2850 + 2900 + 2880 + 2870 + 2900 + 2850)]
    cost_cur = [-32600, -33000, -33300, -33100, -33500, -34900, -35600]
    cost_cur.append(-268900 - sum(cost_cur))
    m.write(3, 0, "Intäkter")
    m.write_row(3, 1, rev_last + rev_cur)
    m.write(4, 0, "Kostnader")
    m.write_row(4, 1, cost_last + cost_cur)
    m.write(5, 0, "Nettokostnad", bold)
    for k in range(20):
        col = xlsxwriter.utility.xl_col_to_name(k + 1)
        m.write_formula(5, k + 1, f"={col}4+{col}5", bold, (rev_last + rev_cur)[k] + (cost_last + cost_cur)[k])
    wb.close()


def plan():
    wb = xlsxwriter.Workbook("blind5.plan.xlsx")
    bold = wb.add_format({"bold": True})
    ws = wb.add_worksheet("Flerårsplan")
    ws.write(0, 0, "Omsorgsnämnden, budget 2026 och plan 2027–2030", bold)
    ws.write(2, 0, "Volymer, antal dygn", bold)
    years = ["Budget 2026", "Plan 2027", "Plan 2028", "Plan 2029", "Plan 2030"]
    ws.write_row(3, 0, ["Insatstyp"] + years, bold)
    ws.write_row(4, 0, ["Korttidsboende, externt", 2100, 2150, 2200, 2260, 2300])
    ws.write_row(5, 0, ["Särskilt boende, externa platser", 11850, 12100, 12400, 12700, 13000])
    ws.write(7, 0, "À-priser, kronor per dygn", bold)
    ws.write_row(8, 0, ["Insatstyp"] + years, bold)
    ws.write_row(9, 0, ["Korttidsboende, externt", 3050, 3140, 3230, 3330, 3430])
    ws.write_row(10, 0, ["Särskilt boende, externa platser", 2450, 2520, 2600, 2680, 2760])
    wb.close()


feb()
aug()
plan()
