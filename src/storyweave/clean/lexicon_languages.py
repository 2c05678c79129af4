"""Web-page vocabulary per language: section headers, prompts, captions, bylines, furniture.

The words a site in each language uses for its comment section, its related-articles and
FAQ headers, its newsletter and error-report prompts, caption and byline labels, the
whole-line buttons (advertisement, share, print) and the labels of teaser links
('Read also: ...'). Written from how web pages in those languages word them, not from
any corpus. Lower case; `lexicon.py` merges them (NFC) into the lists the matchers use.

Kinds: ``comments``, ``related``, ``faq`` (section headers: a word matches at a word start
in a short header line; in the scripts written without spaces, at the line's start or
end), ``promo`` (a prompt line holding it goes), ``caption`` and ``byline`` (the label
opening the line), ``furniture`` (the whole line is this word), ``label`` (the label of a
'Label: title' teaser link). A word may not hold 'ı', 'İ', 'ſ' or the Kelvin sign: a
case-blind regex takes them for ASCII letters, which would switch off the token hints;
nor should a section or promo word's longest piece be a short, common ASCII string ('les'
of 'les mer', 'enter' of 'ctrl + enter'): the cleaner looks at every line holding one.
"""

from __future__ import annotations


def _w(words: str) -> tuple[str, ...]:
    """'a|b c|d' -> ('a', 'b c', 'd')."""
    return tuple(w.strip() for w in words.split("|") if w.strip())


