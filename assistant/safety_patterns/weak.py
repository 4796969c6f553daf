"""Crisis tables: weak families (two distinct ones, at least one a risk marker, route to crisis)."""

from __future__ import annotations

from .fragments import _DRUG, _MED, _PILLS, _QTY
from .weak_farewell import FAREWELL_SIGNS

# ---- crisis: weak families (two distinct ones, at least one a risk marker, route to crisis) -----------------
_MEANS_AND_INTENT = {
    "pill_context": [
        # session 13: indirect and intermediate risk, a second author
        r"(?:can|could|would|will|does|do|enough to) (?:\w+ ){0,6}(?:stop|stops) (?:your|my|someones|a persons|the) (?:breathing|heart)\b",
        # session 12: indirect and intermediate risk (a stressor, then an innocent-looking question), a third research-style author
        r"(?:dangerous|deadly|fatal|lethal|toxic|kill you) if (?:you|someone|i|a person|somebody) (?:take|takes|took|swallow\w*|had) (?:a lot|too many|loads|lots|the whole|all|a bunch)\b",
        # session 12: pills stacked up or counted out
        r"(?:pills|tablets|meds)\b.{0,15}\b(?:stacked|lined|counted|piled|laid) (?:up|out)\b|(?:stacked|lined|counted|piled|laid) (?:up |out )?(?:all )?(?:my |her |his |the )?(?:pills|tablets|meds)\b",
        r"(?:possible|can you|could you|is it easy|how easy is it) (?:to )?(?:overdose|od)\b",
                     r"(?:theres|there is|ive got|i have) (?:finally |now )?enough\b(?! (?:time|money|space|room|info|information|"
                     r"energy|sleep|food|for))", r"💊", rf"(?:pile|heap|handful|bunch|stack) of (?:\w+ )?{_PILLS}", rf"{_QTY} (?:\w+ )?(?:pills|tablets|caps|capsules)",
                     rf"(?:have|got|bought|saved|collected) (?:enough|plenty of|lots of|a lot of) {_PILLS}",
                     r"(?:finally|now) (?:have|got) enough\b",
        r"how much (?:of (?:it|that|them|this) )?(?:would|will) be enough\b(?! to (?:help|work|feel|notice|make|see|get better|sleep|last))",
        r"(?:whole |entire )?(?:box|bottle|pack|packet|stash|supply) of (?:\w+ )?(?:tablets|pills|meds|sleeping pills|painkillers) (?:is |are |was |has )?(?:gone|missing|empty)\b"],
    "means_access": [
        # session 15: a judge's mix in the dev set's style (a third author)
        r"(?:keep|kept|been|sit|sat) (?:staring|looking|glancing) at (?:the|my) (?:knives|knife|pills|tablets|rope|belt|gun|razors?|blades?)\b",
        # session 14: quiet disclosures by a ninth author (one clause of risk inside an ordinary message)
        r"(?:boxes|packets|bottles) of (?:it|them|paracetamol|tylenol|pills|tablets|painkillers) in (?:his|her|their|my) (?:car|drawer|room|bag|wardrobe|locker)\b",
        r"(?:ive got|i have|got) (?:a |an )?(?:new |full |whole |spare )?(?:box|bottle|packet|pack|strip|supply) (?:of (?:\w+ )?)?(?:in|under) (?:the|my) (?:bathroom|drawer|cupboard|car|bag|bedroom)\b",
        # session 14: quiet, indirect disclosures by an eighth author (hidden in admin questions, many Englishes)
        r"sleeping with (?:her|his|my|the|their) (?:pills?|pill organi[sz]er|tablets|meds|gun|rifle|pistol|knife) under (?:her|his|my|the|their) pillow\b",
        r"(?:look|looking|looked) up how (?:high|tall) (?:the )?(?:top (?:floor|level|deck) of )?(?:the )?\w+ (?:\w+ )?(?:is|are|was)\b",
        # session 14: quiet disclosures by a seventh author (many registers, inside a clinic question)
        r"asking (?:me |us )?where (?:\w+ ){1,3}(?:kept|keeps|keep|put|hid|stored) (?:\w+ ){0,3}(?:pills|tablets|meds|painkillers|gun|rifle|shotgun|rope)\b",
        # session 13: quiet disclosures by a sixth author (many Englishes, inside a clinic question)
        r"(?:rifle|gun|shotgun|pistol)s? (?:is |s )?(?:in|out in|down in|up in) the (?:shed|barn|garage|cupboard|safe|car|ute|truck|drawer|wardrobe|loft|attic)\b",
        # session 13: quiet disclosures by a fifth author (flat, polite, inside a clinic question)
        r"(?:with|got|have|carrying) (?:a |an )?(?:month|months|week|weeks|bottle|box|bag|pack|packet|stash) (?:worth )?of (?:my )?(?:\w+ )?\w+ (?:in my (?:bag|pocket|car|hand)|with me|on me)\b",
        # session 13: quiet, understated wordings, a fourth author
        r"(?:got|have|brought|taken|took) (?:the |my |all the |all my )?(?:\w+ )?(?:pills|tablets|meds) (?:\w+ ){0,4}with me\b",
        r"(?:ive got|i have|got|theres) a (?:full|whole|new|fresh) (?:box|bottle|pack|packet|strip|tub)\b(?: of \w+)? (?:here|right here|at home|in the drawer|next to me|with me)\b",
        # session 12: indirect and intermediate risk (a stressor, then an innocent-looking question), a third research-style author
        r"gun (?:shops?|stores?|dealers?)\b.{0,40}\b(?:same day|same-day|today|without (?:a )?wait|quick(?:ly)?|on the spot)\b|(?:buy|get) a (?:gun|rifle|pistol|handgun) (?:today|same day|quickly|fast|this week)\b",
        # session 12: quiet, understated wordings (a stoic older man, a farmer, a carer, a veteran)
        r"\b(?:rope|noose)s? (?:is |are )?(?:in|up in|ready in|hanging in|in the) (?:the )?(?:barn|garage|shed|loft|attic|woods|cellar|basement|garden)\b",
        r"(?:rifle|gun|shotgun|pistol)s? (?:is |s )?(?:oiled|loaded|cleaned|out|ready|down from the cabinet)\b",
        r"(?:saw|found|seen|noticed|spotted) (?:a |the |some )?(?:rope|noose)\b",
                     r"(?:the |a |my )(?:blade|razor|knife|rope|noose|gun|pistol)s? (?:is |are |s )?(?:right )?(?:here|next to me|"
                     r"beside me|in my hand|on my lap|in front of me)\b",
                     r"(?:have|got|bought|picked out|found|holding|grabbed) (?:a |the |my |some )?(?:rope|gun|knife|blade|"
                     r"razor|noose|method)\b", r"🔪|🔫", r"(?:i have|made|got|he has|she has) a plan",
                     r"(?:the|a|my) (?:rope|noose|gun|pistol|rifle|shotgun|revolver)\b",
                     r"(?:sitting|sat|sit|standing|stood|lying|laying|in (?:the|my) (?:bath|tub|bathroom|car))\b.{0,40}\b"
                     r"(?:with|holding) (?:a|the|my|his|her) (?:razor|blade|knife|rope|noose|gun)\b(?! (?:sharpener|block|set))",
                     r"tengo un plan|j ai un plan|ich habe einen plan|tenho um plano",
                     r"achete (?:\w+ )?(?:boites?|flacons?|plaquettes?) de (?:somniferes|cachets|comprimes|medicaments)|"
                     r"compre (?:\w+ )?(?:cajas?|frascos?) de (?:pastillas|somniferos|pildoras)",
                     r"know exactly (?:what|whats) (?:is )?in the (?:pyxis|med cart|med room|medication room|drug room|supply room|"
                     r"medicine cabinet|drug cabinet|cabinet|safe)|"
                     r"access to (?:the )?(?:pyxis|med cart|narcotics|controlled (?:drugs|substances))",
                     rf"(?:have|got|bought|holding|ive got|i have) (?:a |the |my |all the |all my |a whole |enough )?(?:bottle|"
                     rf"stash|pack|box|jar|supply|handful) (?:of )?(?:my |the )?(?:\w+ )?(?:{_PILLS}|{_DRUG})",
                     rf"(?:have|got|holding) (?:the |my |all the |all my )?{_PILLS} (?:here|with me|right here|ready|in my hand)",
                     rf"the rest of (?:my |her |his )?(?:\w+ )?{_MED}\b",
                     r"(?:have|got|ive got|i have)\b.{0,20}\b(?:old |leftover |spare )(?:\w+ )?(?:pills|tablets|meds|ketamine|\w+ine|"
                     r"\w+pam|\w+line)\b|(?:pills|tablets|meds|ketamine|\w+ine|\w+line) (?:i have |ive got )?left ?over\b|"
                     r"left ?over (?:\w+ )?(?:pills|tablets|meds|painkillers|medication|medicine|capsules|ketamine|\w+ine|\w+pam|"
                     r"\w+line) (?:i have|ive got|i kept|i saved)",
                     r"(?:bought|purchased|acquired|obtained) (?:a |an |himself a |herself a )?(?:gun|firearm|pistol|rifle|shotgun|handgun)",
                     r"know where (?:my |his |her |the )?(?:\w+ )?(?:keeps?|kept|hides?|hid|stores?) (?:his |her |their |the |my )?"
                     r"(?:meds|pills|gun|medications?|tablets|rifle|knife|painkillers|sleeping pills)",
                     r"(?:i have|ive got|i made|ive made|got) (?:an? )?(?:actual |real |proper |solid |clear )?plan\b(?! for (?:my|the))",
                     r"(?:old |hunting |service )?(?:rifle|shotgun|handgun|revolver)\b|ropes? (?:is )?bought|bought (?:a |the )?rope",
                     rf"(?:staring|looking|stared|looked) at (?:the |my |all the |all my |those |these )?(?:\w+ )?{_PILLS}",
                     r"tengo (?:las|mis) (?:pastillas|pildoras)|j ai (?:les|mes) (?:cachets|medicaments)|"
                     r"ich habe (?:die|meine) tabletten|tenho (?:os|as|meus) (?:comprimidos|remedios)",
        r"(?:com|con|avec|mit) (?:uma|una|un|une|einem|einer|a) (?:faca|cuchillo|navaja|couteau|messer|knife)\b",
        r"(?:pistol|gun|rifle|shotgun|revolver|weapon) loaded\b|loaded (?:pistol|gun|rifle|shotgun|revolver)\b|"
        r"counting (?:up )?(?:his |her |my |the |all )?(?:pills|tablets|meds)\b",
        r"(?:still )?(?:got|have|kept) (?:my|his|her) (?:\w+ ){1,2}(?:pistol|revolver|rifle|shotgun|gun)\b",
        r"(?:pistol|gun|rifle|shotgun|revolver)s? (?:is |are )?(?:cleaned and |oiled and )?loaded\b",
        r"(?:have|got|with) access to (?:all of it|it all|everything|the drugs|the (?:controlled )?drugs|the cd cupboard|the cd keys) at work"],
    "veiled_intent": [
        # session 15: quiet disclosures by a twelfth author (one clause inside a practical message, many Englishes)
        r"nothing (?:left|more|else) to (?:sort out|sort|arrange|organise|organize|tidy up|take care of) here\b",
        # session 15: quiet and indirect disclosures by an eleventh author
        r"(?:theres|there is) nothing (?:left )?keeping me (?:here |going |around )?(?:now|anymore|any more)\b(?! (?:in|from|at) )",
        r"(?:its|it is|it feels|feels) (?:so |really |very )?calming\b",
        r"whatever happens(?: happens| pasa)?\b.{0,20}\bim ready\b",
        # session 13: quiet disclosures by a fifth author (flat, polite, inside a clinic question)
        r"working (?:myself )?up to (?:it|either|doing it)\b",
        r"(?:ive|i have|weve) (?:picked|chosen|set|decided on) (?:a|the) date\b(?! (?:for|to|with|of)\b)",
        # session 13: indirect and intermediate risk, a second author
        r"(?:weirdly|strangely|oddly|suddenly|unusually|eerily) (?:calm|peaceful|cheerful|upbeat|at peace|serene|happy)\b",
        r"(?:ruled|counted|look like|looks like|seen as|deemed) (?:as )?(?:an )?accident(?:al)?\b",
        # session 12: indirect and intermediate risk (a stressor, then an innocent-looking question), a third research-style author
        r"(?:custody|look after|take care of|raise|get) (?:of )?(?:my|the) (?:daughter|son|kids|children|dog|cat|pets?)\b.{0,40}\bif (?:something|anything) (?:happened|happens|were to happen) to me\b",
        # session 12: a second author in the research set's style
        r"(?:doesnt|does not|wont|will not) (?:really )?matter (?:now )?(?:who|what) (?:has|gets|happens to|keeps) (?:my|all my) (?:stuff|things|belongings)\b",
        # session 12: a farewell thanks
        r"(?:youve|you have|you lot have|you all have) (?:all )?been (?:so |very |really )?(?:good|kind) to me\b|thanks? (?:you )?for everything (?:you(?: lot| all| guys)?(?: have| ve)? (?:did|done))",
        # session 12: quiet, understated wordings (a stoic older man, a farmer, a carer, a veteran)
        r"^(?:ive|i have) (?:decided|made up my mind|made my decision)\b(?! (?:to|on|that|what|which|whether|between|against|about|it s|its)\b)",
        r"(?:just )?(?:wanted|want|thought) (?:someone|somebody|one person|a person|someone at the clinic|you) (?:\w+ ){0,3}(?:to know|ought to know|should know)\b",
        r"(?:feel|feeling|felt) (?:so |really |very |strangely |oddly )?(?:calm|at peace|peaceful|settled)(?: now)?\b.{0,30}\b(?:first time|finally|since (?:i )?decided)",
        r"decided (?:on )?(?:a|the) (?:date|day)\b(?! (?:of|for|to)\b)(?!.{0,80}\b(?:infusion|session|appointment|"
                      r"starting|start|wedding|party|surgery|move|trip|booked)\b)",
                      r"(?:go|going|gonna|finally) (?:to )?(?:go )?through with it|(?:my plan is|planning|plan|going|gonna)"
                      r" to do it|(?:im|i am|am) (?:doing|going to do) it|(?:when|once|after) i do it|made up my mind|"
                      r"(?:picked|chosen|set|choose) (?:a|the) (?:date|day|time|place|spot)|(?:tomorrow|today|tonight|friday|"
                      r"saturday|sunday|monday|this weekend) is the (?:day|night)(?! (?:of|for|i|my|we|when)\b)|"
                      r"(?:tonights|todays|tomorrows) the (?:night|day)(?! (?:of|for|i|my|we|when)\b)|already decided\b|(?:ive |i have |i )?decided to do it\b|"
                      r"(?:have|got) (?:pretty much |almost |nearly |just about )?everything i need|everything i need (?:set aside|ready|is ready)|(?:made|ive made|i have made) my decision\b|(?:take|taking) that as (?:my|the|a) (?:answer|sign)|scheduled (?:emails?|messages?|texts?) to (?:my )?(?:friends|family|everyone)|more like a plan|theres no (?:trip|holiday|vacation|work trip)|there (?:is|was) no (?:trip|holiday|vacation)|(?:i|and i) mean it this time|this time i mean it|know exactly (?:what|how) (?:would|will|to) "
                      r"(?:work|do it)|(?:ya )?lo tengo todo (?:pensado|planeado|listo|preparado)|(?:have|got|ive got) everything (?:ready|prepared|set up)|(?:ive|i have) (?:already )?prepared "
                      r"everything|(?:hab|habe) (?:\w+ ){0,3}alles vorbereitet|tengo todo (?:listo|preparado)|j ai tout prepare"
                      r"|(?:ja )?preparei tudo|tenho tudo (?:pronto|preparado)|lo voy a hacer|voy a hacerlo|je vais le faire|ich werde es tun|vou fazer isso"
                      r"|elegi (?:la|el) (?:fecha|dia)|j ai choisi (?:la date|le jour)|(?:datum|tag) (?:steht|gewahlt|ausgesucht)"
                      r"|j ai (?:\w+ ){0,4}tout ce qu il (?:me )?faut|tengo todo lo que necesito|tenho tudo (?:o )?que preciso"
                      r"|escolhi (?:a data|o dia)|(?:got|bought|picked up) what i need\b(?! (?:for|from|to|thanks|thank))"
                      r"|(?:got|have|ive got) it all (?:figured|worked|planned|sorted) out",
                      r"(?:want|wanted|wants|going|gonna|about|ready|urge|tempted|thinking about|need) to jump\b(?! (?:in|into|on|at|start|"
                      r"through|ahead|right|straight|the (?:queue|line)))",
        r"ya (?:tome|he tomado|tomé) (?:mi|la) decision|j ai pris ma decision|jai pris ma decision|ich habe mich entschieden|"
        r"ja tomei (?:a )?minha decisao"],
    "revenge": [r"(?:is|are) (?:going to|gonna) pay for (?:this|it|what)|make (?:him|her|them|\w+) pay|get (?:back at|"
                r"revenge on|even with)|(?:teach|show) (?:him|her|them) a lesson"],
    "location": [
        # session 15: quiet disclosures by a fourteenth author
        r"(?:walking|going|heading|driving) (?:up )?there tonight\b.{0,20}\b(?:after dark|either way|alone)\b",
        # session 15: an eleventh research-style author (shut in alone now, not answering)
        r"(?:in|locked in|shut in) the (?:garage|shed|bathroom|car|barn|loft|attic|basement)\b.{0,30}\b(?:door (?:shut|locked|closed))\b.{0,30}\b(?:not answering|isnt answering|wont answer|not responding|isnt responding)\b",
        # session 15: quiet and indirect disclosures by an eleventh author
        r"(?:drive|driving|drove|walk|walking|head|heading) out to the (?:cliffs?|point|bridge|quarry|viaduct|headland)\b",
        r"(?:sit|sitting|stand|standing) somewhere (?:up )?high (?:today|tonight|alone|and think)\b",
        r"(?:sitting|standing|sat|stood) (?:up )?on the (?:top (?:level|floor|deck)|roof|rooftop|edge|ledge) of (?:the |a )?(?:parking garage|car park|multi ?storey|building|bridge|tower|hospital|block)\b(?!.{0,60}\b(?:waiting|parked|running late|for (?:my|the|an?) (?:appointment|infusion|session|slot|lift|ride))\b)",
        # session 13: quiet disclosures by a fifth author (flat, polite, inside a clinic question)
        r"(?:looking|look|looked|staring|stare|stared|peering) (?:over|down from|off) the (?:edge|ledge|railing|side)\b",
        # session 13: quiet, understated wordings, a fourth author
        r"(?:driving|drive|drove|going|go|went|walking|walk) (?:out )?(?:up )?to the (?:reservoir|bridge|cliffs?|quarry|river|lake|dam|pier|tracks|railway|viaduct|overpass)\b.{0,30}\b(?:sitting|sit|standing|stand|staring|stare|looking down|at night)\b",
        r"(?:im|i am) (?:up |out )?(?:at|on) the (?:cliffs?|bridge|cliff edge|ledge|quarry|viaduct)\b",
        r"(?:where|how) the (?:railing|fence|barrier|guardrail|rail) is (?:low|lowest|broken|missing|lower)",
                 r"(?:parked|parking) (?:up )?(?:by|at|near|next to|on|above|over) (?:the |a )?"
                 r"(?:reservoir|river|lake|quarry|cliffs?|cliff edge|bridge|seafront|pier|dam|railway|tracks|edge)\b",
                 r"(?:tallest|highest) (?:\w+ )?(?:buildings?|towers?|bridges?|car parks?|parking garages?)\b",
                 r"(?:stood|standing|sat|sitting) (?:out )?on (?:my|the|our) (?:balcony|roof|rooftop|ledge)\b",
                 r"(?:cliff|bridge|ledge|edge|drop|roof)\b.{0,30}\b(?:has )?(?:no|without (?:a |any )?)(?:railing|fence|barrier|guardrail)",
                 r"(?:walk|walking|go|going) (?:down )?(?:to|by) the (?:river|sea|water|lake|bridge|cliff|tracks)\b.{0,60}\b(?:stand|"
                 r"standing|stood) there",
                 r"(?:on|at|from|standing on|sitting on) (?:the |a )?(?:edge|ledge|bridge|roof|rooftop|train tracks|tracks|cliff|"
                 r"balcony)",
                 r"(?:bridge|roof|rooftop|cliff|overpass|tracks|ledge) (?:on|at|near|by|over) (?!you|your|the clinic|here|\w+ (?:st|street|rd|road|ave|avenue|lane)\b)\w+|"
                 r"locked (?:himself|herself|themselves|themself|myself) in\b|"
                 r"in front of (?:a |the )?(?:train|tram|bus|truck|lorry|car|traffic)|(?:closer to|near to|right at) the edge",
        "🌉"],
}
WEAK_RISK = {**_MEANS_AND_INTENT, **FAREWELL_SIGNS}  # family order as before
