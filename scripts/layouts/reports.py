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


# report -> the programs that write it
WRITERS = {
    nettokostnad_per_namnd: ["openpyxl", "xlsxwriter", "libreoffice", "exceljs"],
    subtotal_ovanfor: ["xlsxwriter", "libreoffice"],
    netto_varav: ["openpyxl", "exceljs"],
}
