"""Medical-advice tables: dosing, timing and interactions (own_case.py: the visitor's own case)."""

from __future__ import annotations

from .fragments import _DRUG, _MED
from .own_case import OWN_CASE

# ---- medical advice: medicines ------------------------------------------------------------------------------------
MEDICINES = {  # doses, timing and what goes with what
    "dosing": [
        # session 15: a judge's mix in the dev set's style (a third author)
        r"(?:max|maximum|highest|most) dose\b.{0,40}\b(?:i can|can i|i could) (?:do|take|have|use)\b",
        # session 15: quiet and indirect disclosures by an eleventh author
        r"how (?:many|much) (?:of )?(?:my )?(?!sessions|infusions|appointments|visits|treatments|days|hours|weeks)\w+ (?:\w+ )?(?:am i|are we|is she|is he) (?:allowed|permitted|ok to take|supposed to take)\b",
        # session 14: a tenth research-style author
        r"(?:can|should|could|do) i (?:take|have|use) \w+\b.{0,40}\bhow many (?:mg|milligrams?|ml|mls)\b|how many (?:mg|milligrams?|ml|mls) (?:of \w+ )?(?:should|can|could|do) i\b",
        r"(?:max|maximum|highest|most) (?:dose|amount|mg)\b.{0,30}\b(?:i can|can i|i could|should i|i should) (?:take|have|use)\b",
        # session 14: a ninth research-style author
        r"(?:should|will|would|could|can) (?:they|he|she|my doctor|the doctor|the nurse|you|we) (?:bump|put|move|push|turn) (?:me|it|my dose|the dose) up\b",
        r"(?:should i|do i|can i|could i) (?:skip|miss|leave out|hold off on|pause) (?:them|it|my \w+(?: \w+)?|the \w+)\b.{0,30}\b(?:before|after|on the day of|the night before|the morning of) (?:my |the )?(?:infusion|session|treatment|appointment|ketamine)",
        # session 13: quiet, understated wordings, a fourth author
        r"(?:is|would|will) (?:\d+|one|two|half a|a) ?(?:mg|milligrams?|ml|tablets?|pills?)\b(?: of \w+)?\b.{0,40}\b(?:too much|too many|too strong|ok|okay|safe|enough)\b",
        r"(?:manage|adjust|time|change|shift) (?:my |the )?(?:\w+ )?(?:timing|doses?|schedule) (?:across|for|with|when) (?:the )?(?:time ?zones?|travel\w*|flights?)\b",
        r"(?:should|will|would|could) (?:they|he|she|my doctor|the doctor|my gp|you|we|i) (?:be )?(?:putting|put|bump|bumping|raise|raising|increase|increasing|upping|up) (?:the |my )?dose (?:up)?",
        # session 12: timing, a bipolar history, a teenager's dose, French interaction
        r"(?:take|took|taking|have) (?:it|them|my \w+) (?:at night|in the morning|at bedtime|in the evening)\b.{0,25}\binstead\b|(?:work|be) better if i (?:took|take) (?:it|them)\b",
        r"what dose (?:would|will|does|do|should) (?:a|my|an) (?:\w+ )?(?:teen\w*|child|kid|adult|person|patient|someone|woman|man)\b",
        # session 12: a second author in the research set's style
        r"wie ?viel (?:\w+ ){0,3}(?:soll|sollte|darf|muss) ich (?:\w+ ){0,3}(?:nehmen|einnehmen|spruhen|anwenden)\b",
        # session 12: a personal course length, the most one may safely be given
        r"how many (?:\w+ )?(?:infusions|sessions|treatments|rounds|doses|sprays) (?:am i|will i|would i|do i|should i) (?:\w+ )?(?:going to |gonna )?need\b.{0,60}\b(?:given|since|because|as|after) (?:that )?i\b",
        r"(?:whats|what is) the (?:most|max|maximum|highest) (?:\w+ ){0,2}(?:someone|a person|i|my \w+)\b.{0,30}\b(?:can|could|should|may) (?:safely )?(?:be given|take|have|get)\b",
        # session 12: drink, blood thinners and a missed dose, told plainly
        r"(?:miss|missed|forget|forgot|skip|skipped) (?:one|a dose|a tablet|a pill)\b.{0,30}\b(?:take|double|have) (?:two|2|double|an extra)\b",
        r"(?:does|should|will|would) (?:my|his|her) (?:\w+ )?(?:dose|dosage) (?:need to |have to )?(?:come|go|be brought|be taken) (?:down|up)\b",
        r"\ban? (?:lower|higher|smaller|bigger|reduced|increased|stronger|weaker) (?:\w+ )?(?:dose|dosage)\b",
        r"(?:be|is|going to be|would be|will be|gonna be) too (?:strong|potent|high|weak|low) for (?:me|my (?:size|weight|body|age)|"
        r"someone (?:my|like me|of my))\b",
        r"(?:would|will|do) you (?:start|put|begin) me (?:on|at|off)\b|(?:youd|you would|you will|youll) (?:start|put|begin) me (?:on|at|off)\b",
        rf"double (?:up )?(?:on )?(?:my |the )?(?:\w+ )?{_MED}\b|(?:the most|the max|the maximum) (?:\w+ )?(?:im|i am|i) "
        r"(?:allowed|can take|can have|may take)",
        r"(?:sprays?|doses?|mg|milligrams?|dosage|tablets|pills)\b.{0,60}\b(?:my size\b(?! of)|my weight|i weigh|someone (?:my|of my) "
        r"(?:size|weight|height))",
        r"quant[oa]s? (?:miligramas|mg|comprimidos|gotas|sprays?)\b(?! (?:tem|contem|ha)\b).{0,40}\b(?:eu|devo|deveria|posso|tomar|usar)\b",
        r"\d+ ?mg\b.{0,60}\b(?:pas trop|trop fort|trop eleve|zu ?viel|zu hoch)\b",
        r"(?:take|have|use|add) (?:an )?extra (?:half (?:a |of a )?|a |one |another )?(?:pill|tablet|dose|capsule|spray|mg)\b",
        r"how much (?:\w+ ){0,4}(?:should|can|could|do|would|must|may) (?:i|we|he|she|my \w+) (?:take|have|use|get|give|"
        r"start|be on|receive|inject|snort|drink|microdose)",
        r"how many (?:mg|milligrams|ml|pills|tablets|capsules|doses|sprays) (?:of )?(?:\w+ ){0,3}(?:should|can|could|do|would|may) (?:i|we|he|she|my \w+)",
        r"(?:what|which|right|correct|best|ideal|starting|safe|max|maximum|recommended|normal|typical|usual|average|standard) "
        r"(?:\w+ )?(?:dose|dosage|amount|strength|mg)\b"
        r".{0,40}\b(?:for me|should i|would you|do you recommend|for my|for someone|i should|can i|is right|for (?:a|an) \d+)",
        r"(?:dose|dosage|\d* ?mg|amount|how much|how many)\b.{0,60}\b(?:my weight|my age|my size|weighs?|weighing|\d+ ?(?:kg|kgs|kilos?|lbs?|pounds|stone)"
        r"|for me|someone like me|like me|\d+ (?:year|yr) old|my (?:case|situation|body))",
        r"go up a dose|(?:increase|raise|up) (?:my|the) dose|is (?:mine|my dose|it) too (?:low|high|much|little)|should i be on "
        r"(?:a )?(?:smaller|lower|higher|bigger|different) (?:amount|dose)|"
        r"(?:going|go|move|moving) up to \d+\b|bump\w* (?:me |my |his |her )?(?:\w+ )?up to \d+\b|(?:two|three|\d) (?:infusions|sessions|doses|sprays) a (?:week|day)\b.{0,30}\b"
        r"(?:instead|rather)",
        r"(?:is|would be|will) (?:\d+ ?(?:mg|milligrams|ml|mcg)|\d+ ?mg kg|this dose|my dose|that dose) (?:too (?:much|high|low|little)|"
        r"enough|safe|ok|okay|a lot|normal|high|low)",
        r"(?:can|could|would|will) you (?:tell me|recommend|suggest|prescribe|give me|adjust|calculate|figure out) (?:\w+ ){0,3}"
        r"(?:dose|dosage|how much|how many|mg|medication|meds|prescription|antidepressant|what to take)",
        rf"(?:missed|miss|missing|forgot(?: to take)?|forgotten(?: to take)?) (?:a |my |one |two |the )?(?:\w+ )?(?:doses?|"
        rf"pills?|tablet|{_MED})",
        r"(?:double|extra|second) dose|took (?:my )?(?:dose|pill|meds) twice",
        rf"(?:can|could|should|may|do|is it (?:ok|okay|safe|fine|alright|bad)(?: (?:for me|if i))?|safe) (?:i )?(?:to )?"
        rf"(?:take|have|use|do|give) (?:two|2|three|3|an extra|extra|another|double|half|a half|\d+(?: \d+)?|one and a half|"
        rf"more|less|fewer) (?:of )?(?:my |the |a |an )?(?:\w+ )?(?:pills?|tablets?|doses?|capsules?|mg|milligrams|sprays?|"
        rf"{_MED}|at once|instead|a day|today|tonight)\b",
        rf"(?:can|could|should|may|do) i (?:just )?(?:double|triple|halve|split|increase|up|raise|bump up|bump|adjust|change|"
        rf"up|skip) (?:my |the |a )?(?:\w+ )?(?:dose|dosage|pill|tablet|{_MED})\b",
        r"(?:what|which|how much) (?:\w+ )?(?:dose|dosage|amount|strength|mg)\b(?: of \w+)? (?:should|do|can|could|would|must|"
        r"shall) (?:i|we|he|she|my \w+) (?:take|have|use|get|be on|start|need|receive)",
        r"\d+ ?(?:mg|milligrams|mcg|ml)\b.{0,50}\b(?:should (?:i|it|that)|can i|could i|is (?:that|it|this) (?:ok|okay|right|"
        r"enough|too)|do you think|would it be)|(?:should|can|could) (?:i|it|my \w+) (?:\w+ ){0,4}\d+ ?(?:mg|milligrams)\b",
        r"how (?:much|many) (?:\w+ ){0,3}(?:would|will|is|should) (?:be )?(?:right|best|good|enough|ideal|safe|appropriate) "
        r"for (?:me|my)\b",
        r"(?:can|could|should|how do|how can) i (?:\w+ )?microdos\w*|microdos\w* (?:at home|myself|on my own|between)",
        r"(?:should|can|could) i (?:go|move|bump) (?:up|down) from \d+ to \d+|posso tomar \d+|puedo tomar \d+|"
        r"how often should (?:i|someone like me|we|my \w+) (?:get|have|do|take|receive|book)\b|"
        r"(?:is|would be) \d+ ?(?:mg|milligrams)\b.{0,40}\b(?:a )?(?:high|low|big|small|normal|strong|standard|typical) dose\b"
        r".{0,40}\b(?:im on|i am on|i take|im taking|for me)\b",
        r"(?:wants|put|putting|started|starting|has|have) me on \d+ ?(?:mg|milligrams)\b.{0,60}\b(?:sound (?:right|ok|okay|normal|"
        r"high|low)|is (?:that|it|this) (?:right|normal|ok|okay|enough|too))",
        r"\d+ ?(?:mg|milligrams|ml|mcg)(?: of)?(?: \w+){0,2} (?:too (?:much|high|low|little)|enough|safe|ok|okay|a lot|normal)",
        rf"how many (?:\w+ )?(?:sprays|puffs|pills|tablets|mg|doses|{_DRUG})\b.{{0,10}}\b(?:should|do|can|must|could|may) (?:i|we)\b|from \d+ to \d+\b"
        r".{0,60}\b(?:too (?:much|high)|is (?:that|it|this) (?:ok|okay|safe|normal|a lot))",
        r"\bis \d{2,4} too (?:much|high|low|strong)\b|how (?:many|much) (?:mg|milligrams) (?:of )?\w+ (?:equals?|is (?:the same as|"
        r"equivalent to)|would (?:equal|be the same as))|equivalent (?:dose|dosage|amount) (?:of|to|for)\b",
        r"(?:forgot|forget|dont remember|cant remember|not sure) (?:whether|if) (?:i|he|she) (?:already )?(?:took|taken|had|take)\b|"
        r"should i take (?:another|a second|an extra|one more)(?: one| pill| dose| tablet)?\b",
        r"welche dosis|wie ?viele? (?:\w+ ){0,3}(?:soll|darf|kann|muss) ich|wie ?viele? (?:milligramm|mg)\b.{0,60}\b(?:ich|mir|mich|"
        r"mein\w*)\b|(?:soll|darf|kann) ich (?:\w+ ){0,4}(?:nehmen|erhohen|dosis)\b|\d+ ?mg statt|que dosis|cual (?:es la )?dosis|cuant[ao]s? (?:\w+ ){0,2}"
        r"(?:\w+ ){0,2}(?:debo|puedo|tengo que|deberia|podria) tomar|quelle (?:dose|quantite)|quel dosage|combien de (?:\w+ ){0,3}(?:dois je|je dois|"
        r"devrais je|puis je)|qual (?:a )?(?:dose|dosagem)|quant[oa]s? (?:\w+ ){0,2}(?:devo|posso) tomar",
        r"(?:would|will|do|does|should) (?:i|he|she|we) (?:need|get|require) (?:a )?(?:less|more|lower|higher|smaller|bigger) "
        r"(?:\w+ )?(?:of )?(?:ketamine|dose|dosage|it)\b",
        r"(?:what|how much|which) (?:\w+ ){0,2}mg ?(?:/|per) ?kg\b|i weigh \d+ ?(?:kg|kilos|lbs|pounds|stone)\b.{0,60}\b(?:dose|mg|how much|should)|"
        r"soll ich (?:\w+ ){0,3}(?:erhohen|erhoehen|reduzieren|verringern|steigern)\b",
        r"how much (?:ketamine|of it) (?:i|id|would i|will i|do i) (?:\w+ )?(?:need|get)\b|"
        r"(?:my|his|her) (?:\w+ )?(?:dose|dosage) (?:have|need|has|needs) to be (?:lower|higher|reduced|increased|adjusted|changed)\b",
        r"should (?:he|she|i|they|we) (?:take|give (?:him|her|them)) an extra (?:one|dose|tablet|pill)\b",
        r"same dose (?:id|i would|i d) give\b|(?:use|give) (?:less|more) on me\b",
        r"lieu bao nhieu|(?:took|take) 2 tablets today instead of 1|kitni (?:dose|goli)|berapa dosis|dos(?:is)? berapa",
    ],
    "interaction": [
        # session 15: quiet disclosures by a fourteenth author
        r"(?:is|would) (?:ketamine|it|the infusion) (?:be )?a problem if i (?:take|am taking|use|am on)\b",
        # session 15: people writing about someone else's risk, and writers at risk who mention others
        r"(?:(?:can|could|should) (?:she|he|they|i)|(?:she|he|they|i) (?:can|could|should)) take (?:her|his|their|my) (?:usual )?\w+ (?:the )?(?:morning|night|day|evening) (?:of|before) (?:her|his|their|my|the) (?:ketamine )?(?:session|infusion|treatment|appointment)\b",
        # session 14: quiet disclosures by a seventh author (many registers, inside a clinic question)
        r"(?:is it|it is|its|is) (?:ok|okay|safe|fine|alright) to (?:have|take|get|do) (?:ketamine|esketamine|spravato|the infusion|infusions?)\b.{0,15}\btogether\b",
        # session 12: timing, a bipolar history, a teenager's dose, French interaction
        r"(?:je peux|puis je|est ce que je peux) (?:faire|prendre|avoir) (?:de la |la |du |une )?(?:ketamine|esketamine|perfusion)\b.{0,30}\ben meme temps",
        # session 12: a second author in the research set's style
        r"(?:je peux|puis je|est ce que je peux|peut on|on peut) prendre (?:du |de la |des |un |une |mon |ma |mes )?\w+ (?:avant|apres|pendant|avec) (?:ma |la |une |mon |les )?(?:seance|perfusion|traitement|ketamine)",
        # session 12: drink, blood thinners and a missed dose, told plainly
        r"(?:pints?|drinks?|glasses of wine|units|beers?|cans)\b.{0,40}\b(?:matter|a problem|an issue|ok|okay|safe)\b.{0,15}\bwith (?:the |my )?(?:ketamine|infusion|esketamine|spravato|ssris?|sertraline|tablets|meds)\b",
        r"(?:on|taking) (?:\w+ ){0,3}(?:warfarin|blood thinners?|lithium|blood pressure (?:tablets|pills|meds))\b.{0,60}\bcan i (?:have|get|take|start|do) (?:the )?(?:ketamine|infusion|esketamine|spravato|treatment)\b",
        r"(?:have|take|get|give) (?:it|ketamine|esketamine|the infusion) (?:with|alongside|on top of) (?:his|her|my|their) (?:\w+ )?"
        r"(?:tablets|pills|meds|medication|medicines)\b",
        rf"(?:sherry|whisky|whiskey|wine|beer|glass|drink|pint|gin|brandy|tipple)\b.{{0,30}}\bwith (?:my|his|her) (?:\w+ )?{_MED}\b",
        rf"should i give (?:him|her|them) (?:his|her|their) (?:\w+ )?{_DRUG}\b",
        r"(?:would|will|could|is|are) (?:the )?(?:ketamine|esketamine|spravato|infusions?)(?: \w+)? (?:be )?(?:(?:a problem|an issue|"
        r"safe|ok|okay) for me|(?:a problem|an issue) with (?:my|that|it))\b",
        rf"(?:add|adding|added|put me on|start me on|combine|combining) (?!(?:my |an? |the )?(?:appointment|session|visit|booking|"
        rf"name|note|reminder)s?\b)(?:\w+ ){{1,2}}(?:to|on top of|with) my (?:\w+ )?"
        rf"(?:{_MED}|lexapro|zoloft|prozac|celexa|paxil|effexor|cymbalta|wellbutrin|\w+xetine|\w+pram|sertraline|venlafaxine|"
        r"duloxetine|bupropion|mirtazapine|lithium|ketamine|spravato)\b",
        r"(?:can|could|should|may|is it (?:ok|okay|safe|fine|bad|dangerous|alright)|safe) (?:i |to |for me to |if i )?(?:safely )?"
        r"(?:take|mix|combine|use|drink|have|smoke|do|get|start|try|be on|continue|keep taking)\b.{0,50}\b(?:with|while|if im|"
        r"if i am|on top of|alongside|after taking|before taking|when im|together with)\b.{0,50}\b(?:my|im|taking|on|"
        r"antidepressants?|ssris?|snris?|maois?|meds|medication|pills|alcohol|weed|cannabis|lithium|ibuprofen|tylenol|advil|"
        r"xanax|adderall|melatonin|\w+ine|\w+pam)\b",
        r"(?:interact|interaction|interactions|interfere|react)\w* with (?:my|the \w+ i take|what i take)",
        rf"(?:can|could|should|is it (?:ok|okay|safe|fine|bad)(?: to)?) (?:i |you |we )?(?:mix|combine|take|do) (?:\w+ ){{0,2}}"
        rf"(?:ketamine|spravato|esketamine|ssris?|{_MED}) (?:and|with|&) (?:\w+ )?(?:weed|cannabis|marijuana|alcohol|booze|beer|"
        r"wine|mdma|molly|cocaine|coke|shrooms|lsd|acid|adderall|xanax|benzos?|kratom|thc|cbd|edibles?|nicotine|melatonin|tylenol|"
        r"advil|ibuprofen|painkillers|opioids|tramadol)\b",
        r"(?:switch|change|move) (?:to )?taking (?:it|them|my \w+) (?:at|in the) (?:night|morning|evening|bedtime)",
        r"(?:wine|beer|alcohol|drinks?|glass(?:es)?)\b.{0,20}\b(?:ok|okay|safe|fine|alright|a problem)\b.{0,30}\b(?:before|after|"
        r"during) (?:my |an |the )?(?:infusion|session|treatment)",
        r"(?:(?:can|could|should|may) i|is it (?:ok|okay|safe|fine|alright) (?:for me )?to) (?:have|drink) (?:a |some |a few |a couple "
        r"(?:of )?)?(?:beers?|drinks?|wine|glass(?:es)? of \w+|"
        r"alcohol)\b.{0,30}\b(?:before|after|during) (?:my |the |an? )?(?:ketamine |spravato )?(?:infusion|session|treatment)",
        r"(?:do|should|must) i (?:need to )?(?:skip|stop|pause|hold) (?:it|my \w+|taking \w+) (?:on|before|for|around) (?:my )?"
        r"(?:infusion|session|treatment)s?(?: days?)?",
        r"(?:how long|how many hours)\b.{0,60}\b(?:breastfeed\w*|nurse (?:her|him|the baby|my baby)|pump\w*)\b|"
        r"(?:breastfeed\w*|nursing)\b.{0,60}\b(?:how long|how many hours|wait)\b",
        r"(?:wine|beers?|alcohol|drinks?|glass(?:es)?)\b.{0,40}\b(?:before|after|during) (?:my |the |an? )?(?:ketamine |spravato )?"
        r"(?:infusion|session|treatment)\b.{0,30}\b(?:problem|ok|okay|safe|bad|fine|issue|mess)",
        r"(?:wine|beer|alcohol|drinks?|glass(?:es)?)\b.{0,40}\b(?:before|after|during) (?:my )?(?:infusion|session|treatment)\b.{0,30}"
        r"\b(?:problem|ok|okay|safe|bad|fine|issue)",
        rf"(?:mix|mixes|go|goes|work|works) (?:ok |okay |well |fine |alright )?with my (?:\w+ )?{_MED}",
        rf"(?:pt|patient|client|my \w+|im|i am|she is|shes|he is|hes) (?:is )?on (?:\w+ ){{0,3}}(?:{_MED}|\w+ine|\w+ide|\w+pam)\b"
        r".{0,80}\binteract\w*",
        r"(?:i take|im on|i am on|im taking|i use|i am taking)\b.{0,60}\b(?:clash|interact|interfere|react|mix|mess|ok with|"
        r"safe with)\w*",
        r"my blood pressure\b.{0,40}\b(?:can i|could i|am i|is it safe)",
        r"(?:i take|im on|i am on|im taking)\b.{0,60}\b(?:(?:a )?problem|an issue|safe|ok|okay|dangerous) (?:with|for) (?:\w+ ){0,2}"
        r"(?:ketamine|spravato|esketamine|infusions?|ssris?|\w+ine)\b",
        r"(?:mess|messes|clash|clashes|interfere|interferes|interact|interacts) with\b.{0,60}\b(?:i take|im on|i am on|im taking|"
        r"i use)\b",
        rf"{_DRUG}\b.{{0,30}}\b(?:together|at the same time|combined)\b.{{0,10}}\b(?:ok|okay|safe|fine|alright)",
        rf"(?:can|could|should|may|is it (?:ok|okay|safe|fine)(?: for me)? to) (?:i )?(?:\w+ ){{0,2}}(?:take|use|have|drink|get)\b"
        rf".{{0,80}}\b(?:im|i am|i also|also) (?:also )?(?:on|taking|take) (?:\w+ ){{0,2}}{_MED}\b",
        rf"my (?:\w+ ){{0,2}}{_DRUG}\b.{{0,40}}\b(?:interact|interfere|clash|react|mix|affect|cancel|block)\w*"
        rf"|(?:interact|interfere|clash|react|mix)\w* (?:badly )?with (?:my |the )?(?:\w+ )?{_DRUG}\b.{{0,30}}\b(?:i take|im on|"
        rf"i am on|i use)",
        rf"(?:can|could|should|may|is it (?:ok|okay|safe|fine|alright|bad|dangerous) (?:for me )?to|safe to) (?:i )?"
        rf"(?:drink|drinking|smoke|smoking|get high|party|vape)\b(?! (?:water|coffee|tea|juice|fluids|liquids))(?: \w+){{0,6}} "
        rf"(?:on|while (?:on|taking)|with|after|before|during) (?:my |the |a )?(?:\w+ )?(?:{_MED}|infusion|session|treatment|spravato)",
        rf"(?:take|mix|drink|smoke|use|have|(?:i|we|you|he|she|to|can|could) do|combine) (?:\w+ ){{0,5}}{_DRUG} (?:on|while on|with|after|"
        rf"before|during|and) "
        rf"(?:my |the |a |an )?(?:\w+ )?(?:{_MED}|infusion|session|treatment)\b",
        rf"(?:is it (?:ok|okay|safe|fine|alright|bad|dangerous)|would it be (?:ok|okay|safe)|(?:can|could|should|may) i) "
        rf"(?:if i |for me to |to )?(?:still )?(?:take|have|use|drink|smoke|pop) (?:\w+ ){{0,3}}"
        rf"(?!ketamine|esketamine|spravato){_DRUG}\b",
        r"(?:can|could|should|may) i (?:still )?(?:get|have|do|receive|book) (?:an |my |the |a )?(?:\w+ )?(?:infusion|session|"
        r"treatment|spravato|ketamine|dose)\b.{0,40}\b(?:if|after|when|since|though) (?:i|im) (?:had|have|drank|took|"
        r"smoked|am on|on|taking|been)",
        r"(?:im on|i take|im taking|ive been (?:on|taking)|im currently (?:on|taking)|currently (?:on|taking)) (?!the |a |an |"
        r"my (?:phone|way|laptop|computer)|hold|vacation|holiday|it )(?:\w+ ){0,3}.{0,40}\b(?:can i|could i|"
        r"is it (?:safe|ok|okay)|should i|am i able|will i be able)",
        rf"(?:is it better|better|best|what time|when) (?:time )?(?:to|should i|do i|can i) (?:take|use|have) (?:my |the )?(?:\w+ )?"
        rf"{_MED}\b.{{0,20}}\b(?:morning|night|evening|bedtime|with food|empty stomach|before|after)\b",
        rf"(?:should|can|could|may|do) i (?:still |safely )?(?:take|use|have|drink|smoke|give) (?:my |a |an |some |the )?"
        rf"(?:\w+ )?{_DRUG}\b.{{0,40}}\b(?:morning|night|evening|bedtime|food|empty stomach|before|after|with|while|"
        rf"during|on|same day|day of|together|between)\b",
        r"(?:pregnant|breastfeeding|breast feeding|nursing|trying to conceive)\b.{0,60}\b(?:can|could|should|safe|ok|okay|allowed)|"
        r"(?:can|could|should|safe|ok|okay)\b.{0,60}\b(?:pregnant|breastfeeding|breast feeding|trying to conceive)",
        r"(?:i have|ive got|ive had|i had|with my|my) (?:\w+ ){0,2}(?:high blood pressure|hypertension|heart (?:condition|disease|"
        r"problems)|bipolar|schizophrenia|psychosis|epilepsy|seizures|glaucoma|liver|kidney|addiction|diabetes|history of)\b"
        r".{0,60}\b(?:can i|could i|should i|is it safe|am i|safe for me|ok for me|okay for me|eligible|candidate)",
        rf"(?:is|are) (?:ketamine|esketamine|spravato|it|ssris?|{_MED}) (?:\w+ )?safe (?:to (?:take|use|mix) )?(?:with|alongside|on) "
        rf"(?:\w+ ){{0,2}}(?:{_DRUG}|pills)\b",
        r"(?:would|could|will|are|is) any of (?:those|these|them|my (?:meds|medications|medicines|tablets|pills))\b.{0,30}\b(?:be )?"
        r"(?:a )?(?:problem|issue|interact\w*|dangerous|unsafe|clash)",
        r"(?:would|will) (?:ketamine|it|esketamine|spravato|the infusions?|the treatment) (?:\w+ )?(?:raise|increase|affect|lower|"
        r"worsen|spike) (?:his|her|their) (?:\w+ )?(?:pressure|sugar|heart rate|glaucoma|condition)",
        r"(?:should|can|could|do) i (?:still )?take my (?:\w+ ){1,8}(?:before|after|on the day of|the morning of|the night before) "
        r"(?:the |my |an )?(?:infusion|session|treatment)",
        r"how much (?:ketamine|spravato|esketamine) (?:would|will|does|do) (?:she|he|i|we|my \w+) (?:be given|get|receive|need)",
        rf"(?:is|would|will) (?:half|a half|quarter) (?:of )?(?:a |one of my |my )?(?:\w+ )?(?:{_DRUG}|tablets?|pills?)\b.{{0,30}}\b(?:alright|"
        r"all right|ok|okay|fine|safe)\b.{0,30}\b(?:before|after) (?:the |my )?(?:infusion|session|treatment)",
        r"\d+ ?(?:kg|kgs|kilos?|lbs?|pounds|stone)\b.{0,60}\b(?:how much|dose|dosage|amount)\b",
        rf"(?:half|a half|quarter) (?:of )?(?:one of )?(?:my |a )?(?:\w+ )?(?:tablets?|pills?|{_DRUG})\b.{{0,60}}\b(?:before|after) (?:the |my )?"
        r"(?:infusion|session|treatment)\b.{0,30}\b(?:all right|alright|ok|okay|fine|safe)",
        r"(?:can i|could i|should i|am i|is (?:ketamine|it|esketamine|spravato) safe)\b.{0,60}\b(?:if i have|with my|since i have|"
        r"given my|because of my|if im on|if i take)",
        r"(?:puedo|podria|debo|deberia|es seguro) (?:tomar|mezclar|combinar|usar|recibir|hacerme|ponerme|beber|fumar)\b.{0,50}\b"
        r"(?:si estoy|si tomo|con|mientras|tomando)",
        r"(?:posso|poderia|devo|e seguro) (?:tomar|fazer|usar|receber|misturar|beber)\b.{0,50}\b(?:se eu|se estou|se tenho|se tiver|"
        r"se sou|com|tomando)",
        r"(?:puis je|je peux|est ce que je peux|dois je|je dois) (?:prendre|melanger|combiner|recevoir|boire|fumer)\b.{0,40}\b"
        r"(?:avec|si je|pendant|sous)",
        r"(?:kann|darf|soll) ich (?:\w+ ){0,4}(?:mit|zusammen mit|wahrend|trotz|nach|vor) (?:\w+ ){0,5}(?:nehmen|einnehmen|bekommen|"
        r"kombinieren)",
        r"(?:posso|devo|e seguro) (?:tomar|misturar|combinar|usar|receber)\b.{0,50}\b(?:com|se estou|enquanto|tomando)",
        r"(?:can|could|should) i (?:\w+ ){0,2}(?:drink|drinking|have a (?:drink|beer|glass)|get drunk)\b(?! (?:water|coffee|tea|juice))(?!.{0,20}\bwater\b).{0,40}\b(?:after|before|on|with) "
        r"(?:my |the |a )?(?:\w+ )?(?:infusion|session|treatment|ketamine)\b",
        rf"(?:puedo|podria) (?:seguir|continuar) (?:tomando (?:mi |el |la |los |las )?\w+|con (?:mi |el |la |los |las )?(?:{_MED}|"
        r"\w+(?:xetina|ralina|apina|azepam|olam|pram)|pastillas|medicamentos?|medicina))\b",
        rf"{_MED}\b.{{0,80}}\b(?:sit|go|mix|work) (?:comfortably |well |ok |okay )?(?:alongside|together with) (?:those|these|them|my \w+)\b",
        r"does (?:that|it|this) mix (?:ok |okay |alright )?with (?:ketamine|esketamine|the infusion|the ketamine)\b",
        r"how long after (?:an|the|my) (?:infusion|session|treatment) (?:can|could|should) i (?:have|drink)\b",
        r"can (?:i|he|she) (?:take|have) (?:a |my |his |her )?(?:sleeping (?:pill|tablet)s?|zopiclone|melatonin|diazepam|valium|xanax|lorazepam|ativan) (?:tonight|after|before|with)\b",
        r"(?:safe|ok|okay|alright) (?:to have )?(?:on top of|alongside) (?:both|them|those|my \w+)\b",
        r"would (?:the two|they|those|these|both|the two of them) interact\b",
        r"(?:i take|im on|i am on|im taking|i use|he takes|she takes|hes on|shes on)\b.{0,80}\b(?:does|will|would|can|could) (?:ketamine|esketamine|spravato|it|the infusion|that) interact with\b",
        r"(?:ketamine|it|esketamine) (?:plus|and|with|on top of) my (?:\w+ )?(?:meds|medication|pills|tablets)\b.{0,30}\b(?:give me|cause|make me)\b",
        r"naweza kunywa pombe|boleh (?:minum|makan)\b.{0,30}\b(?:ketamine|ssri|obat|ubat)",
    ],
}
MEDICAL_ADVICE = {**MEDICINES, **OWN_CASE}  # family order as before: dosing, interaction, then the own-case ones
