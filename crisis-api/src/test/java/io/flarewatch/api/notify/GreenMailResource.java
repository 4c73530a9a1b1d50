package io.flarewatch.api.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.flarewatch.localstack.testing.FreePorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/** Starts a real SMTP server (GreenMail) on a free port for a {@code @QuarkusTest} and points the mailer at it. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    /** Marks the test field that gets the running GreenMail. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectGreenMail {}

    private GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        int port = FreePorts.next();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(
                greenMail, new TestInjector.AnnotatedAndMatchesType(InjectGreenMail.class, GreenMail.class));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
