/** pdfjs's worker module, imported to run in the same thread (text.ts); it ships no types. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
