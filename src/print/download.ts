/**
 * Saves `blob` as a file named `filename` through the browser's download, without a server round trip.
 * The object URL is revoked on the next task: revoking it in the same task can cancel the download in
 * some browsers, and keeping it would hold the blob in memory until the page closes.
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
