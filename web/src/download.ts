/** Saving a file the API answered with, under the name its Content-Disposition gives. */
export function saveFile(data: Blob, response: Response, fallback: string) {
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallback;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(data);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}
