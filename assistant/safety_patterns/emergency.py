"""Emergency table: acute events that count by themselves (symptoms: emergency_symptoms.py; framing: emergency_context.py)."""

from __future__ import annotations

from .fragments import _DRUG, _FAMILY_NOUN, _MED, _NOT_DRUG, _QTY

# ---- emergency ------------------------------------------------------------------------------------------------
EMERGENCY_DIRECT = {  # acute by themselves
    "overdose_taken": [
        # session 15: quiet and indirect disclosures by a thirteenth author
        r"(?:took|taken|had) (?:a few|some|several|loads of|a load of|a lot of) extra (?:of )?(?:my |his |her |\w+s )?(?:\w+ )?(?:tablets|pills|meds)\b.{0,80}\b(?:breathing|breath|floaty|drowsy|cant stay awake|heart|dizzy|confused)\b",
        # session 15: quiet disclosures by a twelfth author (one clause inside a practical message, many Englishes)
        r"(?:had|took|taken) (?:a (?:fair |good )?few|a lot|loads|lots|quite a few|several|a handful|way) more (?:of )?(?:my )?(?:\w+ )?(?:tablets|pills|meds|capsules)? ?than (?:im|i am|i was|i should|id) (?:meant|supposed|allowed|prescribed|normally)\b.{0,80}\b(?:ago|tonight|this evening|earlier|wine|alcohol|drinks?|beer|vodka)\b",
        # session 15: an eleventh research-style author
        r"(?:taking|took|been taking|taken) (?:double|twice|two times|triple|too much|extra) (?:my )?(?:\w+ )?(?:lithium|dose|doses)\b.{0,120}\b(?:throwing up|vomiting|walking like (?:im|i am) drunk|cant walk|shak\w*|confus\w*)\b",
        # session 15: quiet and indirect disclosures by an eleventh author
        r"did something (?:stupid|silly|dumb|bad) with (?:the |my |some |a (?:load|lot|bunch|handful) of )?(?:paracetamol|tylenol|acetaminophen|pills|tablets|meds|\w+(?:ol|ine|am|pam|done))\b",
        # session 13: an eighth research-style author
        r"took (?:like |about |maybe )?(?:the |a )?(?:whole|entire|full) (?:strip|pack|packet|box|bottle|blister) of (?:my )?(?:\w+ )?(?:pills|tablets|meds)\b.{0,30}\b(?:ago|this morning|last night|earlier)\b",
        # session 13: quiet, understated wordings, a fourth author; a dose taken twice, pills taken an hour ago
        r"(?:took|taken|had) (?:\w+ ){0,8}(?:twice|double|two lots)\b.{0,60}\b(?:drowsy|heart|dizzy|faint|confused|breath\w*|cant stay awake|vomit\w*)\b",
        r"(?:already )?(?:took|taken|swallowed) (?:them|it|all of them|the lot)\b.{0,20}\b(?:hour|hours|minutes|mins)\b.{0,10}\bago\b.{0,60}\b(?:scared|heart|breath\w*|dizzy|drowsy|sleep it off|throwing up|sick)\b",
        r"(?:took|taken|swallowed) (?:all )?(?:the |my )?(?:\w+ )?(?:tablets|pills|meds)\b(?: \w+){0,3} (?:id|i had|i d|ive) (?:been )?"
        r"(?:saving|saved|stockpiling|hoarding|kept|keeping)\b",
        r"(?:chest|heart)\b.{0,20}\b(?:gone|going|got|feels?|is) (?:\w+ )?tight\b.{0,60}\b(?:sweat\w*|clammy|arm|jaw|pulled over|"
        r"lay by|breath)",
        r"(?:banged|hit|knocked|bumped) my head\b.{0,160}\b(?:been sick|vomit\w*|throwing up|keep forgetting|forgetting|confused|"
        r"drowsy)",
        r"(?:took|taken|swallowed|downed|necked) (?:them|those|it|these) all\b.{0,40}(?:💊|pills|tablets|sleepy|drowsy|dizzy|"
        r"cant keep|eyes)|💊.{0,30}\b(?:took|taken|swallowed|downed) (?:them|those|it|these) all\b",
        r"engoli(?:u|ram) (?:a |o |uma |um )?(?:cartela|frasco|caixa|vidro|pote)\b|tomou (?:a |o |uma |um )?(?:cartela|frasco|caixa) "
        r"inteir[oa]|trago (?:todo|toda) (?:el|la) (?:frasco|caja|blister)|a avale (?:toute|tout) (?:la|le) (?:boite|plaquette|flacon)",
        r"(?:consumed|swallowed|drank|ate|took|taken|had|drunk) (?:some )?(?:rat poison|bleach|poison|antifreeze|weedkiller|weed killer|"
        r"pesticide|drain cleaner|paraquat)",
        r"(?:poori|puri|saari|sari|sab|poora|pura) (?:\w+ ){0,2}(?:strip|bottle|goliyan|goliyaan|goli|tablets|pills|dabba) (?:\w+ )?"
        r"(?:kha|khaa|le|li|nigal) ?(?:li|liya|lee|lin|gaya|gayi|gaye)\b|(?:ininom|nilunok) (?:niya |ko )?(?:lahat|ang buong|yung buong)",
        r"(?<!if i )(?<!if you )(?<!droughts )(?<!drought )(?<!drought has )(?<!floods )(?<!its )(?<!banks )(?<!fires )(?:took|taken|swallowed|downed|necked) the (?:whole )?lot\b|necked (?:a |the )?(?:whole |full |entire )?"
        r"(?:strip|bottle|pack|packet|box|lot)",
        rf"(?<!if i )(?<!if you )(?<!if someone )(?<!if they )(?<!if she )(?<!if he )(?:took|taken|swallowed|ate|downed|chugged|popped) (?:all|every one|every single one|the (?:whole|entire|rest)|"
        rf"(?:my|his|her|their) (?:whole|entire)|"
        rf"a (?:whole|full|entire) (?:bottle|pack|packet|box|strip)|an entire|a bottle|a jar)\b{_NOT_DRUG}"
        rf"(?! (?:of )?(?:my |the )?(?:\w+ )?(?:\w+ )?(?:as prescribed|like usual|like normal|on time|this morning like))"
        r"(?! (?:of )?(?:my |the )?(?:\w+ )?(?:pills|tablets|meds|medications?|medicine|capsules|doses?)(?: already)?(?: this morning|"
        r" today| tonight| last night)? (?:as usual|as normal|as always|as prescribed|like usual|like normal|like every (?:morning|"
        r"day|night|evening))\b)",
        rf"(?<!if i )(?<!if you )(?:took|taken|swallowed|ate|downed|popped) (?:a handful|handful|a bunch|too many|way too many|"
        rf"a fistful|a whole (?:bottle|pack|box|strip)){_NOT_DRUG}(?: of)? \w+",
        rf"(?<!if i )(?<!if you )(?:took|taken|swallowed|ate|downed|popped) (?:like |about |around |maybe |almost |nearly |over |"
        rf"at least |roughly |probably )?(?:a bunch|a handful|handful|a lot|a ton|lots|loads|{_QTY}|"
        rf"too many|way too many|too much (?!time)|way too much)(?: of)? (?:my |his |her |their |the |these )?(?:\w+ )?"
        rf"(?:pills|tablets|meds|medication|medicine|capsules|painkillers|{_DRUG}|\w+ine|\w+ pills)",
        r"(?<!if i )(?<!if you )(?:took|taken|swallowed|ate|downed) everything (?:in|from) (?:my |the )?(?:medicine|pill|bathroom)",
        r"(?<!if i )(?<!if you )(?<!if someone )(?:took|taken|swallowed|downed) (?:every|each|all (?:the|of the|of my|my)) "
        r"(?:\w+ )?(?:tablet|pill|capsule|sleeping pill)s? (?:i|he|she|they|we) (?:had|had left|could find|was saving|saved|"
        r"still had)\b(?!.{0,30}\b(?:course|as prescribed|refill|prescription)\b)",
        r"(?<!if i )(?<!if you )(?:took|taken|swallowed|downed) (?:every|all the) (?:\w+ )?(?:pill|tablet|capsule)s? (?:in|from) "
        r"(?:the|my|a|his|her) (?:bottle|box|pack|packet|blister|cabinet|drawer)\b(?!.{0,30}\b(?:as prescribed|over \d+ days|"
        r"course|prescription)\b)",
        r"(?<!if i )(?<!if you )(?:took|taken|swallowed|downed) everything (?:that was )?left in (?:my |the |his |her )?(?:\w+ )?"
        r"(?:bottle|pack|packet|box|blister|prescription)",
        r"(?:ha|ho|hanno) preso tutte le (?:pastiglie|pillole|compresse)|risponde a fatica|non risponde",
        r"(?:took|taken|swallowed|had) (?:something|some pills|a bunch of (?:something|pills|stuff))\b.{0,60}\b(?:isnt|is not|not|"
        r"wont|cant|stopped|doesnt) (?:answering|responding|waking|breathing|moving|making sense)|"
        r"(?:took|taken|swallowed) too many|(?:i|he|she|they|someone|friend|son|daughter) (?:just |think i |may have |might have )?"
        r"(?:overdosed|odd|oded)\b(?! (?:\w+ ){0,2}(?:last|years?|months?|back|before|once|twice|when|in (?:19|20)\d\d|as a))"
        r"|(?:is|are|im) (?:overdosing|oding)",
        r"(?:took|taken|had|did|done|used|swallowed) (?:an |a )?(?:overdose|od)\b|(?:took|taken|had|did|used|swallowed) "
        r"(?:way |far |much |a lot )?(?:too much|more (?:\w+ ){0,3}than (?:i|he|she|they|prescribed|i was|we|you)|"
        rf"(?:double|triple) (?:the |my |his |her )?(?:dose|dosage|pills?|tablets?|amount|{_MED}))(?!time| of (?:a|my) (?:break|day|time))",
        r"(?:baby|toddler|kid|child|\d+ (?:year|yr|month) old|little one|(?:son|daughter|boy|girl|grandson|granddaughter|nephew|"
        r"niece) (?:is |who is |whos )?\d\b)\b.{0,60}\b(?:swallowed|ate|got into|"
        rf"chewed|drank)\b.{{0,60}}\b(?:{_DRUG}|pills|tablets|meds|medication|medicine|\w+ine|\w+pram|\w+pam|bottle|some|"
        r"a few|them)\b",
        r"(?<!me las )(?<!me los )(?:se )?tomo (?:un frasco|todas|todo el|toda la|muchas|un bote|una caja|un monton)|(?:me )?tome (?:todas|un frasco|"
        r"toda la|todo el|muchas|un bote|una caja|demasiad\w+)|(?:se )?tomo demasiad\w+|(?:tomei|tomou) (?:\w+ )?(?:comprimidos|"
        r"remedios|pilulas) (?:demais|a mais)|(?:tuvo|tiene|tengo|tuve) una sobredosis",
        r"(?:a|ai|jai) (?:pris|avale) (?:toute|tous|toutes|une boite|la boite|le flacon|tout le|trop de)|fait une (?:overdose|surdose)",
        r"(?:fils|fille|enfant|bebe|petit|petite)\b.{0,40}\ba (?:avale|mange|pris) (?:des|les|mes|ses|plusieurs|quelques) "
        r"(?:comprimes|cachets|medicaments|pilules)|(?:hijo|hija|nino|nina|bebe)\b.{0,40}\bse (?:tomo|trago|comio) (?:\w+ ){0,2}"
        r"(?:pastillas|pildoras)|(?:filho|filha|crianca|bebe)\b.{0,40}\b(?:engoliu|tomou|comeu) (?:\w+ ){0,2}(?:comprimidos|remedios|"
        r"pilulas)|(?:sohn|tochter|kind|baby)\b.{0,40}\b(?:tabletten|pillen)\w* (?:geschluckt|gegessen|genommen)",
        r"(?:alle|die ganze packung|eine ganze packung|zu viele) (?:\w+ ){0,2}(?:tabletten|pillen)\w* (?:genommen|geschluckt)"
        r"|uberdosis genommen",
        rf"(?<!if i )(?<!should i )(?:took|taken|swallowed) (?:my |his |her |their )?(?:\w+ ){{0,2}}(?:{_MED}|dose|pills?|tablets?) "
        r"(?:twice|three times|3 times|2x|3x)\b",
        r"(?:drank|had|downed) (?:a bunch of|a lot of|lots of|a bottle of|half a bottle of|too much|loads of) (?:vodka|alcohol|booze|"
        r"whiskey|beer|wine|liquor|rum|gin)\b.{0,40}\b(?:and|plus|then|with) (?:took|taken|swallowed|popped) (?:some|a few|a bunch|"
        r"a lot|a handful|\w+)(?: of)? (?:\w+ ){0,3}(?:pills|tablets|meds)",
        r"(?:took|taken|swallowed|popped) (?:some|a few|a bunch|a handful) of (?:my |his |her |their )?(?:\w+ ){0,2}(?:pills|tablets|"
        r"meds)\b.{0,60}\b(?:super sleepy|very sleepy|so sleepy|drowsy|throwing up|vomiting|wont wake|cant stay awake|passed out|"
        r"wont respond)",
        r"(?:tomou|tomei|engoliu|engoli) (?:todos|todas|um frasco|uma caixa|muitos|muitas|o frasco|a caixa|um monte|uma porrada"
        r"|varios|varias)"
        r"|(?:fez|teve|tive) uma overdose",
        r"(?:blister packs?|packets?|pill bottles?|bottles?) (?:are |were )?(?:all )?empty\b.{0,120}\b(?:took|taken|swallowed) (?:a lot|loads|lots|the lot|all of (?:them|it)|everything)|"
        r"(?:says|said) (?:she|he|they) (?:took|has taken|swallowed) (?:a lot|loads|lots|the lot|all of them|the whole \w+)\b",
        r"(?<!to )(?<!gonna )(?<!will )(?<!fit )(?<!go )(?:drank|drink|drunk|swallowed|swallow|ate|drinking) (?:some |di |the |a bottle of |a cup of )?(?:bleach|poison|weedkiller|weed killer|paraquat|"
        r"gramoxone|antifreeze|drain cleaner|rat poison|sniper|pesticide|insecticide|kerosene|paraffin)\b(?! (?:smell|taste|is|safe|in|warning))",
        r"(?:pushed|injected|shot up|gave myself) (?:a |the )?(?:whole |full |entire )?(?:vial|syringe|ampoule|amp|bottle) of \w+\b.{0,60}\b(?:ago|drowsy|sleepy|cant|dizzy)",
        r"(?:toddler|baby|child|kid|little one|grandson|granddaughter|my (?:son|daughter))\b.{0,60}\b(?:tablets?|pills?|strip|blister|packet|bottle)\b.{0,20}\b(?:empty|chewed|open|missing|half gone)\b",
        r"telan semua (?:pil|ubat)|minum semua (?:pil|obat)|amemeza vidonge|goliyan (?:kha li|kha lin|kha gaya|kha gayi)|(?:drink|drank) di bleach",
    ],
    "unresponsive": [
        # session 13: quiet disclosures by a fifth author (flat, polite, inside a clinic question)
        r"(?:cant|cannot|can not) (?:properly |really |fully )wake (?:him|her|them|my \w+)\b",
        # session 12: indirect and intermediate risk (a stressor, then an innocent-looking question), a third research-style author
        r"(?:is|s|really|very|so|getting) hard to (?:wake|rouse)(?: up)?\b",
        # session 12: a collapse told by a bystander; German 'not responsive'
        r"(?:went|gone|turned) (?:grey|gray|white|pale|blue) and (?:dropped|collapsed|fell|went down|keeled over)\b|keeled over\b.{0,40}\b(?:not|wont|isnt|gasping)",
        r"making (?:gasping|gurgling|choking|rattling) (?:noises|sounds)",
        r"nicht (?:mehr )?ansprechbar|atmet (?:ganz |sehr |so )?(?:komisch|seltsam|flach|merkwurdig)",
        r"(?:cant|cannot|can not|couldnt) get (?:him|her|them|my \w+) to (?:respond|wake|wake up|answer|react|open (?:his|her|their) "
        r"eyes)|unresponsive|unconscious|no pulse|turning blue|"
        r"(?:nangingitim|nangangitim|nagiging asul|kulay ube) (?:na )?(?:\w+ )?(?:labi|mukha)|(?:hindi|di) (?:na )?(?:makahinga|humihinga|"
        r"gumigising|magising)|(?:saans|saas) (?:\w+ )?(?:slow|dheere|dheemi|nahi|ruk|band|kam)\b|behosh|hosh (?:nahi|mein nahi|nahin)|"
        r"(?:lips|face|skin) (?:are |is |look |looks )?(?:kinda |kind of |a bit |slightly |really )?(?:turning |turned |going )?"
        r"(?:blue|grey|gray)",
        r"(?:cant|cannot|couldnt) (?:wake|rouse) (?:him|her|them|my \w+|you)|(?<! i )(?<!^i )(?<!simply )(?<!hoping i )(?<!i just )(?<!hope i )(?<!wish i )(?:wont|isnt|doesnt|wouldnt|will not|is not) "
        r"(?:wake|waking) up(?! (?:early|in time|on time|for|before|at|when|until|till|without|on his|on her))",
        rf"(?:he|she|they|hes|shes|my {_FAMILY_NOUN}|someone|somebody|him|her)\b.{{0,50}}?\b(?:isnt|is not|not|stopped|wont|"
        r"doesnt|didnt|will not|cant|cannot) (?:responding|respond|reacting|react|breathing|wake|waking|answering|answer)\b(?! (?:my|her|his|the|their|"
        r"your) (?:phone|calls?|texts?|messages?|door|emails?))(?! to (?:my|your|the|"
        r"any|me|emails?|messages?|texts?|calls?)| up (?:early|in time|on time|for|before|at|when|until|till|without))|stopped breathing|not breathing|collapsed",
        r"(?<!psiquiatra )(?<!psiquiatra ya )(?<!medico )(?<!doctor )(?<!doctora )(?<!terapeuta )(?<!clinica )(?<!consulta )"
        r"no (?:me |te |le )?(?:despierta|responde|respira|reacciona|contesta)|blauwe lippen|ademt (?:heel |erg )?(?:langzaam|niet)|"
        r"reageert niet|bewusteloos|inconsciente|(?:ne|n) (?:se )?(?:reveille|respire|repond) (?:pas|plus)"
        r"|sang partout|sangre por todas partes|blut uberall|sangue por (?:todo|toda) (?:lado|parte)",
        r"(?:wacht|reagiert|atmet) nicht|bewusstlos|nao (?:acorda|respira|responde)|desmaiad[oa]|nao (?:esta|ta|tá) "
        r"(?:acordando|respirando|respondendo|reagindo)|no (?:esta|se esta) (?:despertando|respirando|respondiendo)",
        r"hindi (?:na )?(?:humihinga|gumagalaw|sumasagot)|hawezi kuamka|hapumui|(?:saans|sans) nahi (?:aa rahi|le raha|le rahi)|"
        r"behosh|khong tho duoc|bat tinh|tak bernafas|ga napas|gak napas|mish (?:3am )?yitnaffas",
    ],
    "trauma": [  # session 11: crush, machinery and fall injuries happening now
        r"(?:pinned|trapped|crushed) (?:under|beneath|between|by) (?:a |the |his |her |their )?(?:\w+ )?(?:tractor|car|truck|lorry|van|vehicle|"
        r"machine|machinery|tree|wall|rubble|quad|forklift|trailer|beam|load|bales?)\b",
        r"(?:fell|fallen|came off|come off) (?:off |from |down )?(?:the |a |his |her |their )?(?:\w+ )?(?:scaffold\w*|roof|ladder|balcony|"
        r"horse|stairs|cliff|wall|tractor|loft)\b.{0,80}\b(?:not moving|unconscious|wont wake|not responding|cant move|blood (?:from|out of|coming)"
        r" (?:his|her|their|the) (?:ears?|nose))",
        r"blood (?:coming )?(?:from|out of) (?:his|her|their|my) ears?\b",
        r"(?:chainsaw|saw|blade|grinder|machine|auger)\b.{0,60}\bblood (?:is |s )?(?:pumping|spurting|pouring|gushing|everywhere)|blood (?:is )?"
        r"(?:pumping|spurting|gushing) (?:out|from)"],
}
