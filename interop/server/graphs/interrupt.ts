// graph `interrupt`: prepare -> ask -> finish. `ask` pauses with
// interrupt({question: "Approve <topic>?", topic}); the run ends "success" while the
// thread becomes "interrupted". Resuming with {"command":{"resume":v}} stores v in
// `answer`, then `finish` sets `done`. Every node appends its name to `log`.
import { Annotation, END, START, StateGraph, interrupt } from "@langchain/langgraph";

const State = Annotation.Root({
  topic: Annotation<string>({ reducer: (_prev: string, next: string) => next, default: () => "unset" }),
  answer: Annotation<unknown>({ reducer: (_prev: unknown, next: unknown) => next, default: () => null }),
  done: Annotation<boolean>({ reducer: (_prev: boolean, next: boolean) => next, default: () => false }),
  log: Annotation<string[]>({ reducer: (prev: string[], next: string[]) => [...prev, ...next], default: () => [] }),
});

type S = typeof State.State;

export const graph = new StateGraph(State)
  .addNode("prepare", (_s: S) => ({ log: ["prepare"] }))
  .addNode("ask", (s: S) => {
    // A resumed node starts over from the top, so nothing is written before the
    // interrupt returns; otherwise `log` would get "ask" twice.
    const answer = interrupt({ question: `Approve ${s.topic}?`, topic: s.topic });
    return { answer, log: ["ask"] };
  })
  .addNode("finish", (_s: S) => ({ done: true, log: ["finish"] }))
  .addEdge(START, "prepare")
  .addEdge("prepare", "ask")
  .addEdge("ask", "finish")
  .addEdge("finish", END)
  .compile();
