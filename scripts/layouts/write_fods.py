"""Writes a spec as a flat OpenDocument spreadsheet (.fods) for LibreOffice to convert:
`soffice --headless --convert-to xlsx`. LibreOffice computes the formulas (none has a value in the
.fods) and writes them with their computed cached values, as Excel does."""
import json
import re
import sys
from xml.sax.saxutils import escape, quoteattr

from spec import odf_formula

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"')


def index(ref):
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)), col


def write(spec, path):
    data_styles, cell_styles, col_styles = {}, {}, {}
    out_styles = []

    def data_style(nf):
        if nf not in data_styles:
            name = "N%d" % (len(data_styles) + 1)
            decimals = len(nf.split(".")[1].rstrip("%")) if "." in nf else 0
            grouping = ' number:grouping="true"' if "," in nf else ""
            number = '<number:number number:decimal-places="%d" number:min-decimal-places="%d" number:min-integer-digits="1"%s/>' % (decimals, decimals, grouping)
            if nf.endswith("%"):
                out_styles.append('<number:percentage-style style:name="%s">%s<number:text>%%</number:text></number:percentage-style>' % (name, number))
            else:
                out_styles.append('<number:number-style style:name="%s">%s</number:number-style>' % (name, number))
            data_styles[nf] = name
        return data_styles[nf]

    def cell_style(cell):
        key = (cell.get("b", False), cell.get("it", False), cell.get("i", 0), cell.get("nf"))
        if key == (False, False, 0, None):
            return None
        if key not in cell_styles:
            name = "ce%d" % (len(cell_styles) + 1)
            ds = ' style:data-style-name="%s"' % data_style(key[3]) if key[3] else ""
            text = ""
            if key[0] or key[1]:
                text = '<style:text-properties%s%s/>' % (' fo:font-weight="bold"' if key[0] else "",
                                                         ' fo:font-style="italic"' if key[1] else "")
            para = '<style:paragraph-properties fo:margin-left="%.2fcm"/>' % (0.35 * key[2]) if key[2] else ""
            out_styles.append('<style:style style:name="%s" style:family="table-cell" style:parent-style-name="Default"%s>%s%s</style:style>'
                              % (name, ds, para, text))
            cell_styles[key] = name
        return cell_styles[key]

    def col_style(width):
        if width not in col_styles:
            name = "co%d" % (len(col_styles) + 1)
            out_styles.append('<style:style style:name="%s" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>'
                              % (name, width * 0.19))
            col_styles[width] = name
        return col_styles[width]

    tables = []
    for sh in spec["sheets"]:
        cells = {(c["r"], c["c"]): c for c in sh["cells"]}
        spans, covered = {}, set()
        for ref in sh["merges"]:
            a, b = ref.split(":")
            (r1, c1), (r2, c2) = index(a), index(b)
            spans[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        covered.add((r, c))
        max_r = max(r for r, _ in cells)
        max_c = max(c for _, c in cells)
        widths = {index(k + "1")[1]: v for k, v in sh["widths"].items()}
        parts = ['<table:table table:name=%s>' % quoteattr(sh["name"])]
        for c in range(1, max_c + 1):
            parts.append('<table:table-column table:style-name="%s"/>' % col_style(widths.get(c, 12)))
        outline = {int(k): v for k, v in sh["outline"].items()}
        in_group = False
        for r in range(1, max_r + 1):
            grouped = outline.get(r, 0) > 0
            if grouped and not in_group:
                parts.append('<table:table-row-group>')
            if not grouped and in_group:
                parts.append('</table:table-row-group>')
            in_group = grouped
            parts.append('<table:table-row>')
            for c in range(1, max_c + 1):
                if (r, c) in covered:
                    parts.append('<table:covered-table-cell/>')
                    continue
                cell = cells.get((r, c))
                attrs = ""
                if (r, c) in spans:
                    rows, cols = spans[(r, c)]
                    attrs += ' table:number-columns-spanned="%d" table:number-rows-spanned="%d"' % (cols, rows)
                if cell is None:
                    parts.append('<table:table-cell%s/>' % attrs)
                    continue
                style = cell_style(cell)
                if style:
                    attrs += ' table:style-name="%s"' % style
                if "f" in cell:
                    parts.append('<table:table-cell%s table:formula=%s/>' % (attrs, quoteattr(odf_formula(cell["f"]))))
                elif "v" in cell:
                    parts.append('<table:table-cell%s office:value-type="float" office:value="%r"><text:p>%s</text:p></table:table-cell>'
                                 % (attrs, cell["v"], cell["v"]))
                else:
                    parts.append('<table:table-cell%s office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                                 % (attrs, escape(cell["s"])))
            parts.append('</table:table-row>')
        if in_group:
            parts.append('</table:table-row-group>')
        parts.append('</table:table>')
        tables.append("".join(parts))
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.2" '
           'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
           '<office:automatic-styles>%s</office:automatic-styles>'
           '<office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document>\n'
           % (NS, "".join(out_styles), "\n".join(tables)))
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


if __name__ == "__main__":
    write(json.load(open(sys.argv[1], encoding="utf-8")), sys.argv[2])
