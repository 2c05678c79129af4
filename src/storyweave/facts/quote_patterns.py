"""The patterns that find who speaks around a quote: names, titles, roles, speech verbs."""

from __future__ import annotations

import re
from collections.abc import Callable

from .name_keys import SPEECH, TITLES
from .traits import PEOPLE_NOUNS

_VERB = (rf"(?i:{SPEECH}|reported|was quoted as saying|is quoted as saying|according to|"
         r"(?:is|was|can\s+be|could\s+be)\s+heard\s+(?:saying|to\s+say))")  # on a tape
_CAPWORD = (r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Maj|Cmdr|Const|Det|"
            r"Insp|Supt|Cpl|Atty|Rev|Hon)\.(?= [A-Z])"
            r"|(?<![\w.])[A-ZÀ-ÖØ-Þ]\.(?:[ \t]?[A-Z]\.)*(?=[ \t]+[A-ZÀ-ÖØ-Þ][a-zà-ÿ])"  # 'P. J.'
            r"|(?!(?i:said|says)\b)[A-ZÀ-ÖØ-Þ](?:[\w'’-]|\.(?=\w))*)")
_PARTICLES = r"(?:de|da|del|della|di|do|dos|du|la|le|van|von|der|den|bin|ibn|al|el)"
_NAME = (rf"{_CAPWORD}(?:[ \t]+(?:{_PARTICLES}[ \t]+)?(?:d[’']|O[’'])?{_CAPWORD}){{0,7}}")
_FUNCTION = r"(?:the|a|an|of|in|on|at|to|for|and|or|that|with|by|from|this|these|those)\b"
_ROLES = (r"official|officials|spokesman|spokeswoman|spokesperson|president|minister|"
          r"secretary|office|agency|ministry|statement|police|governor|mayor|leader|chief|"
          r"source|sources|adviser|advisor|ambassador|director|report|company|government|"
          r"communiqu[eé]|declaration|roadmap|survey|study|text|secretariat|commission|"
          r"advisory|bulletin|filing|"
          r"committee|"
          r"council|"
          r"department|man|woman|father|mother|witness|expert|analyst|reporter|correspondent|"
          r"journalist|employee|resident|son|daughter|wife|husband|brother|sister|widow|"
          r"friend|neighbou?r|lawyer|attorney|relative|colleague|nephew|niece|cousin|uncle|"
          r"aunt|grandmother|grandfather|partner|boyfriend|girlfriend|fianc[eé]e?|spouse")
_TITLE_NOUNS = (r"(?:judge|coach|captain|boss|coroner|sheriff|pastor|priest|bishop|chef|"
                r"star|actress|model|host|teen|teenager|athlete|executive|CEO|mogul|celebrity|"
                r"heiress|icon|legend|veteran|champion|couple|pair|duo)s?")
#                 people named by a post or a standing with no agent ending: 'the judge said',
#                 'the star said', 'the teen told police'
_NP = (r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
       rf"(?:(?!(?:{SPEECH}|that|who)\b)[\w’'-]+\s+){{0,4}}?"  # not 'a woman said the officers'
       rf"(?:{_ROLES})\b"  # 'the official', 'a senior administration official'
       r"|[A-Z][\w’'-]+\s+(?:[a-z]+\s+)?(?:officials|sources|authorities|investigators|"
       r"police|experts)"  # 'Brazilian officials'
       r"|\b(?:[Oo]ne|[Aa]nother)\s+(?:of\s+the\s+)?(?:[A-Z][\w’'-]+\s+)?[a-z][\w’'-]+"
       r"(?:\s+(?!(?:who|that|which|and|but|on|in|at|to|of|for|with|by|from|said|says|told|"
       r"added)\b)[a-z][\w’'-]+){0,2}"
       #  'one passenger', 'one Weibo user', 'one young man'
       rf"|\b[Tt]he\s+{_NAME}"  # 'the Foreign Ministry'
       rf"|{_NAME}[’']s\s+(?:[a-z]+\s+){{0,2}}?(?:{_ROLES})"  # 'Prime Minister X's spokesman'
       rf"|\b(?:[Tt]he|[Aa]n?)\s+(?:(?!{_FUNCTION})[\w’'-]+\s+){{0,3}}?(?!{_FUNCTION})"
       rf"(?:{PEOPLE_NOUNS}|{_TITLE_NOUNS}|[a-z]+(?:er|or|ist|ian|man|woman|person|ant|ent)s?)\b"
       r"|\b[Tt]he\s+\d{1,3}-year-old\b(?!-))")  # 'said the 29-year-old'
