// Custom bearer-token auth for the interop "auth" server (auth/langgraph.json).
//
//   Authorization: Bearer alice-token -> "alice": threads:write, assistants:write, store
//   Authorization: Bearer bob-token   -> "bob":   threads:write
//   no header / other scheme / unknown token -> 401 + WWW-Authenticate: Bearer
//
// Threads (every action, create_run included) are filtered on metadata.owner, and
// create/update stamp the owner, so another user's thread looks missing (404).
// Assistants: read/search open to any authenticated user; create/update/delete need
// assistants:write (403 otherwise) and are owner-stamped/filtered.
// Store: needs "store" (403 otherwise) and namespace[0] must be the caller (403 otherwise).
import { Auth, HTTPException } from "@langchain/langgraph-sdk/auth";

interface Account {
  identity: string;
  display_name: string;
  permissions: string[];
}

const ACCOUNTS: Record<string, Account> = {
  "alice-token": { identity: "alice", display_name: "Alice", permissions: ["threads:write", "assistants:write", "store"] },
  "bob-token": { identity: "bob", display_name: "Bob", permissions: ["threads:write"] },
};

const BEARER = "bearer ";

function unauthorized(message: string): HTTPException {
  return new HTTPException(401, { message, headers: { "WWW-Authenticate": "Bearer" } });
}

function demand(permissions: string[] | undefined, permission: string): void {
  if (!permissions || !permissions.includes(permission)) {
    throw new HTTPException(403, { message: `Missing permission: ${permission}` });
  }
}

function stampOwner(value: unknown, owner: string): void {
  // Mutate in place: the server persists the very object it handed to the handler.
  const target = value as { metadata?: Record<string, unknown> | null };
  target.metadata ??= {};
  target.metadata.owner = owner;
}

export const auth = new Auth()
  .authenticate((request: Request) => {
    const header = request.headers.get("authorization");
    if (!header || !header.toLowerCase().startsWith(BEARER)) {
      throw unauthorized("Missing bearer token");
    }
    const account = ACCOUNTS[header.slice(BEARER.length).trim()];
    if (!account) {
      throw unauthorized("Invalid bearer token");
    }
    return { ...account, is_authenticated: true };
  })
  .on("threads", ({ action, value, user }) => {
    if (action === "create" || action === "update") stampOwner(value, user.identity);
    return { owner: user.identity };
  })
  .on("threads:create_run", ({ value, user }) => {
    stampOwner(value, user.identity);
    return { owner: user.identity };
  })
  .on("assistants:read", () => true)
  .on("assistants:search", () => true)
  .on(["assistants:create", "assistants:update", "assistants:delete"], ({ action, value, user, permissions }) => {
    demand(permissions, "assistants:write");
    if (action === "create" || action === "update") stampOwner(value, user.identity);
    return { owner: user.identity };
  })
  .on("store", ({ value, user, permissions }) => {
    demand(permissions, "store");
    const namespace = (value as { namespace?: string[] | null }).namespace;
    if (namespace && namespace.length > 0 && namespace[0] !== user.identity) {
      throw new HTTPException(403, { message: "Namespace must start with the caller's identity" });
    }
    return undefined;
  });
