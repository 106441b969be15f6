// graph `echo`: messages state, one node `echo` whose answer comes from the local
// EchoChatModel ("echo: <last human text>", streamed one word per chunk).
import { END, MessagesAnnotation, START, StateGraph } from "@langchain/langgraph";
import { EchoChatModel } from "./util.js";

const echoModel = new EchoChatModel();

async function echoNode(state: typeof MessagesAnnotation.State) {
  return { messages: [await echoModel.invoke(state.messages)] };
}

export const graph = new StateGraph(MessagesAnnotation)
  .addNode("echo", echoNode)
  .addEdge(START, "echo")
  .addEdge("echo", END)
  .compile();
