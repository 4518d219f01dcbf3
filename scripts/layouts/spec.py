"""A writer-neutral description of a workbook: sheets of cells with values, formulas and a few
styles (bold, indent, number format), merged ranges and row outline levels. Every writer in this
folder turns the same description into a file, so one report can be written by several programs."""

import json
import re


class F:
    """A formula in A1 syntax without the leading '=' (as Excel stores it)."""

    def __init__(self, text):
        self.text = text


class C:
    """A cell with styles: C(value, bold=True, indent=1, fmt='#,##0')."""

    def __init__(self, value, bold=False, indent=0, fmt=None, italic=False):
        self.value, self.bold, self.indent, self.fmt, self.italic = value, bold, indent, fmt, italic


class R:
    """A row of items (None, number, str, F, C) with row-wide styles and an outline level."""

    def __init__(self, items, bold=False, indent=0, level=0, fmt=None):
        self.items, self.bold, self.indent, self.level, self.fmt = items, bold, indent, level, fmt


def col_letter(c):
    s = ""
    while c:
        c, rem = divmod(c - 1, 26)
        s = chr(65 + rem) + s
    return s


class Sheet:
    def __init__(self, name, widths=None):
        self.name = name
        self.cells = {}
        self.merges = []
        self.outline = {}
        self.widths = widths or {1: 38}

    def put(self, row, col, item, bold=False, indent=0, fmt=None):
        if item is None:
            return
        cell = {"r": row, "c": col}
        if isinstance(item, C):
            bold, indent, fmt, italic = item.bold or bold, item.indent or indent, item.fmt or fmt, item.italic
            item = item.value
            if italic:
                cell["it"] = True
        if isinstance(item, F):
            cell["f"] = item.text
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            cell["v"] = item
            if fmt:
                cell["nf"] = fmt
        elif isinstance(item, str):
            cell["s"] = item
        else:
            raise TypeError(repr(item))
        if isinstance(cell.get("f"), str) and fmt:
            cell["nf"] = fmt
        if bold:
            cell["b"] = True
        if indent and "s" in cell:
            cell["i"] = indent
        self.cells[(row, col)] = cell

    def rows(self, start_row, rows, first_col=1):
        """Writes rows from start_row down; a None row is a blank row. Returns the next free row."""
        r = start_row
        for row in rows:
            if row is None:
                r += 1
                continue
            if not isinstance(row, R):
                row = R(row)
            for j, item in enumerate(row.items):
                is_label = isinstance(item, str) or isinstance(item, C) and isinstance(item.value, str)
                self.put(r, first_col + j, item, bold=row.bold, indent=row.indent if is_label else 0,
                         fmt=None if is_label else row.fmt)
            if row.level:
                self.outline[r] = row.level
            r += 1
        return r

    def merge(self, ref):
        self.merges.append(ref)

    def to_json(self):
        return {"name": self.name, "cells": [self.cells[k] for k in sorted(self.cells)], "merges": self.merges,
                "outline": {str(k): v for k, v in sorted(self.outline.items())},
                "widths": {col_letter(k): v for k, v in self.widths.items()}}


class Workbook:
    def __init__(self, name, sheets):
        self.name, self.sheets = name, sheets

    def to_json(self):
        return {"name": self.name, "sheets": [s.to_json() for s in self.sheets]}


def dump(workbook, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(workbook.to_json(), f, ensure_ascii=False, indent=1)


REF = re.compile(r"(?<![A-Za-z_.!])(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?![\w(])")


def odf_formula(a1):
    """SUM(B5:B8)-C3 -> of:=SUM([.B5:.B8])-[.C3] (same-sheet references only)."""
    def repl(m):
        return "[." + m.group(1) + (":." + m.group(2) if m.group(2) else "") + "]"
    return "of:=" + REF.sub(repl, a1).replace(",", ";")
