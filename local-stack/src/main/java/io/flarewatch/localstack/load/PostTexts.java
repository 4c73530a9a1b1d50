package io.flarewatch.localstack.load;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Texts of posts as many different people write them: a complaint or an ordinary remark is put together from
 * independent parts (what happened, what support did, how it feels) and a personal detail (an order number, a
 * day, a town, an amount). Ingest links a text posted again to its first post and alert-service counts a story
 * once, so a load made of a few templates would be a few stories, and a storm of them would hardly be seen.
 */
final class PostTexts {

    private static final Language POLISH = new Language(
            List.of(
                    "%s od trzech tygodni nie oddaje pieniędzy za zwrot",
                    "paczka z %s zaginęła i nikt nic nie wie",
                    "%s oszukał mnie na fakturze za ostatni miesiąc",
                    "kurier %s nie przyjechał już piąty dzień z rzędu",
                    "aplikacja %s znowu nie działa po aktualizacji",
                    "%s zablokował mi konto bez żadnego powodu",
                    "%s przysłał uszkodzony towar w podartym kartonie",
                    "%s naliczył mi podwójną opłatę za jedną usługę"),
            List.of(
                    "infolinia w ogóle nie odbiera",
                    "reklamację odrzucili bez słowa wyjaśnienia",
                    "na czacie odpowiada tylko automat",
                    "nikt nie oddzwonił mimo obietnic",
                    "obsługa zrzuca całą winę na mnie",
                    "mail wrócił bez żadnej odpowiedzi",
                    "konsultant po prostu się rozłączył",
                    "na zwrot czekam bez końca"),
            List.of(
                    "Skandal!",
                    "Totalna porażka.",
                    "Nigdy więcej.",
                    "Jestem wściekła.",
                    "Kompromitacja.",
                    "Odradzam wszystkim.",
                    "Żenada i tyle.",
                    "Mam dość."),
            List.of(
                    "zamówiłam dziś w %s i czekam na dostawę",
                    "%s ma nową aplikację do śledzenia paczek",
                    "paczka od %s przyszła zgodnie z planem",
                    "ktoś wie, do której otwarty jest punkt %s",
                    "w %s trwa promocja do końca tygodnia",
                    "odebrałem przesyłkę %s w paczkomacie",
                    "%s zmienił godziny pracy infolinii",
                    "koleżanka poleciła mi usługi %s"),
            List.of(
                    "zobaczymy jak pójdzie",
                    "całkiem wygodne rozwiązanie",
                    "wszystko w porządku",
                    "może komuś się przyda",
                    "warto sprawdzić",
                    "na razie bez uwag",
                    "dam znać później",
                    "tak dla informacji"),
            List.of("Kraków", "Gdańsk", "Poznań", "Wrocław", "Łódź", "Lublin", "Katowice", "Szczecin", "Rzeszów"),
            List.of(
                    "stycznia",
                    "lutego",
                    "marca",
                    "kwietnia",
                    "maja",
                    "czerwca",
                    "lipca",
                    "sierpnia",
                    "września",
                    "października",
                    "listopada",
                    "grudnia"),
            "%s, %s. Zamówienie nr %d z %d %s, %s, kwota %d zł, numer klienta %d.",
            "Dzień %d %s, %s: %s (nr %d), %s, godzina %d:%02d.");

    private static final Language ENGLISH = new Language(
            List.of(
                    "%s has not refunded my money for three weeks",
                    "my parcel from %s got lost and nobody knows anything",
                    "%s overcharged me on last month's invoice",
                    "the %s courier has not shown up for five days",
                    "the %s app is broken again after the update",
                    "%s locked my account for no reason at all",
                    "%s sent me damaged goods in a torn box",
                    "%s charged me twice for a single service"),
            List.of(
                    "the hotline never answers",
                    "my complaint was rejected without a word",
                    "the chat only gives canned replies",
                    "nobody called back despite promises",
                    "support keeps blaming me for everything",
                    "my email bounced with no answer",
                    "the agent simply hung up on me",
                    "the refund never seems to come"),
            List.of(
                    "Disgraceful!",
                    "Total failure.",
                    "Never again.",
                    "I am furious.",
                    "Embarrassing.",
                    "Avoid them.",
                    "Pathetic, really.",
                    "I have had enough."),
            List.of(
                    "just ordered from %s and waiting for delivery",
                    "%s has a new parcel tracking app",
                    "my parcel from %s arrived as planned",
                    "does anyone know when the %s shop closes",
                    "%s runs a sale until the end of the week",
                    "picked up my %s parcel from the locker",
                    "%s changed its hotline opening hours",
                    "a friend recommended %s to me"),
            List.of(
                    "we will see how it goes",
                    "quite a handy solution",
                    "everything is fine so far",
                    "maybe useful for someone",
                    "worth a look",
                    "no remarks for now",
                    "will report back later",
                    "just for your information"),
            List.of("Leeds", "Bristol", "Glasgow", "Cardiff", "Dublin", "Boston", "Denver", "Toronto", "Sheffield"),
            List.of(
                    "January",
                    "February",
                    "March",
                    "April",
                    "May",
                    "June",
                    "July",
                    "August",
                    "September",
                    "October",
                    "November",
                    "December"),
            "%s, %s. Order no %d of %d %s, %s, amount %d dollars, customer number %d.",
            "Day %d of %s, %s: %s (ref %d), %s, time %d:%02d.");

    private PostTexts() {}

    /** A complaint about {@code brand}, in Polish or English. */
    static String complaint(String brand, boolean polish, SplittableRandom random) {
        Language language = polish ? POLISH : ENGLISH;
        String what = pick(language.problems(), random).formatted(brand);
        return capitalised(language.complaintForm()
                        .formatted(
                                what,
                                pick(language.support(), random),
                                10_000 + random.nextInt(90_000),
                                1 + random.nextInt(28),
                                pick(language.months(), random),
                                pick(language.towns(), random),
                                20 + random.nextInt(2_000),
                                100_000 + random.nextInt(900_000)))
                + " " + pick(language.feelings(), random);
    }

    /** An ordinary remark about {@code brand}, in Polish or English. */
    static String ordinary(String brand, boolean polish, SplittableRandom random) {
        Language language = polish ? POLISH : ENGLISH;
        return language.ordinaryForm()
                .formatted(
                        1 + random.nextInt(28),
                        pick(language.months(), random),
                        pick(language.towns(), random),
                        pick(language.remarks(), random).formatted(brand),
                        1_000 + random.nextInt(9_000),
                        pick(language.comments(), random),
                        7 + random.nextInt(15),
                        random.nextInt(60));
    }

    private static String pick(List<String> options, SplittableRandom random) {
        return options.get(random.nextInt(options.size()));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private record Language(
            List<String> problems,
            List<String> support,
            List<String> feelings,
            List<String> remarks,
            List<String> comments,
            List<String> towns,
            List<String> months,
            String complaintForm,
            String ordinaryForm) {}
}
