package org.citynet.durability;

/** What the child JVMs of the crash tests share: quiet logging and markers on stdout. */
final class ChildMain {

    private ChildMain() {
    }

    /** Logs at WARN on stderr (the CLI's configuration); must run before the first logger is made. */
    static void quietLogging() {
        System.setProperty("logback.configurationFile", "org/citynet/tools/cli/logback-cli.xml");
    }

    /** Prints a marker line and flushes it, so the test sees it before anything happens next. */
    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
