import type { paths } from '../api/openapi';
import { ApiError, apiError } from '../api/client';

type Receipt = paths['/api/v1/documents']['post']['responses'][202]['content']['application/json'][number];

/**
 * Sends one file as its own upload, so each file has its own progress and its own answer. XMLHttpRequest, because
 * fetch reports no upload progress.
 */
export function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<Receipt> {
  const route: keyof paths = '/api/v1/documents';
  const form = new FormData();
  form.append('files', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', route);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => {
      const body = xhr.response as Receipt[] | { code?: string; message?: string } | null;
      if (xhr.status === 202 && Array.isArray(body) && body.length === 1) return resolve(body[0]);
      reject(apiError(xhr.status, Array.isArray(body) ? null : body, xhr.statusText));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'network error'));
    xhr.send(form);
  });
}
