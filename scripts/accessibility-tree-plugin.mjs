// A web-test-runner plugin that reads what Chromium itself tells a screen reader (its accessibility tree, through
// the DevTools protocol), so a test asserts on the names and roles a screen reader user meets.
//   executeServerCommand('table-roles', { caption }) → [{ role, name }] for the table captioned `caption` and
//   everything inside it, in order; [] when there is no such table. A table restyled for narrow screens must
//   still be a table with rows, column headings and cells.
//   executeServerCommand('accessible-names', { role }) → the names of every node with that role, in page order.
const TABLE_ROLES = new Set(['table', 'grid', 'row', 'rowgroup', 'columnheader', 'rowheader', 'cell', 'gridcell']);

async function axTree(session) {
  const page = session.browser.getPage(session.id);
  const cdp = await page.context().newCDPSession(page);
  try {
    return (await cdp.send('Accessibility.getFullAXTree')).nodes;
  } finally {
    await cdp.detach();
  }
}

const role = (node) => node.role?.value ?? '';
const name = (node) => String(node.name?.value ?? '').trim();

function tableRoles(nodes, caption) {
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const table = nodes.find((node) => ['table', 'grid'].includes(role(node)) && name(node) === caption);
  if (!table) return [];
  const found = [];
  const walk = (node) => {
    if (TABLE_ROLES.has(role(node))) found.push({ role: role(node), name: name(node) });
    for (const id of node.childIds ?? []) {
      const child = byId.get(id);
      if (child) walk(child);
    }
  };
  walk(table);
  return found;
}

export function accessibilityTreePlugin() {
  return {
    name: 'accessibility-tree',
    async executeCommand({ command, payload, session }) {
      if (command === 'table-roles') {
        if (typeof payload?.caption !== 'string') throw new Error('table-roles: expected { caption: string }');
        return tableRoles(await axTree(session), payload.caption);
      }
      if (command === 'accessible-names') {
        if (typeof payload?.role !== 'string') throw new Error('accessible-names: expected { role: string }');
        return (await axTree(session)).filter((node) => role(node) === payload.role && !node.ignored).map(name);
      }
      return undefined;
    },
  };
}
