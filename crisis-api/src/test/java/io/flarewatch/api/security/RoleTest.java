package io.flarewatch.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which role includes which: a ladder from viewer to admin, and source on its own. */
class RoleTest {

    @Test
    void eachRoleOfTheLadderIncludesTheOnesBelowIt() {
        assertTrue(Role.ADMIN.includes(Role.RESPONDER));
        assertTrue(Role.RESPONDER.includes(Role.VIEWER));
        assertFalse(Role.VIEWER.includes(Role.RESPONDER));
    }

    @Test
    void aSourceKeyIncludesNoOtherRoleAndNoOtherRoleIncludesIt() {
        for (Role role : Role.values()) {
            assertEquals(role == Role.SOURCE, Role.SOURCE.includes(role), "source includes " + role);
            assertEquals(role == Role.SOURCE, role.includes(Role.SOURCE), role + " includes source");
        }
        assertEquals(Optional.of(Role.SOURCE), Role.fromWireName(" Source "));
    }
}
