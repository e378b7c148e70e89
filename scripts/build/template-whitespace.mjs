// A Vite plugin for the CDN files: drops the indentation inside Lit's html`…`, svg`…` and css`…` templates.
// Source indentation is whitespace that HTML and CSS ignore (no template here holds a <pre>, and textareas are
// filled through .value), yet it costs every tenant's download. Newlines stay, so source maps keep their lines.
import { parseAst } from 'rolldown/parseAst';

const TAGS = new Set(['html', 'svg', 'css']);

/** @returns {import('vite').Plugin} */
export function templateWhitespace() {
  return {
    name: 'hhsrs-template-whitespace',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.+\.ts$/.test(id) || !/\b(?:html|svg|css)`/.test(code)) return null;
      const edits = [];
      visit(parseAst(code, { lang: 'js' }), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name))
          return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const trimmed = dropIndentation(raw);
          if (trimmed !== raw) edits.push({ start: quasi.start, end: quasi.end, text: trimmed });
        }
      });
      if (edits.length === 0) return null;
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start))
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      return { code: out, map: null };
    },
  };
}

/** Each newline followed by spaces or tabs becomes just the newline; blank lines go too. */
export function dropIndentation(text) {
  return text.replace(/\n[ \t]*(?:\n[ \t]*)*/g, '\n');
}

function visit(node, callback) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) visit(child, callback);
    return;
  }
  if (typeof node.type === 'string') callback(node);
  for (const key in node) if (key !== 'parent') visit(node[key], callback);
}
