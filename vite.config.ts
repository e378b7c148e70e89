import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { templateWhitespace } from './scripts/build/template-whitespace.mjs';

/**
 * Three ways this config is used (scripts/build.mjs passes the mode):
 * - `vite` (dev server): index.html and demo/ pages load `/cdn/<name>.js`, served from `src/cdn/<name>.ts`.
 * - `--mode lib`: the npm library in dist/lib/, one module per source file, dependencies left as imports.
 * - `--mode cdn:<name>`: dist/cdn/<name>.js from src/cdn/<name>.ts, with Lit, zod and idb bundled in (one
 *   build per file, so each file stands alone) and jsPDF in a chunk loaded only when someone prints.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (path: string) => `${root}${path}`;

/** The package's entry points (package.json `exports`); every other module is reached from these. */
const LIBRARY_ENTRIES = [
  'src/index.ts',
  'src/core/index.ts',
  'src/define.ts',
  ...['hhsrs-assessor', 'overcrowding-check', 'hazard-register'].map((tag) => `src/elements/${tag}/define.ts`),
].filter((entry) => existsSync(fromRoot(entry)));

/** jsPDF's optional helpers for HTML and SVG input, which the toolkit never uses and a CDN file need not carry. */
const JSPDF_OPTIONAL = ['html2canvas', 'dompurify', 'canvg'];

/** The library leaves its dependencies (lit, zod, idb, jsPDF…) to the consumer's bundler; build helpers are inlined. */
const dependencies = Object.keys(
  JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')).dependencies as Record<string, string>,
);
const isDependency = (id: string) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * The restore worker (`new Worker(new URL(…))`) is emitted as its own module file; a relative base makes its
 * URL relative to the file that starts it, wherever the CDN files or a bundler's output are served from.
 */
const WORKER_OUTPUT: UserConfig = { base: './', worker: { format: 'es' } };

function libraryConfig(): UserConfig {
  return {
    ...WORKER_OUTPUT,
    publicDir: false,
    build: {
      target: 'es2022',
      outDir: 'dist/lib',
      emptyOutDir: true,
      minify: false,
      lib: { entry: LIBRARY_ENTRIES.map(fromRoot), formats: ['es'] },
      rolldownOptions: {
        external: isDependency,
        output: { preserveModules: true, preserveModulesRoot: fromRoot('src'), entryFileNames: '[name].js' },
      },
    },
  };
}

function cdnConfig(name: string): UserConfig {
  const entry = fromRoot(`src/cdn/${name}.ts`);
  if (!existsSync(entry)) throw new Error(`No CDN entry src/cdn/${name}.ts`);
  return {
    ...WORKER_OUTPUT,
    publicDir: false,
    plugins: [templateWhitespace()],
    // Some dependencies test process.env.NODE_ENV; a CDN file runs where there is no process.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    resolve: {
      alias: JSPDF_OPTIONAL.map((find) => ({ find, replacement: fromRoot('src/cdn/stubs/jspdf-optional.ts') })),
    },
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: false,
      minify: true,
      sourcemap: true,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: {
        // A CDN file exports nothing a page uses, so code shared by its first screen and the parts loaded
        // later may stay in it (library mode would otherwise split it into many small chunks: more requests).
        preserveEntrySignatures: 'allow-extension',
        output: {
          chunkFileNames: chunkName,
          // What the file itself loads before anything is shown travels as one chunk, not as several small chunks
          // shared with parts loaded later (each a request, and gzip works better on one file than on many).
          codeSplitting: { groups: [{ name: 'first', tags: ['$initial'] }] },
          // Library mode keeps whitespace for the consumer's bundler; a CDN file goes straight to browsers.
          minify: true,
          // Licence notices (Lit's, jsPDF's) stay with the code they cover.
          comments: { legal: true, annotation: false, jsdoc: false },
        },
      },
    },
  };
}

/** Chunks that are an element or a view read as such (`chunks/hhsrs-assessor-officer-<hash>.js`), not `define-<hash>.js`. */
function chunkName(chunk: { name: string; facadeModuleId: string | null }): string {
  const view = chunk.facadeModuleId?.match(/\/elements\/(.+)\/define\.ts$/)?.[1];
  return `chunks/${view ? view.replaceAll('/', '-') : '[name]'}-[hash].js`;
}

/** Dev server: `/cdn/<name>.js` (what the pages load once built) answers from the TypeScript source. */
function cdnFromSource(): Plugin {
  return {
    name: 'hhsrs-cdn-from-source',
    apply: 'serve',
    resolveId(id) {
      const name = /^\/cdn\/([\w-]+)\.js$/.exec(id)?.[1];
      const source = name && fromRoot(`src/cdn/${name}.ts`);
      return source && existsSync(source) ? source : null;
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'lib') return libraryConfig();
  if (mode.startsWith('cdn:')) return cdnConfig(mode.slice('cdn:'.length));
  return {
    plugins: [cdnFromSource()],
    build: { target: 'es2022' },
    server: { host: '127.0.0.1' },
  };
});
