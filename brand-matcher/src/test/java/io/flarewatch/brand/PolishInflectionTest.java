package io.flarewatch.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ten Polish brands, each with the query a PR person would write for it, against sentences people really post:
 * declined names, missing diacritics, shouting, and the traps (the insect, the verb "play", "lot" as a flight).
 */
class PolishInflectionTest {

    /** The queries, as a PR team would save them. */
    static final Map<String, String> QUERIES = Map.of(
            "biedronka", "biedronka -(owad* OR kropk* OR liść* OR ogród* OR mszyc*)",
            "zabka", "żabka -(żaba OR staw* OR rechot* OR liść*)",
            "orlen", "orlen",
            "allegro", "allegro -(tempo OR symfoni* OR sonat* OR \"ma non troppo\")",
            "inpost", "inpost OR paczkomat*",
            "mbank", "mbank",
            "pko", "=PKO OR \"pko bp\"",
            "lot", "=LOT OR \"polskie linie lotnicze\"",
            "play",
                    "\"sieć play\" OR (=Play AND (operator* OR abonament* OR zasięg* OR internet* OR rachun* OR salon* OR sieć))",
            "empik", "empik");

    private static BrandMatcher matcher;

    @BeforeAll
    static void registerBrands() throws Exception {
        matcher = new BrandMatcher();
        for (Map.Entry<String, String> brand : QUERIES.entrySet()) {
            matcher.upsert(brand.getKey(), BrandQuery.parse(brand.getValue()));
        }
    }

    @AfterAll
    static void close() throws Exception {
        matcher.close();
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "biedronka | Byłam dziś w Biedronce i nie było chleba | true",
                "biedronka | Biedronka znowu podniosła ceny masła | true",
                "biedronka | Promocja w biedronce na kawę, biegnę | true",
                "biedronka | Od Biedronki do Lidla jest 5 minut | true",
                "biedronka | Biedronka i Lidl walczą cenami | true",
                "biedronka | BIEDRONKA OSZUKUJE NA WADZE!!! | true",
                "biedronka | Na liściu siedziała biedronka z siedmioma kropkami | false",
                "biedronka | Biedronki zjadają mszyce w ogrodzie | false",
                "zabka | W Żabce przy dworcu kolejka na 20 minut | true",
                "zabka | Poszłam do Żabki po hot doga | true",
                "zabka | zabka na rogu znowu zamknieta | true",
                "zabka | Żabka Nano bez kasjera to przyszłość | true",
                "zabka | Nowa żabka otworzyła się pod blokiem | true",
                "zabka | Nad stawem rechotała żabka | false",
                "zabka | Mała żabka skakała po liściach | false",
                "orlen | Orlen obniżył ceny paliwa | true",
                "orlen | Zatankowałem na Orlenie, paliwo drogie | true",
                "orlen | Prezes Orlenu zapowiedział inwestycje | true",
                "orlen | Stacja orlenu przy A2 bez toalety | true",
                "orlen | Orlenowi spadły zyski w trzecim kwartale | true",
                "orlen | Jadę do Lidla po zakupy | false",
                "allegro | Kupiłam na Allegro słuchawki i przyszły uszkodzone | true",
                "allegro | Allegro Smart to dobra opcja | true",
                "allegro | Zamówienie z allegro nie dotarło | true",
                "allegro | Sonata w tempie allegro zabrzmiała pięknie | false",
                "allegro | Pierwsza część symfonii to allegro ma non troppo | false",
                "inpost | Paczka z InPostu utknęła w sortowni | true",
                "inpost | Kurier z InPostem dowiózł wszystko na czas | true",
                "inpost | Odebrałem przesyłkę z paczkomatu o północy | true",
                "inpost | W InPoście nikt nie odbiera telefonu | true",
                "inpost | inpost znowu opóźniony | true",
                "inpost | Poczta Polska zgubiła list polecony | false",
                "mbank | mBank ma awarię aplikacji | true",
                "mbank | Przelew z mBanku nie doszedł | true",
                "mbank | Założyłem konto w mBanku | true",
                "mbank | Jestem z mBankiem od 10 lat | true",
                "mbank | MBANK NIE DZIAŁA!!! | true",
                "mbank | Bank Pekao ma nową aplikację | false",
                "pko | PKO BP podniosło opłaty za kartę | true",
                "pko | W PKO nie da się dodzwonić | true",
                "pko | Aplikacja IKO od PKO BP działa świetnie | true",
                "pko | pko bp znowu awaria | true",
                "pko | Pokojowa kooperacja to podstawa | false",
                "lot | LOT odwołał mój lot do Londynu | true",
                "lot | Polskie Linie Lotnicze kupiły nowe samoloty | true",
                "lot | Samolot PLL LOT wylądował awaryjnie | true",
                "lot | Leciałem Polskimi Liniami Lotniczymi i zgubili bagaż | true",
                "lot | Lot do Paryża trwał dwie godziny | false",
                "lot | Mój lot był opóźniony o godzinę | false",
                "lot | Ten lot był koszmarem | false",
                "play | Play ma najgorszy zasięg w mieście | true",
                "play | Przeniosłem numer do sieci Play | true",
                "play | Abonament w Play podrożał o 10 zł | true",
                "play | Play to najtańszy operator komórkowy | true",
                "play | Let's play a game tonight | false",
                "play | Dzieci lubią play station | false",
                "empik | Zamówiłem książkę w Empiku | true",
                "empik | Empik nie wysłał zamówienia od tygodnia | true",
                "empik | Karta podarunkowa do empiku na urodziny | true",
                "empik | Z Empikiem zawsze problem ze zwrotami | true",
                "empik | Empiku, oddajcie pieniądze! | true",
                "empik | Kupiłem książkę w małej księgarni | false"
            })
    void theBrandQueryFindsItsDeclinedNamesAndAvoidsTheTraps(String brand, String sentence, boolean expected) {
        List<String> brands = matcher.match(MentionDocument.ofText(sentence)).stream()
                .map(BrandMatch::brandId)
                .toList();
        assertEquals(expected, brands.contains(brand), () -> "matched brands: " + brands);
    }
}
