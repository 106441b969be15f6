// graph `custom`: node `progress` emits `total` (default 3) custom stream events
// {"step": i, "total": n} for i = 1..n via config.writer, then sets `finished`.
import { Annotation, END, START, StateGraph, type LangGraphRunnableConfig } from "@langchain/langgraph";

const State = Annotation.Root({
  total: Annotation<number>({ reducer: (_prev: number, next: number) => next, default: () => 3 }),
  finished: Annotation<boolean>({ reducer: (_prev: boolean, next: boolean) => next, default: () => false }),
});

export const graph = new StateGraph(State)
  .addNode("progress", (state: typeof State.State, config: LangGraphRunnableConfig) => {
    const total = state.total ?? 3;
    for (let step = 1; step <= total; step++) {
      config.writer?.({ step, total });
    }
    return { finished: true };
  })
  .addEdge(START, "progress")
  .addEdge("progress", END)
  .compile();
