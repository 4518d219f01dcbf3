"""Writes a spec with XlsxWriter: formulas get XlsxWriter's default cached value 0, and the workbook
is marked fullCalcOnLoad, as XlsxWriter does."""
import json
import re
import sys

import xlsxwriter


def cell_index(ref):
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, col - 1


def write(spec, path):
    wb = xlsxwriter.Workbook(path)
    formats = {}

    def fmt(cell):
        key = (cell.get("b", False), cell.get("it", False), cell.get("i", 0), cell.get("nf"))
        if key not in formats:
            props = {}
            if key[0]:
                props["bold"] = True
            if key[1]:
                props["italic"] = True
            if key[2]:
                props["indent"] = key[2]
            if key[3]:
                props["num_format"] = key[3]
            formats[key] = wb.add_format(props) if props else None
        return formats[key]

    for sh in spec["sheets"]:
        ws = wb.add_worksheet(sh["name"])
        for col, width in sh["widths"].items():
            c = cell_index(col + "1")[1]
            ws.set_column(c, c, width)
        for row, level in sh["outline"].items():
            ws.set_row(int(row) - 1, None, None, {"level": level})
        merged = {}
        for ref in sh["merges"]:
            a, b = ref.split(":")
            merged[cell_index(a)] = cell_index(b)
        by_pos = {(c["r"] - 1, c["c"] - 1): c for c in sh["cells"]}
        for (r, c), cell in by_pos.items():
            if (r, c) in merged:
                r2, c2 = merged[(r, c)]
                ws.merge_range(r, c, r2, c2, cell.get("s", cell.get("v")), fmt(cell))
                continue
            f = fmt(cell)
            if "f" in cell:
                ws.write_formula(r, c, "=" + cell["f"], f)
            elif "v" in cell:
                ws.write_number(r, c, cell["v"], f)
            else:
                ws.write_string(r, c, cell["s"], f)
    wb.close()


if __name__ == "__main__":
    write(json.load(open(sys.argv[1], encoding="utf-8")), sys.argv[2])
