"""Place resolution: gazetteer contents, spellings, disambiguation and mention finding."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.resolve import FUZZY_PLACE_THRESHOLD, Gazetteer, Place
from crosscheck.resolve._curated import load_curated_rows, parse_curated_csv
from crosscheck.resolve._normalise import kmu_transliterate, name_key


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def place(gaz: Gazetteer, name: str, context: tuple[Place, ...] = ()) -> Place:
    found = gaz.resolve(name, context)
    assert found is not None, f"{name!r} did not resolve"
    return found


def by_id(gaz: Gazetteer, place_id: str) -> Place:
    return next(p for p in gaz.places() if p.place_id == place_id)


# -- the gazetteer itself ------------------------------------------------------


def test_default_is_built_once(gaz: Gazetteer) -> None:
    assert Gazetteer.default() is gaz


def test_gazetteer_holds_geonames_and_curated_places(gaz: Gazetteer) -> None:
    places = list(gaz.places())
    ukrainian = [p for p in places if p.place_id.startswith("gn:") and p.oblast and "Belgorod" not in p.oblast
                 and "Kursk" not in p.oblast and "Bryansk" not in p.oblast]
    assert len(ukrainian) > 5000
    assert len({p.place_id for p in places}) == len(places)
    assert all(p.kind in {"city", "town", "village", "oblast", "region", "facility", "feature"} for p in places)
    assert all(p.oblast for p in places if p.place_id.startswith("gn:"))


def test_curated_table_maps_all_27_ukrainian_admin1_codes() -> None:
    codes = {row.admin1 for row in load_curated_rows() if row.admin1.startswith("UA.")}
    assert codes == {f"UA.{n:02d}" for n in range(1, 28)}


def test_curated_villages_are_not_duplicates_of_geonames_places(gaz: Gazetteer) -> None:
    geonames = [p for p in gaz.places() if p.place_id.startswith("gn:")]
    for row in load_curated_rows():
        if row.kind != "village" or not row.place_id.startswith("cc:"):
            continue
        key = name_key(row.name)
        twins = [
            p for p in geonames
            if p.oblast == row.oblast and abs(p.lat - row.lat) < 0.1 and abs(p.lon - row.lon) < 0.15
            and any(name_key(a) == key for a in p.aliases)
        ]
        assert not twins, f"{row.place_id} duplicates {twins[0].place_id}"


def test_curated_table_rejects_unknown_oblast() -> None:
    header = "place_id,name,kind,oblast,admin1,lat,lon,population,priority,stems,aliases,drop_aliases\n"
    bad = header + "cc:x,X,village,Nowhere Oblast,,48.0,37.0,,,,X,\n"
    with pytest.raises(ValueError, match="unknown oblast"):
        parse_curated_csv(bad)


def test_press_spelling_replaces_older_geonames_transliteration(gaz: Gazetteer) -> None:
    assert place(gaz, "Mar'yinka").name == "Marinka"
    assert place(gaz, "Kryvyy Rih").name == "Kryvyi Rih"
    assert place(gaz, "Avdiyivka").name == "Avdiivka"
    assert place(gaz, "Siverskodonetsk").name == "Sievierodonetsk"  # curated override
    assert place(gaz, "Odessa").name == "Odesa"  # the Russian form is not taken for the press spelling


def test_kmu_transliteration() -> None:
    assert kmu_transliterate("Мар'їнка") == "Marinka"
    assert kmu_transliterate("Запоріжжя") == "Zaporizhzhia"
    assert kmu_transliterate("Згурівка") == "Zghurivka"
    assert kmu_transliterate("Єнакієве") == "Yenakiieve"
    assert kmu_transliterate("Київ") == "Kyiv"
    assert kmu_transliterate("Подъём") is None  # Russian letters
    assert kmu_transliterate("Bakhmut") is None


# -- spellings, scripts, misspellings ------------------------------------------------


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Бахмут", "Bakhmut"), ("Артемовск", "Bakhmut"), ("Artemovsk", "Bakhmut"), ("Artyomovsk", "Bakhmut"),
        ("Кліщіївка", "Klishchiivka"), ("Клещеевка", "Klishchiivka"), ("Kleshcheevka", "Klishchiivka"),
        ("Klishchiyivka", "Klishchiivka"), ("Luhansk", "Luhansk"), ("Lugansk", "Luhansk"), ("Луганск", "Luhansk"),
        ("Луганськ", "Luhansk"), ("Ugledar", "Vuhledar"), ("Maryinka", "Marinka"), ("Rabotino", "Robotyne"),
        ("Работино", "Robotyne"), ("Kremennaya", "Kreminna"), ("Severodonetsk", "Sievierodonetsk"),
        ("Krivoy Rog", "Kryvyi Rih"), ("Zaporozhye", "Zaporizhzhia"), ("Chasiv-Yar", "Chasiv Yar"),
        ("Niu York", "Niu-York"), ("Kiev", "Kyiv"), ("Kupyansk", "Kupiansk"), ("Izyum", "Izium"),
    ],
)
def test_spelling_variants_resolve_to_the_press_name(gaz: Gazetteer, written: str, canonical: str) -> None:
    assert place(gaz, written).name == canonical


@pytest.mark.parametrize(
    ("cyrillic", "russian_latin"),
    [("Бахмут", "Artemovsk"), ("Кліщіївка", "Kleshcheevka"), ("Луганськ", "Lugansk"), ("Вугледар", "Ugledar"),
     ("Роботине", "Rabotino"), ("Мар'їнка", "Maryinka")],
)
def test_cyrillic_and_russian_transliteration_share_a_place_id(gaz: Gazetteer, cyrillic: str, russian_latin: str) -> None:
    assert place(gaz, cyrillic).place_id == place(gaz, russian_latin).place_id


@pytest.mark.parametrize(
    ("inflected", "canonical"),
    [("Бахмуте", "Bakhmut"), ("Авдеевкой", "Avdiivka"), ("Кліщіївки", "Klishchiivka"), ("Угледаром", "Vuhledar"),
     ("Донецкой области", "Donetsk Oblast"), ("Запорізькій області", "Zaporizhzhia Oblast")],
)
def test_cyrillic_case_endings(gaz: Gazetteer, inflected: str, canonical: str) -> None:
    assert place(gaz, inflected).name == canonical


@pytest.mark.parametrize("misspelt", ["Soledr", "Bakhmutt", "Klishchivkaa", "Kramatorks", "Avdiivkka", "Robotyn"])
def test_misspellings_match_fuzzily(gaz: Gazetteer, misspelt: str) -> None:
    candidates, score = gaz.lookup(misspelt)
    assert candidates
    assert FUZZY_PLACE_THRESHOLD <= score <= 100


@pytest.mark.parametrize("not_a_place", ["Zaluzhny", "Prigozhin", "Konashenkov", "Pisk", "Gaza", "Institute"])
def test_fuzzy_guard_rejects_lookalikes_and_short_words(gaz: Gazetteer, not_a_place: str) -> None:
    assert gaz.resolve(not_a_place) is None


def test_fuzzy_threshold_is_documented() -> None:
    assert isinstance(FUZZY_PLACE_THRESHOLD, float) and 80 <= FUZZY_PLACE_THRESHOLD <= 100


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Donetsk", "city"), ("Donetsk Oblast", "oblast"), ("the Zaporizhzhia region", "oblast"),
     ("Lugansk region", "oblast"), ("Donbas", "region"), ("Crimea", "region"),
     ("Donetsk People's Republic", "region"), ("Azovstal steel works", "facility"),
     ("Zaporizhzhia nuclear power plant", "facility"), ("ZNPP", "facility"), ("Snake Island", "feature"),
     ("Antonivskyi bridge", "facility"), ("Kinburn Spit", "feature"), ("Belgorod", "city"),
     ("Kursk region", "oblast"), ("Bryansk Oblast", "oblast"), ("the Dnipro", "feature"), ("Dnipro", "city")],
)
def test_oblasts_regions_and_facilities(gaz: Gazetteer, name: str, kind: str) -> None:
    assert place(gaz, name).kind == kind


def test_non_ukrainian_and_common_words_are_not_places(gaz: Gazetteer) -> None:
    for word in ("Russia", "Ukraine", "Moscow", "Washington", "Wagner", "General Staff", "May"):
        assert gaz.resolve(word) is None, word


# -- same-named places ------------------------------------------------------------


def test_oblast_in_context_picks_the_namesake(gaz: Gazetteer) -> None:
    donetsk = place(gaz, "Donetsk Oblast")
    poltava = place(gaz, "Poltava Oblast")
    assert place(gaz, "Novoselivka", (donetsk,)).oblast == "Donetsk Oblast"
    assert place(gaz, "Novoselivka", (poltava,)).oblast == "Poltava Oblast"


def test_proximity_to_other_places_picks_the_namesake(gaz: Gazetteer) -> None:
    near_avdiivka = place(gaz, "Pisky", (place(gaz, "Avdiivka"),))
    assert near_avdiivka.place_id == "cc:pisky-pokrovsk"
    assert place(gaz, "Opytne", (place(gaz, "Bakhmut"),)).place_id != place(gaz, "Opytne", (place(gaz, "Avdiivka"),)).place_id


def test_proximity_reaches_a_namesake_known_by_the_name_only_as_a_former_one(gaz: Gazetteer) -> None:
    # Luhansk's Pervomaisk (now Sokolohirsk) carries the name only as a former one; Mykolaiv's carries it today
    assert place(gaz, "Pervomaisk").oblast == "Mykolaiv Oblast"
    assert place(gaz, "Pervomaisk", (place(gaz, "Popasna"),)).oblast == "Luhansk Oblast"
    # a place that is far from every namesake leaves the ordinary choice alone
    assert place(gaz, "Pervomaisk", (place(gaz, "Lviv"),)).oblast == "Mykolaiv Oblast"


@pytest.mark.parametrize("text, canonical, oblast", [
    ("Russian forces have liberated the village of Pervomaiske in the Donetsk People's Republic.", "Pervomaiske",
     "Donetsk Oblast"),
    ("The Russian flag now flies over Pervomaiskoye near Avdeyevka.", "Pervomaiske", "Donetsk Oblast"),
    ("Ukrainian troops were knocked out of the village of Ivanovskoye, west of Artyomovsk.", "Ivanivske",
     "Donetsk Oblast"),
    ("Ukrainian troops were knocked out of the village of Ivanovskoye.", "Ivanivske", "Donetsk Oblast"),
])
def test_front_line_villages_reported_by_their_russian_names(gaz: Gazetteer, text: str, canonical: str,
                                                             oblast: str) -> None:
    mention = next(m for m in gaz.find_mentions(text) if m.as_written.startswith(("Pervomai", "Ivanov")))
    assert mention.place is not None and (mention.place.name, mention.place.oblast) == (canonical, oblast)


def test_mentions_use_oblast_stated_next_to_the_name(gaz: Gazetteer) -> None:
    [village, oblast] = gaz.find_mentions("Makiivka in the Luhansk region was shelled.")
    assert village.place is not None and village.place.oblast == "Luhansk Oblast"
    assert oblast.place is not None and oblast.place.kind == "oblast"
    [city] = gaz.find_mentions("Makiivka was shelled.")
    assert city.place is not None and city.place.kind == "city" and not city.ambiguous


def test_mentions_use_proximity_within_the_text(gaz: Gazetteer) -> None:
    mentions = gaz.find_mentions("Ukrainian troops were near Makiivka and Nevske, close to Kreminna.")
    assert mentions[0].place is not None and mentions[0].place.oblast == "Luhansk Oblast"
    mentions = gaz.find_mentions("Attacks near Klishchiivka and Andriivka, south of Bakhmut, and near Robotyne.")
    andriivka = next(m for m in mentions if m.as_written == "Andriivka")
    assert andriivka.place is not None and andriivka.place.place_id == "cc:andriivka-bakhmut"
    assert not andriivka.ambiguous


def test_ambiguous_name_without_context_is_flagged(gaz: Gazetteer) -> None:
    [mention] = gaz.find_mentions("Novoselivka came under fire, the governor said.")
    assert mention.place is not None and mention.ambiguous


def test_stated_oblast_without_namesake_there_leaves_it_unresolved(gaz: Gazetteer) -> None:
    mentions = gaz.find_mentions("The village of Novoselivka in the Kharkiv region came under fire.")
    assert mentions[0].as_written == "Novoselivka" and mentions[0].place is None


# -- finding mentions ---------------------------------------------------------------


def written(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.place.name if m.place else None) for m in gaz.find_mentions(text)]


def test_mentions_with_offsets_and_longest_match(gaz: Gazetteer) -> None:
    text = ("Russia's defence ministry said its forces took Soledar near Bakhmut in the Donetsk region, "
            "while Ukraine said it advanced near Velyka Novosilka and Kryvyi Rih was hit.")
    mentions = gaz.find_mentions(text)
    assert [(m.as_written, m.place.name if m.place else None) for m in mentions] == [
        ("Soledar", "Soledar"), ("Bakhmut", "Bakhmut"), ("Donetsk region", "Donetsk Oblast"),
        ("Velyka Novosilka", "Velyka Novosilka"), ("Kryvyi Rih", "Kryvyi Rih"),
    ]
    assert all(text[m.start : m.end] == m.as_written for m in mentions)
    assert all(m.score == 100 for m in mentions)


def test_longest_match_prefers_multiword_names(gaz: Gazetteer) -> None:
    assert written(gaz, "Shelling hit Donetsk Oblast.") == [("Donetsk Oblast", "Donetsk Oblast")]
    assert written(gaz, "Shelling hit Donetsk.") == [("Donetsk", "Donetsk")]
    assert written(gaz, "The head of the Donetsk People's Republic spoke.") == [
        ("Donetsk People's Republic", "Donetsk People's Republic")]
    assert written(gaz, "Fighting near Chasiv Yar and in the Zaporizhzhia region.") == [
        ("Chasiv Yar", "Chasiv Yar"), ("Zaporizhzhia region", "Zaporizhzhia Oblast")]
    assert written(gaz, "A drone hit the Zaporizhzhia nuclear power plant.") == [
        ("Zaporizhzhia nuclear power plant", "Zaporizhzhia nuclear power plant")]
    assert written(gaz, "Troops crossed the Dnipro near Krynky; Dnipro city was hit.") == [
        ("the Dnipro", "Dnipro River"), ("Krynky", "Krynky"), ("Dnipro", "Dnipro")]


def test_plural_region_makes_every_listed_name_an_oblast(gaz: Gazetteer) -> None:
    assert written(gaz, "Fighting raged in Donetsk and Luhansk regions.") == [
        ("Donetsk", "Donetsk Oblast"), ("Luhansk regions", "Luhansk Oblast")]


def test_cyrillic_mentions(gaz: Gazetteer) -> None:
    assert written(gaz, "Российские войска заняли Клещеевку под Артемовском.") == [
        ("Клещеевку", "Klishchiivka"), ("Артемовском", "Bakhmut")]
    assert written(gaz, "Бої тривають біля Кліщіївки та в Бахмуті.") == [
        ("Кліщіївки", "Klishchiivka"), ("Бахмуті", "Bakhmut")]


DISTRACTORS = (
    "Russia Ukraine Ukrainian Russian Russians Moscow January May June Monday Tuesday General Staff Armed Forces "
    "Ministry Defence Wagner Prigozhin Zelensky Maliar Shoigu Pushilin Putin Kremlin Meanwhile The NATO Pentagon "
    "Reuters TASS Institute Study War Ivanov Petrov Orlov Zaitsev Smirnov Kuznetsov Taras Shevchenko Volodymyr "
    "Crimean"
).split()


def test_capitalised_non_places_are_not_reported(gaz: Gazetteer) -> None:
    text = ("Meanwhile, the General Staff of the Armed Forces and Russia's Ministry of Defence said on Monday in May "
            "that Wagner chief Prigozhin, Zelensky, Maliar, Shoigu and Pushilin met. The Russian and Ukrainian "
            "sides, Moscow and the Kyiv Independent agreed, Ivanov and Orlov told Reuters. Taras Shevchenko wrote.")
    assert gaz.find_mentions(text) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(DISTRACTORS), min_size=1, max_size=12), st.sampled_from([" ", ", ", ". "]))
def test_distractor_words_in_any_order_give_no_mentions(words: list[str], separator: str) -> None:
    text = separator.join(words)
    assert [m for m in Gazetteer.default().find_mentions(text) if m.place is not None] == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzBKSDАБВабв ,.-'’")), max_size=80))
def test_offsets_always_match_the_text(text: str) -> None:
    for mention in Gazetteer.default().find_mentions(text):
        assert text[mention.start : mention.end] == mention.as_written
        assert 0 <= mention.score <= 100


def test_unresolved_names_only_in_place_context(gaz: Gazetteer) -> None:
    text = "Wagner said it captured the village of Zzyzxville and Qwertyton signed off."
    assert written(gaz, text) == [("Zzyzxville", None)]
    assert written(gaz, "Fighting continued near Zzyzxville.") == [("Zzyzxville", None)]
    assert written(gaz, "Zzyzxville said nothing.") == []


def test_names_listed_after_a_place_are_in_place_context(gaz: Gazetteer) -> None:
    # Only the first name follows the verb; the rest are in context by being listed with it.
    text = "The battlegroup freed Strelechya, Pylnaya and Zzyzxville, and Qwertyton signed off."
    assert written(gaz, text) == [("Strelechya", "Strilecha"), ("Pylnaya", "Pylna"), ("Zzyzxville", None)]
    assert written(gaz, "Units retook Soledar and Zzyzxville.") == [("Soledar", "Soledar"), ("Zzyzxville", None)]


def test_misspelling_in_place_context_is_matched_fuzzily(gaz: Gazetteer) -> None:
    [mention] = gaz.find_mentions("Fighting continued near Soledr on Tuesday.")
    assert mention.place is not None and mention.place.name == "Soledar"
    assert FUZZY_PLACE_THRESHOLD <= mention.score < 100


def test_minor_alternate_names_need_place_context(gaz: Gazetteer) -> None:
    # "Orlov" is the Russian form of a small village's name and a common surname.
    assert written(gaz, "Orlov said the attack failed.") == []
    assert written(gaz, "Russian troops attacked near Orlov.") == [("Orlov", "Orlove")]


def test_correctly_spelled_places_never_reach_the_fuzzy_matcher(gaz: Gazetteer, monkeypatch) -> None:
    # Speed comes from the exact index: rapidfuzz is consulted only for a word that misses it
    # (README measurements hold the timings; a unit test checks the mechanism, not the clock).
    consulted: list[str] = []
    exact_only = gaz._fuzzy

    def counting(key: str):
        consulted.append(key)
        return exact_only(key)

    monkeypatch.setattr(gaz, "_fuzzy", counting)
    sentence = ("Russia's defence ministry said on Tuesday its forces had taken control of Soledar, a salt-mining "
                "town near Bakhmut in the Donetsk region of eastern Ukraine.")
    assert [m.place.name for m in gaz.find_mentions(sentence) if m.place] == ["Soledar", "Bakhmut", "Donetsk Oblast"]
    assert consulted == []
    gaz.find_mentions("Fighting continued near Soledr on Tuesday.")
    assert consulted == ["soledr"]


@pytest.mark.parametrize(("russian", "ukrainian"), [
    ("Blagodatnoye", "Blahodatne"), ("Gorlovka", "Horlivka"), ("Kurdyumovka", "Kurdyumivka"),
    ("Krasnaya Gora", "Krasna Hora"),
])
def test_russian_forms_find_the_ukrainian_entries(russian, ukrainian):
    from crosscheck.resolve._normalise import fold

    assert " ".join(fold(w) for w in russian.split()) == " ".join(fold(w) for w in ukrainian.split())


@pytest.mark.parametrize("text, canonical, oblast", [
    ("Allied units took control of Voevodovka north of Severodonetsk.", "Voievodivka", "Luhansk Oblast"),
    ("Fighting was reported at Shipilovka, close to Belogorovka.", "Shypylivka", "Luhansk Oblast"),
    ("The battlegroup entered Aleksandro-Shultino overnight.", "Oleksandro-Shultyne", "Donetsk Oblast"),
    ("Shelling hit Verkhnekamenskoye east of Seversk.", "Verkhniokamianske", "Donetsk Oblast"),
    ("Troops advanced on Glubokoye near the border.", "Hlyboke", "Kharkiv Oblast"),
    ("Attacks towards Kuzemovka were repelled.", "Kuzemivka", "Luhansk Oblast"),
])
def test_villages_reported_by_their_russian_spellings_resolve_to_the_ukrainian_name(
        gaz: Gazetteer, text: str, canonical: str, oblast: str) -> None:
    found = [(m.place.name, m.place.oblast) for m in gaz.find_mentions(text) if m.place is not None]
    assert (canonical, oblast) in found


def test_words_near_the_new_villages_names_are_not_places(gaz: Gazetteer) -> None:
    # the governor's title and a common adjective stay words, not the new villages
    for text in ("The voivode of the province visited Kyiv.", "A deep (glubokiy) crater was left."):
        assert [m.as_written for m in gaz.find_mentions(text) if m.place is not None
                and m.place.place_id.startswith(("cc:voievodivka", "cc:hlyboke"))] == []
