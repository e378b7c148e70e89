// A web-test-runner plugin that reads the table roles Chromium itself gives a screen reader (its accessibility
// tree, through the DevTools protocol), so a test can show that a table restyled for narrow screens is still a
// table with rows, column headings and cells.
//   executeServerCommand('table-roles', { caption }) → [{ role, name }] for the table captioned `caption` and
//   everything inside it, in order; [] when there is no such table.
const TABLE_ROLES = new Set(['table', 'grid', 'row', 'rowgroup', 'columnheader', 'rowheader', 'cell', 'gridcell']);

export function tableRolesPlugin() {
  return {
    name: 'table-roles',
    async executeCommand({ command, payload, session }) {
      if (command !== 'table-roles') return undefined;
      if (typeof payload?.caption !== 'string') throw new Error('table-roles: expected { caption: string }');
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((node) => [node.nodeId, node]));
        const role = (node) => node.role?.value ?? '';
        const name = (node) => String(node.name?.value ?? '').trim();
        const table = nodes.find((node) => ['table', 'grid'].includes(role(node)) && name(node) === payload.caption);
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
      } finally {
        await cdp.detach();
      }
    },
  };
}
