/**
 * Implementation of the HttpClient 5 transport. Not public API: these classes may change in any release.
 */
package dev.langgraph.transport.httpclient5.internal;
