import { networkError, problemOf, send } from './client.ts';

export interface DownloadProgress {
  received: number;
  /** From Content-Length; null when the server streams without announcing a size. */
  total: number | null;
}

export interface DownloadedFile {
  blob: Blob;
  /** The name the server suggests (Content-Disposition), if any. */
  filename: string | null;
}

const filenameOf = (disposition: string | null) => /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? null;

/**
 * GETs a file under /api, reporting progress as it arrives. Fails like `request` does (a readable
 * ApiError), instead of a plain link that would save the error page as the file, or nothing at all.
 */
export async function downloadFile(
  path: string,
  onProgress: (progress: DownloadProgress) => void = () => {},
): Promise<DownloadedFile> {
  const response = await send(`/api${path}`, { headers: { accept: 'text/csv, application/problem+json' } });
  if (!response.ok) throw await problemOf(response);
  const total = Number(response.headers.get('content-length')) || null;
  const chunks: BlobPart[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  try {
    if (!reader) {
      const whole = await response.arrayBuffer();
      chunks.push(whole);
      received = whole.byteLength;
    } else {
      for (let part = await reader.read(); !part.done; part = await reader.read()) {
        chunks.push(part.value);
        received += part.value.byteLength;
        onProgress({ received, total });
      }
    }
  } catch {
    // The connection broke off midway: the part we have is not the file.
    throw networkError();
  }
  onProgress({ received, total });
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  return { blob: new Blob(chunks, { type }), filename: filenameOf(response.headers.get('content-disposition')) };
}

/** Hands a downloaded file to the browser's own "save" as a normal download would. */
export function saveFile(file: DownloadedFile, fallbackName: string) {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the save in some browsers; a minute is plenty.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
