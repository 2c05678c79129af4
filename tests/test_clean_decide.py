"""Rules of clean/decide.py on small pages of our own: lists that continue the body."""

from __future__ import annotations

from storyweave.clean import body_lines, split_lines

MENU = ["Home", "Recipes", "Baking", "Breads", "Desserts", "Drinks", "Contact"]
PROSE = [
    "Every autumn the orchard behind our house drops more apples than we can possibly eat, "
    "so we have learned to bake with them in every way we can think of.",
    "This cake is the one my grandmother made on Sundays, and it has survived three moves, "
    "two ovens and a decade of small changes to the amount of sugar in it.",
    "It keeps well for four days under a cloth, and it tastes even better on the second day "
    "when the fruit has softened and the crumb has soaked up the juice.",
    "You can swap the apples for pears without changing anything else, though the cake will "
    "be a little wetter and may need five more minutes in the oven.",
]
INGREDIENTS = [
    "Ingredients",
    "3 apples, peeled and sliced",
    "200 g flour",
    "150 g butter, softened",
    "2 eggs",
    "1 tsp cinnamon",
    "Bake for 45 minutes at 180 degrees",
]
TAIL = [
    "Related articles",
    "Ten ways with pears",
    "Our best bread recipes",
    "© 2024 Orchard Kitchen",
]


def _mask(lines: list[str]) -> dict[str, bool]:
    mask = body_lines(split_lines("\n".join(lines)))
    return dict(zip(lines, mask.tolist(), strict=True))


def test_list_between_the_body_and_a_tail_header_is_kept():
    page = MENU + ["Grandmother's apple cake"] + PROSE + INGREDIENTS + TAIL
    kept = _mask(page)
    assert all(kept[p] for p in PROSE)
    assert all(kept[item] for item in INGREDIENTS[1:])
    assert not any(kept[t] for t in TAIL) and not any(kept[m] for m in MENU)


def test_list_without_figures_is_not_taken_for_body():
    links = ["Baking basics", "Seasonal fruit", "Kitchen tools", "Our favourite cakes"]
    kept = _mask(MENU + PROSE + links + TAIL)
    assert all(kept[p] for p in PROSE)
    assert not any(kept[x] for x in links)


def test_run_repeating_lines_found_elsewhere_is_a_menu_not_a_list():
    menu = ["Top 10 cakes", "Breads", "Desserts", "Drinks", "Contact"]
    kept = _mask(menu + PROSE + menu + TAIL)
    assert all(kept[p] for p in PROSE)
    assert not any(kept[x] for x in menu)


def test_run_with_furniture_is_not_continued():
    run = INGREDIENTS[1:4] + ["Share on Facebook  Share on X  Email"] + INGREDIENTS[4:]
    kept = _mask(MENU + PROSE + run + TAIL)
    assert all(kept[p] for p in PROSE)
    assert not any(kept[x] for x in INGREDIENTS[1:])


def test_newsletter_prompt_goes_and_its_neighbours_stay():
    from storyweave.clean.decide import decide
    from storyweave.clean.patterns import promo_lines

    prompt = "Get the best recipes in your inbox every week. Sign up for our newsletter."
    subhead = "Serving it warm"
    page = MENU + PROSE[:2] + [prompt, subhead] + PROSE[2:] + TAIL
    d = decide(split_lines("\n".join(page)))
    kept = dict(zip(page, d.body.tolist(), strict=True))
    at = page.index(prompt)
    assert not kept[prompt] and d.kinds[at] == "furniture" and "newsletter" in d.reasons[at]
    assert all(kept[p] for p in PROSE) and kept[subhead]
    assert promo_lines((prompt, PROSE[0], "Newsletter")) == {0, 2}
    long_text = " ".join(PROSE) + " Readers of our newsletter asked for it."
    assert promo_lines((long_text,)) == set()  # a paragraph that mentions one is not a prompt


