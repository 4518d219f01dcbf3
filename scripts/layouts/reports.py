"""The reports of the layout corpus, as writer-neutral specs (spec.py). Each function returns one
report; build.py writes it with the programs listed in WRITERS. The figures are made up in the
layouts of published Swedish municipal follow-up reports (see src/test/resources/layouts/README.md);
the errors and rounding cases are deliberate, and each report's expected findings are worked out by
hand in src/test/resources/layouts/<report>.expected.tsv."""

from spec import C, F, R, Sheet, Workbook

T = "#,##0"      # whole tkr
M = "#,##0.0"    # mnkr with one decimal


def nettokostnad_per_namnd():
    """'Verksamheternas nettokostnad per nämnd, mnkr': positive net costs, Avvikelse = Budget − Prognos,
    a helår table with the Utfall so far beside it. Summa by SUM formulas, most deviations by formulas."""
    s = Sheet("Nämnder", {1: 36, 2: 12, 3: 14, 4: 14, 5: 18})
    s.rows(1, [R([C("Verksamheternas nettokostnad per nämnd, mnkr", bold=True)]), None,
               R(["Nämnd", "Budget 2025", "Utfall jan-aug 2025", "Prognos helår 2025",
                  "Avvikelse prognos helår mot budget"], bold=True)])
    rows = [
        ("Kommunstyrelsen", 187.6, 118.9, 183.2, F("B4-D4")),
        ("Barn- och utbildningsnämnden", 1045.3, 702.4, 1058.9, F("B5-D5")),
        ("Socialnämnden", 689.2, 471.0, 712.5, 23.3),          # typed with the wrong sign: −23.3
        ("Vård- och omsorgsnämnden", 812.7, 548.1, 809.9, 2.9),  # rounding: 2.8 from the rounded figures
        ("Samhällsbyggnadsnämnden", 96.4, 61.2, 95.1, F("B8-D8")),
        ("Kultur- och fritidsnämnden", 74.8, 50.3, 75.6, F("B9-D9")),
        ("Miljö- och byggnämnden", 12.1, 7.9, 11.7, None),       # empty: to be filled, B − D = 0.4
    ]
    s.rows(4, [R(list(r), fmt=M) for r in rows])
    s.rows(11, [R(["Summa nämnder", F("SUM(B4:B10)"), F("SUM(C4:C10)"), F("SUM(D4:D10)"), -28.7], bold=True, fmt=M)])
    return Workbook("nettokostnad-per-namnd", [s])


def subtotal_ovanfor():
    """Committee rows above their units (bold, units indented and outline level 1), a grand total at
    the bottom over the committee rows only (formulas), signed amounts (costs negative)."""
    s = Sheet("Driftredovisning", {1: 34, 2: 14, 3: 14, 4: 11, 5: 14, 6: 14, 7: 13})
    s.rows(1, [R([C("Driftredovisning per nämnd och verksamhet (tkr)", bold=True)]), None,
               R(["Verksamhet", "Budget jan-aug 2025", "Utfall jan-aug 2025", "Avvikelse", "Budget helår 2025",
                  "Prognos helår 2025", "Avvikelse helår"], bold=True)])

    def committee(items):
        return R(items, bold=True, fmt=T)

    def unit(items):
        return R(items, indent=1, level=1, fmt=T)

    s.rows(4, [
        committee(["Kommunstyrelse", -65770, -64869, 901, -98680, -98400, 280]),
        unit(["Kommunledningskontor", -41250, -39870, 1380, -61900, -60800, 1100]),
        unit(["Räddningstjänst", -18400, -19115, -716, -27600, -28700, -1100]),
        unit(["60 Stab, nämnd och ledning", -6120, -5884, 236, -9180, -8900, 280]),
        committee(["Barn- och utbildningsnämnd", -325150, -322390, -240, -487700, -489200, -1500]),
        unit(["Förskola", -88300, -90412, -2112, -132450, -135600, -3150]),
        unit(["Grundskola", -164700, -161958, 2742, -247050, -244100, 2950]),
        unit(["Gymnasieskola", -72150, -73020, -870, -108200, -109500, None]),
        committee(["Socialnämnd", -355500, -357424, -1924, -533250, -536951, -3700]),
        unit(["Individ- och familjeomsorg", -58400, -61233, -2833, -87600, -91800, -4200]),
        unit(["Äldreomsorg", -201300, -199874, 1426, -301950, -300500, 1450]),
        unit(["Funktionsstöd", -95800, -96317, -517, -143700, -144650, -950]),
        R(["Summa nämnder"] + [F("%s4+%s8+%s12" % (c, c, c)) for c in "BCDEFG"], bold=True, fmt=T),
    ])
    return Workbook("subtotal-ovanfor", [s])


def netto_varav():
    """An accounting-system export: debit-positive (costs +, revenues −), Avvikelse = Budget − Prognos,
    a blank row after the header, Netto above its varav rows and above the units under a heading row
    with no figures; one revenue figure exported as text with U+2212."""
    s = Sheet("Uppföljning", {1: 34, 2: 14, 3: 16, 4: 16, 5: 18})
    s.rows(1, [R([C("Barn- och utbildningsnämnden, prognos helår 2025 (tkr)", bold=True)]), None,
               R([None, "Budget 2025", "Utfall ack 2025-08", "Prognos helår 2025", "Avvikelse bu-prognos"], bold=True),
               None])
    s.rows(5, [
        R(["Netto", F("B6+B7"), 1036828, F("D6+D7"), F("B5-D5")], bold=True, fmt=T),
        R(["- varav kostnader", 1739519, 1158204, 1752340, F("B6-D6")], fmt=T),
        R(["- varav intäkter", -176819, "\u2212121 377", -184106, F("B7-D7")], fmt=T),
        None,
        R([C("Netto per verksamhetsområde", italic=True)]),
        R(["Förskola", 412300, 271950, 418600, -6300], fmt=T),
        R(["Grundskola", 698450, 463120, 694900, 3550], fmt=T),
        R(["Gymnasium", 287100, 192611, 291845, -4475], fmt=T),
        R(["Elevhälsa", 64350, 43080, 64100, None], fmt=T),
        R(["Nämnd och förvaltning", 100500, 66066, 98789, 1711], fmt=T),
    ])
    return Workbook("netto-varav", [s])


