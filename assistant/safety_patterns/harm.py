"""Crisis tables: quantities of drugs, self-injury, command voices and harm to others (one match routes to crisis)."""

from __future__ import annotations

from .fragments import _DRUG, _MED, _NOT_DRUG, _PILLS, _QTY, _REFL_THIRD

DRUGS_QUANTITY = [
    # session 15: quiet disclosures by a fourteenth author
    r"(?:keep|kept|keeping) (?:them|it) (?:close|handy|near|nearby)\b.{0,30}\bin case i (?:decide|need|want)\b|in case i decide (?:ive|i have) had enough\b",
    # session 15: people writing about someone else's risk, and writers at risk who mention others
    r"(?:sertraline|pills|tablets|meds|\w+(?:ine|am|pam|ol))\b.{0,20}\b(?:ive been|been|im) saving (?:mine|them|it|some) up\b",
    r"(?:stockpile|stash)\b.{0,20}\bdont (?:worry|ask) (?:about )?why\b|(?:refill|prescription|script)\b.{0,30}\bearly\b.{0,40}\bstockpile\b",
    r"(?:months?|weeks?|box|boxes|bottle|packs?|stash|supply) of \w+\b.{0,60}\b(?:comforting|reassuring|a comfort) (?:knowing|to know)\b",
    r"intends? to take (?:all|the lot|every(?:thing| one)) (?:of )?(?:it|them|her \w+|his \w+|my \w+)\b",
    r"(?:think|thinking|thought) (?:to|of|about) (?:take|taking) all (?:my|the|of my) (?:tablets|pills|meds|medicine)\b",
    r"(?:escondid[ao]s|guardad[ao]s|juntad[ao]s)\b.{0,40}\btodas las pastillas\b|todas las pastillas\b.{0,30}\b(?:escondid|guardad)",
    # session 15: quiet disclosures by a twelfth author (one clause inside a practical message, many Englishes)
    r"(?:got|have|had) enough (?:put by|saved|stored|stashed|set aside|put away|saved up)\b.{0,30}\b(?:for when|for if|when|once|for the day) (?:i|im) (?:decide|ready|choose|go)\b",
    # session 15: an eleventh research-style author
    r"(?:vials?|bottles?|ampoules?|stash|ketamine)\b.{0,120}\b(?:did|do|took|take|use|used|inject|shoot) all (?:of )?(?:them|it) (?:in one go|at once|in one hit|all at once)\b",
    r"(?:look(?:ed)? up|search(?:ed)?|googl\w*|check(?:ed)?|work(?:ed)? out) how many (?:of )?my \w+ (?:would|will|is|are) (?:be )?too many\b",
    # session 14: quiet and indirect disclosures by a tenth author
    r"how much (?:paracetamol|tylenol|acetaminophen|ibuprofen|\w+) is in (?:one of )?(?:those|the|a) (?:big )?(?:pharmacy |chemist )?(?:packs?|bottles?|boxes?|tubs?)\b.{0,15}\bin total\b",
    # session 14: quiet disclosures by a ninth author (one clause of risk inside an ordinary message)
    r"(?:took|take|taking|swallowed|swallow) (?:their|his|her|my|your|a) (?:whole|entire|full) (?:months?|weeks?) (?:supply|worth)\b.{0,30}\bat once\b",
    r"(?:the )?whole (?:bottle|strip|box|packet|pack)\b.{0,20}\b(?:and|with|plus) (?:the )?whole (?:bottle|strip|box|packet|pack)\b",
    # session 14: a tenth research-style author (a story's method question from a writer who relates to it)
    r"overdoses? on (?:her|his|their|my|the) (?:\w+ )?(?:antidepressants|pills|meds|tablets|medication)\b.{0,60}\bhow many (?:would|do|does|did) (?:she|he|they|i|you|someone|somebody) need\b",
    # session 14: quiet, indirect disclosures by an eighth author (hidden in admin questions, many Englishes)
    r"how many (?:of (?:her|his|my|the|these|those) )?(?:\w+ ){0,2}(?:patches|pills|tablets|capsules)\b.{0,30}\bwould it take for (?:someone|a person|me|a man|a woman|somebody)\b",
    r"(?:drug cupboard|medicine cabinet|drugs cupboard|controlled drugs|the stock)\b.{0,60}\bhow much (?:of (?:it|them|that) )?(?:would be|is) enough\b",
    # session 14: a ninth research-style author
    r"(?:most|more|really|very) (?:dangerous|lethal|deadly|toxic|harmful)\b.{0,40}\b(?:take|took|swallow\w*) (?:a lot|lots|loads|too many|a bunch|a whole \w+|all) (?:of them )?(?:at once|in one go|together)",
    # session 13: quiet disclosures by a sixth author (many Englishes, inside a clinic question)
    r"how many (?:\w+ ){0,3}would it take (?:before|until|till) (?:it|they) (?:stopped|stops|stop) being safe\b",
    # session 13: quiet disclosures by a fifth author (flat, polite, inside a clinic question)
    r"know(?:s)? (?:\w+ ){0,8}how much (?:of (?:it|them) )?(?:it )?(?:would|will|itd) take\b(?! to (?:work|kick|help|feel|notice|see|get|recover|heal))",
    # session 13: indirect and intermediate risk, a second author
    r"how many (?:of )?(?:\w+ ){0,4}would it take to (?:just )?(?:sleep through|sleep forever|not wake|never wake)(?! the night| till| until| to)",
    r"how many (?:of )?(?:\w+ ){0,3}would (?:actually |really )?be (?:dangerous|deadly|fatal|lethal|too many to survive)\b",
    r"(?:swallow\w*|tak\w+|took|down\w*) (?:a |the )?(?:whole|entire|full) (?:month|months|week|weeks|bottle|box|pack|packet|strip|prescription|supply)s? (?:(?:worth )?of (?:\w+ ){0,2})?(?:at once|in one go|all at once|at the same time)\b",
    # session 12: a fourth research-style author (measured on the final code first)
    r"(?:she|he|they)(?:ll| will| is going to|s going to|s gonna| wants to| keeps saying (?:she|he|they)(?:ll| will)) (?:swallow|take|down|neck) (?:all|every one of|the whole (?:lot|bottle|box) of) (?:her|his|their) (?:pills|tablets|meds|medication)\b",
    # session 12: quiet, understated wordings (a stoic older man, a farmer, a carer, a veteran)
    r"(?:stopped|not|quit) taking\b.{0,40}\b(?:saving|keeping|storing|stockpiling|hoarding|putting) (?:them|the (?:pills|tablets|meds)|it) (?:up|aside|by)\b|saving (?:them|the (?:pills|tablets|meds)) up instead",
    r"between (?:the |my |his |her )?(?:\w+ ){0,3}(?:tablets|pills|meds|painkillers)\b.{0,30}\b(?:theres|there are|thats|comes to|makes) (?:about |around |nearly |over |at least )?(?:\d{2,}|a hundred|two hundred)\b",
    # session 12: swallowing all one's pills, in French, Spanish and German
    r"(?:envie|veux|vais|voudrais) (?:d )?(?:avaler|prendre) (?:toutes? )?(?:mes|les) (?:pilules|comprimes|cachets|medicaments)\b",
    r"(?:ganas de|quiero|voy a) (?:tomarme|tragarme) todas (?:mis|las) (?:pastillas|pildoras)|alle (?:meine |die )?tabletten (?:auf einmal )?(?:schlucken|nehmen)",
    r"(?:putting|put|kept|keeping|saving|saved|hiding|hid|stashing) (?:them|it|those|the \w+|my \w+|her \w+|his \w+|an? \w+ or two) "
    r"(?:aside|away|by|back)\b.{0,80}\b(?:instead|in case|just in case|if i decide|so (?:theyre|they are) there)\b",
    rf"(?:{_PILLS}|{_MED})\b.{{0,120}}\b(?:\w+ )?(?:been|is|was|hes|shes|theyve|has|have) (?:been )?(?:saving|hoarding|stockpiling|"
    r"stashing|collecting) (?:them|those|it)\b|(?:tin|box|jar|bag|drawer) (?:\w+ )?full of (?:her |his |my |their )?(?:\w+ )?"
    r"(?:sleeping pills|pills|tablets|meds)",
    r"💊\s*(?:x|×) ?\d{2,}\b|\b(?:x|×) ?\d{2,}\s*💊",
    rf"(?:keep|kept|keeping|saving|saved|stash\w*|hid\w*|hoard\w*) (?:all )?(?:of )?(?:my )?(?:old |leftover |spare )?(?:{_PILLS}|"
    r"prescriptions|meds)\b.{0,30}\b(?:in|under) (?:a|my|the) (?:shoebox|box|drawer|bag|jar|tin|cupboard|sock|safe)\b.{0,40}\b"
    r"(?:enough|all of them|every one)",
    r"enough to (?:make sure|be sure|ensure)\b.{0,20}\b(?:its|it is|im|i am|it will be|i will be) (?:over|gone|dead|done)\b|"
    r"(?:make sure|ensure) (?:its|it is) over for good",
    rf"(?:neck|necking|swallow|down|take) the (?:whole )?lot (?:of )?(?:my |me |the )?(?:\w+ )?{_PILLS}",
    rf"(?:drinking|alcohol|booze|wine|vodka|beer)\b.{{0,40}}\b(?:taking|take|took|popping) (?:a few |some |a couple )?extra (?:of )?"
    rf"(?:my )?(?:\w+ )?{_PILLS}|(?:taking|take|took|popping) (?:a few |some |a couple )?extra (?:of )?(?:my )?(?:\w+ )?{_PILLS}"
    r"\b.{0,40}\b(?:drinking|alcohol|booze|wine|vodka|beer)",
    rf"(?:take|taking|swallow\w*|down) (?:the |all the |all my |my )?(?:\w+ )?{_PILLS} (?:ive|i have|i|im) (?:been )?(?:saving|saved|"
    r"stockpil\w*|collect\w*|hoard\w*|keeping|kept|stashing|stashed)",
    rf"(?:putting|put|setting|set|saving|stashing|hiding|keeping) (?:my |the |her |his )?(?:\w+ )?(?:{_PILLS}|{_MED}) (?:by|aside|"
    r"away)\b(?! (?:for (?:the|my) (?:trip|holiday|travel|weekend)|in (?:the|my) (?:bag|suitcase)))",
    r"(?:know|knew|worked out|figured out|calculated) (?:\w+ ){0,3}(?:what|how much|how many|which) (?:quantity|amount|dose|number)? ?"
    r"(?:of )?(?:my )?(?:own )?(?:\w+ )?(?:would be|is|will be) (?:sufficient|enough|fatal|lethal)",
    rf"(?:using|use|take|taking|swallow\w*) (?:the |my |all (?:the |my )?)?(?:\w+ )?{_PILLS}\b.{{0,40}}\bto (?:end it|end my life|"
    r"die|kill myself|not wake up)",
    r"(?:ja )?separei (?:todos |todas )?(?:os |as |meus |minhas )?(?:\w+ )?(?:comprimidos|remedios|pilulas)|(?:vou|vai) tomar "
    r"(?:todos|todas|tudo)\b(?! (?:os|as) (?:dias|semanas|meses|noites|manhas))|(?:junte|guarde|separe|tengo guardad[ao]s) "
    r"(?:todas )?(?:las |mis )?(?:pastillas|pildoras)|voy a tomar(?:me)? (?:todas|todo)\b(?! (?:el|los|las) (?:dia|dias|"
    r"tratamiento|curso|semanas|noches))|j ai (?:garde|mis de cote|rassemble) (?:tous )?(?:mes |les )?(?:cachets|comprimes|"
    r"medicaments)|tabletten (?:gesammelt|gehortet|zur seite gelegt|aufgehoben)",
    r"(?:putting|put|setting|set|saving|stashing) (?:aside|away) (?:some of |a few of |)(?:my |the )?(?:oxy|oxys|oxycodone|opioids|"
    r"painkillers|morphine|\w+codone|fentanyl|patches)\b",    rf"(?:putting|put|setting|set|saving) (?:aside|away) (?:a few |some |one or two |a couple (?:of )?)?(?:of )?(?:my )?(?:\w+ )?(?:{_PILLS}|{_MED})",
    rf"(?:{_PILLS}|{_MED}|{_DRUG}) (?:\w+ )?(?:put|set|tucked|stashed|saved) (?:aside|away)|pocketing (?:vials|pills|tablets|meds|doses)",
    rf"(?:putting|put|setting|set|keeping|kept|saving|stashing|hiding) (?:a few |some |extra |a couple of |one or two )?(?:\w+ )?"
    rf"(?:{_PILLS}|{_MED}) (?:aside|away|back)\b",
    r"counted (?:them|the pills|my pills)\b.{0,20}\d+\b.{0,15}\bis (?:that|it) enough$",
    r"quante (?:pastiglie|pillole|compresse)\b.{0,40}\b(?:morire|svegliar\w*)|pillen gespaard|vanavond is het genoeg",
    r"(?:💊\s*){3,}",
    r"how (?:many|much)\b.{0,60}\b(?:make it permanent|be permanent)",
    r"(?:saved|saving|kept|keeping|stored|hidden|hid|stashed) (?:up )?(?:about |around |nearly |almost |over )?(?:\w+ )?(?:weeks?|months?)"
    r" (?:worth )?of (?:my |her |his )?\w+",
    r"how (?:many|much) of (?:my|these|the|her|his) (?:\w+ ){0,2}\w+\b.{0,30}\b(?:would it take|it would take|does it take|will it "
    r"take) (?:to |so (?:that )?(?:i|you|he|she|they) (?:just )?)(?:not wake up|never wake up|dont wake up|wont wake up|die|kill|"
    r"end it|stop (?:my|the) heart)",
    rf"(?:stockpil\w*|hoard\w*|saving up|been saving|stash(?:ed|ing)?|saved up|collecting) (?:up |all )?(?:\w+ ){{0,3}}?"
    rf"(?:of )?(?:my |the )?(?:{_PILLS}|{_MED})",
    rf"(?:going to|want to|wanna|will|plan to|planning to|about to|thinking about|thinking of|ready to|gonna) "
    rf"(?:take|taking|swallow|swallowing|down|downing|overdose on|od on) (?:all|every|a (?:whole|full|entire) (?:bottle|pack|box)|"
    rf"the (?:whole|entire|rest of)|a (?:bunch|lot|handful|ton) of|{_QTY})\b{_NOT_DRUG}",
    r"(?:going to|want to|wanna|will|plan to|thinking about|think about|might|could just|gonna) (?:overdose|od)\b",
    r"(?:keep|kept|keeping|saved|saving|collect\w*|stor\w*|hid|hide|hiding|hoard\w*) (?:them |it )?all (?:in )?(?:one|a|my) "
    r"(?:box|bag|drawer|jar|place|bottle|tin)",
    rf"(?:bring|give|get|hand) (?:her|him|me|them) (?:the rest of|all of|all) (?:her|his|my|their|the) (?:\w+ )?{_PILLS}",
    r"(?:take|took|taking|swallow\w*|down|downing|eat|took) (?:everything|all|every pill) (?:in|from) (?:my |the )?(?:medicine "
    r"(?:cabinet|cupboard|drawer|box)|pill (?:box|organi[sz]er)|bathroom cabinet|cabinet)",
    r"(?:take|took|taking|swallow\w*|down|downing) (?:my |the |a |his |her )?(?:whole|entire|full|all (?:of )?my) (?:\w+ ){0,2}"
    r"(?:supply|prescription|refill|stash|bottle|pack|box|blister)",
    r"(?:take|taking|swallow|swallowing|down|downing|use|using) (?:them|these|those|it) all\b|(?:take|taking|swallow|"
    r"swallowing) every (?:one|last one|single one|pill|tablet) (?:of them |i have |ive got )?"
    r"(?=.{0,40}\b(?:tonight|today|now|once|at once|one go|die|end))",
    rf"{_PILLS} (?:\w+ ){{0,3}}(?:(?:in|on) (?:my|the) (?:drawer|bag|car|nightstand|hand|table|desk)|here|with me)\b.{{0,60}}"
    r"\b(?:take them|going to|gonna|tonight|now|use them|swallow)",
    # session 10 (blind42/43 first runs)
    r"me (?:las|los) (?:voy a )?(?:tomo|tomar|tomare) todas?\b|voy a tomar(?:me)? todas las (?:pastillas|pildoras)\b",
    # session 10 (blind42/43 first runs)
    r"(?:laid|lined|set|spread) (?:\w+ )?(?:everything|them|it all|them all) out (?:on|in) (?:the |my )?(?:bathroom|bedside|nightstand|bed)\b"
    r".{0,40}\bcount(?:ed)?\b|(?:laid|lined|set|spread) (?:\w+ )?(?:the |my |all my )?(?:pills|tablets|meds) out\b.{0,60}\bcount(?:ed)?\b",
    # session 10 (blind42/43 first runs)
    rf"{_PILLS}\b.{{0,20}}\bevery (?:last )?(?:one|single one)\b",
    # session 10 (blind42/43 first runs)
    r"(?:all|every) (?:\w+ ){0,3}(?:popped|pushed|punched) out of (?:the |their )?(?:packets?|blisters?|foil|packaging)\b",
    # session 11
    r"(?:lined|laid|set|counted) (?:up |out )?all (?:of )?(?:my|the|his|her|their) (?:\w+ )?(?:pills|tablets|meds)\b(?!.{0,40}\b(?:organi[sz]er|dosette|for the week|pill box))",
    r"drawn up enough (?:to do it|to end it|for me|for myself)|enough to do it\b.{0,40}\b(?:in my (?:locker|bag|pocket|car|drawer|kit))",
    # session 11 (quiet messages without an alarm word)
    r"(?:putting|put|keeping|kept|saving|saved|dropping) (?:my |the )?(?:\w+ )?(?:tablets|pills|meds) (?:in|into) (?:a|the|an old|my) (?:jar|tin|box|drawer|bag|envelope|sock)\b.{0,30}\b(?:instead of|rather than|not) taking",
    r"(?:whole|entire|full) (?:box|bottle|pack|packet|tub|strip) of (?:my \w+ |\w+s )?(?:\w+ )?(?:tablets|pills|meds|painkillers)\b.{0,20}\b(?:next to me|beside me|in front of me|right here|on my lap)",
]

