// Offering text as a file download: nothing leaves the device.

export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** YYYY-MM-DD, for file names. */
export function dateStamp(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
