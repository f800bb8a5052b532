/**
 * Offline checks of manifest.xml: well-formed XML, element order as the OfficeApp / VersionOverrides schemas require,
 * resids defined and ≤ 32 characters, URLs pointing at files the build produces, icons in the required sizes, both
 * locales present.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PNG } from 'pngjs';

const root = path.join(__dirname, '..', '..');
const xml = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { outputs } = require(path.join(root, 'webpack.config.js')) as { outputs: string[] };

type Node = Record<string, unknown>;
const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@', commentPropName: '#comment' });
const tree = ordered.parse(xml) as Node[];

function tagOf(n: Node): string | undefined {
  return Object.keys(n).find((k) => k !== ':@' && k !== '#text' && k !== '#comment' && k !== '?xml');
}
function children(n: Node): Node[] {
  const t = tagOf(n);
  return t ? ((n[t] as Node[]) ?? []) : [];
}
function childTags(n: Node): string[] {
  return children(n)
    .map(tagOf)
    .filter((t): t is string => !!t);
}
function child(n: Node, tag: string): Node {
  const c = children(n).find((x) => tagOf(x) === tag);
  if (!c) throw new Error(`missing <${tag}> under <${tagOf(n)}>`);
  return c;
}
function attrs(n: Node): Record<string, string> {
  return (n[':@'] as Record<string, string>) ?? {};
}
function walk(n: Node, fn: (n: Node) => void): void {
  fn(n);
  for (const c of children(n)) walk(c, fn);
}
/** Tags must appear in this order (each optional unless listed in `required`). */
function expectOrder(n: Node, order: string[], required: string[]): void {
  const tags = childTags(n);
  for (const t of tags) expect(order).toContain(t);
  const idx = tags.map((t) => order.indexOf(t));
  expect(idx).toEqual([...idx].sort((a, b) => a - b));
  for (const r of required) expect(tags).toContain(r);
}

const app = tree.find((n) => tagOf(n) === 'OfficeApp')!;
const vo = child(app, 'VersionOverrides');

