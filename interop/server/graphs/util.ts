// Helpers shared by the interop graphs. Nothing here touches the network or a
// real model, so every run is reproducible and the Java tests can assert exact output.
import { BaseChatModel, type BaseChatModelParams } from "@langchain/core/language_models/chat_models";
import { AIMessage, AIMessageChunk, type BaseMessage } from "@langchain/core/messages";
import { ChatGenerationChunk, type ChatResult } from "@langchain/core/outputs";
import type { CallbackManagerForLLMRun } from "@langchain/core/callbacks/manager";

/**
 * Waits `ms` milliseconds. Rejects as soon as `signal` aborts, because the server
 * cancels runs through that signal and tests expect a cancel to take effect at once,
 * not after the remaining delay.
 */
export function abortableDelay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason ?? new Error("aborted"));
      return;
    }
    const onAbort = () => {
      clearTimeout(handle);
      reject(signal?.reason ?? new Error("aborted"));
    };
    const handle = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Plain text of a message; content may be a string or a list of content blocks. */
export function messageText(message: BaseMessage | undefined): string {
  if (!message) return "";
  const { content } = message;
  if (typeof content === "string") return content;
  let text = "";
  for (const block of content) {
    if (typeof block === "string") text += block;
    else if ("text" in block && typeof block.text === "string") text += block.text;
  }
  return text;
}

/**
 * Stand-in chat model: replies "echo: <text of the latest human message>".
 * Streaming yields one chunk per word (each chunk keeps its trailing space, so the
 * chunks join back to the full reply); that gives the server real token events
 * for the `messages-tuple` / `messages` stream modes.
 */
export class EchoChatModel extends BaseChatModel {
  constructor(fields: BaseChatModelParams = {}) {
    super(fields);
  }

  _llmType(): string {
    return "interop-echo";
  }

  private reply(messages: BaseMessage[]): string {
    let latestHuman: BaseMessage | undefined;
    for (let i = messages.length - 1; i >= 0 && !latestHuman; i--) {
      if (messages[i].getType() === "human") latestHuman = messages[i];
    }
    return `echo: ${messageText(latestHuman)}`;
  }

  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const text = this.reply(messages);
    return { generations: [{ text, message: new AIMessage(text) }] };
  }

  async *_streamResponseChunks(
    messages: BaseMessage[],
    _options: this["ParsedCallOptions"],
    runManager?: CallbackManagerForLLMRun
  ): AsyncGenerator<ChatGenerationChunk> {
    const words = this.reply(messages).split(/(?<= )/);
    for (const word of words) {
      const chunk = new ChatGenerationChunk({ text: word, message: new AIMessageChunk({ content: word }) });
      yield chunk;
      // The callback is what turns a chunk into a streamed token event on the server.
      await runManager?.handleLLMNewToken(word, undefined, undefined, undefined, undefined, { chunk });
    }
  }
}
