"""Language-general word lists: function words per language and web page section vocabulary.

These are properties of languages and of web pages in general (the words that open a
comment section or a list of related links on any site), not of any particular corpus.
"""

from __future__ import annotations

import unicodedata

from .lexicon_languages import WEB_WORDS

# The most frequent function words of each language (ISO 639-1). Used for the stopword
# density of a line (prose is dense in them; menus, names and teasers are not) and to
# tell Latin- and Cyrillic-script languages apart.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to a in is that for it was on with as he she be by at are this "
        "have from or an they not but had his her were has we which their been would "
        "will there who said its into than them also after more about when can could "
        "i you our all one so if what over some".split()
    ),
    "de": frozenset(
        "der die das und ist nicht ein eine zu den von mit sich des auf für im dem "
        "auch es an als er sie wie bei aus nach wird hat noch sind oder einen einer "
        "aber wir man nur vor über so wenn werden kann zum zur war".split()
    ),
    "fr": frozenset(
        "le la les de des et un une est en du que qui dans pour pas sur au il elle "
        "ne se par plus avec ce sont aux ont été mais ou son sa ses cette nous vous "
        "comme leur être fait aussi dont".split()
    ),
    "es": frozenset(
        "el la los las de del y en que un una es por con para no se al lo su sus "
        "como más pero fue ha son este esta entre sobre también cuando muy sin hay "
        "desde todo ya le era porque".split()
    ),
    "pt": frozenset(
        "o a os as de do da dos das e em um uma é que para com não no na nos nas por "
        "se ao mais como mas foi ser são seu sua também pelo pela já quando está "
        "isso ele ela".split()
    ),
    "it": frozenset(
        "il lo la i gli le di del della dei e è un una che per non in con su da al "
        "alla sono si come ma anche più questo questa ha nel nella essere stato "
        "tra dopo".split()
    ),
    "nl": frozenset(
        "de het een en van in is dat op te zijn niet met voor die er aan ook als bij "
        "door maar om nog dan naar uit was wordt heeft hij zij we".split()
    ),
    "sv": frozenset(
        "och att det i en som på är av för med till den har inte om ett de var men "
        "jag han hon vi kan sig ska från efter också".split()
    ),
    "da": frozenset(
        "og i at det en den til er som på de med han af for ikke der var mig sig "
        "men et har om vi fra også efter skal".split()
    ),
    "pl": frozenset(
        "i w na z się nie do to że jest o a jak po co przez od za ale tak tym dla "
        "są by już jego jej oraz może także był była".split()
    ),
    "cs": frozenset(
        "a v se na je že to s z do o k i by jako ale pro po jsou jeho které který "
        "také bylo byl byla podle jak".split()
    ),
    "tr": frozenset(
        "ve bir bu da de için ile çok daha olarak gibi ama o en kadar sonra olan "
        "ancak her değil mi ne var".split()
    ),
    "id": frozenset(
        "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke ada "
        "karena oleh atau saat bisa telah sudah mereka kami".split()
    ),
    "ru": frozenset(
        "и в не на что с по как а это из у к за от о он она они так же для все "
        "бы был была было были его ее но уже только или при если до мы вы их "
        "также может который которые".split()
    ),
    "uk": frozenset(
        "і в у не на що з по як а це із до за від про він вона вони так же для "
        "все був була було були його її але вже тільки або при якщо ми ви їх "
        "також може який які".split()
    ),
}

ALL_STOPWORDS: frozenset[str] = frozenset().union(*STOPWORDS.values())

# Particles and function characters of Chinese, Japanese and Korean text, counted per
# character (these scripts do not separate words with spaces).
CJK_FUNCTION_CHARS = frozenset(
    "的了是在和有也不这就都而及与之其以为のはがをにでともへからまでよりしたるいうなか은는이가을를에의도로와과"
)

