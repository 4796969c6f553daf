"""Crisis table: preparatory acts told quietly, in one clause of an ordinary message (session 14); part of PREPARATORY."""

from __future__ import annotations

QUIET_PREPARATION = [
    # session 15: quiet disclosures by a fourteenth author
    r"(?:envelope|letter|note|card)\b.{0,60}\bfor after\b",
    r"(?:made|making) my own arrangements\b.{0,40}\b(?:at peace|peace with it|calm|ready)\b",
    r"(?:after that|after (?:\w+day|then)) (?:there )?(?:wont|will not) be (?:anyone|anybody|no one|nobody) (?:here |around )?to (?:feed|look after|walk|care for) (?:her|him|them|the \w+)\b",
    r"(?:rope|belt|cord|hose)\b.{0,60}\b(?:plans for it|plan for it|using it later|need it later)\b",
    # session 15: people writing about someone else's risk, and writers at risk who mention others
    r"pass (?:a|this) message to (?:my )?\w+\b.{0,60}\btell (?:her|him|them) (?:that )?(?:im|i am) sorry\b",
    # session 15: quiet and indirect disclosures by a thirteenth author
    r"(?:get through|hold on (?:for|till|until)|hang on (?:for|till|until)|make it to|stay for)\b.{0,60}\b(?:then|after that|after which)\b.{0,10}\bmy (?:job|work) here is done\b",
    r"(?:gets?|takes?) the call after\b",
    r"(?:updated|changed) the beneficiar(?:y|ies)\b.{0,120}\b(?:passwords|exclusion period|life (?:policy|insurance))\b",
    r"exclusion period (?:ended|is over|has passed|finished|expired|ran out)\b",
    r"(?:theres|there is|got) (?:a |the )?rope in the (?:barn|shed|garage|loft|attic|shop)\b.{0,60}\b(?:nobody|no one|noone|alone|for miles)\b",
    r"(?:roof|rooftop|ledge|edge|bridge|tracks|railway|cliff)\b(?: of (?:my|the) \w+)? (?:has been|is|keeps|been|kept) calling (?:to )?me\b",
    r"(?:somewhere|where) (?:nobody|no one|noone) (?:who knows me )?(?:will|would|can|could) find me\b",
    r"(?:posting|posted|texting|texted|saying|says|writing|wrote) (?:stuff |things )?like not long now\b|not long now\b.{0,40}\b(?:wont|not|isnt) answer\w*",
    r"(?:left|gone|went out|walked out)\b.{0,30}\bwith (?:the|a|his|her) (?:rope|gun|shotgun|rifle|pills|knife|hose)\b",
    r"(?:this is|its|tonight is) my last night\b(?! (?:in|at|here|of|before|on|with|as)\b)",
    r"i know where (?:im|i am) going to do it\b",
    # session 15: quiet disclosures by a twelfth author (one clause inside a practical message, many Englishes)
    r"if nothing (?:has )?(?:shifted|changed|improved|helped|worked)\b.{0,80}\b(?:thats me|that will be me|thatll be me)\b",
    r"(?:not|never) planning on (?:sticking|being|staying|hanging) (?:around|about) (?:past|after|beyond|much past)\b",
    r"(?:mi|i|me) (?:nah|nuh|not|dont|do not) plan (?:fi|to|on) (?:still )?(?:be|being) (?:here|around|alive)\b(?!.{0,60}\b(?:moving|move|relocat\w*|leaving for|holiday|abroad|trip|travel\w*)\b)",
    r"(?:cheers|thanks|thank you|grateful)\b.{0,100}\b(?:tell|let) (?:her|him|them|\w+) (?:know )?(?:that )?(?:it|none of (?:this|it)) (?:wasnae|wasnt|was not|isnt|is not) (?:her|his|their|your|anyones) fault\b(?! (?:that|the|my|we|i|about|with|for)\b)",
    r"(?:theres|there is|got|have|keep) (?:a |the )?(?:rope|noose|belt|cord|hose)\b.{0,40}\b(?:keep|kept|been) (?:going |going out |going up |going down )?(?:to )?(?:look(?:ing)? at|check(?:ing)?|stare|staring at)\b",
    r"(?:hose|hosepipe|tubing)\b.{0,60}\b(?:in the boot|in the car|in the trunk)\b",
    r"(?:i know|ive picked|ive chosen|i picked|i chose) which (?:lay ?by|lay by|layby|spot|place|bridge|car park|woods|cliff)\b",
    r"(?:ive|i have|i) (?:settled on|decided on|picked|chosen) (?:a date|the date|\w+day)\b.{0,60}\b(?:spot|place|bridge|reservoir|cliff|woods|river|quarry|lay ?by)\b",
    r"(?:list|note|notes) of who (?:gets|should get|will get|can have|is to get) (?:which|what) (?:of )?(?:her|his|my|their) (?:things|stuff|belongings|possessions)\b",
    r"(?:i have|ive got|got|i got) everything i need (?:in the car|in the boot|with me|in my bag|here)\b.{0,60}\b(?:river|bridge|woods|cliff|lake|sea|quarry|reservoir|car park|lay ?by|tell someone|say goodbye)\b",
    # session 15: quiet and indirect disclosures by an eleventh author
    r"(?:upload|leave|send|post|write|give) (?:a|the) (?:letter|note|message) (?:to be |that can be |that will be )?(?:passed|given|sent|forwarded|read) (?:on )?to (?:my|the|his|her) \w+\b.{0,20}\b(?:after|once|when) (?:im|i am) gone\b",
    # session 15: quiet and indirect disclosures by an eleventh author
    r"(?:journal|diary|essay|notebook|note|poem|post|story)\b.{0,40}\b(?:plans?|planning|intends?|wants?|going) to be gone (?:before|by|after)\b",
    r"(?:said|says|told (?:me|us|him|her)|mentioned|keeps saying)\b.{0,20}\b(?:(?:he|she|they|i) (?:has |have |had )?|hes |shes |theyve |ive )got (?:what|everything|all) (?:he|she|they|i) (?:needs?|need)\b.{0,20}\b(?:garage|shed|barn|loft|attic|basement|car|boot|trunk|woods|drawer|cupboard)\b",
    r"(?:been )?(?:telling|tellin|saying) (?:people|everyone|everybody|my (?:friends|family|people)|folks) (?:bye|goodbye|good bye)\b(?!.{0,60}\b(?:moving|move|trip|holiday|vacation|travel|leaving for|flight|party|graduat\w*|retir\w*|new job|abroad|semester|summer|term)\b)",
    r"(?:ya )?(?:le |les )?regale (?:todas )?mis cosas\b",
    # session 14: quiet and indirect disclosures by a tenth author
    r"(?:wont|will not) need (?:them|it|any of (?:them|it))\b.{0,5}\btake care of (?:yourselves|yourself|everyone)\b",
    r"(?:only|just) holding on (?:till|until|til) (?:then|march|\w+) so (?:the kids|my kids|my family|they|she|he) (?:get|gets|can get) (?:the )?(?:money|payout|insurance)\b",
    r"(?:texted|messaged|sent) (?:me )?(?:love you|i love you)\b.{0,10}\blook after (?:mum|mom|dad|the kids|my \w+)\b.{0,40}\b(?:phone is off|phones off|not answering|wont answer|isnt answering)\b",
    # session 14: quiet and indirect disclosures by a tenth author
    r"(?:wont|will not|dont) (?:be )?need(?:ing)? (?:the )?(?:last|remaining) (?:\w+ )?(?:sessions|appointments|infusions|bookings)\b.{0,20}\bafter (?:this|the|next) (?:weekend|week|\w+day)\b(?!.{0,60}\b(?:moving|relocating|emigrating|move)\b)",
    r"(?:if|when) (?:a patient|someone|a person|i) (?:stops|stop) (?:showing|turning) up permanently\b",
    r"how (?:tall|high) is the (?:multi ?stor(?:e)?y |multistorey )?(?:car park|parking garage|garage|building|tower|bridge)\b.{0,60}\b(?:top (?:level|floor|deck)|roof)\b.{0,20}\bopen to the public\b",
    r"(?:made|making) all the arrangements\b.{0,120}\b(?:after|by) (?:\w+day|the weekend|next week)\b.{0,30}\b(?:wont|will not) have the trouble of me\b",
    r"(?:everythings|everything is|its all|it is all) in the car (?:already )?\b.{0,30}\b(?:know|found|picked) (?:which|the|a) (?:spot|place)\b",
    r"(?:ive|i have) decided\b.{0,40}\b(?:feels|feel|feeling) calm\b.{0,120}\b(?:afterwards|after im gone|when im gone)\b",
    r"(?:i know|know) exactly what would work\b.{0,40}\b(?:can get|have access to|get) it at work\b",
    r"(?:shotgun|rifle|gun|pistol)s? in every (?:farmhouse|house|home|shed|ute)\b.{0,40}\b(?:mine included|including mine)\b",
    r"(?:keep|kept|been) looking at the (?:train line|tracks|railway|bridge|river|cliff|motorway)\b.{0,60}\bhow quick it would be\b",
    r"(?:stopped|quit) (?:taking )?my (?:\w+ )?(?:sertraline|meds|medication|tablets|pills|antidepressants?)\b.{0,40}\bkept (?:all )?the (?:leftover|old|spare) (?:boxes|packets|pills|tablets)\b.{0,40}\bjust in case\b",
    # session 14: quiet disclosures by a ninth author (one clause of risk inside an ordinary message)
    r"(?:going|go|gone|been going|went) up to the (?:top (?:level|floor|deck)|roof)\b.{0,50}\blook(?:ing)? (?:over|down) (?:the edge|the side)\b",
    r"(?:sorted|sorting|sort) (?:everything|it all|things) (?:out )?so (?:nobody|no one|noone) (?:has|have|will have|needs) to (?:deal with|clean up|sort out)\b",
    r"who (?:would|will|d) (?:look after|take care of|take|have|feed|walk) (?:her|his|their|my) (?:cat|dog|pets?|fish|rabbit|horse|hamster) after\b(?! (?:school|work|surgery|the (?:operation|move|surgery|holiday|trip)|she moves|he moves|they move|we move|i move|moving|christmas|\w+day)\b)",
    r"(?:sent|texted|messaged) (?:me )?(?:thanks|thank you) for everything\b.{0,80}\b(?:not answering|isnt answering|wont answer|not picking up|phone (?:is )?off|not replying)\b",
    r"(?:medicine cabinet|drug cupboard|pills|tablets)\b.{0,80}\b(?:been |keep |kept )?counting (?:what ive got|what i have|what i\w* got|them|it all)\b",
    r"(?:need|want) (?:someone|somebody) to (?:take|have|look after|adopt) (?:\w+ ){0,2}by (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow|tonight|the weekend)\b.{0,40}\b(?:rather not|dont want to|cant|wont) (?:explain|say|tell you) why\b",
    r"bought (?:a |some )?(?:length of |coil of )?rope\b.{0,40}\b(?:no reason|dont know why|cant say why|for no)\b",
    r"(?:pistol|gun|rifle|revolver|shotgun)\b.{0,60}\b(?:been )?out of the (?:drawer|safe|cabinet|case|holster|cupboard) (?:more|a lot|every night|lately|most nights)\b",
    r"how (?:tall|high) (?:is )?(?:the )?(?:\w+ )?(?:viaduct|bridge|cliff|car park|tower|building|dam|overpass)(?: is)?\b.{0,40}\b(?:been|keep|kept) (?:walking|going|driving|cycling) (?:out )?(?:to|there|up)\b",
    # session 14: quiet, indirect disclosures by an eighth author (hidden in admin questions, many Englishes)
    r"(?:this|next) (?!(?:appointment|session|infusion|visit|course|treatment|shift|exam|semester|term|job|week|weekend|month|day|time|class|lesson)\b)\w+ (?:will be|is going to be|is) my last\b(?!(?: one)? (?:week|day|shift|session|appointment|visit|month|class|lesson|term|semester|time|infusion|game|match|race|at|in|with|as|on|before|of|for)\b)",
    r"(?:rather|prefer) (?:my (?:car|body|stuff)|me|it) (?:was|were|be|to be|is) found (?:somewhere|anywhere|by (?:a stranger|someone|strangers))\b",
    r"stopped (?:taking )?my (?:\w+ )?(?:blood thinners|heart (?:pills|tablets|medication)|insulin|dialysis|warfarin|medication|meds|tablets|pills)\b.{0,30}\bto help (?:him|it|things|god|the lord|matters|nature) along\b",
    # session 14: quiet, indirect disclosures by an eighth author
    r"(?:rifle|gun|shotgun|pistol|pills|tablets|rope)\b.{0,80}\blooking at (?:it|them) (?:for )?(?:longer|more) than i should\b",
    # session 14: quiet, indirect disclosures by an eighth author (hidden in admin questions, many Englishes)
    r"(?:keep|kept|keeping) (?:all )?(?:his|her|my|the) (?:\w+ ){0,2}(?:tablets|pills|meds|patches)\b.{0,80}\b(?:count|counting|counted) them\b",
    r"(?:found|finding) (?:about |like |around |maybe )?(?:\d+|several|a lot of|loads of|lots of|a pile of|a stash of) (?:boxes|packets|bottles|strips) of (?:\w+ )?(?:paracetamol|tylenol|acetaminophen|ibuprofen|pills|tablets|painkillers|sleeping pills) (?:under|in|hidden (?:in|under)) (?:her|his|their|my|the) \w+",
    r"(?:dont|do not) think (?:im|i am|ill be|i will be) (?:taking|using|walking|going) (?:the )?(?:stairs|lift|elevator|steps) (?:back )?down\b",
    r"(?:sit|sitting|sat) in the car in the (?:shut|closed|locked) garage\b",
    # session 14: quiet disclosures by a seventh author (many registers, inside a clinic question)
    r"(?:carry|carrying|keep|keeping) (?:a |the |my |his |her )?(?:full )?(?:bottle|box|packet|stash|supply) (?:of )?(?:\w+ ){0,3}(?:around )?(?:with me)?\b.{0,30}\bin case i (?:ever )?(?:need|want|decide on) (?:a|an|my) (?:way out|exit|out)\b",
    r"(?:stopped|stopping|not) taking (?:his|her|my|their) (?:\w+ )?(?:tablets|pills|meds|medication)\b.{0,30}\b(?:keeping|saving|hiding|storing|stashing) them\b",
    # session 14: quiet disclosures by a seventh author (many registers, inside a clinic question)
    r"explaining (?:everything|why)\b.{0,50}\b(?:afterwards|after im gone|when im gone|once im gone)\b",
    r"(?:gun|pistol|rifle|shotgun|revolver|rope|noose)s? (?:is |are |s )?(?:\w+ ){0,4}(?:in front of me|next to me|beside me|in my lap|on my lap|in my hand)\b",
]
