package io.flarewatch.localstack.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flarewatch.events.EventJson;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes realistic mentions as ingest's JSON: Polish and English, spread over brands (a few brands get most of
 * them, as in life), from many authors with a long tail of followers, a chosen share of complaints, and during
 * a storm a burst of complaints about one brand.
 */
public final class MentionGenerator {

    private static final String[] SOURCES = {"twitter", "facebook", "forum", "news", "reviews", "instagram"};
    private static final String[] PL_COMPLAINTS = {
        "%s od 3 tygodni nie oddaje pieniędzy, infolinia nie odbiera. Skandal!",
        "Znowu awaria w %s, paczka zaginęła i nikt nic nie wie",
        "Nigdy więcej %s, obsługa klienta to porażka, żądam zwrotu",
        "%s oszukał mnie na fakturze, reklamacja odrzucona bez powodu",
        "Czekam na kuriera %s już piąty dzień, totalna kompromitacja"
    };
    private static final String[] PL_ORDINARY = {
        "Zamówiłam dziś w %s, zobaczymy jak pójdzie z dostawą",
        "%s ma nową aplikację, całkiem wygodna",
        "Dzięki %s paczka była na czas, polecam",
        "Ktoś wie, do której otwarty punkt %s w Krakowie?",
        "Promocja w %s do końca tygodnia, warto sprawdzić"
    };
    private static final String[] EN_COMPLAINTS = {
        "%s charged me twice and support has ignored me for two weeks. Terrible!",
        "My %s order never arrived, worst service ever, I want a refund",
        "%s outage again, third time this month, cancelling my contract",
        "Do not trust %s, they lost my parcel and blame me",
        "Still waiting for %s to fix my account, absolutely awful"
    };
    private static final String[] EN_ORDINARY = {
        "Just ordered from %s, let's see how fast it ships",
        "%s released a new app update today, looks fine",
        "Thanks %s, the delivery came early, great job",
        "Does anyone know if %s is open on Sunday?",
        "%s has a sale this week, might be worth a look"
    };

    /**
     * Openings and closings around a template, so that people using the same template still write different texts:
     * ingest links a text posted again to its first post and alert-service counts a story once, so a template alone
     * would make a storm of one story per template.
     */
    private static final String[] PL_OPENINGS = {
        "Serio?",
        "No pięknie.",
        "Ludzie, uwaga:",
        "Muszę to napisać:",
        "Kolejny raz to samo.",
        "Hej,",
        "Szczerze:",
        "Krótko:"
    };

    private static final String[] PL_CLOSINGS = {
        "Zobaczymy, co dalej.", "Piszę to już drugi raz.", "Dajcie znać, czy też tak macie.", "Tyle ode mnie.",
        "Pozdrawiam z Gdańska.", "Nie wiem, co o tym myśleć.", "Sprawdzę jutro jeszcze raz.",
                "Tak było wczoraj wieczorem."
    };
    private static final String[] EN_OPENINGS = {
        "Seriously?",
        "Well then.",
        "Heads up, people:",
        "I have to say this:",
        "Same story again.",
        "Hey,",
        "Honestly:",
        "Quick one:"
    };
    private static final String[] EN_CLOSINGS = {
        "We will see what happens next.",
        "Writing this for the second time.",
        "Tell me if you have the same.",
        "That is all from me.",
        "Greetings from Leeds.",
        "Not sure what to think.",
        "Will check again tomorrow.",
        "This was last night."
    };

    private final List<LoadBrand> brands;
    private final int authors;
    private final double complaintShare;
    private final String runId;
    private final SplittableRandom random;

    /** A generator for one run; {@code runId} makes every source id of the run unique. */
    public MentionGenerator(List<LoadBrand> brands, int authors, double complaintShare, String runId, long seed) {
        this.brands = brands;
        this.authors = authors;
        this.complaintShare = complaintShare;
        this.runId = runId;
        this.random = new SplittableRandom(seed);
    }

    /** The run's prefix of every source id, for finding its mentions in PostgreSQL. */
    public String sourceIdPrefix() {
        return runId + "-";
    }

    /**
     * Mention {@code seq} as one NDJSON line; when {@code stormBrand} is not null, {@code stormShare} of the
     * mentions are complaints about it.
     */
    public synchronized String next(long seq, LoadBrand stormBrand, double stormShare, Instant now) {
        boolean storm = stormBrand != null && random.nextDouble() < stormShare;
        LoadBrand brand = storm ? stormBrand : pickBrand();
        boolean complaint = storm || random.nextDouble() < complaintShare;
        boolean polish = random.nextDouble() < 0.6;
        String[] texts = polish ? (complaint ? PL_COMPLAINTS : PL_ORDINARY) : (complaint ? EN_COMPLAINTS : EN_ORDINARY);
        int author = pickAuthor();
        ObjectNode json = EventJson.mapper().createObjectNode();
        json.put("source", SOURCES[random.nextInt(SOURCES.length)]);
        json.put("sourceId", sourceIdPrefix() + seq);
        json.putObject("author")
                .put("id", "a" + author)
                .put("name", (polish ? "user_pl_" : "user_en_") + author)
                .put("followers", followers(author));
        json.put("language", polish ? "pl" : "en");
        String[] openings = polish ? PL_OPENINGS : EN_OPENINGS;
        String[] closings = polish ? PL_CLOSINGS : EN_CLOSINGS;
        json.put(
                "text",
                openings[random.nextInt(openings.length)] + " "
                        + texts[random.nextInt(texts.length)].formatted(brand.name()) + " "
                        + closings[random.nextInt(closings.length)]);
        json.put("publishedAt", now.minusMillis(random.nextInt(5_000)).toString());
        return json.toString();
    }

    /** Zipf-like: brand i is picked with weight 1/(i+1), so the first few get most mentions. */
    private LoadBrand pickBrand() {
        double total = 0;
        for (int i = 0; i < brands.size(); i++) {
            total += 1.0 / (i + 1);
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < brands.size(); i++) {
            target -= 1.0 / (i + 1);
            if (target <= 0) {
                return brands.get(i);
            }
        }
        return brands.get(brands.size() - 1);
    }

    private int pickAuthor() {
        // squaring skews towards low numbers: a few authors write a lot, most write once or twice
        double u = random.nextDouble();
        return (int) (u * u * authors);
    }

    private static long followers(int author) {
        // a long tail that is the same for the same author: most have tens, a few have hundreds of thousands
        long hash = (author * 2_654_435_761L) & 0xffff;
        return Math.round(Math.pow(10, 1 + 4.5 * (hash / 65_535.0) * (hash / 65_535.0)));
    }
}