def grupprubriker():
    """Two header rows: a merged group heading (Intäkter, Kostnader) over three columns each; the period only in
    the title; a figure as text with a no-break space; a deviation with the wrong sign."""
    s = Sheet("Intäkter och kostnader", {1: 28, 2: 11, 3: 11, 4: 11, 5: 11, 6: 11, 7: 11})
    s.rows(1, [R([C("Intäkter och kostnader per verksamhet jan-apr 2025, tkr", bold=True)]), None,
               R([None, "Intäkter", None, None, "Kostnader", None, None], bold=True),
               R(["Verksamhet", "Budget", "Utfall", "Avvikelse", "Budget", "Utfall", "Avvikelse"], bold=True)])
    s.merge("B3:D3")
    s.merge("E3:G3")
    s.rows(5, [R(r, fmt=T) for r in [
        ["Kost och lokalvård", 4120, 4386, 266, -9870, -10144, -274],
        ["Fastighetsförvaltning", 18450, 18102, -348, -17980, "-17\u00a0255", 725],
        ["Gata och park", 2310, 2598, 288, -12640, -13902, 1262],
        ["Vatten och avlopp", 21700, 21935, 235, -21700, -21388, 312],
        ["Administration", 0, 41, None, -3920, -3777, 143],
    ]] + [R(["Totalt", 46580, 47063, 482, -66110, -66466, -356], bold=True, fmt=T)])
    return Workbook("grupprubriker", [s])


def ansvar_kod_not():
    """Kind above period in two header rows, a blank row after them, an Ansvar code column and a Not column before
    the figures, and a second block of units after a blank row without its own header; Summa by SUM formulas
    over both blocks except a typed Prognos."""
    s = Sheet("Ansvar", {1: 8, 2: 26, 3: 5, 4: 12, 5: 12, 6: 11, 7: 12, 8: 12, 9: 11})
    s.rows(1, [R([C("Ekonomisk uppföljning per ansvar, tkr", bold=True)]), None,
               R(["Ansvar", "Verksamhet", "Not", "Budget", "Utfall", "Avvikelse", "Budget", "Prognos", "Avvikelse"], bold=True),
               R([None, None, None] + ["jan-aug 2025"] * 3 + ["helår 2025"] * 3, bold=True), None])
    s.rows(6, [R(r, fmt=T) if r else None for r in [
        [C(4100, fmt="0"), "Hemtjänst", C(1, fmt="0"), -52300, -54871, -2571, -78450, -82100, -3650],
        [C(4200, fmt="0"), "Särskilt boende", None, -96800, -95466, 1335, -145200, -143500, 1700],
        [C(4300, fmt="0"), "Hemsjukvård", C(2, fmt="0"), -21400, -22015, -615, -32100, -33000, -901],
        [C(4400, fmt="0"), "Biståndshandläggning", None, -6250, -6108, 142, -9375, -9200, 175],
        None,
        [C(5100, fmt="0"), "LSS boende", None, -38900, -40233, -1333, -58350, -60400, -2050],
        [C(5200, fmt="0"), "Daglig verksamhet", C(3, fmt="0"), -14200, -13874, 326, -21300, -20850, 450],
        [C(5300, fmt="0"), "Personlig assistans", None, -9800, -10912, None, -14700, -16300, -1600],
        None,
    ]])
    s.rows(15, [R([None, "Summa förvaltningen", None, F("SUM(D6:D13)"), F("SUM(E6:E13)"), F("SUM(F6:F13)"),
                   F("SUM(G6:G13)"), -367350, F("H15-G15")], bold=True, fmt=T)])
    return Workbook("ansvar-kod-not", [s])


def differensrad():
    """A positive-number table with a revenue row (Avvikelse = Utfall − Budget) among cost rows (Budget − Utfall),
    a cost subtotal below its parts but below the revenue row too, and a difference row
    Nettokostnad = Kostnader − Intäkter."""
    s = Sheet("Resultat", {1: 24, 2: 16, 3: 16, 4: 12})
    s.rows(1, [R([C("Resultat november 2025, tkr", bold=True)]), None,
               R([None, "Budget jan-nov 2025", "Utfall jan-nov 2025", "Avvikelse"], bold=True)])
    s.rows(4, [
        R(["Intäkter", 45210, 47932, 2722], fmt=T),
        R(["Personalkostnader", 198400, 201115, -2715], fmt=T),
        R(["Lokalkostnader", 31250, 30877, None], fmt=T),
        R(["Övriga kostnader", 62900, 64418, -1517], fmt=T),
        R(["Kostnader", F("SUM(B5:B7)"), F("SUM(C5:C7)"), -3860], bold=True, fmt=T),
        R(["Nettokostnad", F("B8-B4"), 251478, -1138], bold=True, fmt=T),
    ])
    return Workbook("differensrad", [s])


