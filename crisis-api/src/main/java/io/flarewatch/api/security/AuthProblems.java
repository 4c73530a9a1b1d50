package io.flarewatch.api.security;

import io.flarewatch.api.rest.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The 401 and 403 answers, as problem details that never repeat the key a request sent. */
final class AuthProblems {

    static final String CHALLENGE = "Bearer realm=\"flarewatch\"";

    private AuthProblems() {}

    /** 401: no key, or a key that is unknown or revoked. */
    static Response unauthorized(String detail) {
        return Response.status(401)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .entity(new Problem(
                        "https://flarewatch.io/problems/unauthorized",
                        "Unauthorized",
                        401,
                        detail + "; send an API key in the " + ApiKeyCredentials.HEADER
                                + " header or as Authorization: Bearer <key>",
                        List.of()))
                .build();
    }

    /** 403: a valid key whose role is too low. */
    static Response forbidden(Role needed, Role has) {
        return Response.status(403)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(
                        "https://flarewatch.io/problems/forbidden",
                        "Forbidden",
                        403,
                        "this request needs the role " + needed.wireName() + "; the API key has the role "
                                + has.wireName(),
                        List.of()))
                .build();
    }
}
