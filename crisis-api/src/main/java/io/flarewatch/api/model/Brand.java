package io.flarewatch.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A brand the PR team watches. */
@Entity
@Table(name = "brand")
public class Brand {

    @Id
    public String id;

    public String name;
    public String query;
    /** Comma-separated language codes; empty means every language. */
    public String languages;

    public String sensitivity;

    @Column(name = "mute_hours")
    public String muteHours;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The languages as a list (they are stored comma-separated). */
    public List<String> languageList() {
        return languages == null || languages.isBlank() ? List.of() : Arrays.asList(languages.split(","));
    }
}
