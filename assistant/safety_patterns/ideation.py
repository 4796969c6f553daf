"""Crisis tables: explicit and soft wishes to die (one match routes to crisis)."""

from __future__ import annotations

from .fragments import _REFL_THIRD

# ---- crisis: strong families (one match routes to crisis) --------------------------------------------------
EXPLICIT_IDEATION = [
    # session 12: a second author in the research set's style
    r"(?:working out|figuring out|figured out|worked out|planning|researching|looking up|googling|been thinking about) how (?:to|i (?:could|would|might|can|will|d)) (?:end (?:it|things|it all|my life|everything)|kill myself|take my (?:own )?life)\b",
    r"(?:kill|killing|killed|kills|off|offing|end|ending|hang|hanging|hanged|drown|drowning|poison|"
    r"poisoning|suffocate|suffocating|strangle|electrocute|gas|neck|necking|yeet|delete|deleting) my ?self",
    r"(?:shoot|shooting) my ?self(?! (?:an? |another )(?:quick )?(?:reminder|email|e mail|text|message|memo|invite)\b)",
    rf"(?:kill|killing|kills|end|ending|hang|hanging|shoot|shooting|drown|poison|off|offing) {_REFL_THIRD}",
    r"(?:end|ending|take|taking) (?:my|his|her|their) (?:own )?life",
    r"\btop(?:ping|ped)? (?:my|him|her|them) ?sel(?:f|ves)\b|\bfinish(?:ing)? (?:my|him|her|them) ?sel(?:f|ves)\b",
    r"(?:asked|asking|asks|begged|begging|wants?) (?:me|us|someone|you) to help (?:him|her|them|me) (?:to )?(?:die|end it|end (?:his|"
    r"her|their|my) life|go)\b",
    r"end (?:it|this) all|end it (?:now|tonight|today|soon|for good|forever|already)|end everything|end it\s*$",
    r"(?:im|i am|ill be|i will be) ending (?:it|things|everything)\b(?! (?:with|between|off|early|on a))|"
    r"(?:ending|ended) (?:it|this|things) all|ending it (?:sounds|seems|feels|would be|is|looks)\b|(?:or|and|just|about|of) "
    r"ending (?:it|things|everything)\b(?! (?:with|between|off|early|on a))",
    r"(?:im|i am|ill be|i will be|i will|ill) end(?:ing)? it\b(?! (?:with|between))|\bcant anymore\b",
    r"(?:date|day|time|way|plan|decided|going|gonna|want|wanna|need|should|could|just|finally|ready|urge|tempted|how) "
    r"(?:\w+ )?to (?:just )?end it\b(?! (?:with|between))",
    r"\b(?:i|ive|he|she|they|hes|shes) (?:have |has |had |already )?(?:attempted|tried)(?: (?:it|suicide))?"
    r"(?: (?:before|once|twice|last \w+|in \w+|again|\w+ (?:ago|times?)))?\b.{0,40}\b(?:again|try it|do it)",
    r"(?:my|his|her|their|last|previous|first|second|latest) (?:suicide )?attempt\b(?! (?:at|to|in (?:booking|getting)))",
    r"(?:want|wants|wanted|going|plan|plans|planning|ready|decided|trying|tried|try|time|need|thinking about|"
    r"think about|thought about|considering|urge|urges|tempted) to (?:end it|end things|end this|end my life|kill myself)"
    r"(?! (?:treatment|cycle|course|session|conversation|chat|subscription|appointment|program|series|call|contract|plan|"
    r"relationship|\w+ (?:cycle|course|treatment|session|program|subscription|relationship)))",
    r"(?:made up my mind|decided|ready|going|planning|plan|want|finally) (?:\w+ )?(?:to )?(?:go through with it|do it)\b"
    r"(?! (?:by )?my ?self\b(?!.{0,40}\b(?:die|dead|end|suicide|pills|rope|gun)\b)).{0,40}\b(?:myself|die|dead|end|suicide|pills|"
    r"rope|gun)",
    # "does ketamine help people who are suicidal" asks about a group, not about anyone at risk now
    r"(?<!people who )(?<!patients who )(?<!those who )(?<!individuals who )(?<!folks who )(?<!clients who )"
    r"(?:im|is|are|am|feel|feels|feeling|felt|been|being|get|getting|got|was|become|becoming|go|went|seems?|sounds?)"
    r" (?:so |very |really |pretty |kinda |kind of |a (?:bit|little) |extremely |super |quite |more |increasingly |"
    r"actively |passively |fucking |lowkey |highly |constantly |always |still |often )*suicidal",
    r"suicidal (?:again|lately|today|tonight|all the time|every day|right now|af)",
    r"(?:suicidal|suicide) (?:thoughts?|ideation|feelings|urges?) (?:are back|came back|have come back|have returned|returned|again)\b",
    r"(?:(?:im|ive been|been|i keep|ive|i have|i|he|she|hes|shes|they) (?:\w+ )?(?:experiencing|struggling with|dealing with|"
    r"battling|fighting|having|getting|get|have|had)|my|constant|recurring|these) (?:suicidal|suicide) "
    r"(?:thoughts?|ideation|ideas|feelings|urges?|impulses|tendencies)",
    r"(?<!if you get )(?<!if you have )(?<!you may get )(?<!warning about )(?<!warnings about )"
    r"(?:thoughts?|thinking|think|thinks|considering|consider|contemplating|planning|plan|plans|planned|attempt|"
    r"attempted|attempting|tried|try|trying|commit|committing) (?:of |about |on )?(?:committing )?suicide"
    r"(?! (?:risk|rates?|prevention|warning|screening|statistics|research|assessment))"
    r"(?!.{0,25}\bfor (?:a|my|an) (?:\w+ ){0,3}(?:paper|essay|assignment|class|thesis|project|report|presentation|dissertation)\b)",
    r"my suicide|suicide (?:note|letter|pact|plan)",
    r"suicid\w* (?:thoughts|ideation)\b.{0,60}\b(?:ive had them|i have them|im having them|had them every|having them)",
    r"\b(?:i|ive|i have|he|she) (?:\w+ )?(?:overdosed|odd|oded|tried to overdose)\b.{0,30}\b(?:last|years?|months?|before|"
    r"back then|ago|once|twice|in (?:19|20)\d\d)",
    r"(?:want|wanna) to commit",
    # Spanish, French, German, Portuguese
    r"(?:matarme|matarse|suicidarme|suicidarse|quitarme la vida|quitarse la vida|(?:me|se) (?:\w+ )?(?:quiero|quiere|voy|va) "
    r"(?:a )?(?:matar|quitar la vida|suicidar)|acabar con (?:mi vida|todo)|"
    r"terminar con (?:mi vida|todo)|quiero morir\w*|me quiero morir|pensamientos suicidas|me siento suicida)",
    r"(?:me suicider|se suicider|me tuer|se tuer|mettre fin a (?:mes jours|ma vie|ses jours)|en finir|envie de mourir|"
    r"envie de crever|(?:je vais|je veux|veux) crever|me foutre en l air|"
    r"veux mourir|veut mourir|idees suicidaires|"
    r"je suis suicidaire|pensees suicidaires)",
    r"(?:mich (?:selbst )?(?:umbringen|toten)|bringe mich um|mir das leben nehmen|suizidgedanken|selbstmordgedanken|"
    r"umzubringen|mich (?:\w+ ){0,2}umbringen|sich (?:\w+ )?(?:umbringen|toten)|mich (?:selbst )?zu toten|das leben zu nehmen|selbstmord zu begehen|will sterben|mochte sterben|bin suizidal|bin lebensmude|lebensmude)",
    r"voglio morire|vorrei morire|uccidermi|ammazzarmi|farla finita|togliermi la vita|non voglio (?:piu )?vivere|"
    r"(?:per )?non svegliar(?:mi|si) piu|suicidarmi",
    r"ik wil (?:echt )?dood|ik wil niet meer (?:leven|wakker worden)|zelfmoord|mezelf (?:van kant maken|ombrengen|doden|"
    r"iets aandoen)|er een eind(?:e)? aan (?:maken|te maken)|zie het (?:\w+ )?niet meer zitten|met alles (?:willen )?ophouden|"
    r"niet meer wakker (?:worden|te worden)",
    r"nie chce (?:juz )?zyc|chce umrzec|zabic sie|samoboj\w*|(?:juz )?sie nie obudzic|nie obudze sie|skoncze ze soba|"
    r"odebrac sobie zycie",
    r"(?:go|going|gonna|finally|energy to|courage to|strength to|nerve to) (?:\w+ ){0,2}through with (?:my|the) plan|"
    r"(?:energy|courage|strength|guts|nerve) to (?:actually |finally )?(?:do it|go through with)",
    r"(?:seria )?mejor (?:morirme|estar muert[oa])|ganas de morir\w*|quisiera morir\w*|prefiero morir\w*|mieux vaudrait "
    r"(?:mourir|que je meure)|lieber tot|(?:seria )?melhor (?:morrer|estar mort[oa])|vontade de morrer",
    r"(?:me matar|se matar|me suicidar|se suicidar|(?:pensando|penso|pienso|pensar) (?:em|en) (?:o |el )?suicidio|tirar (?:a )?minha (?:propria )?vida|quero morrer|"
    r"acabar com (?:tudo|a minha vida|minha vida)|"
    r"pensamentos suicidas)",
    r"ayoko (?:na )?(?:ng |nang )?mabuhay|gusto ko (?:na |nang )?(?:ng )?mamatay|magpakamatay|papatayin ko (?:na )?(?:ang )?sarili ko|"
    r"wala (?:na |nang )?(?:ng )?saysay (?:ang )?(?:buhay|mabuhay)",
    r"(?:marna|mar jana|mar jaana|marne) (?:chahta|chahti|chahte)|(?:jeena|jina|jeene) (?:nahi|nahin) (?:chahta|chahti)|khudkushi|"
    r"aatmahatya|atmahatya|suicide kar (?:lu|loon|lunga|lungi|leta|leti)",
    # session 10 (blind42/43 first runs)
    r"(?:si|cuando|y si) (?:me )?(?:\w+ ){0,3}me mato\b|(?<!se )\bme mato\b(?! (?:trabajando|estudiando|de|a trabajar|por))",
    # session 10 (blind42/43 first runs)
    r"(?:want|wanna|wish|going|decided) to finish (?:with )?(?:everything|my life|it all|my self|myself)\b"
    r"(?! (?:on|in|for|at|before|by|today|first|else|i need|so|then|this week|and go|and start)\b)|"
    r"(?:take|taking|took) away my (?:own )?life\b",
    r"ich (?:kann|will) (?:auch )?nicht mehr\b.{0,40}\b(?:ich )?(?:will|kann) (?:auch )?nicht mehr\b|wozu (?:das alles|noch leben|weiterleben)\b",
    # session 11: code-switching (Tagalog, Malay/Indonesian, Arabizi, Swahili, Vietnamese, Hindi/Urdu, Korean, Japanese)
    r"magpa(?:pa)?kamatay(?! ka\b)|nagpa(?:pa)?kamatay|patayin (?:ko )?(?:ang )?sarili|bunuh diri|kujiua|anataka kufa|nataka kufa|tu tu\b|khudkushi|khud ?kushi|"
    r"jasal|jisatsu|ent[7ht]ar|(?<!penat )(?<!letih )(?<!lapar )(?<!penat nak )(?:nak|mau|pengen|ingin|pingin|rasa nak) mati\b(?! (?:lampu|listrik|ketawa|gaya))|"
    r"(?:muon|mun) chet|(?:marna|mar jana|mar jaana) (?:chahta|chahti|hai)|jukgo sipeo|shinitai|kietai|"
    r"(?:bidi|badi|nifsi|biddi) (?:moot|mout|amoot|amout|mot)\b",
]

