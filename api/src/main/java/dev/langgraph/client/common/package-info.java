/**
 * Models and open enums shared by several resources: the {@code ApiObject} base, configs, checkpoints, commands and
 * interrupts.
 */
package dev.langgraph.client.common;