#                                  the age standing for the person named before
#                                  'the 45-year-old teacher' (a noun for people, not 'the capital')
_SUFFIX = r"(?:,?[ \t]+(?:Jr|Sr)\.?(?=,)|[ \t]+I{2,3}\b)?"  # 'X Jr., a lawyer, told'
_SUBJECT = (rf"(?P<who>{_NP}(?:\s+(?:for|of|to)\s+(?:the\s+)?(?:{_NAME}|[a-z]+\b))?|"
            rf"{_NAME}{_SUFFIX}|"
            r"[Hh]e|[Ss]he|[Tt]hey|I|"
            r"[Ww]e|one(?=\s*[.,;]))")  # 'a spokesperson for X', '“...,” says one.'
_AUX = r"(?:(?:has|had|have|also|later|then)\s+)*"
_MANNER = (r"(?:(?!(?:family|ally|assembly|supply|rally|belly|reply|early|daily|weekly|monthly|"
           r"yearly|only)\b)[a-z]{3,}ly\s+)?")  # 'X tearfully asked', not 'the X family said'
AFTER_WHO_VERB = re.compile(
    rf"^[\s,.!?–—-]*{_SUBJECT}(?:,\s*(?P<app>[^,“”\"]{{2,80}}),)?\s+{_AUX}{_MANNER}{_VERB}\b")
_ROLE_WORDS = (r"(?:(?!(?:on|in|at|to|of|for|that|with|by|from|after|before|during|when|as|"
               r"and|but|the|a|an)\b)[a-z][\w’'-]*[ \t]+){1,3}?(?=[A-Z])")  # 'customs chief'
AFTER_VERB_WHO = re.compile(rf"^[\s,.!?–—-]*{_AUX}(?:{_VERB})[\s,]+(?:{_ROLE_WORDS})?{_SUBJECT}"
                            rf"(?:\s+(?:(?:released|issued|published|sent|put out)\s+by|from)\s+"
                            rf"(?:the\s+)?(?P<by>{_NAME}))?")  # 'the statement issued by X'
AFTER_VERB_ROLE_NAME = re.compile(  # '“...,” said the agency's press chief, Ana Ruiz.'
    rf"^[\s,.!?–—-]*{_AUX}(?:{_VERB})\s+(?:[Tt]he\s+)?[^,.;“”\"]{{2,80}}?"
    rf"(?:{_ROLES}|[a-z]+(?:man|woman|or|er|ist|ent|ant|ian)),\s*(?P<who>{_NAME})"
    r"\s*(?:[.,;]|\s+who\b|$)")
AFTER_ROLE_NAME_VERB = re.compile(  # '“...,” WHO spokesman Gregory Hartl said.'
    rf"^[\s,.!?–—-]*(?:{_NAME}\s+)?(?:[a-z][\w’'-]*\s+){{1,3}}(?P<who>{_NAME})\s+{_AUX}{_VERB}\b")
_ROLE = (rf"(?:{TITLES}|(?i:{_ROLES}|correspondent|reporter|editor|commander|coordinator|envoy|"
         r"representative|negotiator|researcher|scientist|professor|lawyer|attorney|prosecutor|"
         r"economist|[a-z]+man|[a-z]+woman|[a-z]+person))")
_TITLE_PREFIX = (rf"(?:(?!(?<![A-Z])[.!?]\s|\bfor\b)[^“”\",;]){{0,60}}?\b{_ROLE}"
                 r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*?)?\s+")
AFTER_TITLED_VERB = re.compile(  # '“...,” U.S. Secretary of State X said', 'BBC reporter X said'
    rf"^[\s,.!?–—-]*{_TITLE_PREFIX}(?P<who>{_NAME})\s+{_AUX}{_VERB}\b")
_TO_WHOM = r"\s+(?:to|in|on|at|from|during|after|before|while|when|as)\s"  # 'X said to AFP'
AFTER_VERB_TITLED = re.compile(  # '“...,” said BBC correspondent X', 'said the BBC's reporter X'
    rf"^[\s,.!?–—-]*{_AUX}(?:{_VERB})\s+{_TITLE_PREFIX}(?P<who>{_NAME})(?:\s*[.,;]|$|{_TO_WHOM})")
