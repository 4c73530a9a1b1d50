package io.flarewatch.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule table: the role each method and path needs ("open" for none). */
class AccessPolicyTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /q/health                         | open
            GET    | /q/health/ready                   | open
            GET    | /q/metrics                        | open
            GET    | /q/openapi                        | open
            GET    | /q/swagger-ui/index.html          | open
            GET    | /q/dev-ui                         | admin
            GET    | /console/                         | open
            GET    | /console/js/app.js                | open
            GET    | /console/alerts/a1                | open
            POST   | /console/alerts/a1                | admin
            GET    | /consoles                         | admin
            GET    | /session                          | viewer
            POST   | /session                          | admin
            GET    | /q/healthz                        | admin
            GET    | /brands                           | viewer
            GET    | /brands/                          | viewer
            HEAD   | /brands/zabka                     | viewer
            GET    | /brands/zabka/mentions            | viewer
            GET    | /brands/zabka/ambassadors         | viewer
            GET    | /brands/zabka/notifications       | viewer
            POST   | /brands/preview                   | viewer
            POST   | /brands                           | admin
            PUT    | /brands/zabka                     | admin
            DELETE | /brands/zabka                     | admin
            PUT    | /brands/zabka/notifications       | admin
            POST   | /brands/zabka/preview             | admin
            GET    | /mentions                         | viewer
            GET    | /mentions?brandId=zabka           | viewer
            POST   | /mentions                         | admin
            GET    | /alerts                           | viewer
            GET    | /alerts/stream                    | viewer
            GET    | /alerts/a1                        | viewer
            GET    | /alerts/a1/notifications          | viewer
            POST   | /alerts/a1/acknowledge            | responder
            POST   | /alerts/a1/assign                 | responder
            POST   | /alerts/a1/notes                  | responder
            POST   | /alerts/a1/resolve                | responder
            POST   | /alerts/a1/reopen                 | responder
            post   | /alerts/a1/reopen                 | responder
            PUT    | /alerts/a1/notes                  | admin
            POST   | /alerts/a1/notifications          | admin
            POST   | /alerts/a1/acknowledge/extra      | admin
            DELETE | /alerts/a1                        | admin
            GET    | /authors/twitter/88               | viewer
            POST   | /authors/twitter/88               | admin
            GET    | /sources                          | viewer
            GET    | /sources/rss:onet-biznes          | viewer
            PUT    | /sources/rss:onet-biznes          | admin
            DELETE | /sources/rss:onet-biznes          | admin
            POST   | /sources                          | admin
            GET    | /keys                             | admin
            POST   | /keys                             | admin
            DELETE | /keys/k1                          | admin
            GET    | /stats                            | admin
            GET    | /                                 | open
            POST   | /                                 | admin
            GET    | /brandsx                          | admin
            GET    | /brands/../keys                   | admin
            GET    | /brands/..                        | admin
            GET    | /brands//x                        | admin
            GET    | /brands;x=1                       | admin
            POST   | /alerts/a1;x=1/acknowledge        | admin
            """)
    void eachRequestNeedsItsRole(String method, String path, String expected) {
        String cleanPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Optional<Role> needed = AccessPolicy.requiredRole(method, cleanPath);
        assertEquals(expected, needed.map(Role::wireName).orElse("open"));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            fw_abc   | null                | fw_abc
            null     | Bearer fw_abc       | fw_abc
            null     | bearer   fw_abc     | fw_abc
            null     | Basic Zm9vOmJhcg==  | null
            null     | Bearer              | null
            '  '     | null                | null
            fw_one   | Bearer fw_two       | fw_one
            """)
    void theKeyComesFromEitherHeader(String apiKey, String authorization, String expected) {
        assertEquals(Optional.ofNullable(expected), ApiKeyCredentials.presented(apiKey, authorization));
    }
}
