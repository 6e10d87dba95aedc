// What the server composes of the upper level (docs/interop.md): the proposal page's view of its
// package sent up, and the handler of the upper level's replies; the routes are mounted in app.ts.
export { upperLevelReplyHandler } from './upper-level-replies';
export { readUpperLevel } from './upper-level-view';
