#!/usr/bin/python3
"""Writes the writer corpus: small workbooks made by other programs than POI (openpyxl, XlsxWriter,
LibreOffice, and a few hand-made packages for edge cases other libraries' test suites check), each
using features the tool's output must keep. The files are committed; run this with /usr/bin/python3
(which has openpyxl and XlsxWriter) from this folder only to change them:

    cd src/test/resources/writer-corpus && /usr/bin/python3 make.py

The .xlsm gets its vbaProject.bin from Apache POI's test data (../shared/corpus/poi-test-data,
Apache-2.0, see NOTICE.md). LibreOffice's files are the XlsxWriter and openpyxl files saved again
by LibreOffice (soffice --convert-to xlsx, with a private profile)."""
import datetime
import os
import re
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib

import openpyxl
import xlsxwriter
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule, DataBarRule, FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

HERE = os.path.dirname(os.path.abspath(__file__))
POI_XLSM = os.path.join(HERE, "../../../../../shared/corpus/poi-test-data/45431.xlsm")
FIXED_TIME = datetime.datetime(2025, 9, 15, 8, 0, 0)

MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug"]
UNITS = [("Förskola", 410, 395), ("Grundskola", 820, 861), ("Äldreomsorg", 1210, 1180),
         ("Individ- och familjeomsorg", 330, 372), ("Kultur och fritid", 95, 91)]