def test_list_ending_at_a_share_row_is_kept():
    share = "Share on Facebook  Share on X  Email"
    kept = _mask(MENU + PROSE + INGREDIENTS + [share, "Ten ways with pears", "About us"])
    assert all(kept[item] for item in INGREDIENTS[1:])
    assert not kept[share]


MORE_PROSE = [
    "The recipe card at the bottom of this page lists everything you need, and the steps "
    "below explain the two places where most people go wrong with it.",
    "First, slice the apples thinly and evenly, because thick slices sink to the bottom and "
    "leave a dense, wet layer under the sponge that never quite bakes through.",
    "Second, let the butter soften on the counter instead of melting it, since melted butter "
    "makes the batter too thin to hold the fruit in place while it rises.",
    "If the top browns before the middle is done, cover it loosely with foil for the last "
    "quarter of an hour and test it again with a skewer before taking it out.",
]


def test_teaser_block_in_the_upper_half_goes_and_the_body_goes_on():
    from storyweave.clean.decide import decide

    teasers = ["Related stories", "Ten ways with pears", "Our best bread recipes"]
    page = MENU + PROSE[:2] + teasers + PROSE[2:] + MORE_PROSE + TAIL
    d = decide(split_lines("\n".join(page)))
    kept = dict(zip(page, d.body.tolist(), strict=True))
    assert all(kept[p] for p in PROSE + MORE_PROSE)
    assert not any(kept[t] for t in teasers)
    assert all(d.kinds[page.index(t)] == "related" for t in teasers)


def test_bare_caption_label_takes_the_line_below_not_the_one_above():
    from storyweave.clean.decide import decide

    name, label, credit = "Martha Greenway", "Photo:", "family archive of Martha Greenway"
    page = MENU + PROSE[:2] + [name, label, credit] + PROSE[2:] + MORE_PROSE + TAIL
    d = decide(split_lines("\n".join(page)))
    assert d.kinds[page.index(label)] == "caption"
    assert d.kinds[page.index(credit)] == "caption"
    assert d.kinds[page.index(name)] != "caption"
    labelled = MENU + PROSE[:2] + ["The old bridge at dawn", "Photo: Jane Roe"] + PROSE[2:]
    d = decide(split_lines("\n".join(labelled)))
    assert d.kinds[labelled.index("The old bridge at dawn")] == "caption"  # described above


def test_titles_cut_off_mid_word_are_teasers():
    from storyweave.clean.decide import decide

    cut = ["Ten ways with pears that everyone shou..", "Our best bread recipes for a cold wi…"]
    page = MENU + PROSE + cut + MORE_PROSE
    d = decide(split_lines("\n".join(page)))
    assert all(d.kinds[page.index(c)] == "related" for c in cut)
    assert all(d.body[page.index(p)] for p in PROSE + MORE_PROSE)


def test_product_list_between_paragraphs_is_kept():
    import numpy as np

    from storyweave.clean.decide import _fill_lists
    from storyweave.clean.features import page_features

    products = [
        "Oak cutting board for $45",
        "See it at the shop",
        "Walnut spoon set for $30",
        "At the market",
        "Linen apron for $25",
    ]
    links = ["Baking basics", "Seasonal fruit", "Kitchen tools"]
    for run, expected in ((products, True), (links, False)):
        page = MENU + PROSE[:2] + run + PROSE[2:]
        lines = split_lines("\n".join(page))
        body = np.array([p in PROSE for p in page])  # as if the classifier left the run out
        _fill_lists(lines.text, page_features(lines), body)
        assert all(body[page.index(x)] == expected for x in run)
        assert not any(body[page.index(m)] for m in MENU)


def test_a_tally_of_the_same_line_is_not_a_list():
    from storyweave.clean.decide import _list_items

    tally = tuple(f"Option {n}: {n * 3} people" for n in (1, 2, 3, 4, 5, 6))
    assert not _list_items(tally, set())
    assert _list_items(tuple(INGREDIENTS[1:]), set())
    assert not _list_items(tuple(INGREDIENTS[1:]), {INGREDIENTS[2]})  # found outside: a menu
