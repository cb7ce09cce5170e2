package org.hexmall.bootstrap;

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
        HexmallApplication application = HexmallApplication.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(application::close, "hexmall-shutdown"));
    }
}
