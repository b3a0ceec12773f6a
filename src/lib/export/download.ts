/** Saves a blob under a file name through a temporary <a download> (no navigation, no new tab). */
export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked once the browser has taken the file; immediately would cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
