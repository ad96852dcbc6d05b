#!/usr/bin/env node
// Parses .mmd files with Mermaid's own parser (mermaid.parse), the same code
// that renders them.  Exit 0 when every file parses, 1 when one does not,
// 2 on usage errors.  With --print, writes what the parser understood for a
// sequence diagram (participants, messages, notes) as JSON lines, so tests
// can check that hostile text did not add or rename anything.
//
//   node check.js [--print] FILE.mmd...      (- reads stdin)
//
// Mermaid needs a DOM for its sanitizer; jsdom provides one.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
globalThis.window = dom.window;
globalThis.document = dom.window.document;
for (const k of ['DOMParser', 'Element', 'HTMLElement', 'Node', 'navigator']) {
  if (!(k in globalThis)) {
    try { globalThis[k] = dom.window[k]; } catch { /* read-only in some Node versions */ }
  }
}

const args = process.argv.slice(2);
const print = args[0] === '--print';
const files = print ? args.slice(1) : args;
if (!files.length) {
  console.error('usage: node check.js [--print] FILE.mmd...');
  process.exit(2);
}

const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

let bad = 0;
for (const f of files) {
  let text;
  try {
    text = readFileSync(f === '-' ? 0 : f, 'utf8');
  } catch (e) {
    console.error(`${f}: cannot read: ${e.message}`);
    bad++;
    continue;
  }
  try {
    const r = await mermaid.parse(text);
    if (!r || r.diagramType !== 'sequence') {
      console.error(`${f}: parsed, but as ${r && r.diagramType} instead of a sequence diagram`);
      bad++;
      continue;
    }
    if (print) {
      const diag = await mermaid.mermaidAPI.getDiagramFromText(text);
      const db = diag.db;
      const actors = db.getActors();
      for (const [id, a] of actors) console.log(JSON.stringify({ participant: id, title: a.description }));
      for (const m of db.getMessages()) {
        console.log(JSON.stringify({ type: m.type, from: m.from ?? null, to: m.to ?? null, text: m.message }));
      }
    }
    console.error(`${f}: ok`);
  } catch (e) {
    console.error(`${f}: Mermaid parse error: ${String(e.message || e).split('\n').slice(0, 4).join(' | ')}`);
    bad++;
  }
}
process.exit(bad ? 1 : 0);
