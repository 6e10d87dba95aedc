import { LOGIN_SHELL_ID } from './login-shell';

export type ShellInput = { username: string; password: string; focused: 'username' | 'password' | null };

/** Whether the page still shows the server's plain-HTML login form (a first load of /dang-nhap). */
export function hasLoginShell(doc: Document = document): boolean {
  return doc.getElementById(LOGIN_SHELL_ID)?.tagName === 'DIV';
}

/**
 * Removes the server's plain-HTML login form (login-shell.ts) and returns what was typed into it
 * and which field had the cursor; null when the page came without it (a client-side navigation).
 */
export function takeOverLoginShell(doc: Document = document): ShellInput | null {
  const shell = doc.getElementById(LOGIN_SHELL_ID);
  if (!shell || !hasLoginShell(doc)) return null;
  const field = (name: string) => shell.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  const username = field('username');
  const password = field('password');
  const active = doc.activeElement;
  const focused = active === username ? 'username' : active === password ? 'password' : null;
  const typed = { username: username?.value ?? '', password: password?.value ?? '', focused } as const;
  shell.remove();
  return typed;
}