# By ISO 639-1 code. English is in lexicon.py itself (the lists the cleaner started with).
WEB_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        "comments": _w("leserkommentar|kommentieren"),
        "related": _w(
            "ähnliche artikel|verwandte artikel|auch interessant|meistgelesen|"
            "neueste artikel|weitere nachrichten|empfohlene artikel|mehr aus|mehr zu"
        ),
        "promo": _w("jetzt anmelden|fehler melden|fehler gefunden"),
        "furniture": _w("teilen|drucken|artikel teilen|nach oben|mehr anzeigen"),
        "label": _w("auch interessant|siehe auch|mehr zum thema|weiterlesen"),
    },
    "fr": {
        "comments": _w("réagir|vos commentaires"),
        "related": _w(
            "lire aussi|a lire aussi|à lire également|sur le même sujet|"
            "dans la même rubrique|les plus lus|les plus populaires|dernières actualités|"
            "derniers articles|vous aimerez aussi|vous aimerez peut-être|articles liés|"
            "à découvrir"
        ),
        "faq": _w("foire aux questions"),
        "promo": _w("inscrivez-vous|s'abonner|s’abonner|signaler une erreur"),
        "caption": _w("crédit photo"),
        "furniture": _w("partager|imprimer|haut de page|retour en haut"),
        "label": _w("lire aussi|a lire aussi|à lire également|à lire|voir aussi"),
    },
    "es": {
        "related": _w(
            "lee también|leer más|te puede interesar|más noticias|lo más leído|"
            "más leídas|más leídos|últimas noticias|te recomendamos|recomendados"
        ),
        "promo": _w("suscríbase|regístrate"),
        "furniture": _w("compartir|imprimir|volver arriba"),
        "label": _w("lee también|te puede interesar|ver también|más información"),
    },
    "pt": {
        "related": _w(
            "leia mais|veja também|veja mais|saiba mais|mais lidas|mais lidos|"
            "últimas notícias|você pode gostar|mais notícias|recomendados para você"
        ),
        "promo": _w("cadastre-se"),
        "furniture": _w("compartilhar|compartilhe|partilhar|imprimir|publicidade|voltar ao topo"),
        "label": _w("veja também|leia mais|saiba mais|veja mais"),
    },
    "it": {
        "related": _w(
            "potrebbe interessarti|ti potrebbe interessare|i più letti|più letti|"
            "ultime notizie|notizie correlate|vedi anche|leggi di più|"
            "altre notizie|consigliati"
        ),
        "furniture": _w("condividi|stampa|torna su"),
        "label": _w("vedi anche|potrebbe interessarti"),
    },
    "nl": {
        "comments": _w("reageer|reageren"),
        "related": _w(
            "gerelateerde artikelen|gerelateerd|lees ook|lees meer|meer nieuws|"
            "meest gelezen|laatste nieuws|aanbevolen"
        ),
        "faq": _w("veelgestelde vragen|veel gestelde vragen"),
        "promo": _w("nieuwsbrief|schrijf je in|abonneer"),
        "caption": _w("afbeelding"),
        "furniture": _w("advertentie|delen|deel dit artikel|printen|afdrukken"),
        "label": _w("lees ook|lees meer|bekijk ook"),
    },
    "sv": {
        "related": _w(
            "läs också|läs även|läs mer|relaterade artiklar|relaterat|mest läst|"
            "senaste nytt|senaste nyheterna|fler nyheter"
        ),
        "faq": _w("vanliga frågor"),
        "promo": _w("nyhetsbrev|prenumerera"),
        "furniture": _w("annons|dela|skriv ut"),
        "label": _w("läs också|läs även|läs mer"),
    },
    "da": {
        "related": _w("læs også|læs mere|relaterede artikler|mest læste|seneste nyt"),
        "faq": _w("ofte stillede spørgsmål"),
        "promo": _w("nyhedsbrev|tilmeld dig"),
        "furniture": _w("annonce|del"),
        "label": _w("læs også|læs mere"),
    },
    "no": {
        "related": _w("les også|relaterte artikler|mest lest|siste nytt"),
        "faq": _w("ofte stilte spørsmål"),
        "promo": _w("nyhetsbrev"),
        "furniture": _w("annonse|del|skriv ut"),
        "label": _w("les også|les mer"),
    },
    "fi": {
        "comments": _w("kommentit|kommentoi"),
        "related": _w(
            "aiheeseen liittyvät|aiheeseen liittyvää|aiheesta lisää|lue myös|lue lisää|"
            "luetuimmat|uusimmat|tuoreimmat|suositellut"
        ),
        "faq": _w("usein kysytyt kysymykset|usein kysyttyä"),
        "promo": _w("uutiskirje"),
        "caption": _w("kuva"),
        "byline": _w("teksti:"),
        "furniture": _w("mainos|jaa|tulosta"),
        "label": _w("lue myös|lue lisää"),
    },
    "pl": {
        "comments": _w("dyskusja|skomentuj|komentuj"),
        "related": _w(
            "powiązane artykuły|powiązane|czytaj także|czytaj też|czytaj więcej|"
            "zobacz także|zobacz też|przeczytaj także|przeczytaj też|polecane|"
            "najpopularniejsze|najczęściej czytane|najnowsze|podobne artykuły|"
            "może cię zainteresować|może cie zainteresować"
        ),
        "faq": _w("często zadawane pytania|najczęściej zadawane pytania"),
        "promo": _w("zapisz się|subskrybuj|zaprenumeruj|zgłoś błąd"),
        "caption": _w("zdjęcie"),
        "byline": _w("autor|autorka|autorka:|tekst:"),
        "furniture": _w("reklama|udostępnij|drukuj"),
        "label": _w(
            "czytaj także|czytaj też|zobacz także|zobacz też|przeczytaj także|czytaj więcej"
        ),
    },
    "cs": {
        "comments": _w("komentář|diskuse|diskuze"),
        "related": _w(
            "související články|související|přečtěte si také|přečtěte si|čtěte také|"
            "čtěte též|nejčtenější|nejnovější|mohlo by vás zajímat"
        ),
        "faq": _w("často kladené otázky"),
        "promo": _w("přihlaste se k odběru|nahlásit chybu"),
        "caption": _w("obrázek"),
        "furniture": _w("reklama|sdílet|tisk|vytisknout"),
        "label": _w("čtěte také|čtěte též|přečtěte si také|přečtěte si|související"),
    },
    "sk": {
        "comments": _w("komentár|diskusia"),
        "related": _w(
            "súvisiace články|súvisiace|prečítajte si aj|prečítajte si|čítajte aj|"
            "najčítanejšie|najnovšie"
        ),
        "faq": _w("často kladené otázky"),
        "promo": _w("nahlásiť chybu"),
        "caption": _w("obrázok"),
        "furniture": _w("reklama|zdieľať|tlačiť"),
        "label": _w("prečítajte si aj|prečítajte si|čítajte aj|súvisiace"),
    },
    "sl": {
        "related": _w(
            "preberite tudi|preberi tudi|sorodni članki|sorodne novice|najbolj brano|najnovejše"
        ),
        "faq": _w("pogosta vprašanja"),
        "caption": _w("slika"),
        "furniture": _w("oglas|deli|natisni"),
        "label": _w("preberite tudi|preberi tudi"),
    },
    "hr": {  # and Bosnian, Serbian in Latin letters
        "related": _w(
            "pročitajte i|pročitajte još|pročitajte više|povezane vijesti|povezane vesti|"
            "povezani članci|vezane vijesti|najčitanije|najnovije|preporučujemo|"
            "iz iste rubrike"
        ),
        "faq": _w("često postavljana pitanja"),
        "caption": _w("slika"),
        "furniture": _w("reklama|oglas|podijeli|podeli|ispiši|štampaj"),
        "label": _w("pročitajte i|pročitajte još|pročitajte više|vezano"),
    },
    "sr": {  # Cyrillic
        "related": _w(
            "прочитајте још|прочитајте и|повезане вести|повезани чланци|најчитаније|"
            "најновије|из исте рубрике"
        ),
        "caption": _w("слика"),
        "furniture": _w("подели|штампај"),
        "label": _w("прочитајте још|прочитајте и"),
    },
    "bg": {
        "related": _w(
            "прочетете още|прочети още|още по темата|свързани новини|свързани статии|"
            "последни новини|най-четени|най-четено"
        ),
        "faq": _w("често задавани въпроси"),
        "promo": _w("абонирайте се"),
        "caption": _w("снимка"),
        "furniture": _w("сподели|печат|отпечатай"),
        "label": _w("прочетете още|прочети още|вижте още"),
    },
    "ru": {
        "comments": _w("обсуждение|отзывы"),
        "related": _w(
            "также читайте|читайте еще|читайте ещё|другие новости|последние новости|"
            "популярное|самое читаемое|самое популярное|рекомендуем|"
            "вам может быть интересно|смотрите также"
        ),
        "faq": _w("вопросы и ответы"),
        "promo": _w("подписаться на|сообщить об ошибке|нашли ошибку|ctrl+enter"),
        "furniture": _w("поделиться|печать|распечатать"),
        "label": _w("читайте еще|читайте ещё|смотрите также|также читайте|по теме"),
    },
    "uk": {
        "related": _w(
            "читайте також|схожі новини|схожі статті|новини за темою|за темою|по темі|"
            "останні новини|популярне|найпопулярніше|дивіться також"
        ),
        "faq": _w("поширені запитання|часті питання"),
        "promo": _w("підпишіться|повідомити про помилку"),
        "caption": _w("світлина"),
        "furniture": _w("поділитися|друкувати"),
        "label": _w("читайте також|дивіться також|по темі"),
    },
    "lv": {
        "comments": _w("komentār|komentēt"),
        "related": _w(
            "lasi arī|lasiet arī|saistītie raksti|saistītās ziņas|populārākie|"
            "jaunākās ziņas|jaunākie raksti|visvairāk lasītie"
        ),
        "faq": _w("biežāk uzdotie jautājumi|bieži uzdotie jautājumi"),
        "promo": _w("ziņot par kļūdu|pamanīji kļūdu|pamanījāt kļūdu|abonēt|pieteikties jaunumiem"),
        "caption": _w("attēls"),
        "byline": _w("autors:"),
        "furniture": _w("reklāma|dalīties|drukāt"),
        "label": _w("lasi arī|lasiet arī"),
    },
    "lt": {
        "comments": _w("komentuoti"),
        "related": _w(
            "taip pat skaitykite|skaitykite taip pat|susiję straipsniai|susijusios naujienos|"
            "skaitomiausi|naujausi|naujausios naujienos"
        ),
        "faq": _w("dažniausiai užduodami klausimai"),
        "promo": _w("prenumeruokite|naujienlaišk|pranešti apie klaidą"),
        "furniture": _w("reklama|dalintis|spausdinti"),
        "label": _w("taip pat skaitykite|skaitykite taip pat|skaitykite"),
    },
    "et": {
        "comments": _w("kommentaar|kommenteeri"),
        "related": _w(
            "loe ka|loe lisaks|seotud artiklid|seotud uudised|loetumad|viimased uudised|uusimad"
        ),
        "faq": _w("korduma kippuvad küsimused"),
        "promo": _w("uudiskiri|teata veast"),
        "furniture": _w("reklaam|jaga|prindi"),
        "label": _w("loe ka|loe lisaks"),
    },
    "hu": {
        "comments": _w("hozzászól|komment"),
        "related": _w(
            "kapcsolódó cikkek|kapcsolódó|ezt is olvasd|olvasd el ezt is|ezek is érdekelhetnek|"
            "legolvasottabb|legfrissebb|friss hírek|ajánlott cikkek"
        ),
        "faq": _w("gyakran ismételt kérdések|gyik"),
        "promo": _w("hírlev|iratkozz fel|iratkozzon fel"),
        "caption": _w("fotó"),
        "byline": _w("szerző:"),
        "furniture": _w("hirdetés|megosztás|nyomtatás"),
        "label": _w("ezt is olvasd|olvasd el|kapcsolódó"),
    },
    "ro": {
        "comments": _w("comentari"),
        "related": _w(
            "citește și|citeşte şi|citeste si|citește mai mult|articole similare|"
            "articole asemănătoare|știri similare|ştiri similare|cele mai citite|"
            "ultimele știri|ultimele ştiri|te-ar putea interesa|recomandări"
        ),
        "faq": _w("întrebări frecvente"),
        "promo": _w("abonează-te|abonați-vă|abonaţi-vă"),
        "furniture": _w("publicitate|reclamă|distribuie|tipărește"),
        "label": _w("citește și|citeşte şi|citeste si|citește mai mult"),
    },
    "ca": {
        "related": _w(
            "llegiu també|llegeix també|articles relacionats|relacionat|els més llegits|"
            "més llegides|últimes notícies"
        ),
        "faq": _w("preguntes freqüents"),
        "promo": _w("subscriu-te"),
        "caption": _w("imatge"),
        "furniture": _w("publicitat|comparteix|imprimeix"),
        "label": _w("llegiu també|llegeix també"),
    },
    "tr": {
        "related": _w(
            "ilgili haberler|benzer haberler|diğer haberler|çok okunan|en çok okunan|"
            "son haberler|önerilen|ilginizi çekebilir"
        ),
        "faq": _w("sorulan sorular"),
        "promo": _w("e-bülten"),
        "furniture": _w("reklam|paylaş"),
        "label": _w("ilgili haber"),
    },
    "el": {  # with and without accents: headers in capitals drop them
        "comments": _w("σχόλια|σχολια"),
        "related": _w(
            "διαβάστε επίσης|διαβαστε επισης|διαβάστε ακόμη|διαβαστε ακομη|σχετικά άρθρα|"
            "σχετικα αρθρα|σχετικές ειδήσεις|σχετικες ειδησεις|δείτε επίσης|δειτε επισης|"
            "δημοφιλή|δημοφιλη|τελευταία νέα|τελευταια νεα|πιο πρόσφατα|πιο προσφατα"
        ),
        "faq": _w("συχνές ερωτήσεις|συχνες ερωτησεις"),
        "promo": _w("εγγραφείτε|εγγραφειτε"),
        "caption": _w("φωτογραφία|φωτο"),
        "furniture": _w("διαφήμιση|διαφημιση|κοινοποίηση|μοιραστείτε|εκτύπωση"),
        "label": _w("διαβάστε επίσης|διαβαστε επισης|διαβάστε ακόμη|δείτε επίσης"),
    },
    "he": {
        "comments": _w("תגובות|התגובות|תגובה"),
        "related": _w(
            "כתבות נוספות|כתבות קשורות|עוד כתבות|עוד בנושא|אולי יעניין אותך|הכי נקראים|"
            "הנקראים ביותר|מומלצים"
        ),
        "faq": _w("שאלות נפוצות|שאלות ותשובות"),
        "promo": _w("ניוזלטר|הירשמו|להרשמה"),
        "caption": _w("צילום"),
        "furniture": _w("פרסומת|שתפו|שיתוף|הדפסה"),
        "label": _w("קראו גם|קרא גם|עוד בנושא"),
    },
    "ar": {  # with and without hamza, with the article attached
        "comments": _w("تعليقات|التعليقات|أضف تعليق|اضف تعليق|اترك تعليق"),
        "related": _w(
            "اقرأ أيضا|اقرأ ايضا|إقرأ أيضا|اقرأ المزيد|مقالات ذات صلة|أخبار ذات صلة|"
            "اخبار ذات صلة|ذات صلة|مواضيع ذات صلة|الأكثر قراءة|الاكثر قراءة|"
            "الأكثر مشاهدة|آخر الأخبار|اخر الاخبار|قد يعجبك|قد يهمك"
        ),
        "faq": _w("أسئلة شائعة|الأسئلة الشائعة|الأسئلة المتكررة"),
        "promo": _w("النشرة البريدية|اشترك الآن"),
        "caption": _w("صورة|الصورة"),
        "furniture": _w("إعلان|اعلان|شارك|مشاركة|طباعة"),
        "label": _w("اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|إقرأ أيضا|إقرأ أيضاً"),
    },
    "fa": {
        "comments": _w("نظرات|دیدگاه|ارسال نظر|نظر شما"),
        "related": _w("مطالب مرتبط|اخبار مرتبط|خبرهای مرتبط|بیشتر بخوانید|پربازدید|آخرین اخبار"),
        "faq": _w("پرسش‌های متداول|پرسش های متداول|سوالات متداول|سؤالات متداول"),
        "promo": _w("خبرنامه"),
        "caption": _w("عکس"),
        "furniture": _w("تبلیغات|آگهی|چاپ"),
        "label": _w("بیشتر بخوانید|بخوانید"),
    },
    "hi": {
        "comments": _w("टिप्पण|कमेंट"),
        "related": _w(
            "यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें|और पढ़ें|संबंधित खबरें|संबंधित ख़बरें|"
            "सम्बंधित खबरें|संबंधित|ताज़ा खबरें|ताजा खबरें|सबसे ज्यादा पढ़ी|लेटेस्ट"
        ),
        "faq": _w("अक्सर पूछे जाने वाले"),
        "promo": _w("सब्सक्राइब|न्यूज़लेटर|न्यूजलेटर"),
        "caption": _w("फोटो|फ़ोटो|तस्वीर"),
        "furniture": _w("विज्ञापन|शेयर|शेयर करें|प्रिंट"),
        "label": _w("यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें|और पढ़ें"),
    },
    "id": {  # and Malay
        "related": _w(
            "berita terkait|artikel terkait|baca juga|baca selengkapnya|berita lainnya|"
            "berita terbaru|terpopuler|terbaru|rekomendasi|pilihan editor|berita berkaitan"
        ),
        "faq": _w("pertanyaan yang sering diajukan"),
        "byline": _w("oleh|penulis:"),
        "furniture": _w("iklan|bagikan"),
        "label": _w("baca juga|baca pula|baca selengkapnya|simak juga|lihat juga"),
    },
    "vi": {
        "comments": _w("bình luận|ý kiến bạn đọc|gửi bình luận"),
        "related": _w(
            "tin liên quan|bài liên quan|tin cùng chuyên mục|xem thêm|đọc thêm|tin mới nhất|"
            "mới nhất|đọc nhiều"
        ),
        "faq": _w("câu hỏi thường gặp"),
        "promo": _w("đăng ký nhận tin"),
        "caption": _w("ảnh minh họa|ảnh minh hoạ"),
        "byline": _w("tác giả:"),
        "furniture": _w("quảng cáo|chia sẻ|in bài"),
        "label": _w("xem thêm|đọc thêm|tin liên quan"),
    },
    "th": {  # no spaces between words: matched at the line's start or end
        "comments": _w("ความคิดเห็น|แสดงความคิดเห็น"),
        "related": _w(
            "ข่าวที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง|เรื่องที่เกี่ยวข้อง|ที่เกี่ยวข้อง|ข่าวแนะนำ|"
            "บทความแนะนำ|อ่านเพิ่มเติม|ข่าวล่าสุด|ยอดนิยม"
        ),
        "faq": _w("คำถามที่พบบ่อย"),
        "caption": _w("ภาพประกอบ"),
        "furniture": _w("โฆษณา|แชร์|พิมพ์"),
        "label": _w("อ่านเพิ่มเติม|อ่านข่าว"),
    },
    "ja": {  # no spaces between words: matched at the line's start or end
        "comments": _w("コメント一覧|コメントする"),
        "related": _w(
            "関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|人気記事|人気ランキング|"
            "アクセスランキング|記事ランキング|最新記事|新着記事|新着ニュース|注目記事|"
            "次の記事|もっと見る"
        ),
        "faq": _w("よくあるご質問"),
        "promo": _w("メルマガ|メールマガジン|ニュースレター"),
        "caption": _w("画像|出典"),
        "furniture": _w(
            "シェア|ツイート|印刷|ブックマーク|ページトップへ|ページの先頭へ|トップへ戻る|もっと見る"
        ),
        "label": _w("関連記事|あわせて読みたい|合わせて読みたい"),
    },
    "zh": {  # simplified and traditional; no spaces between words
        "comments": _w("留言|跟帖|网友评论|網友評論"),
        "related": _w(
            "延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热门文章|熱門文章|热门新闻|熱門新聞|"
            "热点新闻|热门推荐|猜你喜欢|猜你喜歡|更多新闻|更多新聞|更多文章|最新文章|"
            "最新新闻|排行榜|精彩推荐|编辑推荐|为你推荐|為你推薦"
        ),
        "faq": _w("常见问题|常見問題"),
        "promo": _w("关注我们|關注我們"),
        "caption": _w("照片|圖片"),
        "furniture": _w("分享|分享到|打印|广告|廣告|返回顶部|返回頂部|查看更多|更多"),
        "label": _w("相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|相关新闻|相關新聞"),
    },
    "ko": {
        "related": _w(
            "기사 더보기|많이 본 뉴스|많이 본 기사|인기 기사|인기기사|최신 기사|최신기사|"
            "최신 뉴스|추천 기사|추천기사|주요 뉴스|주요뉴스|실시간 뉴스|함께 보면 좋은"
        ),
        "comments": _w("독자 의견"),
        "promo": _w("뉴스레터|구독하기"),
        "caption": _w("그래픽"),
        "furniture": _w("공유|공유하기|인쇄|스크랩|더보기|맨 위로"),
        "label": _w("관련기사|관련 기사|함께 보면 좋은"),
    },
}