def png(width=4, height=3):
    """A small RGB PNG written by hand (no imaging library needed)."""
    raw = b"".join(b"\x00" + b"".join(bytes([(x * 60) % 256, (y * 80) % 256, 120]) for x in range(width))
                   for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def report_rows(ws_write):
    """The small report table every file has: unit, budget, actual, deviation (a formula)."""
    ws_write(0, 0, "Driftredovisning jan-aug 2025, tkr")
    for c, h in enumerate(["Verksamhet", "Budget jan-aug", "Utfall jan-aug", "Avvikelse"]):
        ws_write(2, c, h)
    for r, (unit, budget, actual) in enumerate(UNITS, start=3):
        ws_write(r, 0, unit)
        ws_write(r, 1, budget)
        ws_write(r, 2, actual)
        ws_write(r, 3, "=B%d-C%d" % (r + 1, r + 1))
    last = 3 + len(UNITS)
    ws_write(last, 0, "Summa")
    for c, col in ((1, "B"), (2, "C"), (3, "D")):
        ws_write(last, c, "=SUM(%s4:%s%d)" % (col, col, last))


# --- openpyxl ---

def openpyxl_features(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Drift"
    report_rows(lambda r, c, v: ws.cell(row=r + 1, column=c + 1, value=v))
    ws["A1"].font = Font(bold=True, size=14)
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFDDEBF7")
        cell.border = Border(bottom=Side(style="thin"))
    for row in ws.iter_rows(min_row=4, max_row=9, min_col=2, max_col=4):
        for cell in row:
            cell.number_format = '#,##0 "tkr";[Red]-#,##0 "tkr"'
    ws.merge_cells("A1:D1")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.freeze_panes = "B4"
    ws["A4"].comment = Comment("Kommentar från ekonom: ny avdelning i maj.", "Ekonom")
    ws["B5"].comment = Comment("Budgeten justerad i april.", "Controller")
    dv = DataValidation(type="list", formula1='"Ja,Nej,Delvis"', allow_blank=True)
    dv.add("F4:F8")
    ws.add_data_validation(dv)
    ws["F3"] = "Åtgärd klar"
    whole = DataValidation(type="whole", operator="between", formula1="0", formula2="100000")
    whole.add("B4:C8")
    ws.add_data_validation(whole)
    red = PatternFill("solid", fgColor="FFFFC7CE", bgColor="FFFFC7CE")
    ws.conditional_formatting.add("D4:D8", CellIsRule(operator="lessThan", formula=["0"], fill=red,
                                                      font=Font(color="FF9C0006")))
    ws.conditional_formatting.add("C4:C8", ColorScaleRule(start_type="min", start_color="FFF8696B",
                                                          end_type="max", end_color="FF63BE7B"))
    ws.conditional_formatting.add("B4:B8", DataBarRule(start_type="min", end_type="max", color="FF638EC6"))
    ws.conditional_formatting.add("A4:A8", FormulaRule(formula=["$D4<-30"], font=Font(bold=True)))
    ws["A11"] = "Kommunens webbplats"
    ws["A11"].hyperlink = "https://www.example.se/ekonomi"
    ws["A12"] = "Skicka till ekonomi"
    ws["A12"].hyperlink = "mailto:ekonomi@example.se?subject=Delårsrapport"
    ws["A13"] = "Till Volymer"
    ws["A13"].hyperlink = "#Volymer!A1"
    # Outline: the unit rows grouped, and a grouped helper column.
    for r in range(4, 9):
        ws.row_dimensions[r].outline_level = 1
    ws.column_dimensions["F"].outline_level = 1
    ws.column_dimensions["A"].width = 28
    # An array formula (openpyxl 3.0 writes it through formula_attributes).
    ws["H4"] = "=B4:B8*2"
    ws.formula_attributes["H4"] = {"t": "array", "ref": "H4:H8"}
    ws["H3"] = "Dubbla budgeten"
    ws.print_title_rows = "3:3"
    ws.print_area = "A1:F13"
    ws.page_setup.orientation = "landscape"

    vol = wb.create_sheet("Volymer")
    vol.append(["Vårdform", "Volym", "Styckpris", "Kostnad"])
    for i, (kind, volume, price) in enumerate([("Hemtjänst timmar", 12000, 0.41), ("Särskilt boende dygn", 8000, 2.1),
                                               ("Placering barn dygn", 1500, 3.9)], start=2):
        vol.append([kind, volume, price, "=B%d*C%d" % (i, i)])
    table = Table(displayName="Volymtabell", ref="A1:D4")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
    vol.add_table(table)
    vol["F1"] = "Total kostnad"
    vol["F2"] = "=SUM(Volymtabell[Kostnad])"
    vol.protection.sheet = True
    vol.protection.password = "rapport"

    chart_sheet = wb.create_sheet("Diagram")
    chart = BarChart()
    chart.title = "Budget och utfall"
    data = Reference(ws, min_col=2, max_col=3, min_row=3, max_row=8)
    cats = Reference(ws, min_col=1, min_row=4, max_row=8)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    chart_sheet.add_chart(chart, "A1")
    line = LineChart()
    line.title = "Avvikelse"
    line.add_data(Reference(ws, min_col=4, min_row=3, max_row=8), titles_from_data=True)
    line.set_categories(cats)
    chart_sheet.add_chart(line, "J1")

    hidden = wb.create_sheet("Dolt")
    hidden["A1"] = "Hjälpdata"
    hidden.sheet_state = "hidden"
    very = wb.create_sheet("Mycket dolt")
    very["A1"] = 42
    very.sheet_state = "veryHidden"

    wb.defined_names.append(DefinedName("Budgetsumma", attr_text="Drift!$B$9"))
    wb.defined_names.append(DefinedName("Enheter", attr_text="Drift!$A$4:$A$8"))
    local = DefinedName("Lokal", attr_text="Volymer!$B$2:$B$4", localSheetId=1)
    wb.defined_names.append(local)
    ws["J4"] = "=SUM(Enheter)"
    ws["J4"].value = "=COUNTA(Enheter)"
    ws["J5"] = "=Budgetsumma/1000"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.save(path)


def openpyxl_1904(path):
    """The 1904 date system (Mac Excel's), with dates and times."""
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Datum"
    ws.append(["Period", "Datum", "Klockslag", "Belopp"])
    for i, month in enumerate(MONTHS, start=1):
        ws.append([month, datetime.date(2025, i, 28), datetime.time(8 + i, 30), 100 * i])
    for row in ws.iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].number_format = "yyyy-mm-dd"
    ws["F1"] = "=SUM(D2:D9)"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.save(path)


def openpyxl_many_styles(path):
    """Many distinct cell formats, fonts and fills (a workbook near the limits is not pushed over them)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Stilar"
    for i in range(1500):
        c = ws.cell(row=i + 1, column=1, value=i)
        c.font = Font(size=8 + i % 12, bold=i % 2 == 0, color="FF%06X" % ((i * 7919) % 0xFFFFFF))
        c.fill = PatternFill("solid", fgColor="FF%06X" % ((i * 104729) % 0xFFFFFF))
        c.number_format = "0." + "0" * (i % 6) + (" \"st\"" if i % 3 else "")
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.save(path)


# --- XlsxWriter ---

def xlsxwriter_features(path, image):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"created": FIXED_TIME})
    ws = wb.add_worksheet("Drift")
    money = wb.add_format({"num_format": '#,##0" tkr";[Red]-#,##0" tkr"'})
    bold = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "bottom": 1})
    title = wb.add_format({"bold": True, "font_size": 14, "align": "center"})

    def write(r, c, v):
        if isinstance(v, str) and v.startswith("="):
            ws.write_formula(r, c, v, money)
        elif isinstance(v, (int, float)):
            ws.write_number(r, c, v, money)
        else:
            ws.write(r, c, v, bold if r == 2 else None)
    report_rows(write)
    ws.merge_range("A1:D1", "Driftredovisning jan-aug 2025, tkr", title)
    ws.freeze_panes(3, 1)
    ws.set_column("A:A", 28)
    ws.write_comment("A4", "Kommentar från ekonom: ny avdelning i maj.", {"author": "Ekonom"})
    ws.data_validation("F4:F8", {"validate": "list", "source": ["Ja", "Nej", "Delvis"]})
    ws.data_validation("B4:C8", {"validate": "integer", "criteria": "between", "minimum": 0, "maximum": 100000})
    red = wb.add_format({"bg_color": "#FFC7CE", "font_color": "#9C0006"})
    ws.conditional_format("D4:D8", {"type": "cell", "criteria": "<", "value": 0, "format": red})
    ws.conditional_format("C4:C8", {"type": "3_color_scale"})
    # Excel 2010 data bars live in the worksheet's extLst (x14), which must survive.
    ws.conditional_format("B4:B8", {"type": "data_bar", "data_bar_2010": True, "bar_negative_color": "#FF0000"})
    ws.conditional_format("A4:A8", {"type": "icon_set", "icon_style": "3_traffic_lights"})
    ws.write_url("A11", "https://www.example.se/ekonomi", string="Kommunens webbplats")
    ws.write_url("A12", "mailto:ekonomi@example.se", string="Skicka till ekonomi")
    ws.write_url("A13", "internal:Volymer!A1", string="Till Volymer")
    ws.write_url("A14", "external:Underlag/Budget 2025.xlsx", string="Budgetunderlag")
    ws.write_rich_string("A16", "Utfallet är ", wb.add_format({"bold": True}), "preliminärt", " till bokslutet.")
    for r in range(3, 8):
        ws.set_row(r, None, None, {"level": 1})
    ws.set_column("F:F", 12, None, {"level": 1, "hidden": False})
    ws.write("F3", "Åtgärd klar", bold)
    ws.write("H3", "Dubbla budgeten", bold)
    ws.write_array_formula("H4:H8", "{=B4:B8*2}")
    ws.write("J3", "Största avvikelse", bold)
    ws.write_dynamic_array_formula("J4:J4", "=MAX(D4:D8)")
    ws.write("L3", "Sparkline", bold)
    ws.add_sparkline("L4", {"range": "Drift!B4:C4"})
    # A picture linking to a sheet whose name has a space (POI wrote the target with %20).
    ws.insert_image("N2", "logo.png", {"image_data": __import__("io").BytesIO(image), "x_scale": 4, "y_scale": 4,
                                       "url": "internal:'Bokslut 2025'!A1"})
    ws.insert_textbox("N10", "Preliminära siffror", {"width": 200, "height": 40})
    ws.repeat_rows(2)
    ws.print_area("A1:F16")
    ws.set_landscape()
    ws.set_header("&LKommunen&RSida &P av &N")

    vol = wb.add_worksheet("Volymer")
    vol.add_table("A1:D4", {"name": "Volymtabell", "total_row": True,
                            "columns": [{"header": "Vårdform", "total_string": "Summa"},
                                        {"header": "Volym", "total_function": "sum"},
                                        {"header": "Styckpris"},
                                        {"header": "Kostnad", "formula": "=[@Volym]*[@Styckpris]",
                                         "total_function": "sum"}],
                            "data": [["Hemtjänst timmar", 12000, 0.41], ["Särskilt boende dygn", 8000, 2.1],
                                     ["Placering barn dygn", 1500, 3.9]]})
    vol.protect("rapport", {"format_columns": True})

    charts = wb.add_worksheet("Diagram")
    column = wb.add_chart({"type": "column"})
    column.add_series({"name": "=Drift!$B$3", "categories": "=Drift!$A$4:$A$8", "values": "=Drift!$B$4:$B$8"})
    column.add_series({"name": "=Drift!$C$3", "categories": "=Drift!$A$4:$A$8", "values": "=Drift!$C$4:$C$8"})
    line = wb.add_chart({"type": "line"})
    line.add_series({"name": "=Drift!$D$3", "categories": "=Drift!$A$4:$A$8", "values": "=Drift!$D$4:$D$8"})
    column.combine(line)
    charts.insert_chart("A1", column)
    pie = wb.add_chart({"type": "pie"})
    pie.add_series({"categories": "=Drift!$A$4:$A$8", "values": "=Drift!$B$4:$B$8"})
    charts.insert_chart("J1", pie)
    sheet_chart = wb.add_chartsheet("Diagramblad")
    bar = wb.add_chart({"type": "bar"})
    bar.add_series({"categories": "=Drift!$A$4:$A$8", "values": "=Drift!$D$4:$D$8"})
    sheet_chart.set_chart(bar)

    hidden = wb.add_worksheet("Dolt")
    hidden.write("A1", "Hjälpdata")
    hidden.hide()
    closing = wb.add_worksheet("Bokslut 2025")
    # A table without a header row: its first row is data (POI renamed its columns after that row).
    closing.add_table("A1:B3", {"name": "Utanrubrik", "header_row": False,
                                "data": [[99, 1], [100, 2], [101, 3]]})
    wb.define_name("Budgetsumma", "=Drift!$B$9")
    wb.define_name("Volymer!Lokal", "=Volymer!$B$2:$B$4")
    ws.write_formula("J6", "=Budgetsumma/1000")
    wb.close()


def xlsxwriter_inline_strings(path):
    """constant_memory mode: rows streamed, strings written inline (t="inlineStr"), not shared."""
    wb = xlsxwriter.Workbook(path, {"constant_memory": True})
    wb.set_properties({"created": FIXED_TIME})
    ws = wb.add_worksheet("Drift")
    report_rows(lambda r, c, v: ws.write_formula(r, c, v) if isinstance(v, str) and v.startswith("=") else ws.write(r, c, v))
    ws.write(10, 0, "  blanksteg före och efter  ")
    wb.close()


def xlsxwriter_long_strings(path):
    """Very long strings (Excel's limit is 32 767 characters) and many of them, shared."""
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"created": FIXED_TIME})
    ws = wb.add_worksheet("Text")
    ws.write(0, 0, "Kommentar till bokslutet " + "x" * 32742)
    for i in range(1, 400):
        ws.write(i, 0, ("Åtgärd %d: " % i) + "förstärkt uppföljning av kostnaderna per enhet. " * 40)
        ws.write(i, 1, i * 10)
    wb.close()


