// Saves text as a file in the browser: a Blob behind an object URL, clicked through a temporary <a download>.

export function download(filename: string, mime: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking in the same task can cancel the download in some browsers: let the click start it first.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