AFTER_ROLE_APP_VERB = re.compile(  # '“...,” the head of the X service, Ana Ruiz, told'
    rf"^[\s,.!?–—-]*(?:[Tt]he|[Aa]n?|{_NAME}[’']s)\s+[^,.;“”\"]{{2,80}}?,\s*(?P<who>{_NAME}),"
    rf"\s+{_AUX}{_VERB}\b")
AFTER_WHO_LONG = re.compile(  # '“...,” Thorne Lay, professor of ..., University of X, said.'
    rf"^[\s,.!?–—-]*{_SUBJECT},[^“”\".]{{2,200}}?\s+{_AUX}(?i:said|says|added)\b")
LABEL_BEFORE = re.compile(  # 'AP - “...”', 'Minister: “...”'
    r"^[\s*•·]*(?P<who>[A-Z][\w&.’'-]*(?:\s+[A-Z&][\w&.’'-]*){0,5})"
    r"(?:/[^/:\n“”\"]{2,60})?\s*[-–—:]\s*$")  # 'Ana Ruiz/Defence Attorney: “...”' (a caption)
AFTER_VERB_ONLY = re.compile(rf"^[\s,.!?–—-]*{_AUX}(?i:said|added|says|adds)\s*[.,]")
_BOUNDARY = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St))(?<!Mrs)[.!?][”\"]?\s+(?=[A-Z“\"])")
PRONOUNS = {"he", "she", "they", "i", "we"}
ROLE_WORDS = ("president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
              "governor",
              "mayor", "official", "leader", "chief", "adviser", "advisor", "ambassador",
              "director")
Resolver = Callable[[str], str]  # a name as written -> the story's fullest form of it
_ABBREVIATED = re.compile(r"(?:Lt|Sgt|Capt|Col|Gen|Gov|Sen|Rep|Det|Insp|Supt|Cpl|Maj|Adm|Cmdr|"
                          r"Const|Dr|Mr|Mrs|Ms|Prof|Rev|Fr|St|Dist|Atty|Asst|Dep)\.?")
#                         a title cut from its name ('said Dist. Atty. Ana Ruiz' read as 'Dist')
_HEADING = re.compile(r"[”\"][ \t]*:[ \t]*[A-Z][^.!?\n]*(?:\n|$)")  # '“...”: Residents flee'
_JUDGED = (r"(?:lauded|praised|hailed|commended|critici[sz]ed|condemned|welcomed|thanked|denied"
           r"|appealed|pleaded|requested|agreed|disagreed|(?:made|issued|launched)\s+(?:an?\s+)?(?:\w+\s+)?"
           r"(?:request|appeal|plea))")  # 'Police made a request for ...' then '“...”'
_DESCRIBED = (r"(?<![\w’'-])The\s+(?:[a-z][\w’'-]*\s+){0,2}?"  # 'The director denied ...'
              rf"(?:{_TITLE_NOUNS}|[a-z]+(?:er|or|ist|ian))(?=\s)")
_SAID_BY = re.compile(  # 'Dr. X also said ...', 'he said.', '..., said X, spokesman for Y.'
    rf"(?:(?<![\w.’'-])(?P<who>{_NAME}|[Hh]e|[Ss]he|{_DESCRIBED})(?:,[^,\n“”\"]{{2,160}},)?\s+"
    rf"{_AUX}(?:[a-z]+ly\s+)?"
    rf"(?:{SPEECH}|{_JUDGED})\b"
    rf"|(?:,|(?<=[”\"]))\s*(?:{SPEECH})\s+(?P<after>{_NAME}))")  # '“Look!” said X, 39, ...'
_SIGNATURE = re.compile(  # '“...” - “Fiona”' / '“...” — Ana Ruiz': a testimony signed
    r"[”\"]?[ \t]*[-–—][ \t]*[“\"]?(?P<who>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){0,2})"
    r"[”\"]?[ \t]*(?:\n|$)")
_READ_FROM = re.compile(  # '“...,” read a Velora Team statement', 'said an X press release'
    r"[\s,]*(?:read|reads|said|says|stated|states)\s+(?:an?|the)\s+"
    r"(?P<who>(?:[A-Z][\w&.’'-]*\s+){1,5}?)(?:statement|press release|release|report|"
    r"communiqu[eé]|letter|declaration|notice)\b")
