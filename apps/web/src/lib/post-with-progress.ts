import { ui } from '../i18n/ui';
import { ApiError, apiErrorFrom, buildUrl, csrfHeaders, type ErrorBody } from './api';

/**
 * POSTs a JSON body and reports how much of it has been sent (0…1): fetch() cannot observe an
 * upload, so this one call uses XMLHttpRequest. Errors are the same ApiError that api() throws.
 */
export function postJsonWithProgress<T>(
  path: string,
  body: unknown,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path));
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(csrfHeaders('POST'))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', ui.errors.NETWORK));
    xhr.onload = () => {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        parsed = null;
      }
      onProgress(1);
      if (xhr.status >= 200 && xhr.status < 300 && parsed !== null) resolve(parsed as T);
      else reject(apiErrorFrom(xhr.status, parsed as ErrorBody));
    };
    xhr.send(JSON.stringify(body));
  });
}