def xlsxwriter_macro(path):
    """An .xlsm with a real vbaProject.bin (from POI's test data) and a button calling its macro."""
    with zipfile.ZipFile(POI_XLSM) as z:
        vba = z.read("xl/vbaProject.bin")
    tmp = tempfile.NamedTemporaryFile(suffix=".bin", delete=False)
    tmp.write(vba)
    tmp.close()
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"created": FIXED_TIME})
    ws = wb.add_worksheet("Drift")
    report_rows(lambda r, c, v: ws.write_formula(r, c, v) if isinstance(v, str) and v.startswith("=") else ws.write(r, c, v))
    wb.add_vba_project(tmp.name)
    ws.insert_button("F2", {"macro": "Module1.Macro1", "caption": "Uppdatera"})
    wb.close()
    os.unlink(tmp.name)


# --- hand-made packages: edge cases other libraries' test suites check ---

def rewrite(path, edits):
    """Rewrites parts of a package: edits maps a part name to a function of its text (None adds nothing)."""
    with zipfile.ZipFile(path) as z:
        parts = [(i, z.read(i.filename)) for i in z.infolist()]
    names = {i.filename for i, _ in parts}
    with zipfile.ZipFile(path + ".tmp", "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in parts:
            if info.filename in edits:
                data = edits[info.filename](data.decode("utf-8")).encode("utf-8")
            out.writestr(zipfile.ZipInfo(info.filename, date_time=(2025, 9, 15, 8, 0, 0)), data,
                         compress_type=zipfile.ZIP_DEFLATED)
        for name, make in edits.items():
            if name not in names:
                out.writestr(zipfile.ZipInfo(name, date_time=(2025, 9, 15, 8, 0, 0)), make(None).encode("utf-8"),
                             compress_type=zipfile.ZIP_DEFLATED)
    os.replace(path + ".tmp", path)


MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def edge_cells(path):
    """Cells the way some writers store them: inline strings (empty, rich, with spaces), cells and rows
    without an r attribute, numbers in exponent notation, booleans, error values, no dimension element."""
    xlsxwriter_inline_strings(path)
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="%s" xmlns:r="%s"><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>Driftredovisning jan-aug 2025, tkr</t></is></c></row>'
             '<row r="3"><c r="A3" t="inlineStr"><is><t>Verksamhet</t></is></c><c r="B3" t="inlineStr"><is><t>Budget jan-aug</t></is></c>'
             '<c r="C3" t="inlineStr"><is><t>Utfall jan-aug</t></is></c><c r="D3" t="inlineStr"><is><t>Avvikelse</t></is></c></row>'
             '<row r="4"><c r="A4" t="inlineStr"><is><t>Förskola</t></is></c><c r="B4"><v>41E1</v></c><c r="C4"><v>3.95e+2</v></c>'
             '<c r="D4"><f>B4-C4</f><v>15</v></c></row>'
             '<row><c t="inlineStr"><is><r><rPr><b/></rPr><t>Grund</t></r><r><t>skola</t></r></is></c><c><v>820</v></c><c><v>861.000</v></c>'
             '<c><f>B5-C5</f><v>-41</v></c></row>'
             '<row r="6"><c r="A6" t="inlineStr"><is><t xml:space="preserve">  Äldreomsorg  </t></is></c><c r="B6"><v>1210</v></c>'
             '<c r="C6"><v>1180</v></c><c r="D6"><f>B6-C6</f><v>30</v></c></row>'
             '<row r="7"><c r="A7" t="inlineStr"><is><t>Summa</t></is></c><c r="B7"><f>SUM(B4:B6)</f><v>2440</v></c>'
             '<c r="C7"><f>SUM(C4:C6)</f><v>2436</v></c><c r="D7"><f>B7-C7</f><v>4</v></c></row>'
             '<row r="9"><c r="A9" t="inlineStr"><is/></c><c r="B9" t="b"><v>1</v></c><c r="C9" t="e"><v>#N/A</v></c>'
             '<c r="D9" t="str"><f>"text"&amp;"formel"</f><v>textformel</v></c><c r="E9" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>'
             '</sheetData></worksheet>' % (MAIN_NS, REL_NS))
    rewrite(path, {"xl/worksheets/sheet1.xml": lambda _: sheet})


