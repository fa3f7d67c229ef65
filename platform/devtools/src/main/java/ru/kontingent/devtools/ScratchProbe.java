package ru.kontingent.devtools;
public class ScratchProbe {
    public static void main(String[] a) throws Exception {
        ClassLoader cl = ScratchProbe.class.getClassLoader();
        System.err.println("loader " + cl);
        if (a.length > 0) { Database d = DatabaseLauncher.start(null); d.close(); }
        try { Class.forName("org.jboss.logging.BasicLogger", true, cl); System.err.println("BasicLogger ok"); } catch (Throwable t) { t.printStackTrace(); }
        try { Class.forName("io.smallrye.config._private.ConfigLogging", true, cl); System.err.println("ConfigLogging ok"); } catch (Throwable t) { t.printStackTrace(); }
    }
}