def volymer_bada_hallen():
    """Two volume tables: care-days with the seeds' Avvikelse = Budget − Utfall (deviations as formulas), and
    placement-years with one decimal whose Avvikelse is Prognos − Budget (more placements = positive)."""
    s = Sheet("Volymer", {1: 30, 2: 14, 3: 14, 4: 11, 5: 12, 6: 12, 7: 14})
    s.rows(1, [R([C("Köpt vård, antal vårddygn", bold=True)]),
               R(["Verksamhet", "Utfall jan-aug 2025", "Budget jan-aug 2025", "Avvikelse", "Budget 2025", "Prognos 2025",
                  "Avvikelse budget-prognos"], bold=True)])
    s.rows(3, [R(r, fmt=T) for r in [
        ["HVB barn och unga", 2410, 2280, F("C3-B3"), 3420, 3610, F("E3-F3")],
        ["Familjehem", 11840, 12160, F("C4-B4"), 18240, 17800, F("E4-F4")],
        ["Stödboende", 1905, 1760, None, 2640, 2860, F("E5-F5")],
        ["SiS", 612, 540, F("C6-B6"), 810, 915, F("E6-F6")],
    ]] + [R(["Totalt", 16767, 16740, -27, 25110, 25815, -75], bold=True, fmt=T)])
    s.rows(9, [R([C("Placeringar vuxna, antal årsplaceringar", bold=True)]),
               R(["Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse prognos-budget"], bold=True)])
    s.rows(11, [R(r, fmt="0.0") for r in [
        ["Missbruk HVB", 10.0, 11.0, 1.0],
        ["Skyddat boende", 4.0, 3.5, -0.5],
        ["Stödboende vuxna", 6.0, 6.6, 0.6],
    ]] + [R(["Totalt", 20.0, 21.2, 1.2], bold=True, fmt="0.0")])
    return Workbook("volymer-bada-hallen", [s])


def formelfel():
    """Error values: an Utfall formula that lost its reference (#REF!), a share-of-budget column (Utfall_proc)
    dividing by a zero budget (#DIV/0!), and the totals and shares that depend on them."""
    s = Sheet("Drift", {1: 24, 2: 13, 3: 16, 4: 11, 5: 13, 6: 11})
    s.rows(1, [R([C("Driftredovisning per verksamhet, tkr", bold=True)]), None,
               R(["Verksamhet", "Budget 2025", "Utfall jan-okt 2025", "Utfall_proc", "Prognos 2025", "Avvikelse"], bold=True)])
    P = "0.0%"
    s.rows(4, [
        R(["Kultur", -24600, -20950, C(F("C4/B4"), fmt=P), -25100, F("E4-B4")], fmt=T),
        R(["Fritid", -31200, -25480, C(F("C5/B5"), fmt=P), -30900, None], fmt=T),
        R(["Bibliotek", -12400, F("#REF!"), C(F("C6/B6"), fmt=P), -12200, F("E6-B6")], fmt=T),
        R(["Ungdomsverksamhet", 0, -1850, C(F("C7/B7"), fmt=P), -2300, F("E7-B7")], fmt=T),
        R(["Summa", F("SUM(B4:B7)"), F("SUM(C4:C7)"), C(F("C8/B8"), fmt=P), -70501, F("E8-B8")], bold=True, fmt=T),
    ])
    return Workbook("formelfel", [s])


def prognos_apr():
    """'Prognosrapport BUN': forecast rounds as columns (Prognos feb, Prognos apr: rounds of the full year, not
    periods), last year's Bokslut, positive net costs with Avvikelse bu-prognos = Budget − Prognos apr, and the
    share of budget used (Utfall_proc, formulas)."""
    s = Sheet("Prognos", {1: 24, 2: 13, 3: 13, 4: 13, 5: 13, 6: 14, 7: 14, 8: 14})
    s.rows(1, [R([C("Prognosrapport BUN, april 2025 (tkr)", bold=True)]), None,
               R(["Verksamhet", "Bokslut 2024", "Budget 2025", "Prognos feb", "Prognos apr", "Avvikelse bu-prognos",
                  "Utfall jan-apr 2025", "Utfall_proc (riktpunkt 33,3%)"], bold=True)])
    rows = [
        ["Förskola", 398200, 412300, 414000, 416900, -4600, 139870],
        ["Grundskola", 671450, 698450, 697000, 695100, 3350, 229410],
        ["Gymnasium", 279800, 287100, 289500, 290750, -3650, 98122],
        ["Elevhälsa", 60920, 64350, "64 350", 64100, None, 21040],
        ["Nämnd och förvaltning", 97630, 100500, 99800, 99120, 1380, 32655],
    ]
    out = [R(r + [C(F("G%d/C%d" % (4 + i, 4 + i)), fmt="0.0%")], fmt=T) for i, r in enumerate(rows)]
    out.append(R(["Totalt", 1505000, 1562700, 1564650, 1565971, -3270, 521097, C(F("G9/C9"), fmt="0.0%")], bold=True, fmt=T))
    s.rows(4, out)
    return Workbook("prognos-apr", [s])


def erp_ack_manader():
    """An ERP export: Konto and Benämning, Årsbudget, then accumulated actuals per month (Ack utfall 2025-08 |
    2025-09 | 2025-10), debit-positive, a Summa row, one figure as text with U+2212."""
    s = Sheet("Export", {1: 8, 2: 30, 3: 12, 4: 18, 5: 12, 6: 12})
    s.rows(1, [R([C("Ackumulerat utfall per konto, tkr", bold=True)]), R(["Ansvar: 3100 Individ- och familjeomsorg"]),
               R(["Konto", "Benämning", "Årsbudget", "Ack utfall 2025-08", "2025-09", "2025-10"], bold=True)])
    s.rows(4, [R(r, fmt=T) for r in [
        [C(3010, fmt="0"), "Försäljning av verksamhet", -2400, -1512, -1705, -1893],
        [C(3510, fmt="0"), "Statsbidrag", -18600, -12874, "\u221214 420", -15980],
        [C(4010, fmt="0"), "Köp av huvudverksamhet", 41200, 27915, 31377, 34820],
        [C(5010, fmt="0"), "Löner", 62800, 41630, 46917, 52118],
        [C(5410, fmt="0"), "PO-pålägg", 24300, 16108, 18154, 20166],
        [C(6110, fmt="0"), "Lokalhyror", 9600, 6400, 7200, 8000],
    ]] + [R([None, "Summa", 116900, 77668, 87523, 99231], bold=True, fmt=T)])
    return Workbook("erp-ack-manader", [s])


