import { IMPORT_MAX_BYTES } from '@echoboard/contracts';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * The text of a chosen file, reporting how much has been read (0 to 1). Files over the import limit
 * are refused here, before a byte is sent, with the same limit the server applies.
 */
export function readFileText(file: File, onProgress: (share: number) => void): Promise<string> {
  if (file.size > IMPORT_MAX_BYTES) {
    return Promise.reject(
      new Error(`“${file.name}” is ${mb(file.size)}; an import takes files up to ${mb(IMPORT_MAX_BYTES)}.`),
    );
  }
  if (file.size === 0) return Promise.reject(new Error(`“${file.name}” is empty; choose the exported file.`));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    reader.onerror = () => reject(new Error(`Could not read “${file.name}”. Choose the file again.`));
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.readAsText(file);
  });
}
