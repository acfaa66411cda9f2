import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { newBookmarks, withStatementScope } from "../graph/executor.js";
const scopes = new AsyncLocalStorage();
function currentRequest() {
  return scopes.getStore();
}
function runInScope(scope, next) {
  return scopes.run(scope, () => withStatementScope(scope.statements, next));
}
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
function requestIdOf(req) {
  const given = req.get("x-request-id");
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}
const BOOKMARK = /^[A-Za-z0-9+/=:_-]{1,512}$/;
const MAX_BOOKMARKS = 16;
function bookmarksFrom(req) {
  const header = req.get("x-skein-bookmarks");
  if (!header) return newBookmarks();
  const list = header.split(",").map((b) => b.trim()).filter(Boolean);
  if (list.length > MAX_BOOKMARKS || !list.every((b) => BOOKMARK.test(b))) return void 0;
  return newBookmarks(list);
}
export {
  bookmarksFrom,
  currentRequest,
  requestIdOf,
  runInScope
};
