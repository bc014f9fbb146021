/**
 * A file's size as residents read it beside a download link: "123 KB", "1,2 MB" (Vietnamese
 * writes a decimal comma). Powers of 1024, as Windows Explorer and phones show a downloaded
 * file, so the figure on the page is the one residents see after downloading.
 */
export function formatFileSize(bytes: number): string {
  const kb = Math.round(bytes / 1024);
  // "1000 KB" reads worse than "1,0 MB".
  if (kb < 1000) return `${Math.max(1, kb)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
