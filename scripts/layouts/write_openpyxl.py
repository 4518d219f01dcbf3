"""Writes a spec (spec.py's JSON) with openpyxl: formulas get no cached value (<v></v>), as openpyxl does."""
import json
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font


def write(spec, path):
    wb = Workbook()
    wb.remove(wb.active)
    for sh in spec["sheets"]:
        ws = wb.create_sheet(sh["name"])
        for col, width in sh["widths"].items():
            ws.column_dimensions[col].width = width
        for cell in sh["cells"]:
            c = ws.cell(row=cell["r"], column=cell["c"])
            if "f" in cell:
                c.value = "=" + cell["f"]
            elif "v" in cell:
                c.value = cell["v"]
            else:
                c.value = cell["s"]
            if cell.get("b") or cell.get("it"):
                c.font = Font(bold=cell.get("b", False), italic=cell.get("it", False))
            if cell.get("i"):
                c.alignment = Alignment(indent=cell["i"])
            if cell.get("nf"):
                c.number_format = cell["nf"]
        for ref in sh["merges"]:
            ws.merge_cells(ref)
        for row, level in sh["outline"].items():
            ws.row_dimensions[int(row)].outline_level = level
    wb.save(path)


if __name__ == "__main__":
    write(json.load(open(sys.argv[1], encoding="utf-8")), sys.argv[2])
