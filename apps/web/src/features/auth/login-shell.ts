import { uiApp } from '../../i18n/ui-app';
import { uiAuth } from '../../i18n/ui-auth';

// The login form as plain HTML in index.html (issue 19: the username field usable within 300 ms
// cold). React and Mantine take ~350 ms of main-thread time before their form exists; this one is
// in the first bytes. It sits inert in a <template>; the server turns it into a visible <div> for
// /dang-nhap only (apps/server/src/web/serve-web.ts). LoginPage takes over what was typed and the
// focus in a layout effect and removes it, before the browser paints the React form. Its submit
// button stays disabled, so nothing is sent before the real form exists.

export const LOGIN_SHELL_ID = 'vd-login-shell';

const html = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Close to the Mantine page (Center on gray.0, a bordered Paper of 400 px, Title order 2, dimmed
// subtitle, inputs of size sm): the swap should not move what the user looks at.
const CSS = `#${LOGIN_SHELL_ID}{box-sizing:border-box;min-height:100vh;display:flex;align-items:center;justify-content:center;padding:16px;background:#f8f9fa;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#000;line-height:1.55}
#${LOGIN_SHELL_ID} *{box-sizing:border-box}
#${LOGIN_SHELL_ID} .vd-card{width:400px;max-width:100%;background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:32px;box-shadow:0 1px 3px rgba(0,0,0,.05),0 1px 2px rgba(0,0,0,.1)}
#${LOGIN_SHELL_ID} .vd-head{text-align:center;margin-bottom:20px}
#${LOGIN_SHELL_ID} h2{font-size:26px;line-height:1.35;margin:50px 0 4px;font-weight:700}
#${LOGIN_SHELL_ID} p{margin:0;color:#868e96;font-size:14px}
#${LOGIN_SHELL_ID} label{display:block;font-size:14px;font-weight:500;margin:0 0 2px}
#${LOGIN_SHELL_ID} input{display:block;width:100%;height:36px;padding:0 12px;font:inherit;font-size:14px;border:1px solid #ced4da;border-radius:4px;margin-bottom:16px}
#${LOGIN_SHELL_ID} input:focus{outline:none;border-color:#228be6}
#${LOGIN_SHELL_ID} button{width:100%;height:36px;border:0;border-radius:4px;background:#228be6;color:#fff;font:inherit;font-size:14px;font-weight:600;opacity:.6}`;

/** The <style> for <head>; nonce is the placeholder the server replaces with each response's. */
export function loginShellStyle(nonce: string): string {
  return `<style nonce="${nonce}">${CSS}</style>`;
}

/** The form, inert until the server makes it a <div> for /dang-nhap. */
export function loginShellTemplate(): string {
  return `<template id="${LOGIN_SHELL_ID}"><div class="vd-card"><div class="vd-head"><h2>${html(uiApp.name)}</h2><p>${html(uiAuth.subtitle)}</p></div><form novalidate><label for="vd-shell-username">${html(uiAuth.username)}</label><input id="vd-shell-username" name="username" autocomplete="username" placeholder="${html(uiAuth.usernamePlaceholder)}" data-testid="login-username" autofocus><label for="vd-shell-password">${html(uiAuth.password)}</label><input id="vd-shell-password" name="password" type="password" autocomplete="current-password"><button type="submit" disabled>${html(uiAuth.submit)}</button></form></div></template>`;
}