_DOCUMENT_READ = re.compile(
    r"[\s,]*(?P<doc>(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+)?(?:statement|letter|"
    r"release|note|message|post|tweet))\s+(?:read|reads|said|says|stated|states)\b")
_NAME_DID = re.compile(  # '“...,” X promoted on Twitter' (not 'X faced by', 'X quoted him')
    rf"(?<=,)[”\"][ \t]+(?P<who>{_NAME})[ \t]+[a-z]+ed\b"
    r"(?![ \t]+(?:by|to|that|him|her|them|it|me|us|his|their)\b)")  # 'X quoted him as saying'
_AGED_SAID = re.compile(  # 'the 55-year-old said: “...”'
    rf"\b(?P<who>[Tt]he\s+(?:\d+|[a-z]+)-year-old(?:\s+[a-z]+)?)\s+{_AUX}(?:{SPEECH})"
    r"\s*[:,]?\s*[“\"]?$")
_SAID_COLON = re.compile(rf"(?P<who>{_NAME})\s+{_AUX}(?:{SPEECH})\s*:\s*[“\"]?$")
_TOLD_COLON = re.compile(  # 'Told the victim's father, Ana Ruiz Jr: “...”' (verb first)
    r"(?:^|(?<=\n))[ \t]*(?:Told|Said|Added|Explained|Continued|Warned|Wrote|Says|Adds)"
    rf"[ \t]+(?:[^:\n“”\"]{{0,80}}?,[ \t]*)?(?P<who>{_NAME})[ \t]*:[ \t]*[“\"]?$")
_RELAYED = re.compile(rf"[”\"]?\s*,?[”\"]?\s*(?:the\s+)?{_NAME}\s+(?:reported|reports|wrote|"
                      r"writes|said|says)\b|[”\"]?\s*,?[”\"]?\s*according\s+to\b")
_VOICES = {"someone", "somebody", "a voice"}
_VOICE_AFTER = re.compile(  # '“...,” a man's voice says' (on a tape played in court)
    r"[\s,]*(?P<who>(?:a|the)\s+(?:(?:man|woman|male|female)[’']s\s+)?voice)\s+(?:says|said)\b")
_RECORDED_VOICE = re.compile(r"(?:a|the)\s+(?:(?:man|woman|male|female)[’']s\s+)?voice|"
                             r"the\s+(?:man|woman)")
_RECORDING = re.compile(r"\b(?:audio\s*tapes?|tapes?|recordings?|audio|videos?|footage)\b",
                        re.IGNORECASE)
_ACCORDING_BODY = re.compile(rf"\b[Aa]ccording to (?P<who>{_NAME}),")  # whom "the company" means
_UNKNOWN_VOICE = re.compile(  # 'heard someone say, “...”', 'somebody shouted “...”'
    r"\b(?P<who>[Ss]ome(?:one|body)|[Aa] voice)\s+(?:(?:had|was)\s+)?(?:say|said|saying|"
    r"shout(?:ed|ing)?|yell(?:ed|ing)?|scream(?:ed|ing)?|cry|cried|crying|call(?:ed)? out)"
    r"[\s,:“\"]*$")
_ROLE_NOUN = (rf"(?:{_ROLES}|{PEOPLE_NOUNS}|friend|neighbou?r|relative|cousin|aunt|uncle|"
              r"[a-z]+(?:er|or|ist|ian))")
_ROLE_APPOSITION = re.compile(  # 'Fauzi, an official from the agency': Fauzi is a person
    rf",\s+(?:an?|the)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_ROLE_NOUN})\b(?!\s+of\s+the\s+world)"
    rf"(?!\s+(?:(?:has|had|have|also|later|then|was|is)\s+)*(?:{SPEECH})\b)")