def external_link(path):
    """A formula over another workbook ([1]Blad1!B2) with its cached value and the external link part."""
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"created": FIXED_TIME})
    ws = wb.add_worksheet("Drift")
    report_rows(lambda r, c, v: ws.write_formula(r, c, v) if isinstance(v, str) and v.startswith("=") else ws.write(r, c, v))
    ws.write("F3", "Fjolårets utfall")
    ws.write_formula("F4", "=[1]Blad1!B2", None, 402)
    wb.close()
    link = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<externalLink xmlns="%s" xmlns:r="%s"><externalBook r:id="rId1"><sheetNames><sheetName val="Blad1"/></sheetNames>'
            '<sheetDataSet><sheetData sheetId="0"><row r="2"><cell r="B2"><v>402</v></cell></row></sheetData></sheetDataSet>'
            '</externalBook></externalLink>' % (MAIN_NS, REL_NS))
    link_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="%s/externalLinkPath" Target="Utfall%%202024.xlsx" TargetMode="External"/>'
                 '</Relationships>' % REL_NS)
    rewrite(path, {
        "xl/externalLinks/externalLink1.xml": lambda _: link,
        "xl/externalLinks/_rels/externalLink1.xml.rels": lambda _: link_rels,
        "xl/_rels/workbook.xml.rels": lambda t: t.replace(
            "</Relationships>", '<Relationship Id="rId99" Type="%s/externalLink" '
            'Target="externalLinks/externalLink1.xml"/></Relationships>' % REL_NS),
        "xl/workbook.xml": lambda t: re.sub(r"(</sheets>(?:<definedNames>.*?</definedNames>)?)",
                                            r'\1<externalReferences><externalReference r:id="rId99"/></externalReferences>', t, 1),
        "[Content_Types].xml": lambda t: t.replace(
            "</Types>", '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>'),
    })


