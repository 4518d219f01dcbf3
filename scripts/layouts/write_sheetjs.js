// Writes a spec with SheetJS (npm package "xlsx"): formulas are written with no cached value, styles are
// dropped (the community edition writes none), merges and row outline levels are kept.
// Run with NODE_PATH pointing at a folder where xlsx is installed.
const fs = require('fs');
const XLSX = require('xlsx');

const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const wb = XLSX.utils.book_new();
for (const sh of spec.sheets) {
  const ws = {};
  let maxR = 0, maxC = 0;
  for (const cell of sh.cells) {
    const ref = XLSX.utils.encode_cell({ r: cell.r - 1, c: cell.c - 1 });
    if (cell.f !== undefined) ws[ref] = { t: 'n', f: cell.f };
    else if (cell.v !== undefined) ws[ref] = { t: 'n', v: cell.v };
    else ws[ref] = { t: 's', v: cell.s };
    if (cell.nf) ws[ref].z = cell.nf;
    maxR = Math.max(maxR, cell.r - 1);
    maxC = Math.max(maxC, cell.c - 1);
  }
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: maxR, c: maxC } });
  ws['!merges'] = sh.merges.map(m => XLSX.utils.decode_range(m));
  const rows = [];
  for (const [row, level] of Object.entries(sh.outline)) rows[Number(row) - 1] = { level };
  ws['!rows'] = rows;
  XLSX.utils.book_append_sheet(wb, ws, sh.name);
}
XLSX.writeFile(wb, process.argv[3]);
