// graph `subgraph`: before -> inner -> after, where `inner` is a compiled child graph
// inner_1 -> inner_2. `trail` is last-value and shared with the child; each node
// writes the list plus its own name, so {"trail":["start"]} ends as
// ["start","before","inner_1","inner_2","after"]. inner_2 also emits a custom event
// so tests can see child-graph custom output (namespaced with stream_subgraphs).
import { Annotation, END, START, StateGraph, type LangGraphRunnableConfig } from "@langchain/langgraph";

const State = Annotation.Root({
  trail: Annotation<string[]>({ reducer: (_prev: string[], next: string[]) => next, default: () => [] }),
});

type S = typeof State.State;

function mark(name: string) {
  return (s: S) => ({ trail: [...(s.trail ?? []), name] });
}

const child = new StateGraph(State)
  .addNode("inner_1", mark("inner_1"))
  .addNode("inner_2", (s: S, config: LangGraphRunnableConfig) => {
    config.writer?.({ from: "inner_2", note: "custom event from the child graph" });
    return mark("inner_2")(s);
  })
  .addEdge(START, "inner_1")
  .addEdge("inner_1", "inner_2")
  .addEdge("inner_2", END)
  .compile();

export const graph = new StateGraph(State)
  .addNode("before", mark("before"))
  .addNode("inner", child)
  .addNode("after", mark("after"))
  .addEdge(START, "before")
  .addEdge("before", "inner")
  .addEdge("inner", "after")
  .addEdge("after", END)
  .compile();
