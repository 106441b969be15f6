package dev.langgraph.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version, from the properties file the build writes; sent in the User-Agent. */
public final class SdkVersion {

    /** The version, or {@code unknown} when the file is missing (e.g. in an IDE without resource filtering). */
    public static final String VERSION = load();

    private SdkVersion() {
    }

    private static String load() {
        try (InputStream in = SdkVersion.class.getResourceAsStream("/dev/langgraph/client/sdk.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
