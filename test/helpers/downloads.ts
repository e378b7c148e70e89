/** Watches the page hand a file to the browser's download, keeping the real behaviour. */
export function captureDownloads(): { blobs: Blob[]; restore: () => void } {
  const original = URL.createObjectURL;
  const blobs: Blob[] = [];
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    if (obj instanceof Blob) blobs.push(obj);
    return original.call(URL, obj);
  };
  return { blobs, restore: () => (URL.createObjectURL = original) };
}
