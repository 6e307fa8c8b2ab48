/** Saving a file from the browser (no network: a blob URL and an <a download>). */

/** Offers `content` as a download named `name`. */
export function download(name: string, content: Blob | string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from the sheet's project number: "2022-総務-21-0059-D.svg". */
export function exportName(projectNumber: string | null, suffix: string, ext: string): string {
  const base = (projectNumber ?? 'fund-flow').replace(/[\\/:*?"<>|\s]+/g, '_');
  return `${base}${suffix ? `-${suffix}` : ''}.${ext}`;
}
