"""Writes every workbook of the layout corpus into src/test/resources/layouts/ (run from the
repository root with /usr/bin/python3, which has openpyxl and XlsxWriter):

    /usr/bin/python3 scripts/layouts/build.py [REPORT ...]

LibreOffice: the .fods goes to src/test/resources/layouts/src/ and `soffice --headless --convert-to
xlsx` makes the .xlsx. exceljs: `npm install exceljs@4` in a scratch folder outside the repository
and set EXCELJS_NODE_PATH to its node_modules (default /tmp/lay/node/node_modules); SheetJS likewise
(`npm install xlsx@0.18.5`, SHEETJS_NODE_PATH). The specs (JSON)
are kept in src/test/resources/layouts/src/ too, so every file can be traced to its description."""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reports  # noqa: E402
import spec  # noqa: E402
import write_fods  # noqa: E402
import write_openpyxl  # noqa: E402
import write_xlsxwriter  # noqa: E402

OUT = os.path.join("src", "test", "resources", "layouts")
SRC = os.path.join(OUT, "src")
HERE = os.path.dirname(os.path.abspath(__file__))


def build(report_fn, writers):
    wb = report_fn()
    os.makedirs(SRC, exist_ok=True)
    spec_path = os.path.join(SRC, wb.name + ".json")
    spec.dump(wb, spec_path)
    data = wb.to_json()
    for writer in writers:
        target = os.path.join(OUT, "%s.%s.xlsx" % (wb.name, writer))
        if writer == "openpyxl":
            write_openpyxl.write(data, target)
        elif writer == "xlsxwriter":
            write_xlsxwriter.write(data, target)
        elif writer == "exceljs":
            env = dict(os.environ, NODE_PATH=os.environ.get("EXCELJS_NODE_PATH", "/tmp/lay/node/node_modules"))
            subprocess.run(["node", os.path.join(HERE, "write_exceljs.js"), spec_path, target], check=True, env=env)
        elif writer == "sheetjs":
            env = dict(os.environ, NODE_PATH=os.environ.get("SHEETJS_NODE_PATH", "/tmp/lay/node/node_modules"))
            subprocess.run(["node", os.path.join(HERE, "write_sheetjs.js"), spec_path, target], check=True, env=env)
        elif writer == "libreoffice":
            fods = os.path.join(SRC, wb.name + ".fods")
            write_fods.write(data, fods)
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run(["soffice", "-env:UserInstallation=file://" + tmp + "/profile", "--headless",
                                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, fods],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                shutil.move(os.path.join(tmp, wb.name + ".xlsx"), target)
        else:
            raise ValueError(writer)
        print("wrote", target)


if __name__ == "__main__":
    wanted = set(sys.argv[1:])
    for fn, writers in reports.WRITERS.items():
        if not wanted or fn().name in wanted:
            build(fn, writers)