NSSI = [
    # session 15: quiet disclosures by a fourteenth author
    r"(?:arms?|wrists?|thighs?|legs?)\b.{0,80}\b(?:rather|prefer) (?:nobody|no one|noone) (?:saw|see|seeing)\b.{0,40}\bfresh\b",
    r"did (?:some )?(?:stuff|things|something) to my (?:arms?|wrists?|legs?|thighs?|skin|body) (?:again|last night|yesterday)\b",
    # session 15: quiet and indirect disclosures by a thirteenth author
    r"(?:accidents?|slips?)\b.{0,40}\b(?:always|every time) (?:on )?the same (?:arm|wrist|leg|thigh|spot|place)\b",
    r"scratch(?:es|ing)? (?:too hard|till it bleeds|until it bleeds|myself)\b.{0,40}\b(?:loud|noisy|busy|too much) in my head\b",
    # session 15: quiet disclosures by a twelfth author (one clause inside a practical message, many Englishes)
    r"(?:burns?|cuts?|marks?|scars?|bruises?)\b.{0,40}\bnot all (?:of them )?(?:are|were) (?:off|from) the (?:grill|oven|stove|cooker|iron|kitchen|cat|dog|gym|work)\b",
    r"(?:barely|hardly|not) eaten\b.{0,40}\b(?:dont|do not) (?:really )?(?:feel|think) (?:like )?i deserve to\b",
    # session 15: quiet and indirect disclosures by an eleventh author
    r"(?:forearms?|arms?|wrists?|thighs?|legs?|stomach)\b.{0,100}\b(?:fresh|new|recent) ones (?:ive|i have|i) (?:done|made|did)\b",
    r"(?:fresh|new|recent) ones (?:on|across) my (?:arms?|forearms?|wrists?|thighs?|legs?|stomach)\b.{0,10}\b(?:ive|i have|i) (?:done|made|did)\b",
    r"(?:using|used|use|held|holding|hold|put|putting|pressing|pressed) (?:a |my |the )?(?:lighter|candle|lit match|matches|iron|hair straighteners?|lit cigarettes?|cigarettes?) (?:on|to|against) my (?:thigh|arm|wrist|skin|leg|stomach|hand|ankle)s?\b",
    r"(?:bruis\w*|bumps?|lumps?|marks?) on my (?:forehead|head)\b.{0,30}\bfrom (?:banging|hitting|bashing|smashing)\b",
    r"(?:banging|hitting|bashing|smashing) (?:it|my head|my forehead) (?:on|against|into) (?:the |a )?(?:wall|door|floor)\b.{0,10}\b(?:till|until) (?:my head|it|the (?:noise|thoughts|voices)) (?:goes|go|gets|is|are) (?:quiet|quieter|still|silent)\b",
    r"(?:scratching|scratched|scratches|scraping|scraped|cutting|carving) (?:at )?(?:her|his|their|my) (?:wrists?|arms?|forearms?|thighs?|legs?|skin)\b.{0,20}\bwith (?:a |the |her |his |my )?(?:compass|blade|razor|pin|needle|scissors|glass|sharpener|paperclip|safety pin|knife)\b",
    r"cutting (?!out|down|back|carbs|sugar|caffeine|alcohol|coffee|dairy|gluten|meat)(?:has |is |does |did )?(?:done|helped|worked|helps|works) (?:more|better|way more)\b",
    r"(?:i )?(?:dont|do not) deserve (?:to eat|food|meals?|to have food)\b",
    # session 14: quiet and indirect disclosures by a tenth author
    r"(?:sleeves thing|long sleeves)\b.{0,80}\b(?:wont|will not|dont|do not) (?:need to )?(?:check|look at|see) my (?:arms|wrists|legs|thighs)\b",
    # session 14: quiet disclosures by a seventh author (many registers, inside a clinic question)
    r"(?:scratches|cuts|marks|burns|bruises|wounds)\b.{0,60}\b(?:did|done|made) (?:them|it|those|these|that) (?:to )?myself\b",
    # session 13: quiet disclosures by a sixth author (many Englishes, inside a clinic question)
    r"(?:lines|cuts|marks|scars) (?:there |on (?:my )?\w+ )?(?:are|were) (?:ones )?(?:that )?i (?:did|made) (?:myself|to myself)\b",
    # session 12: indirect and intermediate risk (a stressor, then an innocent-looking question), a third research-style author
    r"punch(?:ing|ed|es)? (?:the |a )?walls? (?:till|until|so hard|so) (?:my )?(?:knuckles|hands?|fists?) (?:\w+ )?(?:bruise|bleed|break|swell|split)",
    r"(?:scratch\w*|dig\w*|scrap\w*|pick\w*) (?:at )?(?:my|her|his) (?:arms?|legs?|wrists?|skin|thighs?)\b.{0,50}\b(?:bleed\w*|blood|raw)\b",
    r"(?:wears|wearing) long sleeves (?:in|even in) (?:this |the )?(?:heat|summer)|found blood on (?:a |the |her |his )?(?:towel|"
    r"sheets?|tissues?)",
    r"(?:want|wanting|urge|urges|need) to (?:hurt|harm|cut|burn) (?:yourself|myself|my ?self)",
    r"(?:went back to|back to|picked up) the (?:razor|blade|blades|lighter)\b",
    r"(?:punch|punching|punched|hit|hitting|bang|banging) (?:the )?walls?\b.{0,30}\b(?:bleed|bled|bleeding|break|broke|broken)",
    r"(?:punch|punching|punched|hit|hitting|bang|banging|banged|slam|slamming|slammed) (?:\w+ ){0,6}my own (?:head|face|body|"
    r"arms?|legs?)|(?:hit|hitting|punch\w*|bang\w*|slam\w*) (?:\w+ ){0,4}my (?:own )?head\b.{0,40}\buntil\b",
    r"(?:cut|cutting|cuts|burn|burning|burned|burnt|scratch|scratching|carve|carving|carved|hit|hitting|punch|punching|"
    r"bang|banging|starve|starving|harm|harming|hurt|hurting|injure|injuring|punish|punishing|bite|biting|scar|scarring)"
    r" my ?self(?! (?:shaving|cooking|chopping|at the gym|working out|by accident|lifting|playing|on (?:a|the) \w+|"
    r"while (?:cooking|shaving)))(?<!accidentally hurt myself)",
    rf"(?:cut|cuts|cutting|burns|burning|hurting|harming|harms|hurts) {_REFL_THIRD}",
    r"(?:i|im|ive|been|my \w+|started|keep|still|urges? to|relapsed on|relapse|relapsing|he|she) (?:\w+ ){0,2}"
    r"self ?(?:harm|injur|mutilat)\w*",
    r"(?:hide|hiding|hid|cover|covering|conceal|concealing) (?:up )?(?:the |my |these |those |fresh |new |old )?"
    r"(?:cuts|scars|wounds|burns|self harm)",
    r"(?:cuts|scars|burns|marks) on (?:my |his |her |their )?(?:\w+ ){0,3}(?:arms?|wrists?|legs?|thighs?|stomach)\b|"
    r"(?:fresh|new|deep|my) cuts|(?:cuts|scars|burns|marks) on my (?:arms?|wrists?|legs?|thighs?|stomach|body|skin)",
    r"(?:hide|hiding|hid|cover|covering|conceal|concealing|seeing|see|notice|noticing|find out about) (?:\w+ ){0,4}"
    r"(?:cuts|self harm|scars from cutting)",
    r"(?:relapsed|relapse|relapsing) (?:on |into |with )?(?:self harm|cutting)|urges? to (?:cut|burn|hurt|harm)",
    r"(?:been |started |keep |urges? to |relapsed |clean from |stop |stopped )sh(?: ?ing)?|sh(?: ?ing)? again",
    r"(?:razor|blade|blades) (?:to|on|against) (?:my )?(?:skin|arm|wrist|leg)",
    r"\bsh relapse|(?:opened|open|sliced|split) (?:my |his |her )?(?:arm|wrist|leg|thigh|skin)s? (?:up|open)\b",
    r"(?:press|pressing|pressed|hold|holding|held|put|putting) (?:my )?(?:arm|hand|wrist|skin|leg|fingers?) (?:against|on|onto|to|"
    r"under) (?:the |a )?(?:hot |boiling )?(?:kettle|iron|stove|hob|oven|pan|radiator|lighter|cigarette|candle|boiling water)",
    r"(?:did|doing|do|done) (?:it|the \S+ thing|that|the thing) (?:on|to) my (?:arm|wrist|leg|thigh|skin)s?\b|🍝\W{0,5}"
    r"(?:on|in) my (?:arm|wrist|leg|thigh)",
    r"(?:asking|ask|asks|see|notice|noticing|find out|questions?) about (?:the|my) (?:cuts|scars|burns|marks)\b|"
    r"(?:see|notice|look at) (?:my|the) (?:arms?|wrists?|thighs?|legs?|stomach)\b.{0,60}\b(?:cuts|scars|burns|marks)\b",
    r"(?:cut|cuts|cutting|burn|burned|burnt|burning|scratch|scratched|scratching|carve|carved|hit|hitting|punch|punched|"
    r"bang|banged|banging|pick|picked|picking) (?:at )?(?:my|his|her) (?:(?:fore)?arms?|wrists?|legs?|thighs?|skin|head|stomach|hands?|"
    r"hips?|shoulders?|ankles?|belly|"
    r"fists?|face|body)\b.{0,40}\b(?:with (?:a |an )?(?:lighter|cigarette|razor|blade|knife|match|scissors|glass|"
    r"compass)|on purpose|until (?:it|they|i|he|she) (?:bled|bleed|bleeds|bruised|bruise|hurt|hurts)|again)",
    r"(?:been|started|start|keep|kept|still|im|i am|was) cutting(?! (?:down|back|out|my pills|pills|the|a|it|up|costs|"
    r"carbs|sugar|caffeine|my dose|\w+ (?:pills|tablets|dose)|my \w+ (?:pills|tablets|dose)|(?:my |the |his |her )?\w+ "
    r"(?:pills? |tablets? )?in half))|cutting again|cut again|(?:relapsed|relapse|relapsing) "
    r"(?:with|on|into) (?:sh|self harm|cutting)|(?:\d+|six|few) (?:days|weeks|months|years) clean from (?:sh|cutting|self harm)",
    r"(?:cut|cutting|cuts|burn|burning|burned|carve|carving|carved|scratch|scratching|scratched) (?:at |into )?my (?:(?:fore)?arms?|"
    r"wrists?|legs?|thighs?|stomach|skin)\b.{0,30}\bwith (?:my |the |a )?(?:compass|razor|blade|sharpener blade|broken glass)\b"
    r"(?!.{0,40}\b(?:cooking|shaving|chopping|accident\w*|gardening|by mistake))",
    r"(?:cut|cutting|burn|burning|carve|carving) (?:at |into )?my (?:(?:fore)?arms?|wrists?|legs?|thighs?|stomach)\b.{0,30}\bwhen "
    r"(?:it|things|everything|it all) (?:gets?|get) (?:\w+ )?(?:bad|too much)|when (?:it|things|everything|it all) (?:gets?|get) "
    r"(?:\w+ )?(?:bad|too much),? i (?:cut|burn|carve|scratch) (?:into )?my (?:(?:fore)?arms?|wrists?|legs?|thighs?|stomach)",
    r"(?:hold|holding|held|put|putting|press|pressing|pressed) (?:a |the |my )?(?:lighter|flame|cigarette|lit match|match|hot "
    r"\w+) (?:to|against|on|onto) (?:my )?(?:(?:fore)?arms?|wrists?|legs?|thighs?|skin|stomach|hands?)\b",
    r"cortarme|me corto|me corte|hacerme dano|me hago dano|autolesion\w*|lastimarme",
    r"me couper|me scarifier|scarification|me faire du mal|automutil\w*",
    r"ritze mich|mich ritzen|selbstverletz\w*|mir weh tun|mir wehtun",
    r"me cortar|me cortando|automutila\w*|me machucar|me ferir",
    # session 10 (blind42/43 first runs)
    r"(?:pressing|pressed|press|holding|held|putting) (?:my )?(?:arm|forearm|hand|wrist|skin|leg|thigh|palm)s? (?:\w+ ){0,2}"
    r"(?:on|against|onto|to) (?:the |a )?(?:flat ?top|hob|stove|oven|grill|griddle|iron|lighter|cigarette|pan|radiator|kettle)\b"
    r"(?! by (?:accident|mistake))(?! (?:to|for) (?:warm|heat))",
    # session 10 (blind42/43 first runs)
    r"je me (?:coupe|scarifie|mutile|brule)\b|me (?:couper|scarifier|bruler) (?:les |le )?(?:bras|poignets?|jambes|cuisses)\b",
    # session 10 (blind42/43 first runs)
    r"long sleeves\b.{0,60}\b(?:razor|cutting|cuts|scars|blade)\b|(?:old habits?|relaps\w*)\b.{0,30}\b(?:razor|blade|cutting (?:myself|again|my))\b",
    # session 11
    r"(?:ive|i have|i) (?:already |just )?cut (?:again|tonight|today|myself again|deep|deeper)\b.{0,80}\b(?:blade|razor|knife|stop|bleed\w*)|"
    r"(?:blade|razor)s? (?:is |are )?(?:still )?(?:on|by|in) the (?:sink|bath|floor|desk|bed)\b.{0,20}\b(?:next to|beside|near) me",
    r"long sleeves\b.{0,40}\b(?:so (?:nobody|no one|noone) (?:sees|can see|notices)|to (?:hide|cover)) (?:my )?(?:arms|wrists|legs|cuts|scars)\b.{0,60}\b(?:urges?|again|cutting|cut)\b",
    r"(?:arm|haath|kalai|wrist) (?:pe|par) (?:cut|blade)\b",
]

