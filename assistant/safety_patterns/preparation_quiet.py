"""Crisis table: preparatory acts told quietly, in one clause of an ordinary message (session 14); part of PREPARATORY."""

from __future__ import annotations

QUIET_PREPARATION = [
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
