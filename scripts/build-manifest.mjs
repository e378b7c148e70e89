// npm run manifest: dist/custom-elements.json from the elements' JSDoc (@summary, @attr, @event, @csspart,
// @cssprop, @slot), and the README's "Element reference" written from it between its markers.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { elementReference, replaceBetweenMarkers } from './manifest/readme.mjs';

/** Tags are registered with defineOnce(tag, Class) (safe to load twice), not customElements.define. */
function defineOncePlugin() {
  return {
    name: 'hhsrs-define-once',
    analyzePhase({ node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineOnce') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: element.text, module: moduleDoc.path },
        },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        // defineOnce's own customElements.define(tag, element) names no real tag.
        module.exports = module.exports?.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
      }
    },
  };
}

/**
 * Public events are `hhsrs-*` Event subclasses documented with @event; the analyzer also guesses a name from
 * the first argument of every `dispatchEvent(new …)`, which for typed events is a field, not the event name.
 */
function documentedEventsPlugin() {
  return {
    name: 'hhsrs-documented-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        if (!declaration.events) continue;
        const byName = new Map();
        for (const event of declaration.events) {
          if (!event.name?.startsWith('hhsrs-')) continue;
          const known = byName.get(event.name);
          byName.set(event.name, known?.description ? { ...event, ...known } : { ...known, ...event });
        }
        declaration.events = [...byName.values()];
      }
    },
  };
}

/** Paths name the files that ship (dist/lib/**.js), not the TypeScript sources. */
function shippedPathsPlugin() {
  const shipped = (path) => path?.replace(/^src\/(.*)\.ts$/, 'dist/lib/$1.js');
  return {
    name: 'hhsrs-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const seen = new WeakSet();
      const visit = (value) => {
        if (!value || typeof value !== 'object' || seen.has(value)) return;
        seen.add(value);
        for (const [key, child] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = shipped(child);
          else visit(child);
        }
      };
      visit(customElementsManifest);
    },
  };
}

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

export function buildManifest(root) {
  const modules = [...sources(join(root, 'src/elements'))].map((file) =>
    ts.createSourceFile(relative(root, file), readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true),
  );
  const manifest = create({
    modules,
    plugins: [...litPlugin(), defineOncePlugin(), documentedEventsPlugin(), shippedPathsPlugin()],
  });
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist/custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const updated = replaceBetweenMarkers(readme, elementReference(manifest));
  if (updated !== readme) writeFileSync(readmePath, updated);
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const manifest = buildManifest(root);
  const tags = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => d.tagName);
  console.log(`custom-elements.json: ${tags.join(', ')}`);
}