#   not 'on the flight back to Washington, a senior official said': the role opens a clause
#   (a person's sloppy apposition, 'Lt. Col. X, a Pentagon spokesman says', stays a person's)
_ROLE_BEFORE = re.compile(rf"\b(?:{_ROLES})\s+$")  # 'said agency official Fauzi'
_IT_SAID = re.compile(rf"^[\s,]*it\s+{_AUX}(?:{SPEECH})\b")
_BODY_SUBJECT = re.compile(  # 'The Red Cross pledged ...', 'The agency has said ...'
    rf"\s*(?:(?:While|When|Although|Though|As|After|Before|Since|Because|If|Once|Whereas)\s+)?"
    rf"(?:[Tt]he\s+)?(?P<who>{_NAME})(?:,[ \t]+(?:the|an?)[ \t][^,\n]{{2,80}},)?\s+"
    r"(?:[a-z]+ly\s+)?(?:(?:has|have|had)\s+)?(?:[a-z]+(?:ed|s)|said|told)\b")
#   also 'X, the world's largest maker of Y, said ...
_TRAILING = re.compile(rf"[^.!?;:“”\"\n]{{1,120}}?,(?=\s*{_AUX}(?:{_VERB})\s)")
_TRAILING_SAID = re.compile(  # '“...” scenario by the club, a source said.': who, at the end
    rf"[^.!?;:“”\"\n]{{1,200}}?,(?=\s*{_SUBJECT}\s+{_AUX}(?:said|says|reported|added)\s*\.)")
_PASSIVE = re.compile(  # '... was killed', 'X, a teacher, died': the subject does not speak
    r"(?:,[^,.;]{2,100},)?\s+(?:(?:was|were|is|are|has been|had been|have been)\s+(?:\w+ly\s+)?"
    r"(?:\w+ed|killed|found|taken|held|hurt|shot|born|seen|struck|hit|caught|beaten)|died|dies)\b")
_ACCORDING_NP = re.compile(rf"\s*[Aa]ccording to (?P<who>(?:an?|the|one)\s+(?:[\w’'-]+\s+){{0,3}}?"
                           rf"(?:{_ROLE_NOUN}))\s*,")
_OWN_PRONOUN = {"he": re.compile(r"\s*He\s+[a-z]"), "she": re.compile(r"\s*She\s+[a-z]")}
_NAME_AND_ROLE = re.compile(
    rf"\s*(?:(?:[A-Z][\w.’'-]*|of|the)\s+)*?(?P<who>{_NAME}),\s+(?:a|an|the)\s+"
    rf"(?:[^,.;“”\"]{{2,100}},|(?:[\w’'-]+\s+){{0,4}}?(?:{_ROLES}|{_ROLE})\b)")
_NP_SPEAKS = re.compile(
    rf"\s*(?P<who>{_NP}(?:\s+(?:for|of|with|at)\s+(?:the\s+)?{_NAME})?)(?:\s+[a-z]+){{0,2}}?"
    rf"(?:\s+(?:in|from|at)\s+{_NAME})?(?:,(?P<app>[^,]{{2,40}}),)?\s+{_AUX}(?:{SPEECH})\b")
_SUBJECT_START = re.compile(r"\s*(?:(?:[A-Z][\w.’'-]*|of|the)\s+)*")  # titles before a name
_VERDICT_BY = re.compile(  # 'the deal was hailed by the minister, X, as “...”': X speaks
    r"\b(?:hailed|described|called|dismissed|critici[sz]ed|praised|condemned|branded|"
    rf"labell?ed|denounced|welcomed)\s+by\s+(?P<who>{_NAME}|[^,“”\"]{{2,80}}?)"
    rf"(?:,\s*(?P<name>{_NAME}),)?\s+as\s*$")
_WHO_SAID = re.compile(  # 'X, the country's top negotiator, who said “...”'
    rf"(?P<who>{_NAME})(?:,[^,“”\"]{{2,80}})?,\s+who\s+(?:also\s+|later\s+)?"
    rf"(?:{SPEECH})\b[^“”\"]{{0,60}}$")
_NOT_BODY = (  # 'the Department of X' is one name
    r"(?<!Department)(?<!Ministry)(?<!Office)(?<!Bank)(?<!University)(?<!Council)"
    r"(?<!Commission)(?<!Institute)(?<!Court)(?<!Board)(?<!Agency)(?<!Committee)"
    r"(?<!Bureau)(?<!Union)(?<!Federation)(?<!Association)(?<!Secretary)")
_PARTICIPLES = (r"saying|adding|noting|stating|warning|insisting|arguing|explaining|"
                r"declaring|stressing|claiming|commenting|observing|remarking|writing")
