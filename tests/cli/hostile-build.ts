/**
 * Hostile workbooks built in code from the seed, small on disk: the zip is taken apart and put back together by hand
 * (src/cli/zip.ts), so a sheet's XML can claim what no spreadsheet program writes, and a bomb is a few KB of deflate
 * repeated. Shared by tests/cli/hostile-reading.test.ts and scripts/bench-hostile.ts.
 */
import zlib from 'zlib';
import { buildZip, crc32, inflateEntry, rawData, readCentralDirectory, type BuildEntry } from '../../src/cli/zip';
import { buildSeedWorkbook } from '../fixtures/seed-workbook';

export async function seedBytes(): Promise<Buffer> {
  return Buffer.from((await buildSeedWorkbook().workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export interface Part {
  name: string;
  /** Uncompressed content (deflated when written), or an entry already compressed. */
  data?: Buffer;
  raw?: { method: 0 | 8; data: Buffer; crc: number; size: number };
}

export function parts(xlsx: Buffer): Part[] {
  return readCentralDirectory(xlsx, 100000).map((e) => ({
    name: e.name,
    raw: { method: e.method as 0 | 8, data: rawData(xlsx, e), crc: e.crc, size: e.size },
  }));
}

export function content(xlsx: Buffer, name: string): string {
  const e = readCentralDirectory(xlsx, 100000).find((x) => x.name === name);
  if (!e) throw new Error(`no ${name}`);
  return inflateEntry(xlsx, e, 1 << 30).toString('utf8');
}

export function zipParts(list: Part[], lie?: Record<string, number>): Buffer {
  const entries: BuildEntry[] = list.map((p) => {
    if (p.raw) return { name: p.name, ...p.raw, size: lie?.[p.name] ?? p.raw.size };
    const data = p.data!;
    return { name: p.name, method: 8, data: zlib.deflateRawSync(data), crc: crc32(data), size: lie?.[p.name] ?? data.length };
  });
  return buildZip(entries);
}

/** The seed with one sheet's XML changed by `edit`. */
export function patchSheet(xlsx: Buffer, sheet: string, edit: (xml: string) => string): Buffer {
  const name = `xl/worksheets/${sheet}.xml`;
  const xml = edit(content(xlsx, name));
  return zipParts(parts(xlsx).map((p) => (p.name === name ? { name, data: Buffer.from(xml, 'utf8') } : p)));
}

export const addRow = (xml: string, row: string) => xml.replace('</sheetData>', `${row}</sheetData>`);
export const addMerge = (xml: string, ref: string) =>
  xml.includes('<mergeCells')
    ? xml.replace('</mergeCells>', `<mergeCell ref="${ref}"/></mergeCells>`)
    : xml.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`);
export const setCols = (xml: string, cols: string) =>
  /<cols>.*?<\/cols>/s.test(xml) ? xml.replace(/<cols>.*?<\/cols>/s, `<cols>${cols}</cols>`) : xml.replace('<sheetData', `<cols>${cols}</cols><sheetData`);

/**
 * A raw deflate stream producing `chunk` `times` over without holding the output: the chunk is compressed once with a
 * full flush (byte-aligned, no back-references across copies), the copies concatenated and closed by an empty final
 * block.
 */
export function repeatedDeflate(chunk: Buffer, times: number): { data: Buffer; crc: number; size: number } {
  const one = zlib.deflateRawSync(chunk, { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 });
  let crc = 0;
  for (let i = 0; i < times; i++) crc = crc32(chunk, crc);
  return { data: Buffer.concat([...Array(times).fill(one), Buffer.from([0x03, 0x00])]), crc, size: chunk.length * times };
}

/** A deflate stream of the chunks `gen` yields (each compressed on its own, full flush), with CRC and size. */
export function streamDeflate(gen: Iterable<Buffer>): { data: Buffer; crc: number; size: number } {
  const out: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (const chunk of gen) {
    out.push(zlib.deflateRawSync(chunk, { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 1 }));
    crc = crc32(chunk, crc);
    size += chunk.length;
  }
  out.push(Buffer.from([0x03, 0x00]));
  return { data: Buffer.concat(out), crc, size };
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const TAIL = '</sheetData></worksheet>';

/**
 * The seed with sheet1.xml replaced: the seed's own sheet1 rows, then `filler` repeated until the sheet holds `bytes`
 * (spaces: a bomb; rows: distinct content). `claim`: the uncompressed size the directory states (default the truth).
 */
export function bombed(xlsx: Buffer, filler: 'spaces' | 'rows', bytes: number, claim?: number): Buffer {
  const name = 'xl/worksheets/sheet1.xml';
  const xml = content(xlsx, name);
  const open = xml.indexOf('<sheetData>') + '<sheetData>'.length;
  const close = xml.indexOf('</sheetData>');
  const head = Buffer.from(xml.slice(0, open), 'utf8');
  const tail = Buffer.from(xml.slice(close), 'utf8');
  const body = Buffer.from(xml.slice(open, close), 'utf8');
  let middle: { data: Buffer; crc: number; size: number };
  const parts1: Buffer[] = [head, body];
  if (filler === 'spaces') {
    const chunk = Buffer.alloc(1 << 20, 0x20);
    const times = Math.max(1, Math.round(bytes / chunk.length));
    // head + body + spaces + tail as one stream: compress the ends on their own, the spaces by repetition.
    const a = zlib.deflateRawSync(Buffer.concat(parts1), { finishFlush: zlib.constants.Z_FULL_FLUSH });
    const r = repeatedDeflate(chunk, times);
    const z = zlib.deflateRawSync(tail);
    let crc = crc32(Buffer.concat(parts1));
    crc = crc32Combine(crc, chunk, times);
    crc = crc32(tail, crc);
    middle = { data: Buffer.concat([a, r.data.subarray(0, r.data.length - 2), z]), crc, size: head.length + body.length + r.size + tail.length };
  } else {
    middle = streamDeflate(rowsFiller(head, body, tail, bytes));
  }
  return zipParts(parts(xlsx).map((p) => (p.name === name ? { name, raw: { method: 8, data: middle.data, crc: middle.crc, size: claim ?? middle.size } } : p)));
}

function crc32Combine(crc: number, chunk: Buffer, times: number): number {
  for (let i = 0; i < times; i++) crc = crc32(chunk, crc);
  return crc;
}

function* rowsFiller(head: Buffer, body: Buffer, tail: Buffer, bytes: number): Generator<Buffer> {
  yield Buffer.concat([head, body]);
  let size = head.length + body.length;
  let r = 100;
  while (size < bytes && r <= 1048576) {
    const lines: string[] = [];
    for (let k = 0; k < 2000 && r <= 1048576; k++, r++) {
      let cells = '';
      for (let c = 0; c < 10; c++) cells += `<c r="${String.fromCharCode(66 + c)}${r}"><v>${(r * 7919 + c * 104729) % 100000007}.${c}</v></c>`;
      lines.push(`<row r="${r}">${cells}</row>`);
    }
    const b = Buffer.from(lines.join(''), 'utf8');
    size += b.length;
    yield b;
  }
  yield tail;
}

/** One sheet of `n` distinct numeric cells, 10 to a row (a dense sheet past the cells-read limit). */
export function manyCells(xlsx: Buffer, n: number): Buffer {
  const name = 'xl/worksheets/sheet1.xml';
  function* gen(): Generator<Buffer> {
    yield Buffer.from(HEAD, 'utf8');
    for (let r = 1; r * 10 <= n; r += 1000) {
      let s = '';
      for (let k = r; k < r + 1000 && k * 10 <= n; k++) {
        s += `<row r="${k}">`;
        for (let c = 0; c < 10; c++) s += `<c r="${String.fromCharCode(65 + c)}${k}"><v>${k * 10 + c}.25</v></c>`;
        s += '</row>';
      }
      yield Buffer.from(s, 'utf8');
    }
    yield Buffer.from(TAIL, 'utf8');
  }
  const d = streamDeflate(gen());
  return zipParts(parts(xlsx).map((p) => (p.name === name ? { name, raw: { method: 8, data: d.data, crc: d.crc, size: d.size } } : p)));
}

/** The seed's sheets copied `copies` times over (names 1-附表1 …), the sheet parts shared as stored bytes. */
export function copiedSheets(xlsx: Buffer, copies: number): Buffer {
  const list = parts(xlsx);
  const wbXml = content(xlsx, 'xl/workbook.xml');
  const relsXml = content(xlsx, 'xl/_rels/workbook.xml.rels');
  const sheets = [...wbXml.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"[^>]*\/>/g)].map((m) => ({ name: m[1], rid: m[2] }));
  const target = (rid: string) =>
    new RegExp(`Id="${rid}"[^>]*Target="([^"]*)"`).exec(relsXml)?.[1] ?? new RegExp(`Target="([^"]*)"[^>]*Id="${rid}"`).exec(relsXml)![1];
  const sheetEls: string[] = [];
  const rels: string[] = [];
  const extra: Part[] = [];
  let n = 0;
  for (let k = 1; k <= copies; k++) {
    for (const s of sheets) {
      n++;
      const src = list.find((p) => p.name === `xl/${target(s.rid)}`)!;
      sheetEls.push(`<sheet name="${k}-${s.name}" sheetId="${n}" r:id="rIdS${n}"/>`);
      rels.push(
        `<Relationship Id="rIdS${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/>`,
      );
      extra.push({ name: `xl/worksheets/sheet${n}.xml`, raw: src.raw });
    }
  }
  const newWb = wbXml.replace(/<sheets>.*<\/sheets>/s, `<sheets>${sheetEls.join('')}</sheets>`);
  const newRels = relsXml.replace(/<Relationship [^>]*worksheet"[^>]*\/>/g, '').replace('</Relationships>', `${rels.join('')}</Relationships>`);
  const kept = list.filter((p) => !/^xl\/worksheets\/sheet\d+\.xml$/.test(p.name) && p.name !== 'xl/workbook.xml' && p.name !== 'xl/_rels/workbook.xml.rels');
  return zipParts([
    ...kept,
    { name: 'xl/workbook.xml', data: Buffer.from(newWb, 'utf8') },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(newRels, 'utf8') },
    ...extra,
  ]);
}