describe('manifest.xml', () => {
  test('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(app).toBeDefined();
    expect(attrs(app)['@xsi:type']).toBe('TaskPaneApp');
  });

  test('OfficeApp children are in schema order', () => {
    expectOrder(
      app,
      [
        'Id',
        'AlternateId',
        'Version',
        'ProviderName',
        'DefaultLocale',
        'DisplayName',
        'Description',
        'IconUrl',
        'HighResolutionIconUrl',
        'SupportUrl',
        'AppDomains',
        'Hosts',
        'Requirements',
        'DefaultSettings',
        'Permissions',
        'AllowSnapshot',
        'VersionOverrides',
      ],
      ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'DefaultSettings', 'Permissions'],
    );
    expectOrder(vo, ['Description', 'Requirements', 'Hosts', 'Resources'], ['Hosts', 'Resources']);
    const host = child(child(vo, 'Hosts'), 'Host');
    const dff = child(host, 'DesktopFormFactor');
    expectOrder(dff, ['GetStarted', 'FunctionFile', 'ExtensionPoint'], ['FunctionFile', 'ExtensionPoint']);
    const group = child(child(child(dff, 'ExtensionPoint'), 'OfficeTab'), 'Group');
    expect(attrs(child(child(dff, 'ExtensionPoint'), 'OfficeTab'))['@id']).toBe('TabHome');
    expectOrder(group, ['Label', 'Icon', 'Control'], ['Label', 'Icon', 'Control']);
    const controls = children(group).filter((c) => tagOf(c) === 'Control');
    expect(controls).toHaveLength(3);
    for (const c of controls) expectOrder(c, ['Label', 'Supertip', 'Icon', 'Action'], ['Label', 'Supertip', 'Icon', 'Action']);
    expectOrder(child(vo, 'Resources'), ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'], ['bt:Images', 'bt:Urls', 'bt:ShortStrings']);
    // the ribbon command works without the pane: an ExecuteFunction with a function file
    const actions = controls.map((c) => attrs(child(c, 'Action'))['@xsi:type']);
    expect(actions).toEqual(['ExecuteFunction', 'ShowTaskpane', 'ShowTaskpane']);
  });

  test('every resid is defined and at most 32 characters; every resource id is unique', () => {
    const defined = new Map<string, string>();
    walk(child(vo, 'Resources'), (n) => {
      const id = attrs(n)['@id'];
      if (id) {
        expect(defined.has(id)).toBe(false);
        defined.set(id, tagOf(n)!);
      }
    });
    const used: string[] = [];
    walk(vo, (n) => {
      const r = attrs(n)['@resid'];
      if (r) used.push(r);
    });
    expect(used.length).toBeGreaterThan(10);
    for (const r of used) {
      expect(r.length).toBeLessThanOrEqual(32);
      expect(defined.has(r)).toBe(true);
    }
    for (const id of defined.keys()) expect(id.length).toBeLessThanOrEqual(32);
  });

  test('every URL resolves to a file the build produces', () => {
    const urls: string[] = [];
    walk(app, (n) => {
      const a = attrs(n);
      for (const v of [a['@DefaultValue'], a['@Value']]) if (v && /^https?:/.test(v)) urls.push(v);
      if (tagOf(n) === 'AppDomain') urls.push(String((children(n)[0] as Node)['#text']));
    });
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) {
      const url = new URL(u);
      expect(url.protocol).toBe('https:');
      expect(url.origin).toBe('https://localhost:3000');
      const file = url.pathname.replace(/^\//, '');
      if (file === '') continue; // the AppDomain
      expect(outputs).toContain(file);
      const src = file === 'help.html' ? 'src/help.html' : file.startsWith('assets/') ? file : null;
      if (src) expect(() => readFileSync(path.join(root, src))).not.toThrow();
    }
    // each page the build writes has its source (notice.html is the ribbon command's dialog, beside the command)
    const sources: Record<string, string> = { 'notice.html': 'src/commands/notice.html' };
    for (const out of outputs.filter((o) => o.endsWith('.html') && o !== 'help.html')) {
      const name = out.replace('.html', '');
      expect(() => readFileSync(path.join(root, sources[out] ?? path.join('src', name, `${name}.html`)))).not.toThrow();
    }
  });

  test('icons exist in the required sizes and are real drawings', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const png = PNG.sync.read(readFileSync(path.join(root, 'assets', `icon-${size}.png`)));
      expect([png.width, png.height]).toEqual([size, size]);
      const colours = new Set<number>();
      for (let i = 0; i < png.data.length; i += 4) colours.add(png.data.readUInt32BE(i));
      expect(colours.size).toBeGreaterThan(4);
    }
    const sizes = new Set<string>();
    walk(vo, (n) => {
      if (tagOf(n) === 'bt:Image' && attrs(n)['@size']) sizes.add(attrs(n)['@size']);
    });
    expect([...sizes].sort()).toEqual(['16', '32', '80']);
    expect(attrs(child(app, 'IconUrl'))['@DefaultValue']).toMatch(/icon-32\.png$/);
    expect(attrs(child(app, 'HighResolutionIconUrl'))['@DefaultValue']).toMatch(/icon-64\.png$/);
  });

  test('zh-CN is the default locale and every string has an en-US override', () => {
    expect(String((children(child(app, 'DefaultLocale'))[0] as Node)['#text'])).toBe('zh-CN');
    expect(attrs(child(app, 'DisplayName'))['@DefaultValue']).toBe('预算表审核助手');
    expect(attrs(child(child(app, 'DisplayName'), 'Override'))).toEqual({ '@Locale': 'en-US', '@Value': 'Budget Table Auditor' });
    expect(attrs(child(child(app, 'Description'), 'Override'))['@Locale']).toBe('en-US');
    const strings: Node[] = [];
    walk(child(vo, 'Resources'), (n) => {
      if (tagOf(n) === 'bt:String') strings.push(n);
    });
    expect(strings.length).toBeGreaterThanOrEqual(8);
    for (const s of strings) {
      expect(attrs(s)['@DefaultValue']).toMatch(/[\u4e00-\u9fff]/);
      const o = child(s, 'bt:Override');
      expect(attrs(o)['@Locale']).toBe('en-US');
      expect(attrs(o)['@Value']).toMatch(/^[\x20-\x7e]+$/);
    }
    const labels = ['Validate.Label', 'Explain.Label', 'Pane.Label'].map((id) => attrs(strings.find((s) => attrs(s)['@id'] === id)!)['@DefaultValue']);
    expect(labels).toEqual(['校验预算', '生成说明', '审核面板']);
  });

  test('requires only ExcelApi 1.2', () => {
    const set = child(child(child(app, 'Requirements'), 'Sets'), 'Set');
    expect(attrs(set)).toEqual({ '@Name': 'ExcelApi', '@MinVersion': '1.2' });
  });
});