def excel_quirks(path):
    """What Excel writes and POI reads in its own way: column styles over cells without a style of their
    own (Excel shows those in style 0; POI wrote the column's style onto them), ISO date cells (t="d"),
    a shared formula group, an array formula over a range, and a row style (customFormat)."""
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"created": FIXED_TIME})
    ws = wb.add_worksheet("Drift")
    date = wb.add_format({"num_format": "yyyy-mm-dd"})   # xf 1
    shaded = wb.add_format({"bg_color": "#DDEBF7"})       # xf 2
    money = wb.add_format({"num_format": "#,##0"})        # xf 3
    ws.write("A1", 45688, date)
    ws.write("A2", "x", shaded)
    ws.write("A3", 1, money)
    wb.close()
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="%s" xmlns:r="%s"><dimension ref="A1:F9"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
             '<sheetFormatPr defaultRowHeight="15"/>'
             '<cols><col min="1" max="1" width="22" style="2" customWidth="1"/><col min="2" max="4" width="14" style="3" customWidth="1"/>'
             '<col min="6" max="6" width="12" style="1" customWidth="1"/></cols><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>Driftredovisning jan-aug 2025, tkr</t></is></c>'
             '<c r="F1" t="d"><v>2025-08-31</v></c></row>'
             '<row r="3"><c r="A3" s="2" t="inlineStr"><is><t>Verksamhet</t></is></c><c r="B3" t="inlineStr"><is><t>Budget jan-aug</t></is></c>'
             '<c r="C3" t="inlineStr"><is><t>Utfall jan-aug</t></is></c><c r="D3" t="inlineStr"><is><t>Avvikelse</t></is></c>'
             '<c r="F3" t="inlineStr"><is><t>Bokfört</t></is></c></row>'
             '<row r="4"><c r="A4" t="inlineStr"><is><t>Förskola</t></is></c><c r="B4" s="3"><v>410</v></c><c r="C4"><v>395</v></c>'
             '<c r="D4" s="3"><f t="shared" ref="D4:D6" si="0">B4-C4</f><v>15</v></c><c r="F4" s="1" t="d"><v>2025-08-29T00:00:00</v></c></row>'
             '<row r="5"><c r="A5" t="inlineStr"><is><t>Grundskola</t></is></c><c r="B5" s="3"><v>820</v></c><c r="C5" s="3"><v>861</v></c>'
             '<c r="D5" s="3"><f t="shared" si="0"/><v>-41</v></c><c r="F5" t="d"><v>2025-08-30</v></c></row>'
             '<row r="6" s="2" customFormat="1"><c r="A6" t="inlineStr"><is><t>Äldreomsorg</t></is></c><c r="B6"><v>1210</v></c>'
             '<c r="C6" s="3"><v>1180</v></c><c r="D6" s="3"><f t="shared" si="0"/><v>30</v></c><c r="E6"/></row>'
             '<row r="7"><c r="A7" t="inlineStr"><is><t>Summa</t></is></c><c r="B7" s="3"><f>SUM(B4:B6)</f><v>2440</v></c>'
             '<c r="C7" s="3"><f>SUM(C4:C6)</f><v>2436</v></c><c r="D7" s="3"><f>B7-C7</f><v>4</v></c></row>'
             '<row r="9"><c r="A9" t="inlineStr"><is><t>Avvikelse per rad</t></is></c>'
             '<c r="B9" s="3"><f t="array" ref="B9:D9">B4:D4-B5:D5</f><v>-410</v></c><c r="C9" s="3"><v>-466</v></c><c r="D9" s="3"><v>56</v></c></row>'
             '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
             % (MAIN_NS, REL_NS))
    rewrite(path, {"xl/worksheets/sheet1.xml": lambda _: sheet})


