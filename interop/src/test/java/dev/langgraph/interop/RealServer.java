package dev.langgraph.interop;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Selects which server a parameter resolved by {@link RealServerExtension} refers to. Without it, a
 * {@link ServerEndpoint} parameter gets the {@link ServerConfig#DEFAULT} server; {@code String} and
 * {@link java.net.URI} parameters must carry it to receive a base URL.
 *
 * <pre>{@code
 * @Test
 * void ownerFilter(@RealServer(ServerConfig.AUTH) ServerEndpoint auth, @RealServer String defaultUrl) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface RealServer {

    /**
     * The server configuration.
     *
     * @return the configuration, {@link ServerConfig#DEFAULT} unless given
     */
    ServerConfig value() default ServerConfig.DEFAULT;
}