def en_orsak():
    """One cause, one finding: a Driftredovisning (Intäkter, Kostnader, Nettokostnad) and the same whole per
    verksamhet below it, whose Summa Utfall is typed 3 000 off: its deviation and the cross-table comparison
    with Nettokostnad are consequences."""
    s = Sheet("Ekonomi", {1: 26, 2: 14, 3: 14, 4: 11, 5: 14, 6: 14, 7: 13})
    head = ["Verksamhet", "Budget jan-sep 2025", "Utfall jan-sep 2025", "Avvikelse", "Budget helår 2025",
            "Prognos helår 2025", "Avvikelse helår"]
    s.rows(1, [R([C("Driftredovisning (tkr)", bold=True)]), R([None] + head[1:], bold=True)])
    s.rows(3, [
        R(["Intäkter", 38250, 41087, 2837, 51000, 54300, 3300], fmt=T),
        R(["Kostnader", -214740, -219902, -5162, -286320, -293100, -6780], fmt=T),
        R(["Nettokostnad", -176490, -178815, -2325, -235320, -238801, -3480], bold=True, fmt=T),
        None, None,
        R([C("Driftredovisning per verksamhet (tkr)", bold=True)]),
        R(head, bold=True),
    ])
    s.rows(10, [R(r, fmt=T) for r in [
        ["Nämnd och ledning", -4120, -3987, 133, -5490, -5350, 140],
        ["Vuxenutbildning", -31870, -30644, None, -42500, -41300, 1200],
        ["Arbetsmarknad", -22300, -24018, -1718, -29730, -32100, -2370],
        ["Försörjningsstöd", -68400, -71260, -2860, -91200, -95100, -3900],
        ["Integration", -49800, -48906, 894, -66400, -64950, 1451],
    ]] + [R(["Summa", -176490, -175815, -2325, -235320, -238800, -3480], bold=True, fmt=T)])
    return Workbook("en-orsak", [s])


def del_lika_summa():
    """An investment table (positive amounts, Avvikelse = Budget − Prognos) in which a project happens to equal
    the sum of the two rows above it in three of four columns; the one real error is in the Summa's Utfall."""
    s = Sheet("Investeringar", {1: 32, 2: 12, 3: 16, 4: 12, 5: 16})
    s.rows(1, [R([C("Investeringsredovisning 2025 (tkr)", bold=True)]), None,
               R(["Projekt", "Budget 2025", "Utfall jan-aug 2025", "Prognos 2025", "Avvikelse budget-prognos"], bold=True)])
    s.rows(4, [R(r, fmt=T) for r in [
        ["Förskola Norrby, ombyggnad", 6500, 4212, 6900, None],
        ["Skolgård Västra", 1800, 920, 1500, 301],
        ["Gång- och cykelväg Ringvägen", 8300, 5877, 8400, -100],
        ["Inventarier äldreboende", 950, 310, 950, 0],
        ["IT-utrustning skola", 2400, 1765, 2300, 100],
    ]] + [R(["Summa investeringar", 19950, 13804, 20050, -100], bold=True, fmt=T)])
    return Workbook("del-lika-summa", [s])


def blandade_konventioner():
    """Conventions mixed between tables and units: a bokslut table in mnkr with positive net costs and a
    deviation stated by column numbers ('(2-1) överskott (+) underskott (-)'), and a tkr table signed, whose
    full-year deviation column states the opposite sign ('överskott (-) underskott (+)')."""
    s = Sheet("Bokslut", {1: 28, 2: 16, 3: 20, 4: 22, 5: 13, 6: 13, 7: 22})
    s.rows(1, [R([C("Nämndernas nettokostnader 2024, mnkr", bold=True)]),
               R(["Nämnd", "Nettokostnad 2024", "Nämndens budget 2024 inkl. budgetjusteringar",
                  "Avvikelse budget/utfall (2-1) överskott (+) underskott (-)"], bold=True)])
    s.rows(3, [R(r, fmt=M) for r in [
        ["Kommunstyrelsen", 142.8, 146.0, 3.2],
        ["Utbildningsnämnden", 876.4, 869.9, -6.5],
        ["Socialnämnden", 512.3, 498.7, -13.5],
        ["Tekniska nämnden", 88.1, 91.5, 3.4],
        ["Kultur- och fritidsnämnden", 61.7, 62.0, 0.3],
    ]] + [R(["Summa", 1681.3, 1668.1, -13.2], bold=True, fmt=M)])
    s.rows(11, [R([C("Driftredovisning per verksamhet, tkr", bold=True)]),
                R(["Verksamhet", "Budget jan-aug 2025", "Utfall jan-aug 2025", "Avvikelse", "Budget helår 2025",
                   "Prognos helår 2025", "Avvikelse helår, överskott (-) underskott (+)"], bold=True)])
    s.rows(13, [R(r, fmt=T) for r in [
        ["Gator och vägar", -14200, -15031, -831, -21300, -22400, 1100],
        ["Parker", -6800, -6522, 278, -10200, -9900, 300],
        ["Fastigheter", -3150, -2744, 407, -4700, -4100, -600],
    ]] + [R(["Summa", -24150, -24297, -147, -36200, -36400, 200], bold=True, fmt=T)])
    return Workbook("blandade-konventioner", [s])


def minustecken():
    """Minus signs as published: en dash with a space ('– 1 302'), U+2212 with a no-break space, a hyphen with a
    space, all as text; a Summa typed 3 000 off."""
    s = Sheet("Sammanställning", {1: 22, 2: 18, 3: 18, 4: 12})
    s.rows(1, [R([C("Ekonomisk sammanställning jan-jun 2025, tkr", bold=True)]), None,
               R(["Verksamhet", "Budget jan-jun 2025", "Utfall jan-jun 2025", "Avvikelse"], bold=True)])
    s.rows(4, [R(r, fmt=T) for r in [
        ["Ledning", -1240, "\u2013 1 302", -62],
        ["Bemanning", -5480, -5395, 86],
        ["Måltider", "\u22128\u00a0950", -9121, -171],
        ["Städ", -3600, -3514, 86],
        ["Transporter", -2100, "-2 233", None],
    ]] + [R(["Summa", -21370, -24565, -195], bold=True, fmt=T)])
    return Workbook("minustecken", [s])