# --- LibreOffice ---

def libreoffice(sources, out_dir):
    """The given files saved again by LibreOffice Calc, as libreoffice-<name>.xlsx."""
    if shutil.which("soffice") is None:
        print("soffice not found: LibreOffice's files not made again")
        return
    profile = tempfile.mkdtemp(prefix="lo-profile")
    work = tempfile.mkdtemp(prefix="lo-convert")
    try:
        copies = []
        for src in sources:
            # LibreOffice would not overwrite its input: convert copies in another folder.
            copy = os.path.join(work, "in-" + os.path.basename(src))
            shutil.copy(src, copy)
            copies.append(copy)
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--calc",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", os.path.join(work, "out")] + copies,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src in sources:
            made = os.path.join(work, "out", "in-" + os.path.splitext(os.path.basename(src))[0] + ".xlsx")
            target = os.path.join(out_dir, "libreoffice-from-" + os.path.splitext(os.path.basename(src))[0] + ".xlsx")
            shutil.move(made, target)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


def main():
    os.chdir(HERE)
    image = png()
    openpyxl_features("openpyxl-features.xlsx")
    openpyxl_1904("openpyxl-1904.xlsx")
    openpyxl_many_styles("openpyxl-many-styles.xlsx")
    xlsxwriter_features("xlsxwriter-features.xlsx", image)
    xlsxwriter_inline_strings("xlsxwriter-inline-strings.xlsx")
    xlsxwriter_long_strings("xlsxwriter-long-strings.xlsx")
    xlsxwriter_macro("xlsxwriter-macro.xlsm")
    edge_cells("hand-edge-cells.xlsx")
    external_link("hand-external-link.xlsx")
    excel_quirks("hand-excel-quirks.xlsx")
    libreoffice(["xlsxwriter-features.xlsx", "openpyxl-features.xlsx"], HERE)


if __name__ == "__main__":
    main()
