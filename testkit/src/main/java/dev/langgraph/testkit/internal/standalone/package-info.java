/** The command line of the standalone jar: arguments, usage and exit codes. */
package dev.langgraph.testkit.internal.standalone;
