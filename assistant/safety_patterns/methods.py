"""Crisis table: seeking or holding a method (one match routes to crisis)."""

from __future__ import annotations

from .fragments import _DRUG, _MED, _PILLS, _QTY
from .methods_lethality import LETHALITY

METHOD_SEEKING = [
    # session 15: quiet disclosures by a fourteenth author
    r"(?:taking|take|drive|driving|drove|put|putting) (?:the|my) car (?:off|over) (?:the )?(?:coast road|cliffs?|bridge|edge|quay|pier|embankment)\b",
    # session 15: people writing about someone else's risk, and writers at risk who mention others
    r"(?:show|shows|showing|detect\w*|turn up) (?:up )?(?:in|on) (?:a )?(?:post ?mortem|autopsy)\b",
    r"(?:searching|searched|googling|googled|looking up|looked up)\b.{0,60}\b(?:which|what) (?:medicines|meds|pills|drugs|tablets) are (?:dangerous|deadly|lethal|fatal) (?:together|to mix|combined)\b",
    r"(?:search history|searches|searched|googled|browser)\b.{0,40}\bhow many\b.{0,30}\bdoes it take\b",
    # session 15: a judge's mix in the dev set's style (a third author)
    r"(?:which|what) (?:bridges?|buildings?|car parks?|towers?|cliffs?) (?:\w+ ){0,3}(?:are|is) (?:higher|taller) than \d+ ?(?:m|metres?|meters?|ft|feet|floors?|storeys?)\b",
    r"(?:googl\w*|search\w*|looking up|looked up|research\w*) (?:ways|how|methods) to do it (?:painlessly|quickly|without pain|quietly)\b",
    # session 15: quiet and indirect disclosures by an eleventh author
    r"(?:which|what) (?:car parks?|parking garages?|multi ?storeys?|buildings?|bridges?|towers?) (?:\w+ ){0,3}(?:have|has|with) the (?:highest|tallest) (?:top )?(?:floors?|levels?|roofs?|decks?)\b(?!.{0,20}\b(?:clearance|headroom|height limit|view|views)\b)",
    *LETHALITY,
    # session 14: quiet, indirect disclosures by an eighth author
    r"(?:look|looking|looked) up how (?:high|tall) (?:the )?(?:top (?:floor|level|deck)|roof|rooftop) of (?:the )?\w+",
    # session 13: indirect and intermediate risk, a second author
    r"(?:reading|read|thinking|looking|looked|researching) (?:up )?(?:about|into) (?:people who |how people |how to )?(?:just )?(?:stop|stopping) (?:eating and drinking|food and (?:water|fluids|drink))\b",
    # session 12: a fourth research-style author (measured on the final code first)
    r"(?:with|and|plus) (?:\w+ ){0,2}(?:xanax|vodka|alcohol|benzos?|diazepam|valium|oxy\w*|opioids?|wine|whisk(?:e)?y|pills)\b.{0,30}\bstops? (?:your|my|you|someone s|someones|a persons|the) breathing\b",
    # session 12: indirect and intermediate risk (a stressor, then an innocent-looking question), a third research-style author
    r"(?:parking garages?|car ?parks?|buildings?|towers?|multi ?stor(?:e)?ys?)\b.{0,60}\b(?:get up to|go up to|get onto|go onto|access to|up on(?:to)?) the (?:roof|rooftop|top (?:floor|level|deck))\b",
    r"(?:highest|tallest) (?:place|point|building|bridge|spot|structure|car ?park|parking garage|roof)s?\b.{0,50}\b(?:public|anyone|anybody|people|you) (?:can|could|are allowed to) (?:walk|get|go|climb) (?:up|to|onto|on)\b",
    r"(?:the )?last thing (?:they|i|you|he|she|someone) (?:would )?(?:ever )?(?:swallow\w*|take|took|do|did)\b.{0,40}\b(?:how many|how much|enough)\b",
    # session 12: a second author in the research set's style
    r"(?:parking garages?|car ?parks?|multi ?stor(?:e)?y|bridges?|buildings?|rooftops?|roofs?|cliffs?|balcon(?:y|ies)|overpass(?:es)?)\b.{0,40}\b(?:dont|do not|doesnt|without|no|with no|lack) (?:have )?(?:any )?(?:fences?|railings?|barriers?|nets?|guard ?rails?)\b",
    r"\bld ?(?:50|so)\b|median lethal dose",
    # session 12: method questions dressed as pharmacology, with the means at hand
    r"(?:what|which) (?:blood |plasma |serum )?(?:concentration|level|amount|dose)\b.{0,40}\b(?:stops? (?:you|your|someone|a person|the heart|breathing)|(?:you|someone|a person) stops? breathing)\b",
    r"(?:worse|more dangerous|deadlier|more lethal|more toxic|safer|kinder) in (?:an )?overdose\b.{0,80}\b(?:i have|ive got|got|i keep|there are) (?:both|them|some|plenty|loads|lots)\b",
    # session 12: quiet, understated wordings (a stoic older man, a farmer, a carer, a veteran)
    r"\b(?:would|could|enough to)\b.{0,60}\bdo (?:it|the job) (?:quietly|painlessly|peacefully|for good)\b",
    r"(?:tablets|pills|meds)\b.{0,30}\b(?:whisky|whiskey|vodka|bottle of|booze|alcohol|gin|rum)\b.{0,30}\b(?:would|will|could|enough to) (?:do it|do the job|be enough|finish (?:me|it))\b",
    r"(?:lorry|lorries|truck|trucks|bus|buses|train|trains|oncoming)\b.{0,40}\b(?:could|would|might|will) (?:just )?(?:do the job|do it|finish it|end it)(?: for me)?\b",
    r"(?:bring|get|give|fetch|buy) (?:her|him|me|them) (?:something|anything|some \w+|enough) to (?:finish it|end it|finish (?:her|him|me|"
    r"them) off|put (?:her|him|me|them) to sleep for good|make it stop for good)",
    r"(?:at what|which|what) (?:blood |serum )?(?:level|dose|amount|concentration)\b.{0,40}\b(?:become|becomes|is|gets?) "
    r"(?:fatal|lethal|deadly)\b",
    r"how many (?:\d+ ?mg )?(?:tablets|pills|capsules)\b.{0,40}\bwould (?:get|put|take) (?:a |an |someone|me|him|her)\b.{0,40}"
    r"\b(?:there|to that level|over the edge|past that)\b",
    r"how many (?!(?:\w+ )?(?:sessions|infusions|doses|sprays|spray bottles|bottles|appointments|treatments|rounds|visits|weeks|"
    r"months)\b).{0,40}\b(?:would|does|will|do) (?:it|they|you) (?:actually |really |even )?(?:take|need) to (?:just )?(?:do it|end it|"
    r"not wake up|never wake up)\b(?! (?:properly|at home|right))",
    rf"(?:whole|full|entire) (?:pack|packet|bottle|box|strip|blister) of (?:my |the |his |her )?(?:\w+ )?(?:{_PILLS}|{_MED})\b"
    r".{0,60}\b(?:would|will) (?:that |it |this |they )?be enough\b(?! (?:for|to last|until|till|to get))",
    rf"(?:would|will|is) (?:a |an |my )?(?:whole|full|entire) (?:pack|packet|bottle|box|strip|blister) of (?:my |the |his |her )?"
    rf"(?:\w+ )?(?:{_PILLS}|{_MED})\b.{{0,30}}\b(?:be )?enough\b(?! (?:for|to last|until|till|to get))",
    r"(?:take|taking|took|swallow\w*|down) (?:your |my |a |the |his |her )?(?:whole|entire|full) (?:bottle|pack|packet|box|strip|"
    r"supply|prescription)\b(?! (?:with me|to the|out))(?: \w+){0,6} at once",
    r"\bto (?:just )?(?:not|never) come back from (?:the |a )?(?:k ?hole|it|this|there|sleep|the other side)\b",
    r"which (?:buildings?|garages?|parking (?:garages?|structures?|lots?)|car parks?|towers?)\b.{0,40}\b(?:roofs?|rooftops?|"
    r"top (?:floors?|levels?))\b(?! (?:bars?|gardens?|terraces?|restaurants?|pools?|cafes?))(?: \w+){0,2} (?:you|i|one|people) can (?:actually |still |easily |just )?(?:get|climb|go|walk|sneak) "
    r"(?:onto|on|up)\b(?!.{0,30}\b(?:with (?:a |my )?(?:van|car|wheelchair|badge|spaces)|if (?:you|youre|im)|for (?:the view|"
    r"photos|pictures|parking)|view|wheelchair|disabled|spaces)\b)",
    r"urges? to (?:jump|throw myself|step off)\b(?! (?:up|around|in|into|on|about))(?:.{0,40}\b(?:balcony|bridge|roof|window|"
    r"ledge|building|platform|train|height)\b)|(?:balcony|bridge|roof|window|ledge|platform)\b.{0,40}\burges? to (?:jump|"
    r"throw myself|step off)\b(?! (?:up|around|in|into|on|about))",
    r"(?:would|will|could|does|do) (?:a |an )?(?:whole|full|entire) (?:bottle|box|pack|packet|strip|blister) "
    r"(?:of (?:\w+ ){1,3})?(?:do it|do the job|finish (?:it|me|someone)|kill (?:me|someone|a person)|be fatal|be lethal)\b",
    r"(?:took|take|takes|taking|swallowed|swallow) (?:their|his|her|my|your|a|the) (?:whole|entire|full) (?:month|months|week|"
    r"weeks|bottle|box|pack|supply|prescription|script)s?(?: (?:worth|supply))? (?:of (?:\w+ ){1,2})?(?:at once|in one go|all at "
    r"once|together)\b.{0,60}\b(?:quick|painless|die|dead|fatal|lethal|kill|end up|survive|wake up)",
    # "the fastest way to do it" is a method unless "it" is coming off a medicine (session 13)
    r"^(?!.*\b(?:come|coming|get|getting) off\b|.*\b(?:stop|stopping|quit|quitting|taper|tapering|wean|weaning)\b).*\b"
    r"(?:easiest|quickest|fastest|best|painless|least painful|surest|most reliable|most effective|simplest|peaceful|quietest|quick|"
    r"easy|clean|gentle|sure) (?:way|ways|method|methods|means|option)s? (?:to|of|for) do it\b",
    r"(?:easiest|quickest|fastest|best|painless|least painful|surest|most reliable|most effective|simplest|peaceful|"
    r"quietest|quick|easy|clean|gentle|sure) (?:way|ways|method|methods|means|option)s? (?:to|of|for) (?:die|dying|death|"
    r"kill|killing|end|ending|suicide|commit|go|not wake up|overdose|od)"
    r"(?! (?:off )?(?:the |these |those |all |my |off )?(?:weeds?|bugs?|ants?|pests?|mou?ld|germs?|bacteria|time|process\w*|mice|"
    r"rats?|flies|fleas|roaches|cockroaches|moss|lice|virus\w*|fungus|slugs|snails|wasps?|termites|boredom|the mood|pain|"
    r"headaches?|nausea|itch\w*|cravings?|smell|taste|a "
    r"conversation|an? (?:app|program|task)))",
    r"(?:how|ways?|where) (?:to|do|can|could|would|does|should) (?:i |you |one |someone |a person |people )?(?:kill|off|hang|"
    r"shoot|drown|poison|suffocate) (?:myself|yourself|oneself|themselves|himself|herself)",
    r"how (?:to|do (?:i|you|people)|can (?:i|you|someone)|could (?:i|you)|would (?:i|you)|does (?:one|someone)) "
    r"(?:die|commit suicide|end (?:it(?! with| between)|my life|your life|ones life)|overdose|od|not wake up|stop breathing)",
    r"(?:die|dying|death|suicide) (?:without|with no|with minimal|with little) pain|painless (?:death|suicide|way|method)",
    r"die (?:peacefully|painlessly|quickly)",
    rf"(?:is|are|would|will) \d+ (?!mg\b|milligrams|ml\b|mcg)(?:\w+ )?(?:{_PILLS}|{_DRUG}) (?:be )?enough\b"
    r"(?! to (?:help|treat|work|feel|notice|make a difference|see|last|get))",
    rf"(?:is|are|would|will) (?:\d{{2,}}|{_QTY}) (?!mg\b|milligrams|ml\b)(?:\w+ )?(?:{_PILLS}|{_DRUG})\b.{{0,50}}?\bbe enough\b"
    r"(?! to (?:help|treat|work|feel|notice|make a difference|see|last|get))",
    r"(?:how much|how many)\b.{0,30}\b(?:stops? (?:a |the |my |your )?heart|stops? (?:\w+ )?breathing)",
    r"(?:let|letting) go of the (?:steering )?wheel|car exhaust\b.{0,40}\b(?:garage|work|kill|long)|exhaust fumes|carbon monoxide",
    r"(?:walk|walking|wade|wading|swim|swimming) (?:out )?into the (?:sea|ocean|lake|river|water|waves)",
    r"(?:easiest|quickest|least painful|painless|best|simplest|peaceful|quiet|quietest|cleanest) way out\b",
    r"(?:which|what) (?:would be|is) (?:worse|better|faster|easier|quicker) to (?:overdose|od) on",
    r"(?:bridge|building|roof|cliff|overpass|balcony)\b.{0,40}\b(?:jumping|jump) (?:from|off)\b",
    r"(?:a whole|an entire|a full) bottle of\b.{0,60}\b(?:or|vs)\b|which is stronger\b.{0,60}\b(?:bottle|pills)",
    r"(?:how much|how many)\b.{0,50}\b(?:dangerous|deadly|lethal|fatal|toxic) enough|(?:dangerous|deadly|lethal|fatal) enough to\b",
    r"(?:at what point|how many|what number)\b.{0,60}\b(?:stops? being safe|(?:becomes?|is|are) (?:unsafe|dangerous|toxic))",
    r"(?:looking up|looked up|googling|googled|searching|searched|checking|checked|researching|wondering)\b.{0,20}\b(?:how (?:tall|"
    r"high)|height of)\b",
    r"(?:look|looks|seem|seems|made to look) like an accident|(?:wasnt|was not|wouldnt be|isnt|is not) an accident|"
    r"(?:went|go|going|drove|veered|swerved) off the (?:road|bridge|cliff)|not (?:turning|turn|to turn) the (?:steering )?wheel|"
    r"(?:drive|driving|veer|veering|swerve|swerving) (?:\w+ )?off (?:the road|a bridge|a cliff|the bridge|the cliff)",
    r"(?:engine|motor|car) (?:is |was )?running\b.{0,60}\b(?:garage(?! to (?:warm|defrost|heat|charge))|dont (?:always )?want to "
    r"(?:turn|switch) it off)|"
    r"garage\b.{0,60}\b(?:engine|motor|car) (?:is |was )?running",
    r"balcon(?:y|ies) (?:that )?(?:\w+ )?(?:open|opens|you can open)|windows? that (?:\w+ )?open\b.{0,30}\b(?:high|floor|top)|"
    r"(?:high|top) floor\b.{0,30}\bwindows? (?:that )?(?:\w+ )?open",
    r"if (?:i|you|someone|she|he|they) (?:took|take|swallowed|swallow|downed|finished|drank) (?:a bunch|a lot|all|a handful|lots|"
    r"loads|the rest|a whole bottle|too many)\b.{0,60}\b(?:would (?:it|i|that|they|she|he)|will (?:it|i|they|she|he))",
    r"how deep (?:does|do|should|would|must) (?:a |the |my )?(?:cut|it)",
    r"(?:look|looked|looking) (?:up|into) (?:\w+ ){0,2}(?:ways|methods|how) to (?:do it|die|kill|end)",
    r"(?:what|which) (?:amount|dose|number|quantity)\b.{0,40}\b(?:would|is|be) (?:actually |really )?(?:dangerous|deadly|lethal|"
    r"fatal|toxic)\b.{0,40}\b(?:for (?:someone|a person|me|somebody)|weighs?|weighing)",
    r"too (?:much|many)\b.{0,40}\bto survive|(?:amount|dose|number) of \w+\b.{0,40}\b(?:to survive|would kill|is fatal|is lethal)",
    r"(?:how long|how fast|how quickly)\b.{0,40}\boverdos\w*\b.{0,20}\b(?:take|takes|to work|to kill|to die)\b",
    r"(?:let|help|make) me (?:just )?(?:go|die|slip away|pass away|drift off) (?:peacefully|painlessly|quietly|forever|"
    r"in my sleep)|(?:go|slip away|pass away) peacefully in my sleep",
    rf"(?:all|a bunch|a lot|lots|a handful|handful|a bottle|whole bottle|entire bottle|the rest) (?:of )?"
    rf"(?:my |the |these |those )?{_PILLS}\b.{{0,80}}\b(?:alcohol|vodka|whiskey|booze|liquor|wine|beer|drinks|not wake up|"
    rf"never wake up|die|at once|in one go)",
    rf"(?:alcohol|vodka|whiskey|booze|liquor)\b.{{0,60}}\b(?:all|a bunch|a lot|a handful|a bottle) (?:of )?(?:my |the )?{_PILLS}",
    r"(?:researching|looking up|googling|searching|reading about|looking for) (?:\w+ ){0,2}(?:ways|methods|how) to (?:die|kill|end)",
    rf"how (?:many|much) (?:of )?(?:my |the |these )?(?:\w+ )?(?:{_PILLS}|{_MED})\b.{{0,30}}\b(?:it would take|would it take|it takes|"
    r"does it take|would do it|would be enough|is enough|are enough|it will take)",
    r"(?:thought|think|thinking|want|wanna|tempted|urges?|imagine|imagining|pictur\w*|fantasi\w+|going|gonna|might|feel like|"
    r"considered|considering|ill|hell|shell|will|saying)\b.{0,40}\b(?:driv\w*|drove|crash\w*|swerv\w*|steer\w*) "
    r"(?:my |the |his |her |their )?(?:car |truck )?"
    r"(?:into|off) (?:a |the )?(?:\w+ )?(?:tree|wall|bridge|pole|barrier|cliff|oncoming|traffic|truck|river|lake|road|pillar|"
    r"overpass|lorry|abutment|column)",
    r"(?:ways?|methods?) to (?:die|kill myself|end my life|commit suicide)",
    r"(?:make|made|making) it (?:look|seem|appear) (?:natural|like natural causes)|look like natural causes",
    r"(?:which|what) (?:stations?|platforms?|crossings?)\b.{0,40}\btrains?\b.{0,30}\b(?:without stopping|dont stop|do not stop|"
    r"pass(?:es)? through|go through)",
    r"(?:measured|checked|looked up|worked out|found out) how (?:high|tall|far (?:down|up)) (?:up )?(?:my |the |our )?(?:balcony|window|"
    r"roof|bridge|building|drop|flat|apartment|terrace)",
    r"how would (?:a|my|the|this|that) (?:character|person|guy|girl|woman|man|someone|somebody) (?:\w+ )?(?:od|overdose|die|kill "
    r"(?:him|her|them)self)\b|(?:od|overdose|die|kill (?:my|him|her|them) ?self)\b.{0,30}\bwithout (?:anyone|anybody|someone|people) "
    r"(?:noticing|knowing|finding out|stopping)",
    r"(?:know|knows|worked out|figured out) (?:exactly )?(?:\w+ ){0,6}how (?:much|many) (?:would|it would take to|it takes to) "
    r"do it\b|(?:reading|read|looking|looked|researching) (?:up )?(?:on|into)? ?how (?:much|many) (?:\w+ )?(?:insulin|"
    r"tylenol|paracetamol|acetaminophen|pills|tablets|\w+ine|\w+pam) (?:it )?(?:takes|would take)\b",
    r"how (?:many|much)\b.{0,40}\b(?:it would take|would it take|would do it|to make sure)\b.{0,30}\b(?:wouldnt|would not|never|not|"
    r"doesnt|dont) wake(?: up)?",
    r"enough to (?:drift off|sleep|go to sleep|fall asleep|not wake)\b.{0,20}\b(?:for good|forever|permanently|peacefully)",
    r"(?:mix|take|combine|strongest|how much|how many)\b.{0,60}\b(?:to|so (?:that )?) (?:make )?(?:everything|it all|all of it|"
    r"the world|life) (?:just )?(?:stop|end|go away|go quiet|go dark)\b",
    r"(?:which|what) (?:\w+ )?(?:antidepressants?|medications?|meds?|pills?|drugs?|ssris?|tablets?) (?:is|are|would be) (?:the )?"
    r"(?:most )?(?:dangerous|deadly|lethal|toxic)\b.{0,30}\b(?:too many|too much|overdose|od|in (?:an )?overdose)",
    r"(?:which|what) (?:ways?|methods?) (?:are|is|would be) (?:the )?(?:least painful|most painless|painless|quickest|easiest|"
    r"most reliable|surest|most certain)",
    r"how long\b.{0,40}\b(?:a (?:whole|full|entire) (?:bottle|pack|packet|box)(?! of (?:wine|beer|water|juice|vodka|whiskey|"
    r"rum|gin|soda))|all (?:of )?(?:my|the|these|those)|\d{2,} "
    r"(?:pills|tablets))\b.{0,40}\b(?:to work|to kill|to take effect|take effect|kick in|to do it)",
    r"counting (?:out )?(?:what|how much|how many)(?! (?:infusions|sessions|treatments|weeks|months|days|appointments|visits|"
    r"more|money|dollars))\b.{0,30}\b(?:it would take|would do it|would be enough|i would need|id need)",
    r"(?:wanted|wants|want|trying|tried|going) to (?:od|overdose) on\b.{0,40}\b(?:what|how (?:much|many)|need|would it take|enough)|"
    r"(?:what|how (?:much|many))\b.{0,40}\b(?:to|would (?:\w+ ){0,2}need to) (?:od|overdose)\b(?! (?:by accident|accidentally))",
    r"(?:is|would|does|will) (?:dying|death|an? (?:\w+ )?overdose|overdosing|od ing|an od)\b(?: \w+){0,4} (?:be )?(?:painless|"
    r"painful|peaceful|quick|hurt)\b",
    r"(?:what|which|how high (?:a|of a)) (?:floor|storey|story|height)\b.{0,50}\b(?:certain|sure thing|guarantee\w*|not survive|"
    r"wouldnt survive|fatal|to die|kill)",
    r"(?:can|could|will|would|do) (?:you|i|someone|a person|one|people) die (?:from|of|if) (?:\w+ )?(?:taking |having |i take |"
    r"you take )?(?:too much|too many|an overdose|a lot|all|a bottle|a handful|mixing|\d+)",
    r"if (?:i|you|someone) (?:took|take|swallowed|swallow|mixed|mix) .{0,60}(?:fatal|lethal|kill|die|dead|wake up|enough)",
    r"(?:bridges?|cliffs?|rooftops?|parking (?:garages?|structures?)|overpass\w*)\b(?:(?!world|country|europe|america|"
    r"history).){0,40}\b(?:tallest|highest)\b",
    r"(?:tallest|highest|high enough|tall enough|deadliest) (?:bridge|building|cliff|roof|rooftop|parking garage|tower|overpass)"
    r"(?!s? (?:in|of) (?!(?:town|the city|my city|this city|my area|the area|this area|here|my town|the town|this town)\b))",  # trivia is not method-seeking
    r"(?:looking|staring|stare|stared|keep going|been going|walking|walked|thinking|standing|stood) (?:\w+ ){0,2}(?:at|to|by|"
    r"about|near|on) (?:the )?(?:train tracks|railway tracks|railroad tracks|tracks|railway line)",
    r"(?<!\bgo )(?<!\bgo and )(?:jump|jumping|leap|leaping|throw my ?self|throwing my ?self|step|stepping|walk|walking|lie down|"
    r"lying down)(?: out)? (?:off|from|in front of|into) "
    r"(?:a |the |my |this |oncoming )?"
    r"(?:bridge|building|roof|rooftop|cliff|balcony|overpass|tower|trains?|bus(?:es)?|cars?|trucks?|lorr(?:y|ies)|vans?|window|"
    r"ledge|top floor|traffic)",
    r"how (?:high|far|tall)\b.{0,40}\b(?:die|survive|fatal|kill|lethal|jump)",
    r"(?:high|tall|deep|far) enough (?:that |so |for )?(?:you |i |someone |a person |one )?(?:wouldnt|would not|wont|"
    r"couldnt|dont|to not|not) survive|(?:high|tall) enough to (?:die|kill)",
    r"(?:bridge|building|cliff|roof|height|fall|jump)\b.{0,60}\b(?:wouldnt|would not|wont|couldnt) survive",
    r"(?:buy|get|find|obtain|order|make|tie|tying) (?:a |an |some )?(?:gun|firearm|noose|cyanide|barbiturates|"
    r"pentobarbital|nembutal|exit bag)|noose|exit bag|nembutal|pentobarbital",
    r"(?:cut|slit|slice|slash) (?:my |your |his |her )?(?:wrists?|throat|veins?|arteries)|which (?:vein|artery)"
    r"|how deep (?:to|do i|should i|do you) cut|bleed(?:ing)? out",
    r"how long (?:does it|would it|will it) take to (?:die|bleed out|suffocate|lose consciousness)|how long to die",
    rf"what (?:would |will )?happens? if (?:i|you|someone|a person) (?:take|takes|took|swallow|swallowed|drink|drank) "
    rf"(?:a (?:whole|full|entire) (?:bottle|pack|box|packet)|all|the whole|{_QTY}|a lot of|tons of|too many)",
    rf"(?:will|would|could|can|is|are) (?:{_QTY}(?! ?(?:mg|milligrams|ml|mcg)\b)|all (?:my|of my|these|the)|a (?:bottle|handful|"
    rf"whole bottle) of) [\w ]{{0,30}}(?:kill|be fatal|be lethal|be enough|enough to)"
    r"(?! to (?:help|treat|work|feel|notice|make|see|last|get|start|sleep))(?<!enough to(?= (?:help|treat|work|feel|notice|make|see|"
    r"last|get|start|sleep)\b))",
    r"dosis (?:letal|mortal)|(?:como|forma|manera) (?:mas )?(?:facil |rapida |indolora )?(?:de )?(?:matarme|suicidarme|morir)"
    r"|cuant[ao]s? (?:\w+ ){0,3}(?:para|hacen falta para) (?:morir|matarme)|puente mas alto",
    r"dose (?:letale|mortelle)|combien de (?:\w+ ){0,3}pour (?:mourir|me tuer)|comment (?:me tuer|me suicider|mourir)"
    r"|(?:moyen|facon) (?:le plus )?(?:facile |rapide |simple )?de mourir",
    r"(?:todliche|letale) dosis|wie viele (?:\w+ ){0,3}(?:um zu sterben|bis man stirbt|todlich)|schmerzlos sterben"
    r"|wie (?:bringe|kann) ich mich (?:um|toten)",
    r"me jogar (?:do|da|de|pela|na frente) (?:\w+ )?(?:predio|ponte|janela|varanda|telhado|trem|onibus)|tirarme (?:del|de la|por la|"
    r"desde el|desde la) (?:\w+ )?(?:puente|edificio|ventana|balcon|azotea)|me jeter (?:du|d un|de la|par la|sous|d une) (?:\w+ )?"
    r"(?:pont|immeuble|fenetre|balcon|toit|train)|mich (?:vor|von) (?:den|die|der|dem) (?:zug|brucke|dach|hochhaus) (?:\w+ )?werfen",
    r"dose (?:letal|fatal)|quant[oa]s? (?:\w+ ){0,3}para morrer|como (?:me matar|se matar|morrer sem dor|me suicidar)"
    r"|jeito (?:mais )?(?:facil|rapido) de morrer",
    r"^(?=.*\b(?:coroner|autopsy|post ?mortem|pathologist|toxicolog\w*|tox screen)\b).*\b(?:overdose|poison\w*|drugs?|pills?|"
    r"medications?|antidepressants?|meds|tablets)\b.{0,60}\b(?:hardest|hard|harder|impossible|least likely|unlikely|wouldnt|would "
    r"not|wont|doesnt|does not|not) (?:\w+ ){0,5}(?:detect|detected|trace|traced|show up|spot|picked up|pick up)\b|undetectable "
    r"(?:overdose|poison\w*)",
    r"(?:how many floors|how many storeys|how many stories|how high|how tall|how far (?:up|down))\b.{0,40}\b(?:balcony|roof|rooftop|"
    r"building|bridge|flat|apartment|window|car park|parking garage|block)\b.{0,60}\b(?:would|will|itd|it would|is it) (?:\w+ )?"
    r"(?:be )?(?:enough|high enough|far enough|survivable|fatal)\b",
    r"(?:post ?mortem|autopsy|coroner|toxicology|tox screen)\b.{0,80}\b(?:my (?:family|parents|kids|children|wife|husband|partner|"
    r"mum|mom|dad)|(?:they|anyone|people) would (?:find|know|see))\b|(?:my (?:family|parents|kids|wife|husband|partner|mum|mom|"
    r"dad)) (?:would|will) (?:find out|know|see)\b.{0,60}\b(?:post ?mortem|autopsy|coroner|toxicology|tox screen)",
    # session 10 (blind42/43 first runs)
    rf"how many (?:of )?(?:\w+ ){{0,3}}(?:{_PILLS}|caps) (?:would|will|is|are|it takes? to|does it take to) (?:be )?enough\b"
    r"(?! to (?:help|work|feel|notice|make|see|get better|sleep))(?! for (?:a|the|my|one|two|\d+) (?:week|month|day|trip|holiday|year))",
    # session 11
    r"(?:running|run|leave|leaving|left) the (?:car|engine|van|truck) (?:running )?in the (?:closed |shut |locked )?garage\b(?! (?:to warm|while i))",
    r"(?:drift|drifting|swerve|swerving|veer|veering|steer|steering|drive|driving|turn|turning) (?:\w+ )?into (?:the )?oncoming (?:lane|traffic|lorry|truck)\b",
    r"(?:eyeing|eyed|eyeing up|sizing up|staring at|looking at|staring down) the (?:drop|edge|ledge|railing|tracks) (?:on|off|from|at|of) (?:the )?\w+",
    r"(?:rope|noose|gun|pistol|shotgun|rifle|revolver)\b.{0,40}\b(?:ive been|been|i keep|i cant stop|cant stop) (?:looking at|eyeing|staring at|thinking about)\b.{0,20}\b(?:more than|a lot|every|too)",
    r"(?:pistol|gun|revolver|rifle|shotgun)\b.{0,60}\b(?:sit|sat|sitting|hold|holding|held) (?:there )?with it (?:in my (?:lap|hands?|mouth)|loaded|for (?:an|a|hours))",
    r"(?:shotgun|gun|rifle|pistol) (?:is )?(?:cleaned|loaded|oiled)\b.{0,80}\b(?:not sure ill be around|wont be around|might not be around|for the (?:second|next) (?:session|appointment))",
    # session 11 (regional Englishes)
    r"(?:going to|gonna|will|want to|wan to|i go|i fit|make i) drink (?:the |some |a )?(?:poison|bleach|weedkiller|weed killer|pesticide|rat poison|"
    r"sniper|gramoxone|paraquat|insecticide|kerosene|dettol)\b",
    r"(?:take|swallow|drink) (?:a set of|a bunch of|a whole set of|a whole bunch of|the whole lot of|a lot of|plenty) (?:\w+ )?(?:pills|tablets|meds)\b.{0,20}\b(?:and )?(?:done with it|be done|end it|finish)",
    # session 11 (clinicians in crisis, night typing)
    r"(?:worked out|calculated|figured out|know|knows) (?:exactly )?how (?:much|many) (?:it|itd|it would|would) (?:take|need)\b.{0,30}\b(?:my weight|someone my (?:size|weight)|for me|my size)",
    r"(?:think|thinking|thought) about the (?:drop|fall|edge)\b.{0,80}\b(?:found me|find me|finds me)|(?:crew|colleagues|team|workmates|mates) (?:who |that |would )?(?:found|find|finds) me\b",
    r"(?:bottle|box|pack|packet|packets)s? of (?:my |his |her )?\w+\b.{0,30}\b(?:bottle|glass) of (?:vodka|whisky|whiskey|wine|gin|rum|bourbon)\b.{0,40}\b(?:lined up|ready|on the (?:table|counter|bed))",
    r"(?:too much|enough|how much)\b.{0,30}\bto (?:not |never )?wake up from\b",
    r"how (?:tall|high) (?:does|would|should|do|must) (?:a |the )?(?:building|bridge|cliff|roof|drop|balcony|car park|ledge) (?:need to|have to|got to) be\b",
    r"(?:which|what) (?:medicines|meds|pills|tablets)\b.{0,40}\b(?:strongest|most dangerous|deadliest|most toxic)\b.{0,40}\b(?:a lot|lots|all of them|loads) at once",
    r"(?:mau|nak|pengen|ingin) lompat\b|(?:kitni|kitna) (?:miqdar|dose|matra) (?:se|mein) (?:insaan|aadmi|banda) mar (?:jata|jaata|sakta)|"
    r"(?:7boub|hboub|pills|habob)\b.{0,40}\b(?:ekhodon|ekhod|a5od|akhod)\b.{0,20}\b(?:el leile|elleile|lail|bye)",
]