def prognossakerhet():
    """Real published figures: Malmö stad's annual reports 2014 and 2015, "Prognossäkerhet": per committee the
    year-end deviation from budget (Bokslut), the one forecast in the January-August interim report and their
    difference, in Mkr. The 2014 table has its total (Årets resultat) at the TOP, above its parts; the 2015 table
    at the bottom. Both add up exactly as published (no rounding difference in them)."""
    s = Sheet("Prognossäkerhet", {1: 38, 2: 10, 3: 22, 4: 11})
    head = ["Nämnd", "Bokslut", "Delårsrapport jan-aug", "Avvikelse"]
    s.rows(1, [R([C("Prognosavvikelse 2014, Mkr", bold=True)]), R(head, bold=True)])
    s.rows(3, [R(["Årets resultat", -70, 80, -150], bold=True)] + [R(r) for r in [
        ["Servicenämnd", 38, 7, 31],
        ["Kommunstyrelse", -18, 44, -62],
        ["Stadsbyggnadsnämnd", 13, 5, 8],
        ["Teknisk nämnd", -12, -33, 21],
        ["Rea-/exploateringsvinster", 88, 60, 28],
        ["Gymnasie- & vuxenutbildningsnämnd", 22, 19, 3],
        ["Grundskolenämnd", -14, 0, -14],
        ["Förskolenämnd", -6, -10, 4],
        ["Social resursnämnd", -15, -17, 2],
        ["Statsbidrag flyktingar", 40, 36, 4],
        ["Stadsområdesnämnder", -120, -69, -51],
        ["Hemlöshet (75%)", -84, -68, -16],
        ["Ekonomiskt bistånd", -122, -122, 0],
        ["Övriga nämnder", 3, -1, 4],
        ["Finansiering", 117, 229, -112],
    ]])
    s.rows(20, [R([C("Prognosavvikelse 2015, Mkr", bold=True)]), R(head, bold=True)])
    s.rows(22, [R(r) for r in [
        ["Servicenämnd", 67, 32, 35],
        ["Kommunstyrelse", 96, 65, 31],
        ["Ekonomiskt bistånd", -11, -10, -1],
        ["Stadsbyggnadsnämnd", 15, 6, 9],
        ["Teknisk nämnd", 13, 8, 5],
        ["Rea-/exploateringsvinster", 176, 151, 25],
        ["Arb.markn. gymn o vux utb.nämnd", 11, 4, 7],
        ["Grundskolenämnd", 10, 0, 10],
        ["Förskolenämnd", 6, 0, 6],
        ["Social resursnämnd, inkl pers ass", -18, -4, -14],
        ["Statsbidrag flyktingar", 0, -6, 6],
        ["Stadsområdesnämnder", -42, -41, -1],
        ["Hemlöshet (75 %)", -51, -40, -11],
        ["Övriga nämnder", 12, 8, 4],
        ["Finansiering", 279, 143, 136],
    ]] + [R(["ÅRETS RESULTAT", 563, 316, 247], bold=True)])
    return Workbook("prognossakerhet", [s])


def period_och_pris():
    """A header whose period disagrees with its table and the title (Utfall jan-aug in a January-September report),
    and beside it a real unit-price table (kronor per dygn, Budget − Utfall) that must stay a price table."""
    s = Sheet("Uppföljning sep", {1: 26, 2: 16, 3: 16, 4: 11, 5: 14, 6: 14, 7: 13})
    s.rows(1, [R([C("Uppföljning januari-september 2025, tkr", bold=True)]),
               R(["Verksamhet", "Budget jan-sep 2025", "Utfall jan-aug 2025", "Avvikelse", "Budget helår 2025",
                  "Prognos helår 2025", "Avvikelse helår"], bold=True)])
    s.rows(3, [R(r, fmt=T) for r in [
        ["Hemtjänst", -58800, -60915, F("C3-B3"), -78400, -81200, F("F3-E3")],
        ["Särskilt boende", -108900, -107412, F("C4-B4"), -145200, -143900, F("F4-E4")],
        ["Hemsjukvård", -24075, -24652, F("C5-B5"), -32100, -32900, F("F5-E5")],
    ]] + [R(["Summa", -191775, -192980, -1204, -255700, -258000, -2300], bold=True, fmt=T)])
    s.rows(8, [R([C("Kostnad per dygn, kr", bold=True)]),
               R(["Boendeform", "Budget 2025", "Utfall jan-sep 2025", "Avvikelse"], bold=True),
               R(["Särskilt boende", 2740, 2695, 45], fmt=T),
               R(["Korttidsboende", 3180, 3342, None], fmt=T)])
    return Workbook("period-och-pris", [s])


