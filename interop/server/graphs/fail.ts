// graph `fail`: `ok` appends "ok" to `visited`, then `boom` throws
// PeerGraphError("peer graph failed on purpose"). The error name and message are part
// of what the Java tests assert (run status "error", stream `error` event).
import { Annotation, END, START, StateGraph } from "@langchain/langgraph";

class PeerGraphError extends Error {
  constructor(message: string) {
    super(message);
    // The server reports `error.name` as the error type, so it must not stay "Error".
    this.name = "PeerGraphError";
  }
}

const State = Annotation.Root({
  visited: Annotation<string[]>({ reducer: (prev: string[], next: string[]) => [...prev, ...next], default: () => [] }),
});

function explode(): { visited: string[] } {
  throw new PeerGraphError("peer graph failed on purpose");
}

export const graph = new StateGraph(State)
  .addNode("ok", () => ({ visited: ["ok"] }))
  .addNode("boom", explode)
  .addEdge(START, "ok")
  .addEdge("ok", "boom")
  .addEdge("boom", END)
  .compile();