_OWN_SUBJECT = re.compile(  # a participle's own subject: 'with X noting', 'the latter adding'
    rf"(?:\b[Ww]ith\s+|(?:^|[,;])\s*)(?:[Tt]he\s+(?P<which>latter|later|former)|(?P<who>{_NAME}))"
    r"\s+$")
_OF_BODY = re.compile(rf"(?<=[a-zà-ÿ])\s+(?:of|from|at)\s+the\s+{_NAME}$")  # after a name
_DOER = re.compile(rf"(?P<who>{_NAME})\s+(?:(?:has|have|had)\s+)?[a-z]+(?:ed|s)\b")
_ACCORDING = re.compile(
    rf"(?:^|[.;]\s+)[Aa]ccording to (?P<who>{_NAME}|[^,“”\"]{{2,80}}?)(?:,\s*(?P<name>{_NAME}))?"
    r",[^“”\"]*$")
_QUOTED_AS = re.compile(
    r"\b(?:quoted|cited)\s+(?!by\b)(?P<who>(?:(?:an?|the|one|two|three)\s+)?(?:(?!who\b)[\w’'.-]+(?<!ing)\s+)"
    r"{0,4}?[\w’'.-]+)(?:,?\s+(?:who|\w+ing)\b[^“”\"]{0,100}?)?\s+as\s+saying\b")
_SAID_INSIDE = re.compile(  # '“It is ... preview, Ana Ruiz, manager at X, says.': a close left out
    rf",[ \t]+(?P<who>{_NAME})(?:,[^,“”\"\n]{{2,160}},)?[ \t]+(?:{SPEECH})\.?[ \t]*$")
_QUOTED_AS_AFTER = re.compile(  # '“...,” Mr. X quoted Mr. Y as saying of ...': Y speaks
    rf"[\s,]*(?:{_NAME}|{_NP})\s+(?:(?:has|had)\s+)?(?:quoted|cited)\s+(?!by\b)"
    rf"(?P<who>{_NAME}|{_NP})\s+as\s+saying\b")
_OWNED_DOC = re.compile(  # 'X's personal journals', 'X' diary': X's own words, written down
    rf"(?P<who>{_NAME})(?:[’']s|(?<=s)[’'])\s+(?:[a-z]+\s+){{0,2}}(?:journals?|diar(?:y|ies)|"
    r"notebooks?|memoirs?|writings|notes)\b")
_QUOTED_BY = re.compile(  # 'X was quoted by the paper as saying': X speaks
    rf"(?P<who>{_NAME}|{_NP})\s+(?:was|is|has been|had been)\s+(?:quoted|cited)\s+"
    r"(?:by\s+[^“”\"]{2,60}?\s+)?as\s+saying\b")
_OPENING_SUBJECT = re.compile(  # 'Officials in the capital said', 'Two inquiries into X found'
    r"\s*(?!(?:In|On|At|After|Before|During|Following|According|Despite|While|When|Since|"
    r"Although|Earlier|Later|Last|This|Speaking)\b)(?![A-Z]\w*ing\b)"
    rf"(?P<who>{_NAME}|(?:(?:[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Bb]oth)\s+)?"
    r"[A-Za-z][a-z]+s)\s+(?:in|of|at|from|into|for|with|on|close to)\b[^,;:]*$")
_PROMPTED = re.compile(  # 'prompting the BEA to warn against “...”': the BEA speaks
    rf"\b(?:prompt|urg|lead|caus|forc|ask|led)\w*\s+(?P<who>(?:the\s+)?{_NAME}|{_NP})\s+to\s+"
    r"(?:warn|say|state|declare|call|describe|insist|deny|admit|announce|stress|urge|"
    r"promise|vow|confirm)\b[^“”\"]{0,60}$")
_VERDICT = re.compile(r"\s+(?:(?i:not)\s+)?(?i:guilty|innocent|liable|dead)\b")  # not an excerpt
_EXCERPT_VERBS = (r"accused|accuses|accuse|accusing|repeated|reiterated|denounced|condemned|"
                  r"criticised|criticized|praised|dismissed|rejected|denied|demanded|found|"
                  r"concluded|described|calling|"  # verbs that introduce a quoted excerpt
                  r"(?:offered|gave|made|expressed|voiced)\s+(?:the|an?|his|her|their)\s+"
                  r"(?:explanation|argument|point|hope|view|opinion|observation)")