def period_over_art():
    """Three header rows' worth of layout in two: the label header merged down over both rows, the period in its own
    merged row over the kinds ("Jan–aug 2025" with an en dash over Budget | Utfall | Avvikelse, "Helår 2025" over
    Budget | Helårsprognos | Avvikelse), a Kommentar text column at the right merged down too; the unit in a line of
    its own under the title; a deviation with two digits swapped; a rounding; an empty deviation to fill."""
    s = Sheet("Drift", {1: 28, 2: 11, 3: 11, 4: 11, 5: 11, 6: 13, 7: 11, 8: 26})
    s.rows(1, [R([C("Socialnämnden, driftredovisning", bold=True)]), R(["Belopp i tkr"]), None,
               R(["Verksamhet", "Jan\u2013aug 2025", None, None, "Helår 2025", None, None, "Kommentar"], bold=True),
               R([None, "Budget", "Utfall", "Avvikelse", "Budget", "Helårsprognos", "Avvikelse", None], bold=True)])
    for ref in ["A4:A5", "B4:D4", "E4:G4", "H4:H5"]:
        s.merge(ref)
    s.rows(6, [R(r, fmt=T) for r in [
        ["Äldreomsorg", -84000, -85231, -1231, -126000, -127900, -1900, "Fler hemtjänsttimmar"],
        ["Individ- och familjeomsorg", -41300, -40118, 1128, -62000, -60500, 1500, "Färre placeringar"],
        ["Funktionsstöd", -37650, -38002, -351, -56500, -57100, -600, "Nya LSS-beslut"],
        ["Administration", -6200, -5987, None, -9300, -9100, 200, None],
    ]] + [R(["Summa", -169150, -169338, -188, -253800, -254600, -800], bold=True, fmt=T)])
    return Workbook("period-over-art", [s])


def forkortade_rubriker():
    """Abbreviated headers (Bu ack | Utf ack | Avv | Bu helår | Prognos helår | Avv helår), the period only in the title
    ("per april 2025": the ack columns are January-April), the unit "tkr" in a cell of its own above the figures,
    positive net costs with Avv = Bu − Utf; a full-year deviation with the wrong sign; rounding; a fill."""
    s = Sheet("BUN", {1: 24, 2: 11, 3: 11, 4: 9, 5: 12, 6: 13, 7: 10})
    s.rows(1, [R([C("Barn- och utbildningsnämnden, uppföljning per april 2025", bold=True)]),
               R([None, "tkr"]),
               R(["Verksamhet", "Bu ack", "Utf ack", "Avv", "Bu helår", "Prognos helår", "Avv helår"], bold=True)])
    s.rows(4, [R(r, fmt=T) for r in [
        ["Förskola", 102400, 101250, 1150, 307200, 306000, 1200],
        ["Grundskola", 168300, 170112, -1812, 504900, 509000, -4100],
        ["Gymnasieskola", 71250, 70884, 366, 213750, 213000, 750],
        ["Elevhälsa", 9800, 10043, -243, 29400, 30100, 700],
        ["Kulturskola", 4150, 3977, 174, 12450, 12000, None],
    ]] + [R(["Summa", 355900, 356266, -366, 1067700, 1070100, -2400], bold=True, fmt=T)])
    return Workbook("forkortade-rubriker", [s])


def ack_budget_arsprognos():
    """Budget helår beside Ack. budget | Ack. utfall | Avvikelse ack, then Årsprognos and "Avvikelse årsprognos mot
    budget" (which compares with the full-year budget, not the accumulated one), and Återstår; the period only in the
    title ("per oktober 2025"); deviations as formulas; a typed Summa Ack. utfall with two digits swapped whose
    deviation formula is its consequence; one deviation typed with a rounding."""
    s = Sheet("Kultur", {1: 26, 2: 12, 3: 12, 4: 12, 5: 13, 6: 12, 7: 16, 8: 11})
    s.rows(1, [R([C("Budgetuppföljning Kultur- och fritidsnämnden per oktober 2025", bold=True)]), R(["Belopp i tkr"]), None,
               R(["Verksamhet", "Budget helår", "Ack. budget", "Ack. utfall", "Avvikelse ack", "Årsprognos",
                  "Avvikelse årsprognos mot budget", "Återstår"], bold=True)])
    units = [["Nämnd och förvaltning", -4200, -3500, -3380, -4100],
             ["Bibliotek", -18650, -15542, -15710, -18900],
             ["Fritidsgårdar", -9875, -8229, -7990, -9600],
             ["Idrottsanläggningar", -22410, -18675, -19322, -23300],
             ["Kulturskola", -11030, -9192, -9006, -10950]]
    rows = []
    for i, (name, b, c, d, f) in enumerate(units):
        r = 5 + i
        dev = 240 if name == "Fritidsgårdar" else F("D%d-C%d" % (r, r))
        rows.append(R([name, b, c, d, dev, f, F("F%d-B%d" % (r, r)), F("B%d-D%d" % (r, r))], fmt=T))
    rows.append(R(["Summa nämnden", F("SUM(B5:B9)"), F("SUM(C5:C9)"), -55480, F("D10-C10"), F("SUM(F5:F9)"),
                   F("F10-B10"), F("SUM(H5:H9)")], bold=True, fmt=T))
    s.rows(5, rows)
    return Workbook("ack-budget-arsprognos", [s])


def titel_period():
    """Issue 15 item 7: a table whose columns all say jan-aug under a title "per september" (one period finding, not
    one per column), Periodens budget / Periodens utfall wording, Prognos helår, a Kommentar column; and on a second
    sheet two tables of the same report, one of which covers jan-jul where every other table covers jan-aug (one
    period finding); rounding in the first table."""
    s = Sheet("Uppföljning", {1: 22, 2: 14, 3: 14, 4: 10, 5: 13, 6: 13, 7: 12, 8: 22})
    s.rows(1, [R([C("Miljönämnden, uppföljning per september 2025, tkr", bold=True)]), None,
               R(["Verksamhet", "Periodens budget jan-aug 2025", "Periodens utfall jan-aug 2025", "Avvikelse",
                  "Budget helår 2025", "Prognos helår 2025", "Avvikelse helår", "Kommentar"], bold=True)])
    s.rows(4, [R(r, fmt=T) for r in [
        ["Miljötillsyn", -5400, -5188, 212, -8100, -7900, 200, "Vakanser"],
        ["Livsmedelskontroll", -2950, -3071, -121, -4425, -4600, -175, "Fler kontroller"],
        ["Nämnd", -820, -779, 42, -1230, -1180, 50, None],
    ]] + [R(["Summa", -9170, -9038, 132, -13755, -13680, 75], bold=True, fmt=T)])
    e = Sheet("Enheter", {1: 22, 2: 18, 3: 18, 4: 10})
    e.rows(1, [R([C("Tillsyn per enhet, tkr", bold=True)]),
               R(["Enhet", "Budget jan-aug 2025", "Utfall jan-aug 2025", "Avvikelse jan-aug"], bold=True),
               R(["Tillsyn norr", -1800, -1712, 88], fmt=T),
               R(["Tillsyn söder", -1650, -1702, -52], fmt=T),
               R(["Summa tillsyn", -3450, -3414, 36], bold=True, fmt=T), None,
               R([C("Kontroller per enhet, tkr", bold=True)]),
               R(["Enhet", "Budget jan-jul 2025", "Utfall jan-jul 2025", "Avvikelse jan-jul"], bold=True),
               R(["Kontroll norr", -1290, -1344, -54], fmt=T),
               R(["Kontroll söder", -1290, -1240, 50], fmt=T),
               R(["Summa kontroller", -2580, -2584, -4], bold=True, fmt=T)])
    return Workbook("titel-period", [s, e])