/** `n` non-overlapping merges B{r}:C{r} below the seed's sheet1 table, each row with a figure so they lie inside it. */
export function manyMerges(xlsx: Buffer, n: number): Buffer {
  return patchSheet(xlsx, 'sheet1', (x) => {
    let rows = '';
    for (let r = 100; r < 100 + n; r++) rows += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    let merges = '';
    for (let r = 100; r < 100 + n; r++) merges += `<mergeCell ref="B${r}:C${r}"/>`;
    const withRows = addRow(x, rows);
    return withRows.includes('</mergeCells>')
      ? withRows.replace('</mergeCells>', `${merges}</mergeCells>`)
      : withRows.replace('</sheetData>', `</sheetData><mergeCells>${merges}</mergeCells>`);
  });
}

/** A data validation and a defined name over the whole sheet (exceljs lists both cell by cell). */
export function wholeSheetClaims(xlsx: Buffer): Buffer {
  const dv =
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>';
  const withDv = patchSheet(xlsx, 'sheet1', (x) =>
    x.includes('</mergeCells>') ? x.replace('</mergeCells>', `</mergeCells>${dv}`) : x.replace('</sheetData>', `</sheetData>${dv}`),
  );
  const wb = content(withDv, 'xl/workbook.xml').replace(
    '</sheets>',
    '</sheets><definedNames><definedName name="everything">附表1!$A$1:$XFD$1048576</definedName></definedNames>',
  );
  return zipParts(parts(withDv).map((p) => (p.name === 'xl/workbook.xml' ? { name: p.name, data: Buffer.from(wb, 'utf8') } : p)));
}

