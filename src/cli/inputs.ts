/**
 * The workbooks of a run: files as given, folders walked recursively for .xlsx (in name order, so a batch reads the
 * same way every time). Skipped, and said so: Excel's lock files (~$x.xlsx), other file types inside a folder, and
 * the same file reached twice (by two arguments, a link, or a copy with the very same bytes). A file given by name is
 * always taken, whatever its extension: the reader then says what it is.
 */
import { createHash } from 'crypto';
import { createReadStream, promises as fs } from 'fs';
import path from 'path';

export interface Skipped {
  file: string;
  zh: string;
  en: string;
}

export interface Inputs {
  files: string[];
  skipped: Skipped[];
  /** For each file: the folder argument it was found under (for mirroring the layout under --annotate's folder). */
  roots: Map<string, string>;
}

const LOCK = /^~\$/;
const XLSX = /\.xlsx$/i;
/** Folders a walk never enters: hidden ones (.git) and node_modules. */
const SKIP_DIR = /^\.|^node_modules$/;

async function walk(dir: string, out: string[], skipped: Skipped[], excluded: Set<string>): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    skipped.push({
      file: dir,
      zh: `无法读取文件夹（${(e as NodeJS.ErrnoException).code ?? ''}）`,
      en: `cannot read the folder (${(e as NodeJS.ErrnoException).code ?? ''})`,
    });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() || e.isFile()) {
      const st = await fs.stat(p).catch(() => undefined);
      if (st && excluded.has(`${st.dev}:${st.ino}`)) continue;
    }
    if (e.isDirectory()) {
      if (SKIP_DIR.test(e.name)) continue;
      await walk(p, out, skipped, excluded);
      continue;
    }
    if (!XLSX.test(e.name)) continue; // other files of a folder are not workbooks: silently not ours
    if (LOCK.test(e.name)) {
      skipped.push({ file: p, zh: 'Excel 的临时锁定文件（~$），已跳过', en: "Excel's lock file (~$), skipped" });
      continue;
    }
    out.push(p);
  }
}

/** `exclude`: our own outputs — --annotate's folder (not walked), the --checklist and --output files (not taken). */
export async function expandInputs(args: string[], exclude: string[] = []): Promise<Inputs> {
  const excluded = new Set<string>();
  for (const d of exclude) {
    try {
      const st = await fs.stat(d);
      excluded.add(`${st.dev}:${st.ino}`);
    } catch {
      /* not there yet: nothing to leave out */
    }
  }
  const found: { file: string; root: string }[] = [];
  const skipped: Skipped[] = [];
  for (const a of args) {
    let st;
    try {
      st = await fs.stat(a);
    } catch {
      found.push({ file: a, root: path.dirname(a) }); // the reader says it does not exist
      continue;
    }
    if (st.isDirectory()) {
      const list: string[] = [];
      await walk(a, list, skipped, excluded);
      if (list.length === 0) skipped.push({ file: a, zh: '文件夹中没有 .xlsx 工作簿', en: 'the folder holds no .xlsx workbook' });
      for (const f of list) found.push({ file: f, root: a });
    } else if (LOCK.test(path.basename(a))) {
      skipped.push({ file: a, zh: 'Excel 的临时锁定文件（~$），已跳过', en: "Excel's lock file (~$), skipped" });
    } else found.push({ file: a, root: path.dirname(a) });
  }
  // The same file twice: by identity (device + inode, links resolved), then by content — hashed only when another
  // file of the very same size was taken (cheap for a batch).
  const byId = new Map<string, string>();
  const bySize = new Map<number, { file: string; hash?: string }[]>();
  const files: string[] = [];
  const roots = new Map<string, string>();
  for (const { file, root } of found) {
    let st;
    try {
      st = await fs.stat(file);
    } catch {
      st = undefined; // the reader reports it
    }
    if (st?.isFile()) {
      const id = `${st.dev}:${st.ino}`;
      if (byId.has(id)) {
        skipped.push({ file, zh: `与 ${byId.get(id)} 是同一个文件，已跳过`, en: `the same file as ${byId.get(id)}, skipped` });
        continue;
      }
      const same = bySize.get(st.size) ?? [];
      let copyOf: string | undefined;
      let h: string | undefined;
      if (same.length > 0) {
        h = await hashOf(file);
        for (const o of same) {
          o.hash ??= await hashOf(o.file);
          if (h !== undefined && o.hash === h) copyOf = o.file;
        }
      }
      if (copyOf && looksLikeCopy(path.basename(copyOf)) && !looksLikeCopy(path.basename(file))) {
        // "X - 副本.xlsx" sorts before "X.xlsx": the original takes the copy's place, the copy is the one skipped.
        const at = files.indexOf(copyOf);
        files[at] = file;
        roots.delete(copyOf);
        roots.set(file, root);
        same.splice(
          same.findIndex((o) => o.file === copyOf),
          1,
          { file, hash: h },
        );
        byId.set(id, file);
        skipped.push({ file: copyOf, zh: `与 ${file} 内容完全相同，已跳过`, en: `byte for byte the same as ${file}, skipped` });
        continue;
      }
      if (copyOf) {
        skipped.push({ file, zh: `与 ${copyOf} 内容完全相同，已跳过`, en: `byte for byte the same as ${copyOf}, skipped` });
        continue;
      }
      byId.set(id, file);
      same.push({ file, hash: h });
      bySize.set(st.size, same);
    }
    files.push(file);
    roots.set(file, root);
  }
  return { files, skipped, roots };
}

/** A name Windows, macOS or a download gives a copy: “X - 副本”, “X - Copy”, “X copy”, “X (1)”, “X(2)”. */
function looksLikeCopy(name: string): boolean {
  return /副本|\bcopy\b|[(（]\d+[)）]\.xlsx$/i.test(name);
}

/** SHA-1 of a file's bytes, streamed (a large file is never held whole). */
function hashOf(file: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const h = createHash('sha1');
    createReadStream(file)
      .on('data', (d) => h.update(d))
      .on('end', () => resolve(h.digest('hex')))
      .on('error', () => resolve(undefined));
  });
}