def fetstil_ovanfor():
    """Committee rows above their units stated by bold alone (no outline levels, no indentation), a Totalt at the
    bottom over the committee rows only (formulas); signed amounts. One unit's deviation has its digits swapped
    (its committee's deviation total is the consequence); rounding by 1 tkr in a committee row."""
    s = Sheet("Nämnder", {1: 32, 2: 14, 3: 14, 4: 11, 5: 14, 6: 14, 7: 13})
    s.rows(1, [R([C("Driftredovisning per nämnd jan-okt 2025 (tkr)", bold=True)]), None,
               R(["Verksamhet", "Budget jan-okt 2025", "Utfall jan-okt 2025", "Avvikelse", "Budget helår 2025",
                  "Prognos helår 2025", "Avvikelse helår"], bold=True)])

    def committee(items):
        return R(items, bold=True, fmt=T)

    s.rows(4, [
        committee(["Kultur- och fritidsnämnd", -42310, -36137, 6173, -50780, -50570, 210]),
        R(["Bibliotek", -12500, -10120, 2380, -15000, -14600, 401], fmt=T),
        R(["Fritidsgårdar", -8330, -7284, 1064, -10000, -9850, 150], fmt=T),
        R(["Idrottsanläggningar", -21480, -18733, 2747, -25780, -26120, -340], fmt=T),
        committee(["Tekniska nämnd", -49845, -43786, 6060, -59820, -59700, 120]),
        R(["Gata och park", -31640, -27915, 3725, -37970, -38400, None], fmt=T),
        R(["Fastighet", -18205, -15870, 2335, -21850, -21300, 550], fmt=T),
        R(["Totalt"] + [F("%s4+%s8" % (c, c)) for c in "BCDEFG"], bold=True, fmt=T),
    ])
    return Workbook("fetstil-ovanfor", [s])


def namnden_totalt_varav():
    """'Nämnden totalt' at the top, bold, with '- varav intäkter' / '- varav kostnader' under it (which add up to
    it), then after a blank row a heading without figures ('Verksamheter') over the units, which add up to it too;
    under one unit two varav rows that do NOT add up to it (a partial breakdown, never parts). Signed, Avvikelse
    helår = Prognos − Budget. One unit's deviation has its digits swapped; rounding by 1 in the total's Utfall."""
    s = Sheet("Prognos", {1: 34, 2: 14, 3: 16, 4: 16, 5: 14})
    s.rows(1, [R([C("Vård- och omsorgsnämnden, prognos helår 2025 (tkr)", bold=True)]), None,
               R(["Verksamhet", "Budget 2025", "Utfall jan-sep 2025", "Prognos helår 2025", "Avvikelse helår"], bold=True)])
    s.rows(4, [
        R(["Nämnden totalt", -1412600, -1057051, -1414470, -1870], bold=True, fmt=T),
        R(["- varav intäkter", 186300, 142118, 191250, 4950], fmt=T),
        R(["- varav kostnader", -1598900, -1199168, -1605720, -6820], fmt=T),
        None,
        R([C("Verksamheter", italic=True)]),
        R(["Hemtjänst", -312400, -238912, -318900, -6500], fmt=T),
        R(["varav personalkostnader", -251300, -193120, -256400, -5100], fmt=T),
        R(["varav lokalkostnader", -8200, -6150, -8200, 0], fmt=T),
        R(["Särskilt boende", -584700, -433805, -579950, 4750], fmt=T),
        R(["Hemsjukvård", -142350, -108640, -145100, -2570], fmt=T),
        R(["LSS och socialpsykiatri", -298150, -221377, -296400, 1751], fmt=T),
        R(["Myndighet och administration", -75000, -54316, -74120, None], fmt=T),
    ])
    return Workbook("namnden-totalt-varav", [s])


def tva_nivaer():
    """Subtotals nested two levels deep below their parts, stated by indentation (units 3, subtotals 2, the
    middle total 1, the committee 0) and names; positive net costs with Avvikelse = Budget − Utfall. A
    sub-subtotal's Utfall typed 2 000 off: its deviation, and the deviations of the two totals above it (SUM
    formulas over the subtotals, so they carry the typo), are consequences. Rounding by 1 in a unit and its
    subtotal."""
    s = Sheet("Utbildning", {1: 36, 2: 16, 3: 16, 4: 12})
    s.rows(1, [R([C("Barn- och utbildningsnämnden, nettokostnad jan-jun 2025 (tkr)", bold=True)]), None,
               R(["Verksamhet", "Budget jan-jun 2025", "Utfall jan-jun 2025", "Avvikelse"], bold=True)])
    s.rows(4, [
        R(["Förskola Norr", 18450, 18912, -462], indent=3, fmt=T),
        R(["Förskola Söder", 21300, 20874, 426], indent=3, fmt=T),
        R(["Pedagogisk omsorg", 2140, 2255, -116], indent=3, fmt=T),
        R(["Summa förskola", 41890, 42041, -151], indent=2, bold=True, fmt=T),
        R(["Grundskola F-6", 48720, 49506, -786], indent=3, fmt=T),
        R(["Grundskola 7-9", 31550, 30972, None], indent=3, fmt=T),
        R(["Fritidshem", 9380, 9611, -231], indent=3, fmt=T),
        R(["Summa grundskola", 89650, 92089, -439], indent=2, bold=True, fmt=T),
        R(["Summa förskola och grundskola", F("B7+B11"), F("C7+C11"), F("D7+D11")], indent=1, bold=True, fmt=T),
        R(["Gymnasium", 38200, 37655, 545], indent=1, fmt=T),
        R(["Elevhälsa", 6310, 6487, -177], indent=1, fmt=T),
        R(["Summa nämnden", F("B12+B13+B14"), F("C12+C13+C14"), F("D12+D13+D14")], bold=True, fmt=T),
    ])
    return Workbook("tva-nivaer", [s])