#                   'X offered the explanation that “...”': a noun that reports speech
_DOCUMENT = re.compile(r"(?:the|this|that|its|their|an?)\s+(?:\w+\s+)?(?:report|statement|"
                       r"website|site|paper|newspaper|article|letter|document|communiqu[eé]|release|study|blog|"
                       r"entry|diary|journal|declaration|roadmap|resolution|survey|text|"
                       r"advisory|bulletin|filing|message|memo|e-?mail|post|tweet|notice|"
                       r"announcement)$",
                       re.IGNORECASE)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_ADVERBIAL = re.compile(
    rf"(?:\s+(?:on\s+{_WEEKDAY}|(?:last|this|on|next)\s+(?:week|month|year|{_WEEKDAY})|"
    r"yesterday|today|also|later|then|once|previously|earlier|repeatedly|again|reportedly|"
    r"allegedly|publicly|reportedly|initially|quickly|briefly|"
    r"has|had|have))+\s*$")
_STAFF_OF = re.compile(  # a staff member named by the body employing them
    r"(?:[Aa]n?|[Oo]ne)\s+(?P<role>(?:[a-z]+\s+)?(?:reporter|correspondent|journalist|analyst|"
    r"editor|official|employee|worker|researcher|scientist|expert|engineer|volunteer|member))"
    rf"\s+(?:for|of|with|at)\s+(?:the\s+)?(?P<org>{_NAME})"
    r"(?:\s+(?:news\s+)?(?:agency|service|network|channel|newspaper|paper|station|radio))?")
_TITLE_RUN = re.compile(rf"^(?:[A-Z][\w’'.-]*\s+)*(?:{TITLES}|Engineer|Spokesman|Chair|"
                        r"Spokeswoman|Spokesperson|Commander|Inspector)\s+(?=[A-Z])")
_LABEL = (rf"(?:{_ROLES}|producer|showrunner|writer|actor|actress|star|boss|host|presenter|"
          r"editor|executive|singer|author|coach|manager|prosecutor|judge|detective|officer|"
          r"sheriff|creator|designer|critic|veteran|champion|striker|captain)")
_PLURAL_PEOPLE = re.compile(
    rf"\b(?i:{PEOPLE_NOUNS}|friends|neighbou?rs|relatives|witnesses|sources|"
    r"[a-z]+(?:ers|ors|ists|ians))\b")
_ISSUES = re.compile(
    rf"(?P<who>{_NAME})(?:\s+(?:of|from|at)\s+[^,\n]{{2,80}}?,|,[^,\n]{{2,80}},)?\s+"
    r"(?:[a-z]+ly\s+)?(?:has\s+|have\s+)?"
    r"(?:issued|released|put out|published|sent|posted|wrote)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|release|communiqu[eé]|letter|note|message|advisory|bulletin|filing)\b")
_ISSUED_BY = re.compile(r"\b(?:published|issued|released|written|prepared|drafted|signed|"
                        r"adopted|commissioned)\s+by\s+(?:the\s+)?"
                        rf"(?P<who>{_NAME}|(?:[a-z]+\s+){{0,2}}?(?:{_ROLES})\b)")
_AGED = re.compile(r"the\s+(?:\d+|[a-z]+)-year-old(?:\s+[a-z]+)?")
_PRONOUN_OPENS = re.compile(  # 'He ...', 'At 55, he is ...': the subject is a pronoun
    r"\s*(?:(?:[A-Z][\w’'-]*)(?:,?\s+[\w’'-]+){0,12},\s*(?:he|she|they)|He|She|They)\b")
#       'On July 27, 2006, he emailed X': a date's comma inside the opening phrase
_MODIFIER = re.compile(  # 'the Obama administration': a name that only qualifies a noun
    r"\s+(?i:administration|government|campaign|cabinet|foundation|institute|era|team|camp|"
    r"family|estate|presidency|doctrine|plan|policy|policies|years|kind\s+of|sort\s+of)\b")
_AFFILIATION = re.compile(r"\b(?:of|for|at|with|from)\s+(?:the\s+)?$")  # 'director of X'
_SPEAKS = re.compile(rf"\s*(?:,[^,]{{2,60}},\s*)?(?:has\s+|had\s+|also\s+)*(?:{SPEECH})\b")
