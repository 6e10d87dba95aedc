import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { loginShellStyle, loginShellTemplate } from './src/features/auth/login-shell';

const NONCE = '__VINHDANH_CSP_NONCE__';

/** Puts the plain-HTML login form (src/features/auth/login-shell.ts) into index.html, inert until served for /dang-nhap. */
function loginShell(): Plugin {
  return {
    name: 'vinhdanh-login-shell',
    transformIndexHtml: (html) =>
      html
        .replace('</head>', `${loginShellStyle(NONCE)}</head>`)
        .replace('<div id="root"></div>', `${loginShellTemplate()}<div id="root"></div>`),
  };
}

export default defineConfig({
  plugins: [react(), loginShell()],
  // Vite writes this placeholder as the nonce of index.html's script and style tags and into a
  // <meta property="csp-nonce">; the server swaps in each response's own nonce
  // (apps/server/src/web/serve-web.ts), so the Content-Security-Policy needs no 'unsafe-inline'.
  html: { cspNonce: NONCE },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything main.tsx imports statically (React, the router, the login page) in one
          // chunk beside it, not in a dozen pieces shared with the lazy pages: a cold /dang-nhap
          // then fetches two scripts instead of queueing a dozen behind the browser's six
          // connections (issue 19). The lazy pages import what they share from it.
          groups: [{ name: 'start', tags: ['$initial'] }],
        },
      },
    },
  },
});
