package io.flarewatch.api.console;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the web console's page for each of its addresses ({@code /console/alerts/<id>}, {@code /console/brands},
 * ...), so that a notification's link or a reload opens the right view, and sends {@code /} to the console. The
 * page itself, its scripts and styles are static files under {@code META-INF/resources/console}.
 */
@ApplicationScoped
public class ConsoleRoutes {

    /** The console's views; each is drawn by the same page, which reads the address. */
    static final String VIEWS = "/console/(alerts|mentions|brands|figures|keys|authors)(/.*)?";

    static final String PAGE = "/console/index.html";

    void register(@Observes Router router) {
        router.routeWithRegex(HttpMethod.GET, VIEWS).handler(context -> context.reroute(PAGE));
        router.route(HttpMethod.GET, "/").handler(context -> context.redirect("/console/"));
    }
}
