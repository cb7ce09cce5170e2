package org.hexmall.bootstrap;

import org.slf4j.LoggerFactory;

/** {@code java -jar hexmall.jar}: reads the environment and starts hexmall. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        HexmallConfig config;
        try {
            config = HexmallConfig.fromEnvironment(System.getenv());
        } catch (ConfigurationException badSetting) {
            System.err.println("hexmall cannot start: " + badSetting.getMessage());
            System.exit(2);
            return;
        }
        HexmallApplication application;
        try {
            application = HexmallApplication.start(config);
        } catch (ConfigurationException badSetting) {
            // A setting found unusable only as it is used (the field key, the data folder): one line, as above.
            System.err.println("hexmall cannot start: " + badSetting.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException startFailed) {
            LoggerFactory.getLogger(Main.class).error("hexmall cannot start: {}", startFailed.getMessage(), startFailed);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(application::close, "hexmall-shutdown"));
        NativeHeap.trimFromNowOn();
    }
}
