/** Cron models and enums: scheduled runs. */
package dev.langgraph.client.crons;