def rubriker_utan_siffror():
    """Heading rows without figures (bold) over their units, each block closed by a Summa, blank rows between the
    blocks, a Totalt over the two Summa rows; signed mnkr with one decimal. One Summa's SUM formula stops a row
    short (leaves LSS out), so its deviation formula is off too (a consequence); 0,1 rounding in the other Summa."""
    s = Sheet("Område", {1: 30, 2: 14, 3: 14, 4: 12})
    s.rows(1, [R([C("Driftredovisning per område 2025, mnkr", bold=True)]), None,
               R(["Område", "Budget 2025", "Prognos 2025", "Avvikelse"], bold=True)])
    s.rows(4, [
        R([C("Utbildning", bold=True)]),
        R(["Förskola", -412.3, -418.6, -6.3], fmt=M),
        R(["Grundskola", -698.5, -694.9, None], fmt=M),
        R(["Gymnasium", -287.1, -291.8, -4.7], fmt=M),
        R(["Summa utbildning", -1397.9, -1405.2, -7.3], bold=True, fmt=M),
        None,
        R([C("Omsorg", bold=True)]),
        R(["Hemtjänst", -312.4, -318.9, -6.5], fmt=M),
        R(["Särskilt boende", -584.7, -579.0, 5.7], fmt=M),
        R(["LSS", -298.2, -296.4, 1.8], fmt=M),
        R(["Summa omsorg", F("SUM(B11:B13)"), F("SUM(C11:C12)"), F("C14-B14")], bold=True, fmt=M),
        None,
        R(["Totalt", F("B8+B14"), F("C8+C14"), F("D8+D14")], bold=True, fmt=M),
    ])
    return Workbook("rubriker-utan-siffror", [s])


def indrag_mellanslag():
    """Committee rows above their units where only leading spaces in the labels state the hierarchy (no styles at
    all, as SheetJS writes), a Summa over the committees typed right; signed, Avvikelse = Prognos − Budget. One
    committee's Prognos typed 200 off: its deviation and the Summa (right for the right committee) are
    consequences. Rounding by 1 in a unit's deviation."""
    s = Sheet("Organisation", {1: 30, 2: 14, 3: 14, 4: 12})
    s.rows(1, [R(["Budgetuppföljning per nämnd 2025 (tkr)"]), None,
               R(["Nämnd/verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"])])
    s.rows(4, [
        R(["Kommunstyrelsen", -54500, -54490, 10], fmt=T),
        R(["  Kommunledning", -48200, -47650, 551], fmt=T),
        R(["  Näringsliv", -6300, -6840, -540], fmt=T),
        R(["Miljönämnden", -13250, -13535, -85], fmt=T),
        R(["  Miljöskydd", -9850, -10120, -270], fmt=T),
        R(["  Livsmedel", -3400, -3215, None], fmt=T),
        R(["Summa", -67750, -67825, -75], fmt=T),
    ])
    return Workbook("indrag-mellanslag", [s])


# report -> the programs that write it
WRITERS = {
    nettokostnad_per_namnd: ["openpyxl", "xlsxwriter", "libreoffice", "exceljs", "sheetjs"],
    subtotal_ovanfor: ["xlsxwriter", "libreoffice"],
    netto_varav: ["openpyxl", "exceljs"],
    grupprubriker: ["libreoffice", "openpyxl"],
    ansvar_kod_not: ["xlsxwriter", "exceljs"],
    differensrad: ["libreoffice", "xlsxwriter"],
    volymer_bada_hallen: ["openpyxl", "libreoffice"],
    formelfel: ["xlsxwriter", "openpyxl", "libreoffice"],
    prognos_apr: ["exceljs", "xlsxwriter"],
    erp_ack_manader: ["openpyxl", "exceljs"],
    en_orsak: ["libreoffice", "xlsxwriter"],
    del_lika_summa: ["xlsxwriter", "libreoffice"],
    blandade_konventioner: ["openpyxl", "libreoffice"],
    minustecken: ["libreoffice", "exceljs"],
    prognossakerhet: ["libreoffice", "exceljs"],
    period_och_pris: ["xlsxwriter", "openpyxl"],
    period_over_art: ["libreoffice", "openpyxl", "xlsxwriter"],
    forkortade_rubriker: ["xlsxwriter", "exceljs", "sheetjs"],
    ack_budget_arsprognos: ["openpyxl", "libreoffice", "exceljs"],
    titel_period: ["xlsxwriter", "libreoffice", "openpyxl"],
    fetstil_ovanfor: ["openpyxl", "exceljs", "libreoffice"],
    namnden_totalt_varav: ["xlsxwriter", "libreoffice", "exceljs"],
    tva_nivaer: ["xlsxwriter", "openpyxl", "exceljs"],
    rubriker_utan_siffror: ["libreoffice", "openpyxl", "xlsxwriter"],
    indrag_mellanslag: ["sheetjs", "openpyxl"],
}
