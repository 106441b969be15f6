/** The fake server's implementation. Not an API: anything here may change without notice. */
package dev.langgraph.testkit.internal;
