// graph `slow`: slow_1 -> slow_2 -> slow_3. Each node waits `delay_ms` (from the input,
// else config.configurable.delay_ms, else 1000) and appends its name to `visited`.
// The wait stops on the run's abort signal so cancellation is prompt.
import { Annotation, END, START, StateGraph, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { abortableDelay } from "./util.js";

const State = Annotation.Root({
  delay_ms: Annotation<number | undefined>({
    reducer: (_prev: number | undefined, next: number | undefined) => next,
    default: () => undefined,
  }),
  visited: Annotation<string[]>({ reducer: (prev: string[], next: string[]) => [...prev, ...next], default: () => [] }),
});

const DEFAULT_DELAY_MS = 1000;

function delayFor(state: typeof State.State, config: LangGraphRunnableConfig): number {
  if (state.delay_ms != null) return state.delay_ms;
  const configured = Number(config.configurable?.delay_ms);
  return Number.isFinite(configured) ? configured : DEFAULT_DELAY_MS;
}

function sleeper(name: string) {
  return async (state: typeof State.State, config: LangGraphRunnableConfig) => {
    await abortableDelay(delayFor(state, config), config.signal);
    return { visited: [name] };
  };
}

export const graph = new StateGraph(State)
  .addNode("slow_1", sleeper("slow_1"))
  .addNode("slow_2", sleeper("slow_2"))
  .addNode("slow_3", sleeper("slow_3"))
  .addEdge(START, "slow_1")
  .addEdge("slow_1", "slow_2")
  .addEdge("slow_2", "slow_3")
  .addEdge("slow_3", END)
  .compile();