/** `rows` rows of `cols` formatted, empty cells each, from row 100 (what "format the whole area" leaves behind). */
export function emptyRows(rows: number, cols: number): string {
  const out: string[] = [];
  for (let r = 100; r < 100 + rows; r++) {
    let s = `<row r="${r}" s="2" customFormat="1">`;
    for (let c = 0; c < cols; c++) s += `<c r="${String.fromCharCode(65 + c)}${r}" s="2"/>`;
    out.push(s + '</row>');
  }
  return out.join('');
}

/** sheet1 padded with `megabytes` MB of whitespace broken by digits (deflates ~100:1, under the ratio limit). */
export function paddedSheet(xlsx: Buffer, megabytes: number): Buffer {
  const name = 'xl/worksheets/sheet1.xml';
  const xml = content(xlsx, name);
  const at = xml.indexOf('</sheetData>');
  const head = Buffer.from(xml.slice(0, at), 'utf8');
  const tail = Buffer.from(xml.slice(at), 'utf8');
  const chunk = Buffer.alloc(1 << 20, 0x20);
  let seed = 7;
  for (let i = 0; i < chunk.length; i += 200 + (seed % 200)) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    chunk[i] = 0x0a;
  }
  const a = zlib.deflateRawSync(head, { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const r = repeatedDeflate(chunk, megabytes);
  const z = zlib.deflateRawSync(tail);
  let crc = crc32(head);
  crc = crc32Combine(crc, chunk, megabytes);
  crc = crc32(tail, crc);
  const data = Buffer.concat([a, r.data.subarray(0, r.data.length - 2), z]);
  return zipParts(parts(xlsx).map((p) => (p.name === name ? { name, raw: { method: 8, data, crc, size: head.length + r.size + tail.length } } : p)));
}