PERCEPTUAL = [
    r"voices?\b.{0,60}\b(?:hurt|kill|harm|die|cut|jump|end it|end my|do it|worthless|deserve|burn|drown|stab|shoot|punish)",
    r"voices?\b.{0,20}\b(?:telling|tells|tell|told|saying|says|say|keeps? telling|want|wants) (?:me )?(?:i should |to )use "
    r"(?:it|(?:the|a|my|his|her) (?:knife|blade|razor|rope|gun|pills|belt|cord))\b(?! (?:to log|to sign|portal|app))",
    r"(?:tv|television|radio|the walls|my phone|the news)\b.{0,40}\b(?:telling|tells|told|says|saying) (?:me to (?:hurt|kill|"
    r"punish|harm|cut|die|end)|(?:me )?(?:that )?i (?:should|must|ought to|deserve to|need to) (?:die|be punished|hurt|suffer))",
    r"(?:telling|tell|tells|told|command\w*|order\w*|want|wants|say|says|saying|said) me to (?:hurt|kill|harm|die|cut|"
    r"jump|end it|stab|burn|drown|step in front|step out in front|walk into|walk in front)",
    r"(?:hear|hearing|heard|voices?|something in my head|someone in my head)\b.{0,40}\b(?:tell|telling|tells|says|saying|"
    r"order\w*|command\w*) (?:me )?(?:that )?(?:i (?:should|must|need to|have to|dont deserve|deserve)|to (?:jump|die|kill|"
    r"hurt|cut|end))",
    r"voces (?:que )?me (?:dicen|piden|ordenan)|voix (?:me )?(?:disent|ordonnent)|stimmen (?:sagen|befehlen) mir"
    r"|vozes (?:me )?(?:dizem|mandam)",
    # session 10 (blind42/43 first runs)
    r"(?:man|voice|voices|radio|tv|television)\b.{0,30}\b(?:says|tells|told|telling|saying) (?:me )?(?:i have to|i must|i should|to) "
    r"(?:go to the (?:railway|tracks|bridge|river|roof|train)|pay for what|punish myself|hurt)",
]