SOFT_IDEATION = [
    # session 13: the whole message is 'kill me' (no mundane context; 'kill me lol' is still cleared as an idiom)
    r"^(?:(?:please|pls|plz|just|someone|somebody|god|oh god|can (?:someone|you)|could (?:someone|you)) )*(?:kill me|end me)(?: (?:please|pls|plz|now|already|too))*\s*$",  # strong unless laughed off in a mundane context ("kill me lol this form")
    r"(?:want|wants|wanting|wanna|wish|wishing|going|ready|deserve|deserves|just want|rather) to (?:die|dye|d1e|be dead)"
    r"(?! (?:my|his|her|the|your|it|this|that|them) (?:\w+ )?(?:hair|beard|roots|eyebrows|brows|clothes|shirt|jeans|fabric|"
    r"walls?|eggs|tips|ends|bangs|fringe|color|colour)\b| (?:it|them) (?:black|blue|red|pink|purple|green|blonde|brown|grey|"
    r"gray)| (?:of|from) (?:embarrassment|boredom|laughter|laughing|shame|cringe)| laughing)",
    r"(?:id|i would|i) rather (?:die|be dead|not (?:exist|be alive|be here|be around|live|wake up))(?! than (?:sit|sitting|wait|waiting|"
    r"queue|queuing|go back to (?:that|the|your) (?:waiting room|queue|office|website|phone line)|fill|filling|pay|paying))",
    r"(?:please|just|somebody|someone|god|can someone|could someone) (?:just )?kill me",
    r"kill me (?:now|already|please)",
    r"\bkms\b",
    # session 10 (blind42/43 first runs)
    r"\brather (?:die|be dead)\b(?! than)",
]
