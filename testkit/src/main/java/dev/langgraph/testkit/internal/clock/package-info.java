/** Time: the server's source of instants and its timers (wall clock or a test's manual clock). */
package dev.langgraph.testkit.internal.clock;
