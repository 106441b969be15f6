// graph `counter`: add_a -> add_b -> add_c. Each node adds `step` (default 1) to
// `count` and appends its own name to `visited`, so {"count":0} finishes as
// {"count":3,"step":1,"visited":["add_a","add_b","add_c"]} with one update per node.
import { Annotation, END, START, StateGraph } from "@langchain/langgraph";

const State = Annotation.Root({
  count: Annotation<number>({ reducer: (_prev: number, next: number) => next, default: () => 0 }),
  step: Annotation<number>({ reducer: (_prev: number, next: number) => next, default: () => 1 }),
  visited: Annotation<string[]>({ reducer: (prev: string[], next: string[]) => [...prev, ...next], default: () => [] }),
});

function adder(name: string) {
  return (state: typeof State.State) => ({ count: state.count + (state.step ?? 1), visited: [name] });
}

export const graph = new StateGraph(State)
  .addNode("add_a", adder("add_a"))
  .addNode("add_b", adder("add_b"))
  .addNode("add_c", adder("add_c"))
  .addEdge(START, "add_a")
  .addEdge("add_a", "add_b")
  .addEdge("add_b", "add_c")
  .addEdge("add_c", END)
  .compile();
