/**
 * A file's size as residents read it beside a download link: "123 KB", "1,2 MB" (Vietnamese
 * writes a decimal comma). Powers of 1024, as Windows Explorer and phones show a downloaded
 * file, so the figure on the page is the one residents see after downloading.
 */
export function formatFileSize(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1000) return `${Math.max(1, Math.round(kb))} KB`;
  return `${(kb / 1024).toFixed(1).replace('.', ',')} MB`;
}
