// Signing on the signer's own token: the console hands the server's prepared files to whatever
// signs them on the signer's computer, through this interface. The implementation is the national
// CA's (Ban Cơ yếu Chính phủ, VGCA) browser plug-in; tests inject a stand-in with the same global.

/** One prepared file: where the signing software fetches it and where it uploads the signed copy. */
export type TokenSigningFile = {
  kind: 'DECISION' | 'CERTIFICATES';
  name: string;
  /** Absolute URLs: the signing software runs outside the page (no session cookie). */
  fileUrl: string;
  uploadUrl: string;
  sessionId: string;
};

export interface TokenSigner {
  /** Whether the signing software is present on this computer (after loading its script). */
  isAvailable(): Promise<boolean>;
  /** Signs one prepared file with the token; resolves once the signed copy was uploaded. */
  signFile(file: TokenSigningFile): Promise<void>;
}

/** The plug-in is not installed or not running: the console says so in Vietnamese. */
export class TokenPluginMissingError extends Error {
  readonly code = 'TOKEN_PLUGIN_MISSING';
}

/** The plug-in answered with an error (PIN refused, token removed, upload refused…). */
export class TokenSigningFailedError extends Error {
  readonly code = 'TOKEN_PLUGIN_FAILED';
}

/** The plug-in's answer, a JSON text: Status 0 when signed and uploaded (public VGCA examples). */
type VgcaAnswer = {
  Status?: number;
  Message?: string;
  Error?: string;
  FileName?: string;
  FileServer?: string;
};

type VgcaWindow = Window & {
  vgca_sign_file?: (jsonParams: string, callback: (...args: unknown[]) => void) => void;
};

/** Where a deployment puts the vendor's vgcaplugin.js (it defines the vgca_* globals). */
export const VGCA_SCRIPT = '/vgcaplugin.js';

let loading: Promise<void> | undefined;

function loadScript(src: string): Promise<void> {
  loading ??= new Promise<void>((resolve) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    // A missing file (or the console's own page served instead) leaves the global undefined.
    script.onload = () => resolve();
    script.onerror = () => resolve();
    document.head.appendChild(script);
  });
  return loading;
}

/**
 * The VGCA plug-in as its public examples call it: `vgca_sign_file(JSON.stringify({
 * FileUploadHandler, SessionId, FileName, MetaData }), callback)`; the local service (a WebSocket
 * on 127.0.0.1:8987, allowed by VINHDANH_SIGNING_PLUGIN_ORIGIN) downloads FileName, signs it with
 * the token after the PIN, uploads it to FileUploadHandler and calls back with a JSON answer.
 */
export function vgcaTokenSigner(win: VgcaWindow = window as VgcaWindow): TokenSigner {
  return {
    async isAvailable() {
      if (typeof win.vgca_sign_file !== 'function') await loadScript(VGCA_SCRIPT);
      return typeof win.vgca_sign_file === 'function';
    },
    signFile(file) {
      const sign = win.vgca_sign_file;
      if (typeof sign !== 'function') return Promise.reject(new TokenPluginMissingError());
      const params = {
        FileUploadHandler: file.uploadUrl,
        SessionId: file.sessionId,
        FileName: file.fileUrl,
        MetaData: [
          { Key: 'kind', Value: file.kind },
          { Key: 'name', Value: file.name },
        ],
      };
      return new Promise<void>((resolve, reject) => {
        // Some versions call back (sender, answer), others (answer): the answer is the last string.
        sign(JSON.stringify(params), (...args: unknown[]) => {
          const text = [...args].reverse().find((a): a is string => typeof a === 'string') ?? '';
          let answer: VgcaAnswer;
          try {
            answer = JSON.parse(text) as VgcaAnswer;
          } catch {
            reject(new TokenSigningFailedError(text || 'Phần mềm ký số không trả lời.'));
            return;
          }
          if (answer.Status === 0) resolve();
          else
            reject(new TokenSigningFailedError(answer.Message || answer.Error || `Mã lỗi ${answer.Status}`));
        });
      });
    },
  };
}
