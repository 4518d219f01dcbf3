// Writes a spec with exceljs: formulas are written with no cached value at all, as exceljs does
// when no result is given. Run with NODE_PATH pointing at a folder where exceljs is installed.
const fs = require('fs');
const ExcelJS = require('exceljs');

async function write(spec, path) {
  const wb = new ExcelJS.Workbook();
  for (const sh of spec.sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const [col, width] of Object.entries(sh.widths)) ws.getColumn(col).width = width;
    for (const cell of sh.cells) {
      const c = ws.getCell(cell.r, cell.c);
      if (cell.f !== undefined) c.value = { formula: cell.f };
      else if (cell.v !== undefined) c.value = cell.v;
      else c.value = cell.s;
      if (cell.b || cell.it) c.font = { bold: !!cell.b, italic: !!cell.it };
      if (cell.i) c.alignment = { indent: cell.i };
      if (cell.nf) c.numFmt = cell.nf;
    }
    for (const ref of sh.merges) ws.mergeCells(ref);
    for (const [row, level] of Object.entries(sh.outline)) ws.getRow(Number(row)).outlineLevel = level;
  }
  await wb.xlsx.writeFile(path);
}

write(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')), process.argv[3]).catch(e => { console.error(e); process.exit(1); });