# Words that name a section of a page which, once it starts after the article, holds no
# more article: the comments, links to other articles, question-and-answer blocks.
# Lower-case stems, matched at word starts in short header-like lines. The base lists
# below are merged with lexicon_languages.WEB_WORDS at the end of this module.
_SECTION_BASE: dict[str, tuple[str, ...]] = {
    "comments": (
        "comment",
        "leave a reply",
        "reply",
        "discussion",
        "join the conversation",
        "kommentar",
        "commentaire",
        "comentario",
        "comentário",
        "commento",
        "reactie",
        "комментар",
        "коментар",
        "コメント",
        "댓글",
        "评论",
        "評論",
        "yorum",
        "komentar",
    ),
    "related": (
        "related",
        "latest",
        "more about",
        "more from",
        "more stories",
        "read more",
        "read next",
        "see also",
        "you may also like",
        "you might also like",
        "recommended",
        "popular",
        "most read",
        "trending",
        "editors' picks",
        "editor's picks",
        "top stories",
        "more news",
        "further reading",
        "also on",
        "what to read next",
        "mehr zum thema",
        "weitere artikel",
        "lesen sie auch",
        "das könnte",
        "à lire aussi",
        "voir aussi",
        "articles similaires",
        "lea también",
        "relacionad",
        "leia também",
        "leggi anche",
        "articoli correlati",
        "читайте также",
        "похожие",
        "по теме",
        "関連",
        "おすすめ",
        "관련",
        "相关",
        "相關",
        "ilgili",
    ),
    "faq": (
        "frequently asked",
        "faq",
        "questions and answers",
        "häufig gestellte",
        "questions fréquentes",
        "preguntas frecuentes",
        "perguntas frequentes",
        "domande frequenti",
        "часто задаваемые",
        "よくある質問",
        "자주 묻는",
    ),
}

# Opening words of a byline in several languages ('By Jane Roe', 'Von Max Muster').
_BYLINE_BASE = (
    "by",
    "von",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
    "от",
    "автор",
    "written by",
    "words by",
    "reporting by",
    "additional reporting by",
    "associated reporting by",
    "with reporting by",
    "text:",
    "texto:",
    "autor:",
    "author:",
)

# Words of captions and photo credits ('Image caption', 'Photo: ...', 'Foto: ...').
_CAPTION_BASE = (
    "image caption",
    "caption",
    "photo",
    "image",
    "picture",
    "credit",
    "foto",
    "bild",
    "imagen",
    "immagine",
    "фото",
    "写真",
    "사진",
    "图片",
    "getty images",
    "shutterstock",
    "reuters",
    "afp",
    "ap photo",
    "epa",
    "file photo",
)

# Words of newsletter and subscription prompts ('Sign up for our newsletter', 'Keep an eye
# on your inbox', 'Abonnieren Sie ...'): web-page vocabulary in several languages.
_PROMO_BASE = (
    "newsletter",
    "inbox",
    "unsubscribe",
    "opt-in",
    "click here",
    "subscribe to our",
    "subscribe to the",
    "sign up for our",
    "sign up for e-mail",
    "sign up for email",
    "abonnieren",
    "abonnez-vous",
    "suscríbete",
    "iscriviti",
    "inscreva-se",
    "подпишитесь",
)


def _merged(base: tuple[str, ...], kind: str) -> tuple[str, ...]:
    """The base words, then each language's words of that kind (lexicon_languages), in
    NFC (as the cleaner's lines are), each once."""
    words = [*base, *(w for lang in WEB_WORDS.values() for w in lang.get(kind, ()))]
    return tuple(dict.fromkeys(unicodedata.normalize("NFC", w) for w in words))


SECTION_WORDS: dict[str, tuple[str, ...]] = {
    kind: _merged(words, kind) for kind, words in _SECTION_BASE.items()
}
BYLINE_WORDS = _merged(_BYLINE_BASE, "byline")
CAPTION_WORDS = _merged(_CAPTION_BASE, "caption")
PROMO_WORDS = _merged(_PROMO_BASE, "promo")
# Whole-line furniture ('Teilen', 'Udostępnij', '広告') and labels of teaser links ('Lees
# ook: ...') beyond the English ones patterns.py spells out.
FURNITURE_WORDS = _merged((), "furniture")
TEASER_LABELS = _merged((), "label")


def unspaced(word: str) -> bool:
    """The word is written in a script without spaces between words (Chinese, Japanese,
    Thai, Lao, Khmer, Myanmar): a word start cannot be told there, so its matchers look
    for it at a line's start or end, or anywhere, instead."""
    return any(_unspaced_char(ord(c)) for c in word[:1])


def _unspaced_char(cp: int) -> bool:
    return (
        0x0E00 <= cp <= 0x0EFF  # Thai, Lao
        or 0x1000 <= cp <= 0x109F  # Myanmar
        or 0x1780 <= cp <= 0x17FF  # Khmer
        or 0x3040 <= cp <= 0x30FF  # hiragana, katakana
        or 0x3400 <= cp <= 0x4DBF  # CJK extension A
        or 0x4E00 <= cp <= 0x9FFF  # CJK ideographs
        or 0xF900 <= cp <= 0xFAFF  # CJK compatibility ideographs
        or 0xFF66 <= cp <= 0xFF9F  # half-width katakana
    )
