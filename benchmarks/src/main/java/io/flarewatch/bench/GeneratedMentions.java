package io.flarewatch.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Distinct tweet-length mentions made by combining the team's openings, subjects, verdicts and endings. */
final class GeneratedMentions {

    private static final List<List<String>> POLISH = List.of(
            List.of("", "Kurierex", "@telkomo", "Finbank", "Zielonomarket", "Brightcell", "Paczkex", "Biedronka"),
            List.of(
                    "paczka",
                    "kurier",
                    "infolinia",
                    "aplikacja",
                    "dostawa",
                    "obsługa",
                    "reklamacja",
                    "zamówienie",
                    "faktura",
                    "sklep",
                    "przelew",
                    "internet"),
            List.of(
                    "znowu nie działa",
                    "przyszła na czas",
                    "jest świetna",
                    "nie odbiera od rana",
                    "była miła",
                    "dalej nie doszła",
                    "działa bez zarzutu",
                    "to porażka",
                    "przyszła uszkodzona",
                    "jest w drodze",
                    "od tygodnia czeka",
                    "otwarta do 20"),
            List.of("", "!!!", " 😡", " :)", ", dzięki", ", nie polecam", " #porażka", "?", ", polecam", " serio"));
    private static final List<List<String>> ENGLISH = List.of(
            List.of("", "Kurierex", "@telkomo", "Finbank", "Greenmart", "Brightcell", "Paczkex", "Tesco"),
            List.of(
                    "my parcel",
                    "the driver",
                    "the helpline",
                    "the app",
                    "delivery",
                    "customer service",
                    "my refund",
                    "the order",
                    "the bill",
                    "the store",
                    "the transfer",
                    "the internet"),
            List.of(
                    "is down again",
                    "arrived on time",
                    "is brilliant",
                    "never answers",
                    "was lovely",
                    "still hasn't arrived",
                    "works perfectly",
                    "is a joke",
                    "came damaged",
                    "is on its way",
                    "has taken a week",
                    "opens at 9"),
            List.of("", "!!!", " 😡", " :)", ", thanks", ", avoid", " #fail", "?", ", recommended", " seriously"));

    private GeneratedMentions() {}

    static List<String> of(String language, int count, Random random) {
        List<List<String>> parts = "pl".equals(language) ? POLISH : ENGLISH;
        Set<String> texts = new LinkedHashSet<>();
        int attempts = 0;
        while (texts.size() < count && attempts++ < count * 20) {
            StringBuilder text = new StringBuilder();
            for (List<String> part : parts) {
                String piece = part.get(random.nextInt(part.size()));
                if (!piece.isEmpty()
                        && !text.isEmpty()
                        && !piece.startsWith(",")
                        && !piece.startsWith(" ")
                        && !piece.equals("?")
                        && !piece.equals("!!!")) {
                    text.append(' ');
                }
                text.append(piece);
            }
            texts.add(text.toString().strip() + " " + random.nextInt(1000));
        }
        return List.copyOf(texts);
    }
}
