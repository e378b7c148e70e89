// dist/hhsrs-toolkit-wordpress.zip: the plugin from wordpress/hhsrs-toolkit/ with the built CDN files in its cdn/
// folder (so the page loads them from its own site) and the package's version stamped in, ready for
// Plugins → Add New → Upload Plugin.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

export function buildWordPressPlugin(root) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const source = join(root, 'wordpress/hhsrs-toolkit');
  const cdn = join(root, 'dist/cdn');
  const entries = [];
  for (const file of filesIn(source)) {
    let data = readFileSync(file);
    if (relative(source, file) === 'hhsrs-toolkit.php') data = Buffer.from(stampVersion(data.toString(), version));
    entries.push({ name: `hhsrs-toolkit/${relative(source, file)}`, data });
  }
  // Source maps and the SRI list are for CDN hosting; the plugin serves the files itself.
  for (const file of filesIn(cdn).filter((f) => !f.endsWith('.map') && !f.endsWith('sri.json'))) {
    entries.push({ name: `hhsrs-toolkit/cdn/${relative(cdn, file)}`, data: readFileSync(file) });
  }
  const zip = zipOf(entries);
  writeFileSync(join(root, 'dist/hhsrs-toolkit-wordpress.zip'), zip);
  return { files: entries.length, bytes: zip.length };
}

function stampVersion(php, version) {
  const stamped = php
    .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
    .replace(/define\( 'HHSRS_TOOLKIT_VERSION', '[^']*' \)/, `define( 'HHSRS_TOOLKIT_VERSION', '${version}' )`);
  if (!stamped.includes(`'HHSRS_TOOLKIT_VERSION', '${version}'`)) {
    throw new Error('wordpress/hhsrs-toolkit/hhsrs-toolkit.php: no HHSRS_TOOLKIT_VERSION to stamp');
  }
  return stamped;
}

function filesIn(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesIn(path) : [path];
    });
}

/** A plain zip (deflate, no extras), enough for WordPress's unzip and `unzip`. */
function zipOf(entries) {
  const local = [];
  const central = [];
  let offset = 0;
  // 1 January 2026, 00:00 in DOS time: a fixed date, so the same build gives the same zip.
  const dosTime = 0;
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // names are UTF-8
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(dosTime, 10);
    header.writeUInt16LE(dosDate, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    local.push(header, nameBytes, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(dosTime, 12);
    entry.writeUInt16LE(dosDate, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + packed.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, centralBytes, end]);
}
