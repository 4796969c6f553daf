"""Pattern tables for the safety screen, one readable table per signal family.

Every pattern runs on normalised text (see safety.normalise): case-folded, accents stripped,
apostrophes removed ("don't" -> "dont", "I'm" -> "im"), punctuation turned into spaces, slang mapped
("kms" -> "kill myself", "unalive" -> "kill", "sewerslide" -> "suicide"), masked words unmasked ("s*icidal"),
spaced letters joined ("d i e") and quoted titles dropped when a song/film/book is named. Numbers and wording of replies
live in safety.yaml, never here.
"""

from __future__ import annotations

import re

_ME = r"(?:i|im|ive|id|ill|me|my)"
_REFL_THIRD = r"(?:himself|herself|themselves|themself)"
_PILLS = r"(?:pills|meds|tablets|medications?|medicine|capsules|painkillers|sleeping pills|\w+ pills|\w+ tablets|pastillas|cachets|tabletten|comprimidos|remedios)"
_QTY = r"(?:\d{2,}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred)"
_LAUGH = r"(?:lol|lmao|lmfao|rofl|haha\w*|hehe|jk|just kidding|xd|😂|🤣|💀|😅)"
_DEATH = (r"(?:die|dying(?! to| for| of)|be dead|kill(?:s|ed)?|lethal|fatal|toxic(?! (?:to|for) (?:the |your |my )?(?:bladder|urinary))|od|overdose|stop (?:\w+ )?heart|stop (?:\w+ )?breathing|never wake|dont wake up|"
          r"not wake|end (?:it|my life)|(?:destroy|fry|shut down|wreck|ruin) (?:\w+ )?(?:liver|kidneys|organs)|liver failure|"
          r"(?:damage|kill|hurt) (?:\w+ )?(?:liver|kidneys) (?:for good|permanently|beyond repair)|"
          r"(?:sleep|asleep) (?:permanently|forever|for good))")
_SUBJ = r"(?:i|id|he|she|they|hed|shed|theyd)"  # who wishes / would rather (first or third person)
_NOT_DRUG = (r"(?! (?:of )?(?:the |my |our |your |those |these |\d+ |six |five |four |three |two |ten )?(?:\w+ )?(?:forms?|paperwork|"
             r"documents?|papers|records|notes|pictures|photos|steps|sessions?|infusions?|treatments?|appointments?|classes|"
             r"courses?|advice|info\w*|questions|precautions|time|minutes?|mins?|hours?|days?|weeks?|months?|years?|"
             r"dollars|bucks)\b)")  # "took all the forms", "going to take 40 minutes" are not pills
_FAMILY_NOUN = (r"(?:friend|brother|sister|son|daughter|mom|mother|dad|father|husband|wife|partner|boyfriend|girlfriend"
                r"|kid|child|teen|roommate|cousin|uncle|aunt|grandma|grandpa|coworker|colleague|patient|student|"
                r"neighbou?r|fiancee?|spouse|bf|gf|best friend|mate|baby)")
_MED = (r"(?:meds|med|medication|medications|medicine|medicines|anti ?depressants?|ssris?|snris?|maois?|pills|tablets|"
        r"prescriptions?|dose|dosage|sertraline|zoloft|fluoxetine|prozac|escitalopram|lexapro|citalopram|celexa|"
        r"paroxetine|paxil|seroxat|venlafaxine|effexor|duloxetine|cymbalta|bupropion|wellbutrin|mirtazapine|remeron|"
        r"desvenlafaxine|pristiq|vortioxetine|trintellix|trazodone|amitriptyline|nortriptyline|lithium|lamotrigine|"
        r"lamictal|quetiapine|seroquel|aripiprazole|abilify|vilazodone|fluvoxamine|clomipramine|phenelzine|nardil|"
        r"esketamine|spravato|ketamine|mood stabili[sz]ers?|antipsychotics?|benzos?|xanax|clonazepam|lorazepam|"
        r"gabapentin|pregabalin|oxycodone|oxy|oxys|morphine|tramadol|codeine|opioids?|painkillers|zopiclone|zolpidem|ambien|"
        r"temazepam|diazepam|valium|sleeping (?:tablets|pills)|amitriptyline)")
_DRUG = (rf"(?:{_MED}|ibuprofen|tylenol|advil|motrin|aspirin|acetaminophen|paracetamol|naproxen|aleve|melatonin|alcohol|"
         r"wine|beer|weed|cannabis|marijuana|cbd|thc|adderall|ritalin|benadryl|antihistamines?|painkillers|opioids|"
         r"oxycodone|oxy|oxys|percocet|vicodin|fentanyl|heroin|codeine|tramadol|st johns wort|kratom|mdma|molly|cocaine|coke|"
         r"psilocybin|mushrooms|shrooms|lsd|acid|birth control|insulin|blood thinners?|warfarin|sleeping pills|nyquil|"
         r"zolpidem|ambien|diphenhydramine|caffeine|nicotine|vape|edibles?)")
_STOP_VERB = (r"(?:stop|stops|stopping|stopped|stoped|stoping|stopt|quit|quitting|quitted|discontinu\w*|taper|tapering|"
              r"tapered|wean|weaning|weaned|ditch|ditching|ditched|drop|dropping|dropped|skip|skipping|skipped|pause|"
              r"pausing|paused|cut out|give up|giving up|gave up|come off|coming off|came off|get off|getting off|"
              r"got off|go off|going off|went off|been off|switch|switching|switched|change|changing|changed|reduce|"
              r"reducing|reduced|lower|lowering|lowered|decrease|decreasing|decreased|increase|increasing|increased|"
              r"cut down|cutting down|cut back|cutting back|halve|halving|halved|swap|swapping|ran out of|run out of|"
              r"running out of|no longer taking|not taking)")

# ---- crisis: strong families (one match routes to crisis) --------------------------------------------------
EXPLICIT_IDEATION = [
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
    r"(?! (?:risk|rates?|prevention|warning|screening|statistics|research|assessment))",
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
]

SOFT_IDEATION = [  # strong unless laughed off in a mundane context ("kill me lol this form")
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

PASSIVE_IDEATION = [
    r"hop(?:e|ing|ed) (?:that )?(?:i )?(?:\w+ )?(?:wont|dont|will not|do not|never|wouldnt) wake up"
    r"(?! (?:with|groggy|tired|feeling|early|late|in time|on time|sick|nauseous|dizzy|too)\b)|(?:dont|do not) (?:much|particularly) "
    r"want to be (?:here|around|alive)\b",
    r"(?:wont|will not|dont (?:think|expect) ill|not going to) be (?:around|here|alive) (?:for|by|at|in|to see) (?:the )?(?:spring|summer|"
    r"autumn|fall|winter|christmas|new year|easter|harvest|next \w+|(?:my|his|her) \w+ birthday)\b",
    r"(?:dont|do not|didnt|did not) (?:intend|plan|expect|mean) (?:to be|on being) (?:here|around|alive) (?:by|for|at|after|past|in|"
    r"much longer|long)",
    r"(?:how easy it would be|(?:it would be|itd be) (?:so )?easy) (?:to )?(?:just )?not (?:come|go|make it|get) (?:back|home|in)\b",
    r"(?:wouldnt|would not|wont|will not) fight it\b.{0,40}\b(?:relieved|relief|welcome it|glad)|(?:took|take|takes) me\b.{0,40}"
    r"\b(?:id|i would|i d) (?:be relieved|welcome it|be glad)",
    r"had a good innings\b.{0,40}\benough|(?:bother|point|reason) (?:of|in|for) (?:staying|being|keeping myself) alive|"
    r"(?:like|love|want|going) to (?:go and |go )?be with (?:\w+ )?(?:margaret|\w+) (?:\w+ )?(?:it seems|now|soon)\b.{0,40}"
    r"\b(?:sensible|right|time|ready)",
    r"(?:it would be|itd be|would be) easier for (?:everyone|everybody|them|my family|all) if i\b.{0,60}\b(?:got it over with|wasnt here|"
    r"went|gone|ended it|took it)|got it over with\b",
    r"(?:cant|cannot) see (?:any|a) way out\b",
    r"(?:stopp?ed caring|stop caring|dont (?:really |even )?care(?: anymore)?|do not care|no longer care|couldnt care less) (?:anymore )?"
    r"(?:if|whether) (?:im|i am|ill be|i will be|i) (?:even |still )?(?:around|alive|here|make it|wake up|breathing)\b"
    r"(?! (?:for|at|in|on|or|near|people|to the|with)\b)",
    r"(?:want|wanna|wish i could|id like|would love) to (?:just )?(?:go to )?sleep (?:for )?(?:like )?for ?ever",
    r"(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:ill|i will|i could|i) (?:just )?(?:fall asleep|go to sleep|sleep)\b.{0,40}\b"
    r"(?:stops?|ends?|be over|is over) (?:for good|forever|permanently)|(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:ill|"
    r"i will|i could|i) (?:just )?(?:fall asleep|go to sleep|sleep)\b.{0,30}\b(?:never|not) (?:have to )?wake(?: up)?\b"
    r"(?! (?:on time|at my|in time))",
    r"(?:dont|do not|cant|cannot|can not) (?:really )?(?:see|picture|imagine) my ?self (?:making it|living|being (?:here|around|alive)) "
    r"(?:to|past|until|till|beyond) (?:[1-6]?\d\b|eighteen|nineteen|twenty|thirty|forty|fifty|christmas|next (?:year|month|week|"
    r"summer|spring|winter)|the end of (?:the|this) (?:week|month|year)|my (?:\w+ )?birthday|summer|winter|spring|autumn|new year)"
    r"(?!.{0,30}\b(?:without|in (?:that|this) job|budget)\b)",
    r"(?:doesnt|does not|cant|cannot) (?:really )?see (?:him|her|them) ?sel(?:f|ves) (?:making it|being (?:here|around|alive)) "
    r"(?:to|past|until|till|beyond) (?:[1-6]?\d\b|eighteen|nineteen|twenty|thirty|christmas|next (?:year|month|week)|"
    r"(?:his|her|their) (?:\w+ )?birthday|new year)",
    r"(?:no le|ya no le|no|ya no) (?:veo|encuentro) (?:el )?sentido (?:a|en) (?:nada|la vida|mi vida|vivir|seguir (?:aqui|viviendo|"
    r"vivo))\b|(?:ni a|no quiero) seguir aqui\b|no tiene sentido (?:seguir )?(?:vivir|viviendo)",
    r"(?:dont|doesnt|didnt|wont|never|no longer|not|dont really|dont even|not wanting) (?:want|wanna|wish|feel like|wanting) to "
    r"(?:wake up|live|be alive|exist|be here|be around|go on|keep going|keep living|continue living|carry on|see tomorrow|"
    r"survive|be on this earth)",
    r"not wanting to (?:be here|be alive|live|exist|wake up)",
    r"(?:hope|hopes|hoping|hopefully|wish|wishes|wishing|pray|praying) (?:that )?(?:i|ill|i will|id|i would|i could|i might) "
    r"(?:just )?(?:get|be|got|gets) (?:hit|run over|killed) by (?:a|the|some) "
    r"(?:car|bus|truck|train|lorry|van|drunk driver)",
    r"(?:whether|if) (?:to|i should|i can|i will|ill|i want to) (?:stay|keep) (?:alive|living)\b|stay alive (?:long enough|"
    r"until|till)\b|(?:staying|being|stay) alive (?:is |is even |is really )?(?:worth it|worth the effort)",
    r"(?:dont|do not|wouldnt|would not) (?:really |even )?care if i (?:wake up|live|die|make it|survive|wake)\b"
    r"(?! (?:in|near|at|with|on|close|far|alone|here|there|together|the|a|my)\b)",
    r"(?:peaceful|nice|a relief|easier|better|calm) (?:it )?(?:would it be|would be|to be|it is|it must be) (?:to )?(?:not exist|not be here|"
    r"not wake up|be dead|not be alive|disappear|never wake up)",
    r"(?:be sorry|regret it|miss me|understand|realise|realize) (?:when|once|after) (?:im|i am) (?:gone|dead)",
    r"non ce la faccio piu|vorrei (?:solo )?(?:addormentarmi|dormire) e non svegliarmi|mam dosc wszystkiego|"
    r"nikt nie zauwazy\b.{0,20}\bzabraknie|chce zasnac i (?:juz )?(?:sie )?nie obudzic",
    r"\b(?:everyone|everybody|they|people|my family|the kids|my kids|the family)\b.{0,40}\b(?:better|happier|easier|nicer|calmer|"
    r"lighter)\b.{0,30}\bif i (?:just |simply )?(?:wasnt|werent|was not|were not|was gone|were gone|disappeared|didnt exist|"
    r"was dead|died|wasnt (?:there|here|around))",
    r"(?:happier|better|easier|nicer|calmer) (?:\w+ ){0,4}if i (?:just )?(?:wasnt|werent|was not|were not) (?:there|here|around|"
    r"alive|in the picture)",
    r"if i (?:\w+ ){0,6}(?:dont|didnt|never|do not|did not|wont) wake up\b.{0,45}\b(?:fine|ok|okay|good|better|relief|"
    r"wouldnt mind|dont mind|happy|whatever|so be it|id be grateful)",
    r"(?:wish|wishes|wished|wishing|hope|hopes|hoping|pray|prays|praying)(?: \w+){0,3}?(?: that)? "
    r"(?:i|id|he|she|they|hed|shed) (?:was |were |would be |could be |had |would |could )?(?:just )?"
    r"(?:dead|gone|die|died|never been born|never born|never wake up|not wake up|dont wake up|didnt wake up|wont wake up|not exist|"
    r"didnt exist|wasnt born|wasnt alive|wasnt here|(?:could |would )?(?:just )?(?:disappear|die|sleep forever|vanish))",
    r"(?:sleep|asleep|go to sleep|went to sleep) (?:and |to )?(?:just )?(?:never|not|wont|didnt) wake(?: up)?",
    r"sleep(?:ing)? forever|eternal sleep|permanent sleep|never wake up again|not to wake up",
    r"(?:sleep|go to sleep)(?: one night| tonight| forever)? (?:and |to )?(?:just )?(?:never|not) (?:have to )?wake(?: up)?",
    r"(?:pray|praying|hope|hoping|wish|wishing) (?:that )?i (?:just )?(?:wont|will not|dont|do not) (?:be here|wake up|make it)",
    r"(?:worked|working|figured|figuring) out (?:exactly |pretty much )?how (?:i|id|i would|ill|i will) (?:do|did|would do) it|(?:havent|have not|not yet) picked (?:the|a) (?:day|date)|"
    r"better off with (?:his|her|my|their|the) (?:life )?insurance|(?:goes|go) quiet (?:for good|forever)|"
    r"(?:im|i am) not (?:going to|gonna) (?:still )?be (?:here|around|alive)|"
    r"(?:^|\bi |\bi just |\bi keep )(?:think|thinking) about (?:dying|death|being dead|not being here)\b|"
    r"(?:nobody|no one) (?:has|would have|will have|needs) to deal with me|vanishing (?:forever|for good|permanently)|"
    r"(?:thats|that is|that will be) it for me\b",
    r"only (?:one|1) way out\b.{0,40}\b(?:left|you know|now)",
    r"(?:not sure|dont know if|unsure if|doubt) (?:i )?(?:want to|wanna|will|ll|would|can) (?:still )?be (?:around|here|alive)",
    r"(?:hope|hoping|wish|wishing|pray\w*)\b.{0,20}\b(?:my )?(?:heart|body) (?:would |will |could )?(?:just )?(?:gives? out|"
    r"stops?|fails?)\b",
    r"(?:so much |much |a lot )?(?:freer|happier|lighter|easier) without me\b|(?:could|can|would) start over without me|"
    r"without me dragging (?:him|her|them|everyone|you) down",
    r"(?:ok|okay|fine|alright|good|nice) if (?:a |the )?(?:bus|car|truck|train) (?:didnt|did not|doesnt|wouldnt) stop",
    r"(?:hope|hoping|wish|wishing|pray|praying) (?:that )?i (?:shall|will|would|should) not wake\b|(?:hope|hoping|wish|wishing|"
    r"pray|praying) (?:that )?i (?:shant|wont|wouldnt|dont) wake\b",
    r"(?:take|taking|took) out my (?:own )?life|take off my (?:own )?life",
    r"(?:worked|figured) out (?:exactly |pretty much )?how (?:i would|id)(?: (?:do|end) it)?\s*(?:$|but\b|and\b|so\b|is\b|im\b|i\b)",
    r"dis+a+p+e+a?r\w* (?:for good|forever|perm[ae]n\w*)|(?:seria|era) melhor se eu (?:sumisse|desaparecesse|morresse|nao "
    r"existisse)|sumi(?:r|sse) (?:de vez|para sempre)|ninguem (?:ia|iria|vai|se) (?:\w+ )?importar\w* se eu (?:sumisse|morresse|"
    r"desaparecesse|nao estivesse)|desaparece(?:r|sse) de vez|(?:seria|era) mejor si (?:yo )?(?:desapareciera|muriera|no "
    r"existiera)|desaparecer de una vez",
    r"better off (?:without (?:me|him|her|them)|dead|if (?:i|he|she) (?:was|were|wasnt|werent|died|disappeared|never)|"
    r"with (?:me|him|her) (?:gone|dead))",
    r"(?:wish|hope|hoping|pray|praying|want)(?: that)? (?:a|the|some) (?:car|bus|truck|train|plane|something|someone|"
    r"meteor|bullet) (?:would |will |could )?(?:just )?(?:hit|hits|kill|kills|run over|runs over|runs me over|crash into|"
    r"crashes into|take|takes) (?:me|him|her)",
    r"(?:fine|ok|okay|happy|glad|relieved|better|good|wouldnt mind|would not mind|wouldnt care|dont care|nice|peaceful|"
    r"relief)\b(?: \w+){0,3} if (?:i|he|she) (?:just |simply )?(?:never|didnt|did not|dont|do not) (?:woke|wake) up",
    r"(?:fine|ok|okay|happy|glad|relieved|wouldnt mind|would not mind|wouldnt care|dont care|relief)\b(?: \w+){0,3} if (?:i|he|she) "
    r"(?:just |simply )?(?:never|didnt|did not|dont|do not) (?:come round|come around|come to|come back|come out of it)\b",
    r"(?:im|i am|so|just) done (?:being alive|living|existing|with being alive)\b|want out (?:permanently|for good|forever)\b",
    r"(?:queria|quero) (?:sumir|desaparecer|morrer)|nao acordar mais|jeene ka (?:mann|man|mun) (?:hi )?nahi|sab khatam kar (?:dena|du|"
    r"doon|dun)|mar jana chahta|khudkushi|aatmahatya",
    r"(?:carking|cark|carked|karking) it\b.{0,30}\b(?:relief|better|welcome|fine|easier|blessing)",
    r"(?:if|what if|when) (?:i|he|she) (?:just |simply )?(?:wasnt|werent|was not|were not|wont be|am not) (?:here|around|"
    r"alive) (?:anymore|any more|any longer|tomorrow)",
    r"(?:death|dying|being dead|not existing) (?:sounds|seems|feels|would be|is|looks) (?:like )?(?:kind of |kinda |sort of |really |"
    r"pretty |quite )?(?:a |such a |so )?"
    r"(?:relief|peaceful|better|welcome|freedom|easier|the answer|the only|nice|appealing|tempting)",
    r"(?:hope|hoping|wish|wishing|pray|praying)(?: that)? (?:i|he|she) (?:get|gets|got|catch|have|develop) (?:cancer|sick|"
    r"ill|a disease|an illness|an accident|\w+ (?:disease|illness))",
    r"(?:hope|hoping|wish|wishing|pray|praying)\b.{0,50}\b(?:so|and|then) (?:it|this|everything|all (?:of )?(?:it|this)|"
    r"life|my life) (?:will|would|can|could) (?:finally |just )?(?:be over|end)",
    r"(?:dont|do not) deserve to (?:live|be alive|exist|be here)",
    r"(?:fall asleep|go to sleep|sleep) and never (?:have to )?(?:deal with|face|wake up to|worry about) (?:anything|it|this|life|"
    r"any of (?:it|this)|people|the world)(?: again| anymore)?",
    r"(?:life )?insurance (?:would|will|could) do more for (?:my|the|his|her) (?:family|kids|wife|husband|children)\b|(?:worth|be worth) "
    r"more (?:to (?:my|the|them|her|him) \w* ?)?dead\b|(?:eat|eating|ate) (?:my|a|his|her) (?:gun|pistol|shotgun|rifle)\b",
    r"(?:if|when) (?:a|the) (?:bus|car|truck|train|lorry) (?:hit|hits|ran over|runs over|killed|kills) (?:me|him|her)\b.{0,40}\b(?:relieved|"
    r"relief|fine|ok|okay|glad|grateful|wouldnt mind|dont mind|happy|(?:wouldnt|would not|not) (?:even )?(?:be )?(?:upset|sad|mind|"
    r"care|bothered))",
    r"suicid\w* (?:thoughts|ideation|feelings|urges)\b.{0,60}\b(?:mine (?:are|have been|is)|i (?:have|get|am having|m having) them|"
    r"ive been having them)",
    r"j en finis|j en finirai|je vais en finir",
    r"(?:thinking|thought|think) (?:about|of) (?:jumping|leaping|throwing my ?self)\b(?! (?:in|into|on|at|through|ship|back|up|"
    r"the (?:queue|line|gun)|to (?:conclusions|another|a new)))",
    r"(?:dont|do not) want to be a (?:nuisance|burden|bother|trouble|weight) (?:to (?:\w+ ){1,3})?(?:any longer|anymore|any more)",
    r"(?:wont|will not|not going to) be (?:a |an )?(?:problem|burden|bother|nuisance|trouble|weight|worry) (?:for|to|on) (?:anyone|anybody|"
    r"you|them|any of you|everyone|my \w+) (?:for )?(?:much |very )?(?:longer|long|anymore|any more)\b",
    r"(?:not sure|dont know|no idea) (?:what|why) (?:im|i am|i should be|i keep) (?:still )?(?:sticking around|staying around|still here|hanging "
    r"on|holding on)(?: for)?\b",
    r"(?:kinder|simpler|better|easier) (?:for (?:everyone|everybody|all|them|her|him) )?if i (?:just |simply )?(?:wasnt|werent|was not|"
    r"were not|went|was gone|wasnt here|didnt wake up|died)",
    r"ready to (?:meet my maker|go home to (?:god|the lord|jesus)|go to (?:god|heaven|the lord))|(?:ask|asking|pray|praying|beg|"
    r"begging)\b.{0,20}\b(?:for )?(?:the lord|god|jesus|him) (?:every night )?to (?:just )?take me\b(?! (?:to|home from|back to) "
    r"(?:the|my|church|work|school))",
    r"(?:go to sleep|sleep|fall asleep|drift off|pass) and (?:just )?join (?:her|him|them|my \w+)\b",
    r"(?:not|never) (?:afraid|scared|frightened) of (?:dying|death|being dead)\b.{0,40}\b(?:afraid|scared|frightened|terrified) of "
    r"(?:living|going on|another)",
    r"(?:cant|can not|cannot|doesnt|dont|does not|do not) see (?:a|any) (?:\w+ )?reasons? (?:to|for) (?:live|living|go on|going on|"
    r"keep going|stay|be here|carry on|keep living|stay alive|wake up)\b(?! (?:to|with|back|there|for|on|in|at)\b)",
    r"better off with (?:a |another )?(?:different |new |other |better )?(?:mom|mum|mother|dad|father|parent|wife|husband|"
    r"partner)\b.{0,15}\b(?:or none|or no \w+|or without)",
    r"(?:stopped|stop|no longer) caring (?:whether|if) i (?:wake|live|die|make it|survive)|(?:dont|no longer|do not) care "
    r"(?:whether|if) i (?:wake|live|die|make it|survive)\b(?! (?:in|near|at|with|on|close|far|alone|here|there|together|"
    r"the|a|my|through the (?:week|session|infusion)))",
    r"(?:being dead|death|dying)\b.{0,80}\b(?:wanting|want|wish|longing|long) to (?:go back|return|stay)\b.{0,30}\b(?:for good|"
    r"forever|permanently)",
    r"je ne veux plus continuer|nicht mehr aufzuwachen|nicht mehr (?:zu )?leben|(?:ser|soy) una carga|ojala no (?:existiera|"
    r"hubiera nacido)|ojala estuviera muert[ao]",
    r"(?:hope|hoping|wish|wishing|pray\w*)\b.{0,60}\b(?:dont|wont|never|not|do not|will not|didnt) (?:come back|come out|"
    r"come round|wake up)(?! to| here| for| again| in| next| with| early| late)",
    r"(?:disappointed|upset|angry|devastated|annoyed|frustrated|gutted) (?:(?:\w+ ){0,3}?(?:that|when|to) )?(?:i |ive )?"
    r"(?:woke(?: up)?|(?:am|im) still (?:alive|here|breathing)|survived the night|made it through (?:the|another) night)"
    r"(?=\s*$| at all| again| this morning| today| every| each| (?:and|but|so|i|its|ugh)\b)",
    r"(?:better|easier|happier) (?:off )?(?:\w+ ){0,6}(?:not having me|without having me) (?:around|here|alive|to (?:deal with|"
    r"worry about|pay for))",
    r"(?:better|easier) (?:for everyone )?if i (?:just |simply )?(?:was|were|wasnt|werent|died|disappeared|was not|were not)"
    r" ?(?:dead|gone|here|around|alive|born)?",
    r"(?:disappear|vanish) (?:forever|for good|permanently)|(?:stop|stopped|cease|ceased|quit) (?:existing|to exist)",
    r"not (?:exist|be alive|be here) anymore|(?:tired|exhausted|sick) of (?:living|being alive|life|existing|breathing|"
    r"waking up|staying alive|fighting to (?:stay alive|live|keep going))",
    r"(?:fighting|struggling|trying) to (?:stay alive|keep living|not (?:die|kill myself|end it))",
    r"(?:im|i am|so|just|literally) (?:so |just |completely |literally |totally )?over (?:life|living|being alive|existing)\b",
    r"(?:want|need|wish|wishing) (?:for )?(?:the |this |my |all (?:the|this) )?(?:pain|suffering|hurt|hurting|it all|everything|it)"
    r" to (?:stop|end|go away|be over) (?:forever|for good|permanently)",
    r"(?:dont think i|not sure i|dont know (?:if|how) i|doubt i|no longer) (?:can|could|will|want to) (?:keep living|go on|"
    r"keep going|live like this|survive this|stay alive|keep doing this|make it through)",
    r"stop me (?:from )?(?:doing something|doing anything|hurting myself|doing it)",
    r"(?:not sure|dont know|no idea|unsure) (?:how (?:much|many) (?:more |longer )?(?:\w+ )?(?:more |longer )?|if |whether )?"
    r"i (?:can|could|will|ll be able to) (?:survive|go on|keep going|hold on|keep living|stay alive|take much more|"
    r"take (?:this|it) (?:anymore|any longer|much longer))",
    r"(?:no|not any|dont have (?:a|any)|nothing|no more|out of|run out of|ran out of|lost (?:all|my|every)) (?:\w+ )?"
    r"(?:reason|reasons) (?:to|for) (?:live|living|go on|going on|keep going|stay|be here|wake up|keep living|stay alive)"
    r"|nothing (?:left )?to live for",
    r"(?:life|living) (?:isnt|is not|aint|not|no longer) worth (?:living|it)|not worth (?:living|being alive)",
    r"(?:whats|what is|wheres) (?:even |really |actually |the )?the point (?:of|in) (?:living|life|going on|being alive|existing|anything|it all|"
    r"carrying on|waking up|staying alive|being here|me being here)",
    r"no point (?:in |to )?(?:living|life|going on|being alive|existing|carrying on|waking up|staying alive|being here)",
    r"(?:dont|cant|do not|cannot|fail to) see (?:the |any |a )?point (?:in|of|to) (?:living|life|going on|being alive|"
    r"existing|carrying on|waking up|staying alive|being here|any of (?:it|this)|anything)",
    r"(?:nobody|no one|noone|wouldnt|would not|who would)(?: would| will| even| really| ever){0,2} (?:care|notice|miss me|mind)"
    r"(?: \w+){0,3} if i "
    r"(?:died|was gone|were gone|disappeared|wasnt here|was dead|didnt wake up|wasnt around)",
    r"(?:want|wants|wanna|wish|wishes|ready) to (?:disappear|vanish|not exist|stop existing|be gone|go to sleep forever)",
    r"(?:im|i am|feel|feeling) (?:so |really |completely )?(?:done with (?:life|living|it all|this life)|ready to go)",
    r"(?:dont|no longer) want (?:this|my) life|(?:want|wish|need) (?:it all|everything|all of it|my life|life) to "
    r"(?:end|stop|be over)",
    r"cant (?:go on|keep going|keep living|live like this|live anymore|do this anymore|do life|cope anymore|"
    r"handle (?:life|living|this|it) anymore|take (?:it|this|life|living|much more|any more|the pain|this pain|my life)"
    r" (?:anymore|any longer|much longer)|bear (?:it|this|life|living) (?:anymore|any longer)|stand being alive)",
    r"(?:hope|hoping|wish|want) (?:i |to )?(?:get|got|be|could get) hit by a (?:car|bus|truck|train)",
    r"(?:wouldnt|would not|dont|wont) (?:mind|care) (?:if i (?:died|didnt wake up)|dying|not waking up)",
    r"(?:hope|hoping|want|wish) (?:i |to )?die in my sleep",
    r"(?:dont|cant|do not|cannot) see (?:myself|me) (?:being alive|living|alive|making it|still (?:here|alive|around)|"
    r"being (?:here|around))|(?:wont|not going to|dont think ill|dont think i will) make it (?:to|through|past) "
    r"(?:christmas|my birthday|the weekend|next \w+|tomorrow|the end of|\d{2}\b|summer|spring|winter|graduation|new year|"
    r"the holidays|my \w+ birthday)",
    r"(?:happier|better|easier|relieved|lighter|fine|free) (?:\w+ ){0,3}(?:if|when|once) i (?:just )?(?:was|were|am|im|m|wasnt|"
    r"werent) (?:gone|dead|not here|not around|no longer (?:here|around|alive)|here|around|alive)|"
    r"(?:happier|easier|relieved|fine|better) without me",
    r"(?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing|imagin\w*|pictur\w*|visuali[sz]\w*)"
    r"(?: about)?(?: my ?self)? (?:not existing|not being (?:here|alive|"
    r"around)|ending it|ending my life|killing myself|disappearing forever|my (?:own )?funeral|going to sleep and (?:never|not) "
    r"waking up|never waking up|not waking up)",
    r"(?:dont know|not sure) why (?:im|i am) still (?:alive|here|living|breathing)|why am i still (?:alive|here)|"
    r"why (?:should|do|would) i (?:keep|even|bother)? ?(?:living|going on|stay alive|be alive|exist|bother living|keep living)",
    r"want out of (?:life|this life|it all|everything|existence)|(?:i |and i )(?:just )?want out\s*$",
    r"ich (?:will|mag|kann) nicht mehr\s*$",
    r"no quiero (?:\w+ )?(?:vivir|seguir viviendo|despertar|estar aqui|existir|seguir)|ya no quiero (?:vivir|seguir)"
    r"|estarian mejor sin mi|mejor sin mi|no (?:tengo|hay) (?:razon|razones|motivo|motivos) para vivir"
    r"|no (?:vale|tiene sentido) (?:la pena )?vivir|no aguanto mas|desaparecer para siempre|ojala (?:estuviera muerto|no despertar)",
    r"(?:je ne veux plus|je veux plus|je ne veux pas) (?:vivre|me reveiller|etre la|exister)|plus (?:envie|raison) de vivre"
    r"|mieux sans moi|je n ?en peux plus|disparaitre pour toujours",
    r"(?:will|mochte|mag|kann) (?:\w+ )?nicht mehr (?:leben|aufwachen|da sein|weiterleben)|besser (?:dran )?ohne mich"
    r"|halte (?:das|es) (?:\w+ )?nicht mehr aus"
    r"|keinen sinn mehr (?:zu leben)?|nicht mehr aufwachen",
    r"(?:nao quero|nao aguento) (?:mais )?(?:viver|acordar|estar aqui|existir)|nao aguento mais|melhor(?:es)? sem mim"
    r"|quero (?:sumir|desaparecer)|(?:vida|viver) (?:nao )?(?:tem|faz) (?:mais )?sentido|dormir e nao acordar",
    r"(?:seria|era) (?:\w+ )?(?:mais )?(?:facil|melhor)\b.{0,30}\b(?:nao existir|deixar de existir|morrer|sumir|nao acordar)|"
    r"(?<!hat )mir (?:etwas|was) (?:anzutun|antun)|mir das leben (?:nehmen|zu nehmen)|(?:will|mochte|muss) mich (?:selbst )?"
    r"(?:verletzen|ritzen)",
    r"(?:deseo|quisiera|quiero|ojala) (?:\w+ )?no despertar|dormir y no despertar|soy una carga|quiero desaparecer"
    r"|cansad[oa] de vivir",
    r"plus (?:la force|le courage|l envie|envie|aucune raison) de (?:vivre|continuer|me battre)|"
    r"no (?:tengo|me quedan) (?:fuerzas|ganas) (?:para|de) (?:vivir|seguir)|nao tenho (?:mais )?(?:forcas|vontade) (?:para|de) viver|"
    r"(?:envie de|veux|voudrais) disparaitre|fatigue?e? de vivre|je suis un fardeau|ne plus me reveiller",
    r"(?:will|mochte|wurde gern|wunsche mir)(?: \w+){0,3} (?:sterben|tot sein)|sterben (?:will|mochte)|"
    r"keine kraft mehr(?: zu leben| zum leben)?|(?:will|mochte) (?:einfach )?verschwinden|bin eine last|lebensmude",
    # session 10 (blind42/43 first runs)
    r"(?:hoping|hope|wish|wishing|praying) (?:that )?(?:some (?:idiot|driver|drunk|lorry|truck|car|bus|nutter|maniac)|an? (?:car|truck|"
    r"lorry|bus|van|driver|train|drunk driver)) (?:\w+ ){0,8}(?:takes? me out|hits? me|kills? me|runs? me over|wipes? me out|"
    r"ploughs into me|plows into me|crashes into me)\b(?! up)",
    r"(?:happier|better off|easier|relieved) (?:\w+ ){0,3}if i (?:just )?(?:vanished|disappeared|was gone|were gone|ceased to exist|"
    r"didnt exist|stopped existing)\b(?! for (?:a|an|the|some|few|\w+ (?:hours|days|minutes)))",
    r"how easy (?:itd|it d|it would|itll|it will|it is|its) be to (?:just )?(?:yank|swerve|jerk|steer|drive (?:off|into)|"
    r"jump (?:off|from|in front|out)|step (?:off|out in front)|let go\b(?! of)|fall (?:off|from)|go over (?:the )?(?:edge|barrier|side|"
    r"railing)|crash (?:the car|into|my car|off)|turn the wheel)",
    # session 10 (blind42/43 first runs)
    r"(?:im |i am )?(?:not|dont|do not) (?:planning|plan|intending|intend|expecting|expect) (?:on |to )?(?:be|being) (?:around|here|alive) "
    r"(?:by|for|at|after|past|in|when|once) (?:the time|then|the \w+ (?:starts|ends|comes))"
    r"(?! (?:\w+ ){0,3}(?:opens?|closes?|call\w*|appointment|delivery|arrives?)\b)",
    # session 10 (blind42/43 first runs)
    r"(?:wish|wishing|pray|praying|prayed) (?:that )?i (?:just |could just |would just )?(?:wouldnt|wont|didnt|dont|never|would not|"
    r"will not|did not) (?:wake|waking) up\b(?! (?:with|early|late|groggy|tired|in time|on time|feeling|sick|nauseous|dizzy|too)\b)",
    r"(?:pray|praying|prayed|hope|hoping|wish|wishing|ask god|asking god) (?:\w+ ){0,3}(?:for|to) (?:not|never|dont) (?:wake|waking) up\b"
    r"(?! (?:with|early|late|groggy|tired|in time|on time|at|before|feeling)\b)",
    r"(?:better|happier|easier) (?:off )?(?:sin mi|sans moi|ohne mich|sem mim)\b|(?:mejor|melhor) (?:sin mi|sem mim)\b",
    r"(?:only |just )?one step and (?:finish|its over|it is over|everything (?:ends|is over)|all (?:ends|is over))\b",
    r"(?:it|all|everything) (?:to )?stops? for always\b",
    # session 10 (blind42/43 first runs)
    r"(?:whether|if) i should (?:keep going|go on|carry on|continue) (?:with (?:life|living)|living)\b|"
    r"(?:hoping|hope|hoped|wish|wishing)\b.{0,60}\b(?:anaesthetic|anesthetic|sedation)\b.{0,30}\b(?:more )?(?:lasting|permanent|"
    r"forever|for good|never end\w*)\b|"
    r"(?:very |a )?long sleep\b.{0,40}\b(?:the other kind|permanent|forever)|(?:the big|eternal|endless) sleep\b",
    r"tired of being (?:the |a )?(?:weight|burden|millstone|dead weight)\b|"
    r"(?:become|becoming|became) (?:the|a) problem\b.{0,60}\bto be (?:solved|fixed|removed|dealt with)\b",
    # session 10 (blind42/43 first runs)
    r"(?:if|when) (?:i|a patient|someone|one) (?:simply |just )?(?:didnt|did not|doesnt|does not|never) wake up\b.{0,120}\b"
    r"(?:more sincerity than|(?:im|i am) (?:being )?serious|not joking|only half joking)",
    # session 10 (blind42/43 first runs)
    r"hop(?:e|es|ing) my heart (?:just )?(?:gives out|stops|fails|gives up)\b|"
    r"(?:nobody|no one) would (?:even )?(?:notice|care|miss me) if i (?:vanished|disappeared|was gone|were gone|died|wasnt here)\b",
    r"so (?:that )?i (?:just )?(?:dont|wont|never|do not|will not) wake up\b(?! (?:at|early|during|in the|every|too|with|feeling)\b)",
]

HOPELESSNESS = [
    r"(?:dont|cant|do not|no longer) see (?:the|any) point (?:anymore|any more|in (?:living|life|going on|anything|"
    r"being here|trying)|of (?:living|life|going on|anything|being here))",
    r"(?:no|theres no|there is no|cant see a|cant find a|dont see (?:a|any)) (?:other )?way out",
    r"only (?:way|option|solution|escape|answer) (?:out|left|is to die|is death)",
    r"(?<!website )(?<!site )(?<!app )(?<!bot )(?<!system )(?<!service )(?<!machine )(?<!search )(?<!chatbot )"
    r"(?:feel|feels|feeling|am|im|is|seems|everything|its all) (?:so |completely |totally |utterly |really |just )?(?:trapped|hopeless)"
    # hopeless about the treatment search itself is frustration, not hopelessness about living (safety.md 2.2)
    r"(?! about (?:the |my |this |these |all (?:the |these |of )?)?(?:whole )?(?:\w+ )?(?:medication|meds|treatments?|"
    r"antidepressants?|ssris?|pills|process|search|waitlist|waiting list|insurance|trials?|merry go round|roundabout)\b"
    r"(?!.{0,40}\b(?:life|living|alive|future|anymore|point)\b))",
    r"(?:im|i am|so|just) done (?:trying|fighting|struggling)\b.{0,15}\b(?:with (?:all of it|it all|everything|life|all this)|"
    r"with all of this)",
    r"(?:dont|cant|do not) see (?:a|any) future(?: for (?:me|myself))?|(?:no|have no|got no|see no) future (?:for (?:me|myself)"
    r"|at all|anymore|ahead)|"
    r"life (?:has|holds) no (?:meaning|point|purpose)|(?:my )?life is (?:meaningless|pointless|over)|no (?:meaning|purpose) in (?:my )?life",
    r"(?:im|i am|feel like|i feel like|i feel|feeling like|my (?:life|existence) is|ive become|i have become|i became) "
    r"(?:im )?(?:such |just |only |nothing but |a |an |more of |a huge |a big |so much of a )*burden",
    r"deserve (?:a|an) (?:\w+ )?(?:mom|mum|dad|mother|father|wife|husband|partner|parent|son|daughter|sister|brother) who "
    r"(?:isnt|is not|wasnt|aint) (?:a )?(?:burden|mess|wreck|broken)",
    r"(?:theyll|they will|theyd|they would|everyone will|hell|shell|he will|she will|my \w+ will|the kids will) be (?:okay|ok|"
    r"fine|better off|looked after|taken care of|set)\b.{0,40}\b(?:once|when|after|with) (?:the |my )?(?:life insurance|"
    r"insurance (?:pays? out|money|payout))|(?:once|when|after|with) (?:the |my )?(?:life insurance|insurance (?:pays? out|money|"
    r"payout))\b.{0,40}\b(?:theyll|they will) be (?:okay|ok|fine|better off|looked after|set)",
    r"\bif\b.{0,60}\b(?:then )?(?:im|i am|ill be) (?:so |really |totally |completely |just )?done\b(?! with| trying "
    r"(?:\w+ )?(?:meds|medications?|ssris?|antidepressants?|treatments?)| for (?:the|to)day| after| by| in| at)|(?:im|i am) done done",
    r"(?:whats|what is) (?:even |really |actually )?the point (?:anymore|any more|of anything|of it all)",
    r"^(?:theres |there is )?no point(?: anymore| any more| in anything)?$",
    r"(?:any|the) point (?:in|of) (?:keeping going|going on|living|carrying on|being alive|staying alive|trying anymore|"
    r"waking up|existing)",
    r"better off with (?:a|another|someone|somebody) (?:\w+ ){0,2}(?:who isnt me|else|other than me)",
    r"(?:easier|better|simpler) to (?:just )?(?:not exist|not be here|not be alive|disappear|be dead|not wake up)",
    r"(?:thinking|think|thought) (?:a lot )?about joining (?:her|him|them|my \w+)|made my peace with (?:it|dying|going|leaving)",
    r"one less (?:mouth|bill|burden|problem)|(?:theyd|they would|she would|he would|everyone would|shed|hed) (?:breathe|sleep|live) "
    r"easier|(?:shed|hed|theyd|she would|he would|they would) (?:have|get) the (?:life )?insurance",
    r"(?:get (?:his|her|their) life back|be free|move on)\b.{0,20}\bif i (?:just )?(?:wasnt|werent|was not|were not|was gone|"
    r"were gone|died)",
    r"(?:im|i am) not (?:going to|gonna) (?:keep living|go on|keep going|live like this)|(?:that was|it was) the last door|"
    r"lived long enough|(?:im|i am) (?:only|just) a (?:cost|expense|drain) to|stopped eating on purpose",
    r"(?:im|i am) (?:nothing but|just) a (?:weight|burden|drain|problem)\b(?! (?:for|on) (?:the|my) (?:team|budget))|dragging "
    r"(?:everyone|everybody|them|my family|my (?:wife|husband|kids)) down\b|"
    r"(?:im|i am) just a (?:weight|burden|drain) (?:everyone|they|people|my family|others)|(?:theyd|they would|theyll|everyone "
    r"would|they will|shed|hed|she would|he would) get over (?:it|me)\b.{0,30}\b(?:quick|fast|soon|eventually|in time|than)",
    r"(?:im|i am|feel like|just|im just|such) (?:\w+ )?dead weight|tired of being (?:a burden|alive|here|dead weight|a problem|a nuisance|in the way|a weight)|"
    r"(?:hes|shes|theyre|he is|she is|they are|says (?:hes|shes|he is|she is)|saying (?:hes|shes)) (?:\w+ )?(?:a burden|dead weight)",
    r"(?:keeps|kept|keep|been|started) saying (?:that )?(?:wed|we would|everyone would|youd|you would|theyd|they would|the "
    r"(?:family|kids) would) (?:all |so much |much )?be (?:so much |much )?better off\b(?! (?:with\b|if\b|trying|taking|on\b|"
    r"switching|doing|going|starting|seeing|getting|without (?:the|those|these|my|his|her|our|their|any) (?:\w+ )?(?:ssris?|meds|"
    r"medications?|pills|antidepressants?|treatments?|drugs|tablets|side effects|\w+ine|\w+pram)\b))",
    r"(?:no|theres no|there is no|cant see (?:a|an|any)|cant find (?:a|an|any)|dont see (?:a|an|any)) (?:other )?(?:exit|escape|way forward)"
    r"(?! (?:from|of|in|on) (?:the|this|that) (?:building|parking|room|car park|garage|contract|subscription|plan|clinic|lot))",
    r"(?:decided|made up my mind|ive decided)\b.{0,30}\b(?:not (?:waiting|going to wait|sticking around|staying)|not going to "
    r"(?:find out|make it|be here))|not (?:waiting|going to wait|sticking around) (?:\w+ ){0,4}to find out",
    r"(?:given|give|giving) up on (?:life|living|everything|myself|ever getting better)",
    r"(?:cant|can no longer|cannot) (?:take|bear|stand|handle|endure) (?:the|this|my) pain",
    r"sin salida|sin esperanza|me siento atrapad[oa]|sans issue|aucun espoir|hoffnungslos|ausweglos|sem saida|sem esperanca"
    r"|keinen ausweg|kein ausweg|pas d issue|ningun motivo para vivir|nenhum motivo para viver",
]

CODED = [
    r"(?:having|have|had|been having|get|getting|my|these|the same) (?:really |very |so |super )?dark (?:thoughts|ideas)",
    r"(?:dont|doesnt|do not|does not|cant) trust (?:myself|herself|himself|themselves)\b(?! (?:with|to cook|around))",
    r"(?:in|at) a (?:really |very |so |super )?dark place",
    r"(?:final|permanent) (?:solution|exit|goodbye)|ctb|toaster bath",
    r"(?:im|i am|hes|shes|i might be|i could be|feel like i am|feel like im) (?:a )?(?:real )?(?:danger|threat) to "
    r"(?:my ?self|him ?self|her ?self)",
    r"(?:wont|will not|not going to|am not going to|not) be (?:here|around|alive) (?:much longer|for long|next (?:week|month|year)|by (?:tomorrow|the weekend)|anymore)",
    r"(?:wont|will not|not going to) be (?:here|around|alive) (?:for|to see) (?:them|it|those|any of them|the rest|any of it)\b|"
    r"(?:wont|will not|not going to|dont think ill|never going to) see (?:my )?(?:\d+(?:st|nd|rd|th)|next (?:birthday|year|christmas|"
    r"summer|spring)|(?:next )?birthday|christmas|the new year)\b|"
    r"permanent (?:log ?off|logout|sleep|exit|goodbye)|🪦|(?:not|never) (?:come|coming) (?:back )?down\b(?! (?:from|off|with|to earth))|"
    r"(?:wont|will not|not going to) be (?:here|around|alive) to (?:use|finish|see|need|attend|come to|enjoy|answer|pick up|take|"
    r"collect|receive|read)\b|"
    r"(?:as|because|since) (?:i|ill) (?:wont|will not) be (?:here|around|alive)\b(?! (?:on|next|this|that|for (?:the|a|my)|until|"
    r"till|in|during|at|tomorrow|today|tonight|when|while|over)\b)|"
    r"what (?:happens|will happen|would happen) to (?:my|the) (?:\w+ ){0,4}(?:if|when|once|after) (?:im|i am|i) (?:dead|die|gone|"
    r"pass away|not around)|(?:not planning on|dont plan on|not going to be|wont be) needing (?:all|the rest|them|it|any)\b"
    r"(?=.{0,30}\b(?:lol|dead|die|gone|anyway))|"
    r"(?:manana |ya )?no (?:voy a|vaya a) estar (?:aqui|mas|manana)|manana ya no (?:voy a )?estar\w*|ya no (?:voy a )?estar(?:e)? "
    r"(?:aqui|mas)|je ne serai plus (?:la|ici)|nao vou (?:mais )?estar (?:aqui|mais)|(?:bin|werde) (?:ich )?(?:morgen )?nicht "
    r"mehr (?:da|hier)|"
    r"(?:wont|will not|not going to) be (?:here|around|alive) (?:long enough|that long)",
    r"(?:dont think|doubt|not sure) (?:ill|i will|id|i would|i can|i could) (?:still )?be (?:here|around|alive)\b"
    r"|(?:wont|will not) (?:still )?be (?:here|around|alive) (?:by then|then|for (?:it|that))",
    r"(?:wont|will not|not going to) (?:be )?need(?:ing)? (?:it|this|them|anything|any of (?:it|this|them)|my \w+) (?:anymore|any more|"
    r"much longer|soon|for long|after (?:this|the|tonight|today|tomorrow|friday|saturday|sunday|next))",
    r"(?:rather|dont want|do not want|hope) (?:a stranger|someone|somebody|nobody|no one|my \w+|them|he|she) (?:\w+ )?(?:to )?"
    r"(?:finds?|found|finding) me",
    r"(?:wont|will not|dont) have to worry about me (?:after|anymore|any more|much longer|soon|for long)",
    r"(?:bye|goodbye) for good|forbidden s ?word|🌉\W{0,8}(?:⬇|🌊|↓)|🪢|⚰️",
    r"(?:coroner|autopsy|toxicology|medical examiner)\b.{0,60}\b(?:accident|on purpose|suicide|overdose|deliberate)",
    r"nobody (?:finds|would find|will find) (?:me|you)|who (?:will|would|could) (?:look after|take care of|feed|have) (?:my|your) "
    r"(?:cat|dog|pets?|kids)\b.{0,40}\b(?:die|gone|dead)|(?:if|when) (?:i|you) die\b.{0,40}\b(?:cat|dog|pets?)",
    r"(?:would|will) (?:anyone|anybody|people|they) (?:even )?(?:notice|care|miss me)\b.{0,40}\bif i",
    r"(?:if|whether) (?:anyone|anybody|people|they|someone) (?:would|will) (?:even |really |ever )?(?:notice|care|miss me)\b"
    r".{0,40}\bif i (?:was gone|were gone|died|disappeared|wasnt (?:here|around|alive)|was dead|were dead|vanished)",
    r"(?:if|when|once) (?:i was|i were|im) gone (?:for good|forever|permanently)",
    r"(?:good innings|had (?:a )?(?:good|long|full) (?:life|run)|lived (?:his|her|my|their) life)\b.{0,40}\bready to go\b|"
    r"ready to go\b.{0,40}\b(?:good innings|had (?:a )?(?:good|long|full) (?:life|run))",
    r"(?:my point|the point|thinking|think) about not being (?:here|around|alive)|(?:just )?not being here for (?:any of )?(?:it|this)",
    r"(?:after|once) (?:im|i am) gone\b(?! (?:on|for|to|from|with|away|at))|before i (?:go through with|do) (?:it|anything|this)\b",
    r"rather it (?:was|be|were) a stranger|before (?:anyone|someone|somebody) (?:found|finds|would find) me",
    r"(?:afraid|scared|frightened|worried|terrified) (?:that )?(?:i|ill|im) (?:will |might |could |would |going to )?act on "
    r"(?:it|them|this|the plan|my plan|my thoughts|these thoughts)",
    r"(?:not going to|wont|not gonna|will not) wait (?:around )?for the end\b",
    r"(?:one of these (?:days|nights)|one day|some night|next time)\b.{0,30}\b(?:i )?(?:dont think|doubt|wont|not sure) (?:ill|i will|"
    r"i would|id)? ?(?:come|make it|walk|get) (?:back|home)",
    r"(?:i think |i feel |honestly )?(?:ive|i have|i)(?: just)? had enough(?: really| now| honestly| of (?:it all|everything|life|"
    r"living|this life))?(?=\s*$| sorry| i cant| i want)",
    r"let nature take its course\b.{0,40}\b(?:sooner|quicker|faster)|(?:stop|stopping|quit) (?:all )?(?:my )?(?:\w+ )?(?:tablets|"
    r"pills|meds|medications?)\b.{0,40}\blet nature take its course",
    r"(?:amanha|hoje|esta noite|amanha a noite)\b.{0,20}\bacaba tudo|acaba tudo (?:amanha|hoje|esta noite)|manana (?:por la noche )?"
    r"(?:se )?acaba todo|demain tout (?:sera fini|s arrete)|morgen ist (?:alles )?schluss",
    r"drift off (?:peacefully |quietly )?(?:for good|forever|permanently)",
    r"(?:wanted|wants|want|wanting|wanna|ready) to (?:just )?(?:slip|drift|fade|float) away (?:quietly|peacefully|for good|forever|"
    r"and not come back)",
    r"(?:dont|do not) want (?:\w+ ){0,2}to be the (?:ones?|first|person|people) (?:who|that|to) (?:finds?|found) me",
    r"(?:wont|will not|dont) (?:be )?need(?:ing)? (?:them|it|this|any of (?:it|this|them)) where (?:im|i am) going",
    r"until (?:i|he|she) (?:dont|never|wont|do not|no longer) (?:come back|wake up|wake)\b",
    r"(?:razor|blade|knife|gun|rope|noose)\b.{0,60}\b(?:cant stop|keep|kept) (?:looking at|staring at|thinking about|touching) "
    r"(?:it|them)\b|(?:cant stop|keep|kept) (?:looking at|staring at) (?:the|my|a|that) (?:razor|blade|knife|gun|rope|noose)"
    r"(?! (?:block|set|sharpener|drawer|prices?|sale|deals?))",
    r"see you never|(?:go|die|leave) on my own terms|(?:go to sleep|fall asleep) and stay asleep|stay asleep (?:forever|for good)",
    r"cant do another (?:year|month|day|week) (?:like this|of this)|finished with (?:this body|my body|this life)",
    r"out of (?:options|hope) and (?:out of )?reasons|out of reasons\b|(?:ill|i will) be in the ground|six feet under",
    r"(?:wont|will not|not going to) be (?:here|around|alive) (?:after (?:this|next) (?:week|month|year|weekend)|after "
    r"(?:christmas|friday|the weekend))",
    r"(?:wont|will not|not going to) be (?:here|around|alive) (?:for|by) (?:christmas|my birthday|the holidays|new year|spring|summer|"
    r"the weekend)",
    r"(?:wont|will not) have to (?:deal with|put up with|face|worry about) (?:\w+ ){0,3}(?:much longer|anymore|for long)|"
    r"(?:things|stuff|belongings) to hand out|handing out (?:her|his|my|their) (?:things|stuff|belongings)|"
    r"(?:just )?never come (?:home|back),? ever|(?:dont|do not) plan on coming (?:home|back)|not (?:planning on|going to be) coming (?:home|back)",
    r"(?:stopped|stopping|quit) (?:taking )?(?:my )?(?:\w+ ){0,2}(?:tablets|pills|meds|medication|insulin)\b.{0,20}\bon purpose|"
    r"hoping it goes quicker",
    r"dont bother (?:booking|scheduling|rebooking|making)\b.{0,40}\b(?:wont|will not|not going to) be (?:here|around|alive)",
    r"dark (?:thoughts|ones|stuff) (?:are |is |have |has )?(?:back|again|returning|came back|coming back|getting worse|wont stop)|"
    r"the (?:real |really )?dark ones",
    r"(?:insurance|insurer|(?:life|insurance) policy|my policy)\b.{0,80}\b(?:suicide|self ?inflicted|take my (?:own )?life|kill myself|"
    r"overdose|od)|(?:suicide|"
    r"self ?inflicted (?:death|injury))\b.{0,80}\b(?:insurance|insurer|(?:life|insurance) policy|my policy|pays? out)",
    r"(?:made|making|make) my peace with (?:things|it all|everything|dying|death|my decision|leaving|the world)\b"
    r"(?! (?:not|being|taking|going|working|at)\b)",
    r"(?:number|line|hotline|helpline|someone|somebody|chat)\b.{0,40}\b(?:wont|will not|doesnt|does not|without) (?:send\w*|"
    r"call\w*|get\w*|involv\w*) (?:the )?(?:police|cops|ambulance|paramedics)",
    r"(?:not going to|wont|will not|not gonna) do anything (?:tonight|today|now|stupid)\b.{0,40}\b(?:cant|can not|cannot) stop "
    r"thinking about (?:it|doing it|ending it)",
    r"see (?:you|yall|ya|you all|u all|everyone|all of you|you guys) (?:all )?(?:on the other side|in (?:heaven|another life|"
    r"the next life))",
    r"catch(?:ing)? the bus\b.{0,60}\b(?:bye|goodbye|farewell|fun while it lasted|love you all|forever|for good)|catch(?:ing)? the "
    r"bus (?:tonight|for good|forever)\b.{0,40}🚌|bye (?:guys|everyone|yall|all|friends)\b.{0,40}\b(?:fun|nice|good) while it "
    r"lasted|(?:fun|nice|good) while it lasted\b.{0,40}\bbye (?:guys|everyone|yall|all)",
    r"(?:press|pressing|hit|hitting) (?:the )?game ?end|game over for me\b|(?:rage ?quit|quit) (?:life|the game of life)",
    r"(?:if|when|once) (?:i|im|i am) (?:am )?no longer (?:around|here|alive)\b(?! (?:in the|at the|on the) (?:area|city|clinic|"
    r"country)| (?:next|this|in|for|because|due|on|at|during|while)\b)|(?:if|when|once) (?:the patient|the person|someone|a "
    r"patient) (?:is )?no longer (?:around|here) to (?:finish|use|complete|need|attend|come)",
    r"(?:dont|do not|not) (?:plan|planning|intend|expect|expecting) (?:on|to) (?:be|being|stay|staying) (?:here|around|alive) "
    r"(?:for )?(?:much longer|for long|long|anymore|past)\b(?!.{0,30}\b(?:moving|move|travel\w*|trip|holiday|vacation|abroad|"
    r"records)\b)",
    r"(?:dont|do not|not) (?:really )?(?:plan|planning|intend|intending|expect|expecting) (?:on|to) (?:be|being|stay|staying) "
    r"(?:around|alive) (?:by (?:\w+ ){0,2}(?:summer|winter|spring|autumn|fall|christmas|then|the end of \w+|my birthday)|"
    r"in (?:a|another|two|three|six|a few) (?:weeks?|months?|years?)|to see (?:\w+ ){0,2}(?:birthday|christmas|summer|spring|"
    r"next year))\b(?!.{0,30}\b(?:moving|move|travel\w*|trip|holiday|vacation|abroad)\b)",
    r"what if (?:you|i) (?:just )?didnt\b(?! (?:take|go|do|have|eat|tell|need|want|use|get|work|stop|start|like|say|come|"
    r"know|see|pay|book|show))",
    r"(?:going to|want to|wanna|might|should|just) rope\b|rope my ?self",
    r"(?:log|logs|logged|logging|sign|signing|check|checking|clock|clocking|tap|tapping|bow|bowing) (?:off|out) (?:\w+ )?(?:permanently|"
    r"forever|for good|of life|of this life)|(?:goodnight|good night|goodbye|bye) forever|(?:sleep|rest) forever",
    r"(?:going|want|gonna) to (?:be|go) "
    r"(?:with (?:god|jesus|grandma|my \w+ in heaven)|home to god)",
    # session 10 (blind42/43 first runs)
    r"(?:wont|will not|dont|doesnt|wouldnt) (?:be )?need(?:ing)? (?:them|it|that|this|any of (?:it|this|that)|those|these) where "
    r"(?:im|i am|hes|he is|shes|she is|theyre|they are) (?:going|headed|heading)\b"
    r"(?!.{0,30}\b(?:holiday|vacation|trip|abroad|beach|sunny|hot|warm|cold|snow|island|mountains|camp))",
    r"uninstall(?:ing)? (?:irl|in real life|my ?self|(?:from )?life)\b|(?:zero|no) respawns? (?:please|irl|for me|this time)\b|"
    r"rage ?quit(?:ting)? (?:life|irl)\b",
    r"(?:top|roof|highest) (?:floor|level|deck|storey|story) of (?:the |a )?(?:\w+ )?(?:parking garage|car ?park|multi ?stor(?:e)?y|"
    r"garage|building|tower|bridge)\b.{0,100}\b(?:trying to decide|deciding|cant decide|make up my mind|making up my mind|"
    r"been up here|working up)\b(?! (?:where|what|which|on|between))",
    # session 10 (blind42/43 first runs)
    r"(?:quietly |gracefully )bow(?:ing)? out\b|bow(?:ing)? out (?:of )?(?:the experiment|life|it all|everything|this world|for good|"
    r"permanently)\b",
    r"(?:thank you|thanks) for everything\b.{0,60}\bsorry for (?:all )?(?:the trouble (?:ive|i have|i) (?:been|caused)|everything|being (?:such )?a (?:burden|pain|trouble))\b",
    r"(?:like|want|wish|ready|longing) to go home to (?:god|the lord|jesus)\b|go home to (?:god|the lord|jesus) (?:early|soon|now)\b",
    r"a time to be born\b.{0,80}\bstopped arguing\b",
]

DEATH_THOUGHTS = [  # suppressible by an informational frame ("can SSRIs cause thoughts of death?")
    r"(?:thoughts|thinking|thought|think|thinks) (?:of|about) (?:dying|death|ending it|not being here|not existing|being dead|"
    r"ending my life)",
]

METHOD_SEEKING = [
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
    # heights: "tallest bridges in the city", "bridges taller than 25 m" (A9: asked after a loss)
    r"(?:tallest|highest) (?:\w+ )?(?:bridges?|cliffs?|rooftops?|parking (?:garages?|structures?)|overpass\w*)"
    r"(?! (?:in|of) (?:the )?(?:world|country|europe|america|history|uk|us|usa)\b)|"
    r"(?:tallest|highest) (?:\w+ )?(?:buildings?|towers?) (?:near me|around here|nearby|in (?:the|my|this) (?:city|town|area))|"
    r"(?:bridges?|buildings?|cliffs?|towers?|rooftops?) (?:\w+ )?(?:taller|higher) than|"
    r"(?:bridges?|buildings?|cliffs?|roofs?|rooftops?|heights?) (?:\w+ )?(?:high|tall) enough",
    r"(?:top (?:level |floor |deck )?of (?:the |a )?(?:\w+ )?(?:garage|car ?park|parking (?:garage|structure|deck|lot)|building|"
    r"tower|bridge)|overpass\w*|balcon\w+)(?: \w+){0,5} (?:high|tall) enough\b",
    r"(?:level|floor|storey|story|deck) of (?:the |a )?(?:\w+ )?(?:garage|car ?park|parking (?:garage|structure|deck|lot)|"
    r"building|tower|bridge)\b(?: \w+){0,5} (?:high|tall) enough\b|(?:garage|car ?park|parking (?:structure|deck)|overpass)"
    r"(?: \w+){0,4} (?:high|tall) enough\b",
    r"(?=.{0,80}\b(?:garage|car ?park|bridge|building|roof|balcony|storey|story|cliff|tower)\b)"
    r"(?:how|what) (?:high|tall|far down|height)\b.{0,50}\b(?:to be sure|for sure|guaranteed?|no chance)\b",
    r"(?:most|max|maximum|highest amount of) (?:\w+ ){0,2}(?:someone|you|i|a person|one|people) (?:can|could) (?:take|swallow)"
    r" (?:\w+ ){0,2}(?:before|until) (?:it|they|you|that) (?:gets?|becomes?|is|are|turns?) (?:dangerous|deadly|lethal|fatal|"
    r"toxic|too much)",
    r"(?:(?:want|wanting|urge|urges|tempted|thinking about|think about|thought about|thoughts of) (?:to )?(?:drive|driving|crash|"
    r"crashing)|steer|steering|swerve|swerving|veer|veering) (?:my car |the car |the wheel )?(?:into|in front of) "
    r"(?:the |a |an |oncoming )?(?:median|central reservation|oncoming traffic|tree|wall|barrier|pole|truck|lorry|"
    r"semi|bridge (?:pillar|support)|river|sea|lake|canal|ravine)\b",
    rf"how (?:many|much) (?:of )?(?:\w+ ){{0,2}}{_PILLS} (?:\w+ ){{0,6}}(?:is|are|would be|counts as) too (?:many|much)",
    r"(?:lethal|fatal|deadly|toxic|killing|overdose|mortal) (?:dose|doses|dosage|amount|amounts|quantity)",
    rf"(?:how (?:many|much)(?! (?:people|patients|users|deaths|americans|persons|teens|adults|of them|cases)\b)|"
    rf"(?:what|which) (?:\w+ )?(?:amount|dose|dosage|quantity|number)|at what (?:dose|amount|point))\b.{{0,70}}?\b{_DEATH}",
    r"(?:dose|amount|much|many|mg|pills|tablets|quantity)\b.{0,40}\b(?:would|will|is|be|counts as) (?:an |a )?"
    r"(?:overdose|lethal|fatal|deadly|toxic)\b.{0,20}\b(?:for me|for someone|for a person|for my)",
    r"(?:dangerous|deadly|lethal|toxic|fatal) (?:in|as|for) (?:an |a )?(?:overdose|od)|which (?:of my|of these|one of my|of the)"
    r" .{0,30}\b(?:most|more|the) (?:dangerous|deadly|lethal|toxic|fatal|likely to kill)",
    r"(?:most|least) (?:reliable|painless|lethal|certain|foolproof|surefire|effective) (?:way|method|means)s?"
    r"(?=\s*$| (?:to go|out|is|would be|there is))|painless way to go|way to go (?:painlessly|peacefully|quickly)",
    r"survivable|(?:survive|survived|survivable) (?:a |the )?(?:fall|jump|drop)|(?:jump|jumping|fall|falling) (?:off|from) "
    r"(?:the |a )?(?:\d+|\w+) (?:floor|storey|story|stories|floors)",
    r"(?:easiest|quickest|fastest|best|painless|least painful|surest|most reliable|most effective|simplest|peaceful|"
    r"quietest|quick|easy|clean|gentle|sure) (?:way|ways|method|methods|means|option)s? (?:to|of|for) (?:die|dying|death|"
    r"kill|killing|end|ending|suicide|commit|do it|go|not wake up|overdose|od)"
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
    r"(?:engine|motor|car) (?:is |was )?running\b.{0,60}\b(?:garage|dont (?:always )?want to (?:turn|switch) it off)|"
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
]

DRUGS_QUANTITY = [
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
]

NSSI = [
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

HARM_TO_OTHERS = [
    r"(?:going|gonna|heading|driving|coming|go) (?:over |round |out )?to (?:his|her|their|my \w+s|the \w+s) (?:place|house|flat|"
    r"apartment|work|office|door)\b.{0,40}\bto (?:really |seriously |actually )?(?:(?:hurt|kill|stab|shoot|beat up|strangle|"
    r"murder) (?:him|her|them|someone|somebody|my \w+)|beat (?:him|her|them) up|make (?:him|her|them) pay)\b",
    r"(?:picture|imagine|imagining|picturing|thought of|thoughts? (?:of|about)|urges? to|scared i(?:ll| will| might)|afraid "
    r"i(?:ll| will| might)) (?:\w+ ){0,2}(?:shaking|shake|smothering|smother|drowning|drown) (?:the |my |our )?(?:baby|newborn|"
    r"infant|her|him|son|daughter|kid|child|toddler)\b|(?:picture|imagine|imagining|picturing|urges? to|thoughts? (?:of|about)|"
    r"scared i(?:ll| will| might)|afraid i(?:ll| will| might)) (?:\w+ ){0,2}(?:throwing|throw|hitting|hit) (?:the |my |our )?"
    r"(?:baby|newborn|infant|toddler|son|daughter|kid|child)\b",
    r"(?:want|wanna|going|gonna|plan|planning|about|ready|urges?|tempted|thinking about|think about|thought about|"
    r"fantasi[sz]e about|fantasi[sz]ing about|might|could|will|would|afraid i (?:will|might|could)|"
    r"scared i (?:will|might|could)|worried i (?:will|might|could)) (?:to )?(?:really |seriously |actually |just )?"
    r"(?:kill|killing|hurt|hurting|harm|harming|shoot|shooting|stab|stabbing|murder|strangle|attack|poison|beat|choke) "
    rf"(?:someone|somebody|people|everyone|everybody|a person|him|her|them|my (?:\w+ )?{_FAMILY_NOUN}|my (?:boss|ex|"
    r"coworkers|family|kids)|the (?:baby|kids?|class|school|office))",
    r"(?:kill|shoot|hurt) (?:them|everyone|everybody|people) all|(?:shoot|shooting|bomb|bombing|blow|blowing) up (?:the |my )?(?:school|office|"
    r"work|workplace|church|mall|clinic)|bring a (?:gun|knife|weapon) to (?:school|work|the office|class)",
    r"(?:going to|gonna|will|might|could) do something (?:to (?:him|her|them|someone)|i (?:cant|can not|will not|wont) "
    r"(?:take back|undo))|something i (?:cant|can not) take back",
    r"no idea what (?:ill|i will|i might|i ll) do (?:when|if) (?:she|he|they)|(?:parked|waiting|sitting) outside (?:her|his|their) "
    r"(?:house|place|work|flat)\b.{0,60}\b(?:tire iron|tyre iron|knife|gun|bat|hammer|weapon|crowbar)",
    r"do something that (?:finishes|ends|kills) (?:both of us|us both|him|her|them|me)|finishes both of us",
    r"(?:going to|gonna|will|ill|im going to) put (?:him|her|them|my \w+|the \w+) in (?:the )?(?:hospital|ground|grave)\b",
    r"(?:take|taking|took) (?:us|them) both\b|(?:take|taking) (?:him|her|them|the kids|my (?:husband|wife|son|daughter|kids)) with me\b"
    r"(?! (?:to|on|for|when|in|into|next|this|tomorrow))",
    r"(?:pillow|hand|hands) (?:down )?over (?:her|his|the babys|their|my babys) (?:face|mouth)|terrified of (?:myself|what i might do)|"
    r"scared of what i (?:might|could) do",
    r"(?:im|i am|hes|shes|i might be|i could be) (?:a )?(?:real )?(?:danger|threat) to (?:others|other people|someone|"
    r"my (?:\w+ )?(?:family|kids|children|wife|husband|partner)|everyone)",
    rf"(?:thoughts|thinking|fantasies|fantasizing|urges?|images|intrusive thoughts) (?:of|about) (?:\w+ )?(?:stabbing|killing|"
    rf"hurting|harming|strangling|shooting|drowning|smothering|poisoning|choking) (?:someone|somebody|people|him|her|them|"
    rf"my (?:\w+ )?{_FAMILY_NOUN}|my (?:boss|ex|family|kids)|the (?:baby|kids?))",
    r"(?:quiero|voy a) (?:matar|lastimar|hacer dano) a (?:alguien|el|ella|mi)|matar a alguien",
    r"(?:ill|i will|im going to|gonna|going to) (?:really |seriously )?(?:hurt|kill|shoot|stab|end) (?:him|her|them)\b.{0,80}\b"
    r"(?:gun|knife|rifle|pistol|shotgun|machete)\b|(?:gun|knife|rifle|pistol|shotgun|machete)\b.{0,80}\b(?:ill|i will|im going "
    r"to|gonna) (?:really |seriously )?(?:hurt|kill|shoot|stab|end) (?:him|her|them)\b",
    r"(?:tuer|blesser|faire du mal a) quel ?qu ?un|jemanden (?:umbringen|toten|verletzen)|(?:matar|machucar) alguem",
    # session 10 (blind42/43 first runs)
    r"(?:thought|planned|worked out) (?:very )?(?:precisely|exactly|carefully|in detail) (?:about )?what "
    r"(?:id|i would|i will|im going to|ill) do to (?:him|her|them)\b",
    # session 10 (blind42/43 first runs)
    r"pillow over (?:my |the |his |her )?(?:\w+ ){0,3}(?:face|baby|newborn)|(?:thoughts?|flashes|images|urges?) of (?:hurting|harming|"
    r"smothering|drowning|shaking|suffocating) (?:my |the |our )?(?:baby|newborn|son|daughter|child|kid|\w+ (?:week|month) old)\b",
]

PREPARATORY = [
    r"💊\W{0,12}(?:night night|goodnight|good night|bye|goodbye) (?:everyone|everybody|all|world|yall|forever|for good)\b|"
    r"(?:night night|goodnight|good night|bye|goodbye) (?:everyone|everybody|all|world|yall|forever|for good)\W{0,12}💊",
    r"(?:dont|not to|do not|no need to) wait up\b.{0,40}\b(?:doesnt|dont|do not|does not|might not|may not|wont|never) "
    r"(?:come|make it|get) (?:back|home)",
    r"(?:sit|sat|sitting|stand|stood|standing|climb|climbed|climbing|perch|perched) (?:on|over) (?:the |a |that )?(?:(?:bridge|"
    r"balcony|roof|rooftop|overpass) (?:railing|ledge|edge|parapet|guardrail)|parapet|ledge of (?:the |a )?(?:bridge|roof|building|"
    r"balcony)|edge of the (?:roof|bridge|cliff))\b",
    r"edge of the (?:platform|tracks)\b.{0,40}\b(?:train (?:is )?coming|jump|step off|step in front|lean (?:out|over))",
    r"(?:when|after|once|before|whoever|who) (?:(?:they|someone|somebody|people|he|she|my \w+|the \w+) )?(?:finds?|discovers?) "
    r"(?:me|my body)\b(?! (?:a|an|the|some|another|new|my|help|work|out|crying|asleep|in the|suitable|eligible|ready|fit|"
    r"well|better|ok|okay|good|stable|interesting|a good)\b)|find my body",
    r"(?:giving|gave|given|give) away (?:all )?(?:of )?(?:his|her|their|my) (?:\w+ )?(?:tools|guitars?|games|records|collection|things|"
    r"stuff|clothes|books|jewel\w*|watch|guns?|fishing \w+|belongings|possessions)\b",
    r"(?:decided|made up my mind)\b.{0,20}\b(?:i )?(?:wont|will not|not going to) see (?:my )?(?:\d+(?:st|nd|rd|th)|next \w+|"
    r"birthday|christmas)",
    r"last thing (?:ill|i will|i) (?:ever )?(?:type|write|say|send)\b",
    r"(?:go|going|head|heading|walk) up (?:to )?(?:the )?(?:terrace|roof|rooftop|top floor|top deck)\b.{0,40}\b(?:not|never) "
    r"(?:come|coming) (?:back )?down",
    r"if (?:it|this|ketamine|that|the \w+|this \w+) (?:doesnt|does not|dont|fails|wont)\b.{0,40}\b(?:already )?know (?:exactly )?what "
    r"(?:im|i am|ill be|i will be) (?:doing|going to do|do)\b",
    r"(?:go|die|leave|end it|exit) on my own terms\b.{0,40}\b(?:while (?:i am|im|i still)|before (?:my mind|i cant|it gets|i lose))|"
    r"before my mind goes\b.{0,40}\bon my own terms",
    r"(?:so that |so )?(?:i am|im|i was|ill be|i will be|i get) found (?:promptly|quickly|soon|fast|straight away)|(?:not )?(?:be )?"
    r"left for (?:the |my )?(?:neighbou?rs|family|kids|children|\w+) to (?:find|discover)",
    r"(?:wrote|written|finished|done) (?:the |my |all the |all my )?(?:goodbye )?(?:notes|letters) (?:already|are done|are written)\b",
    r"(?:cancel+ed|stopped) (?:the |my )?(?:papers|newspapers?|milk|post)\b(?!.{0,80}\b(?:holiday|vacation|trip|away|travel\w*|"
    r"cruise|sitter|hospital|surgery)).{0,80}\b(?:cat|dog|key|will|nothing left|thank)",
    r"(?:bought|got|have|buy|buying|ive bought) (?:a |the )?(?:length of |piece of )?(?:hose|hosepipe|tubing)\b.{0,40}\b(?:car|garage|"
    r"exhaust)|(?:car|garage|exhaust)\b.{0,60}\b(?:bought|got|have|buy|buying) (?:a |the )?(?:length of |piece of )?(?:hose|"
    r"hosepipe|tubing)",
    r"(?:deixei|ja deixei) tudo (?:arrumado|organizado|pronto)|deje todo (?:arreglado|organizado|listo)|j ai tout (?:range|organise|"
    r"regle)|testamento (?:esta|ja esta) com o advogado",
    r"(?:reading|read|researching|looking) (?:up |about |into )?(?:\w+ ){0,3}(?:ways|methods)\b.{0,30}\b(?:least painful|painless|"
    r"quickest|easiest|most reliable)",
    r"(?:have|got|made|ive got) (?:a |the |my )?plan (?:and|&) (?:a |the )?(?:date|day|time|place)\b"
    r"(?! (?:for|to|of|with|at|when|booked))",
    r"(?:have|got|made|worked out) (?:a |the |my )?plan and (?:the |a )?(?:means|way|pills|rope|gun)|(?:have|got) the means",
    r"(?:goodbye|farewell|suicide) (?:notes?|letters?|messages?|texts?|posts?|videos?)",
    r"(?:wrote|written|writing|left) (?:\w+ ){0,2}(?:letters?|notes?) (?:to|for) (?:everyone|my (?:\w+ )?(?:family|kids|children|"
    r"parents|mom|dad|wife|husband|partner|friends)\b(?! (?:teachers?|school|doctors?|gp|therapists?|coach\w*|nanny|sitter|babysitter))|"
    r"them|people|each of)",
    rf"(?:wrote|written|writing|left) (?:\w+ ){{0,2}}(?:letters|notes) (?:to|for) (?:all )?(?:my|both my) (?:\w+ )?{_FAMILY_NOUN}s\b(?! (?:teachers?|school|doctors?|gp|therapists?|coach\w*|nanny|sitter|babysitter))",

    r"(?:letters|notes) (?:are |is )?(?:written|done|ready|finished)",
    r"(?:ive|i have|i) (?:just |finally |already |now )?(?:written|wrote|finished writing|finished|done) (?:the|my|all the|all my) "
    r"(?:notes|letters)\s*$",
    r"(?:wrote|written|writing|left) (?:\w+ ){0,2}(?:letters|notes) (?:to|for) my \w+ (?:and|&)",
    r"(?:texted|messaged|wrote|sent|said)\b.{0,40}\blook after (?:mum|mom|dad|the kids|my \w+|\w+) for me",
    r"(?:texted|messaged|wrote|sent|said)\b.{0,40}\b(?:thank you|thanks) for everything\b.{0,30}\b(?:look after|take care of)\b",
    r"(?:letters?|notes?) (?:to|for) (?:my (?:\w+ )?(?:kids|children|family|wife|husband|parents|mum|mom|dad)|everyone) (?:are|is) "
    r"(?:in|on|under)",
    r"(?:gave|give|giving|given) away (?:all )?(?:my|of my|her|his|their|all (?:her|his|their|my)) (?:stuff|things|belongings|possessions|pets?|cat|dog|clothes|money)",
    r"(?:said|saying|say) (?:my )?goodbyes?(?! to (?!(?:everyone|everybody|my (?:family|kids|children|parents|friends|loved ones)|"
    r"the world|you all|all of you|people)\b))|goodbye (?:everyone|world|forever|all|cruel world)|this is (?:my )?goodbye"
    r"|bye forever",
    r"\bbye (?:everyone|everybody|all|yall|world|guys)\b(?=.{0,30}(?:🪦|⚰️|🪢|not doing this anymore|for good|forever|"
    r"its been real))",
    r"(?:put|putting|get|getting|got) my affairs in order",
    r"(?:given|gave|giving) (?:my|all my) (?:\w+ ){0,2}to (?:the |my )?(?:grandchildren|grandkids|kids|children|family|sister|brother|"
    r"friends)|written down who gets|who gets (?:my|the) (?:house|things|stuff|cat|dog)",
    r"(?:decided|made up my mind)\b.{0,20}\b(?:this|today|tonight|it) (?:is|will be|s|would be) my "
    r"last (?:week|day|night|weekend)\b(?! (?:at|of|in|on|with|before|here|off|working)\b)",
    r"clear(?:ing)? out my (?:flat|apartment|room|house|place|stuff|things) (?:after|when)|(?:is|will be) my last day\b"
    r"(?! (?:at|of|in|on|with) (?:work|the job|school|college|uni|my job|the office|the company|this job)|"
    r" off\b)",
    r"(?:has|have|wrote|written|typed) my goodbye|my goodbye (?:is|in it|written|message|note)",
    r"(?:wont|will not) be (?:coming|attending|there)\b.{0,40}\bor any (?:after|afterwards|more|other)",
    r"(?:dog|cat|pets?)\b.{0,60}\b(?:owner|i|im) (?:isnt|is not|am not|wont be|will not be|not) (?:around|here) (?:anymore|any more)|"
    r"(?:goes|go|gets|get) to (?:someone|somebody|a (?:good |new )?home)\b.{0,30}\bbefore (?:the end of|i |next)",
    r"last thing on my (?:list|to do list)|(?:wanted|want) to say (?:bye|goodbye) (?:to )?(?:everyone|everybody|all of you|you all|"
    r"forever|for good)",
    r"when (?:im|i am) (?:gone|dead|not here|no longer here)\b(?! (?:on|for|to|from|with|away|at))",
    r"(?:gave|given|giving|give) (?:me|us) (?:her|his|their) (?:cat|dog|pets?|stuff|things|belongings|possessions)",
    r"(?:gave|given|giving) (?:away )?(?:all |most )?(?:of )?my (?:\w+ )?(?:tools|guitars?|games|records|collection|things|stuff|clothes|"
    r"books|jewel\w*|watch|rifle|guns?|fishing \w+) to (?:my |a |his |her )?\w+\b.{0,60}\b(?:wont|will not|where im going|"
    r"anymore|any more|goodbye|need them)",
    r"(?:giving|gave|given|give) (?:all |most |some |half )?(?:of )?(?:my|of my) (?:\w+ )?(?:stuff|things|belongings|possessions|pets?|cat|dog|clothes|"
    r"money|guitar|books|games|jewel\w*|\w+) away",
    r"(?:texted|messaged|wrote|posted|said|sent|left)\b.{0,15}\b(?:sorry for everything|love you all|bye everyone|thank you for "
    r"everything goodbye|thanks for everything goodbye|"
    r"im sorry for everything|take care of (?:mom|dad|the kids|my \w+)|look after (?:mum|mom|dad|the kids|my \w+) for me)",
    r"last time (?:ill|i will) (?:be (?:on|here)|talk to|message|write)\b.{0,30}(?:⚰|🖤|👋|goodbye|bye|forever)",
    r"(?:this is|this will be|these are) (?:my|the) (?:very )?(?:last|final) (?:message|words|post|text|goodbye)|my (?:last|final) "
    r"(?:message|words|text) (?:to (?:anyone|everyone|you|the world)|ever)",
    r"(?:texted|messaged|sent|wrote|posted) (?:me |us |everyone |her |him )?(?:a )?goodbye\b",
    r"(?:post|posts|posting|posted|texting|sending|writing) (?:\w+ )?goodbye (?:stuff|messages?|posts?|things|texts?|videos?|"
    r"letters?|notes?)",
    r"(?:feel|feeling|felt|im|i am) (?:so |really |strangely |weirdly |finally )?(?:calm|at peace|peaceful|relieved)\b.{0,20}"
    r"\b(?:now that|since|because|that) (?:ive|i have|i) (?:finally )?(?:decided|made (?:up my mind|the decision|my decision))",
    r"(?:wrote|written|writing|made|updated|finished) (?:out )?my will\b.{0,80}\b(?:decided|calm|at peace|ready|goodbye|"
    r"tonight|letters?|notes?|paid off|settled|scheduled|passwords|thank\w*)",
    r"(?:doesnt|dont|does not|do not|nobody|no one) knows? (?:that )?(?:ive been|im|i am|i have been|i was) planning (?:it|this)\b"
    r"|planning it\b.{0,60}\b(?:picked|chosen|set|chose) (?:a|the) (?:date|day)",
    r"before (?:i|im) (?:go|gone|am gone|disappear) (?:for good|forever|permanently)",
    r"(?:planning|planned|plan|arranging) (?:out )?my (?:own )?funeral|my funeral (?:plans|arrangements)",
    rf"{_PILLS} (?:are |is )?(?:all )?(?:lined up|laid out|counted out|in front of me)",
    r"(?:everything|all of it|all of them|it all|(?:his|her|my|their) (?:gear|things|stuff|uniform))\b.{0,30}\b(?:lined up|laid out|"
    r"counted out)",
    r"passwords (?:written|left|saved)(?: out)? for|(?:my )?will is (?:in|on|done|written|ready)\b|(?:cancel+ed|cancelling) (?:my |the )?"
    r"(?:gym|phone|contracts?|subscriptions?)\b.{0,60}\b(?:will|passwords|letters?)",
    rf"(?:have|got) (?:the |my |all my |all the )?(?:{_PILLS}|rope|gun|knife|noose|razor|blades?) (?:all )?(?:ready|set|prepared)",
    r"carta de despedida|despedirme de todos|lettre d adieu|abschiedsbrief|carta de despedida",
    r"(?:deje|escribi|he escrito|he dejado|ya les deje) (?:\w+ )?cartas? (?:a|para) (?:mis|mi|todos)(?!.{0,40}\b(?:explicando|sobre "
    r"(?:el|la|mi) (?:tratamiento|cita|terapia)))|j ai (?:ecrit|laisse) (?:des |une )?"
    r"lettres? (?:a|pour) (?:mes|mon|ma|tout le monde)|(?:deixei|escrevi) (?:\w+ )?cartas? (?:para|aos|as|a) (?:meus|minhas|meu|minha|"
    r"todos)|briefe (?:an|fur) (?:meine|alle) (?:\w+ )?geschrieben",
    rf"(?:put|putting|poured|emptied|tipped|gathered|collected|moved) (?:all |every one of )?(?:of )?(?:my |the |his |her )?(?:\w+ )?"
    rf"(?:{_PILLS}|{_MED}) (?:\w+ )?(?:into|in) (?:one|a single|the same|a big) (?:jar|bottle|container|pot|bag|box|tub|place|pile)\b"
    r"(?!.{0,60}\b(?:pharmacy|pharmacist|chemist|dispos\w*|return\w*|take (?:them |it )?back|drop (?:them |it )?off|recycl\w*|"
    r"organi[sz]\w*|travel\w*|holiday|trip|dosette|pill ?box|doctor|gp|review)\b)",
    r"(?:giving|gave|given|handing|handed) (?:my|all my|most of my) \w+ (?:and|&) (?:\w+ ){0,3}(?:of )?(?:my )?\w+ away\b",
    r"my will\b.{0,80}\bbeneficiar\w*|beneficiar\w*\b.{0,80}\bmy will\b",
    r"^(?!.*\b(?:infusion|session|appointment|booked|booking|referral|wedding|surgery|party|trip)\b).*\b(?:decided|picked|chose|set) "
    r"(?:on )?(?:a|the) (?:date|day)\b.{0,60}\bfeels? (?:so |really )?good to finally have (?:one|it)\b",
    r"(?:after|when|once) im gone\b.{0,60}\b(?:letters?|notes?) (?:are|is) (?:already )?(?:written|done|ready)|(?:letters?|notes?) "
    r"(?:are|is) (?:already )?(?:written|done|ready)\b.{0,60}\b(?:after|when|once) im gone\b",
    r"stockpil(?:ed|ing) (?:the |my |all the |all my )?💊|stockpil(?:ed|ing)\b.{0,30}\bfrom (?:\d+|two|three|four|five|several|a few) "
    r"(?:refills|prescriptions|scripts)",
    rf"(?:saving|saved|save|keeping|kept|keep|stash\w*|collect\w*|hoard\w*|stor\w*|hiding|hid) (?:up )?(?:(?:\w+ ){{0,3}}(?:{_PILLS}|"
    rf"{_MED})|(?:the |my )?old ones|(?:every|each) (?:second|other) (?:pill|tablet|one))\b(?: \w+){{0,5}} (?:instead of|rather than) "
    r"(?:taking|swallowing|take|swallow) (?:them|it|those|they|em)\b(?! (?:to|on|in|at|into|with|for|before|out|along|home|back)\b)",
    r"(?<!skipping )(?<!jump )(?<!tow )(?<!velvet )(?<!climbing )\b(?:rope|noose)s? (?:is |are |s )?(?:all )?(?:ready|set up|sorted)"
    r"(?=\s*$|\s*[^\w\s]| (?:and|now|tonight|today)\b)|\bnoose (?:is |s )?(?:tied|up)\b",
    r"(?:rope|noose)\b.{0,30}\b(?:hanging from|tied to|over|around) the (?:beam|rafters?|banister|loft hatch|loft beam)|"
    r"tested (?:it|the rope|the noose) on the (?:beam|rafters?|banister)",
    r"(?:rope|noose|gun|pistol|stash|(?:saved up|saving up|stockpil\w*|hoard\w*) (?:\w+ )?(?:pills|tablets|meds)|(?:pills|tablets|"
    r"meds) (?:\w+ )?(?:saved up|stockpiled|stashed|hoarded))\b.{0,60}\b"
    r"(?:in case|if) (?:(?:the )?(?:ketamine|esketamine|spravato|treatment|this treatment|infusions?|this|it|nothing|things|last "
    r"round) (?:\w+ ){0,2}(?:doesnt|dont|does not|do not|wont|fails?|never) ?(?:works?|helps?|gets? better)?|nothing (?:ever )?"
    r"(?:gets better|changes|works|helps))",
    r"(?:pills|tablets|meds|rope|gun)\b.{0,30}\b(?:my|as a|as my) (?:plan b|backup plan|back up plan|way out)\b",
    r"(?:thinking|think|thought|dream\w*|tempted|urges?|want|wanting|wanted) (?:about |of |to )?(?:just (?:turning|turn|pulling|"
    r"pull)|(?:just )?(?:jerking|jerk|yanking|yank|swerving|swerve|letting go of)) the (?:steering )?wheel\b(?! over\b)",
    r"(?:turning|turn|jerking|jerk|jerked|yanking|yank|yanked|swerving|swerve|swerved|pulling|pull|pulled) the (?:steering )?wheel\b"
    r"(?: \w+){0,4} (?:into|towards|off) (?:the |a |an )?(?:oncoming|traffic|river|barrier|median|wall|tree|lorry|truck|ditch|"
    r"bridge|water|edge|road)",
    r"(?:found|saw|seen|noticed) (?:\w+ ){0,2}(?:searches|search history|googl\w+|browser history)\b.{0,40}\b(?:bridges?|overdos\w*|"
    r"ropes?|guns?|pills|how to die|suicide|lethal|heights?|jump\w*)",
    r"(?:i|im|ive been|i keep|i like|i just like|i love|been) (?:\w+ ){0,2}(?:standing|sitting|climbing|leaning|stand|sit|climb) "
    r"(?:on|over) (?:the |a |my )?(?:railing|parapet|ledge)\b"
    r"(?! (?:of|at) (?:the )?(?:gym|pool|stairs|staircase))",
    r"(?:stood|standing|sat|sitting|stand) (?:on|at) (?:the |a |that )?(?:edge of (?:the |a )?)?(?:bridge|ledge|roof|rooftop|cliff|"
    r"overpass)\b.{0,60}\b(?:for (?:an hour|hours|ages|a long time|a while)|went home|next time|didnt jump|again)",
    r"not sure (?:ill|i will|i would|id) (?:go|come|make it|walk) (?:home|back)\b.{0,20}\bnext time",
    r"(?:gave|given|giving|rehomed|rehoming) (?:away )?(?:my|his|her) (?:dog|cat|pets?|stuff|things|belongings) (?:away )?"
    r"(?:to|and)\b.{0,60}\b(?:letters?|notes?|goodbye|will|insurance|passwords)",
    # session 10 (blind42/43 first runs)
    r"(?:said|saying|says|posted|typed|sent) (?:\w+ )?(?:bye|goodbye|goodbyes|farewell|farewells) to (?:everyone|everybody|all of us|"
    r"us all|the (?:server|group|gc|chat|discord))\b.{0,80}\b(?:went offline|logged off|left the (?:server|group|chat|gc)|deleted "
    r"(?:his|her|their|the) (?:account|discord|profile)|fun while it lasted|dont know what to do|not (?:answering|responding|replying))",
    r"(?:gun|weapon|pistol|revolver|rifle|shotgun|firearm|barrel|glock) (?:\w+ )?(?:in|into) my mouth|"
    r"(?:held|holding|hold|put|putting|had|pressed|pressing) (?:a |the |my )?(?:\w+ )?(?:gun|weapon|pistol|revolver|barrel|glock) "
    r"(?:\w+ )?(?:to|against) my (?:head|temple|chin)\b",
    r"(?:euthanasia|pentobarb\w*|euthatal|lethabarb|fatal plus)\b.{0,120}\b(?:brought|took|taken|bringing|taking|pocketed|slipped) "
    r"(?:a |the |some |one |two |a few )?(?:bottle|vial|ampoule|syringe|dose)s? (?:of (?:it|that) )?home|"
    r"(?:brought|took|taken|bringing|taking) (?:a |the |some |one )?(?:bottle|vial|ampoule|syringe)s? (?:of )?(?:the )?"
    r"(?:euthanasia|pentobarb\w*|euthatal)\b",
    rf"(?:putting|put|setting|set|saving|stashing|hiding|keeping) (?:my |the |her |his )?(?:{_MED}|{_PILLS}) (?:and|&) (?:my |the )?"
    rf"(?:{_MED}|{_PILLS}) aside\b(?! for (?:the|my|a) (?:trip|holiday|weekend|week|journey))",
    # session 10 (blind42/43 first runs)
    r"(?:saving|keeping|holding on to|stockpiling|stockpiled|hoarding|hoarded) (?:it|them|\w+)? ?(?:\w+ ){0,3}for when i (?:finally )?"
    r"(?:decide|am ready|im ready|have had enough|ve had enough)\b(?! (?:to|on|for|what|where|which|whether|between|if|how)\b)",
    r"(?:applied|applying|apply|signed up|registered|booked|going|travel\w*) (?:\w+ ){0,3}(?:to |with |for |at )?(?:an? |the )?"
    r"(?:assisted (?:dying|suicide)|dignitas|pegasos|euthanasia)(?: (?:organi[sz]ation|clinic|charity|group|service))?\b"
    r"(?!.{0,30}\b(?:dog|cat|pet|horse)\b)",
    r"(?:security|police|the police|someone|somebody|they|staff|a stranger|a passer ?by|my \w+) (?:found|pulled|talked|got) me "
    r"(?:\w+ ){0,2}(?:on|off|from|at|down from) the (?:roof|ledge|edge|tracks|railing|parapet)\b|"
    r"(?:pulled|talked|got|brought) me (?:back |down |off )?(?:from |off )?the (?:bridge|roof|ledge|edge|balcony)\b",
    r"(?:height|high up|floor|storey|story|balcony|drop)\b.{0,60}\b(?:when the time comes|makes (?:things|it) (?:simple|easy|easier))",
    r"(?:asked|asking|asks|begged|begging|keeps asking) (?:the )?(?:staff|nurses?|carers?|doctors?|everyone|people|her \w+|his \w+) "
    r"to help (?:her|him|them|me) die\b",
    # session 10 (blind42/43 first runs)
    r"(?:springe|spring|werde springen|will springen) (?:\w+ )?(?:gleich|jetzt|sofort|heute|runter|hinunter)\b|"
    r"(?:auf|an) der brucke\b.{0,40}\bspring\w*",
    # session 10 (blind42/43 first runs)
    r"(?:going|heading|headed|driving|walking) to the (?:bridge|cliffs?|tracks|railway|roof|quarry)\b.{0,40}\b(?:last time|for the last time|"
    r"one last time|for good|never coming back)\b|(?:got|have|bought) (?:the|a) rope\b.{0,20}\b(?:garage|loft|attic|barn|shed|tree|beam)\b",
    # session 10 (blind42/43 first runs)
    r"(?:top|roof) (?:level|floor|deck) of the (?:\w+ )?(?:multi ?stor(?:e)?y|car ?park|parking garage|garage)\b.{0,60}\b(?:edge|ledge|railing)\b|"
    r"(?:sitting|sat) (?:right )?(?:at the edge|on the ledge)\b(?! of (?:my|the|a) (?:bed|seat|chair|sofa|couch|bath|tub|pool|desk))",
]

# ---- crisis: arrangements for after one's death; two of them together route to crisis (safety._crisis) ---------
ARRANGEMENTS = {
    "future_doubt": [r"(?:dont|do not) (?:think|reckon) (?:ill|i will|id|i would|im going to) (?:need|be needing|be using|make it "
                     r"to|use) (?:the|my|that|this|a) (?:\w+ )?(?:spot|place|slot|appointment|booking|seat|space)\b|doubt (?:ill|i will|"
                     r"id) (?:need|be needing|use) (?:the|my|that|this|a) (?:\w+ )?(?:spot|place|slot|appointment|booking|seat|space)\b",
        r"(?:wont|will not) (?:be )?need(?:ing)? (?:my |the |\w+s )?(?:infusion|appointment|session|slot|booking|place|spot)\b"],
    "will_making": [r"(?:handwritten|homemade|hand written|diy|simple|quick) will\b|(?:does|would|is) (?:a|my) (?:\w+ ){0,4}will "
                    r"(?:\w+ ){0,5}(?:count|valid|legal)|(?:write|writing|updat\w*|sort\w* out|redo\w*) (?:a|my) will\b",
        r"(?:did|done|finished|made) my will\b"],
    "papers_shown": [r"(?:told|shown|showed) (?:the |my )?(?:children|kids|son|daughter|family|wife|husband|\w+) where (?:the |my )?"
                     r"(?:\w+ )?(?:papers|documents|deeds|will|passwords|insurance)\b (?:are|is)"],
    "funeral_paid": [r"paid (?:off )?(?:the |my )?funeral (?:plan|costs?)|funeral plan (?:is )?(?:all )?paid"],
    "pet_arranging": [r"(?:dog|cat|pets?)s? (?:has |is |have )?gone to (?:the |a |my )?(?:neighbou?rs?|friend|sister|brother|son|daughter|"
                      r"nephew|niece)\b|(?:given|gave|giving) (?:his|her|my|their) (?:\w+ )?(?:dogs?|cats?|pets?) (?:away )?to\b",
r"who (?:should|will|would|can|could) (?:i )?(?:leave|give) my (?:cat|dog|pets?|cats|dogs) (?:with|to)\b",
                      r"(?:gave|given|giving|rehomed) (?:away )?(?:the|my) (?:dog|cat|pets?)\b|found (?:someone|somebody) to take (?:the|my) "
                      r"(?:cat|dog|pets?)",
        r"rehom(?:e|ing) (?:the|my) (?:dog|cat|pets?)\b"],
    "accounts_closed": [r"(?:close|closing|closed) (?:down )?(?:all )?(?:of )?my (?:bank )?accounts\b"],
    "affairs_tidied": [r"(?:get|getting|got|put|putting) (?:everything|my affairs|it all) (?:tidy|tidied|in order|sorted|squared away)\b"],
    "letters_left": [r"(?:letters?|notes?) (?:to|for) (?:the|my) (?:kids|children|family) (?:are|is) (?:in|on|under|with|by)\b"],
}

# ---- crisis: weak families (two distinct ones, at least one a risk marker, route to crisis) -----------------
WEAK_RISK = {
    "pill_context": [r"(?:possible|can you|could you|is it easy|how easy is it) (?:to )?(?:overdose|od)\b",
                     r"(?:theres|there is|ive got|i have) (?:finally |now )?enough\b(?! (?:time|money|space|room|info|information|"
                     r"energy|sleep|food|for))", r"💊", rf"(?:pile|heap|handful|bunch|stack) of (?:\w+ )?{_PILLS}", rf"{_QTY} (?:\w+ )?(?:pills|tablets|caps|capsules)",
                     rf"(?:have|got|bought|saved|collected) (?:enough|plenty of|lots of|a lot of) {_PILLS}",
                     r"(?:finally|now) (?:have|got) enough\b",
        r"how much (?:of (?:it|that|them|this) )?(?:would|will) be enough\b(?! to (?:help|work|feel|notice|make|see|get better|sleep|last))"],
    "means_access": [r"(?:saw|found|seen|noticed|spotted) (?:a |the |some )?(?:rope|noose)\b",
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
        r"counting (?:up )?(?:his |her |my |the |all )?(?:pills|tablets|meds)\b"],
    "veiled_intent": [r"decided (?:on )?(?:a|the) (?:date|day)\b(?! (?:of|for|to)\b)(?!.{0,80}\b(?:infusion|session|appointment|"
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
    "location": [r"(?:where|how) the (?:railing|fence|barrier|guardrail|rail) is (?:low|lowest|broken|missing|lower)",
                 r"(?:parked|parking) (?:up )?(?:by|at|near|next to|on|above|over) (?:the |a )?"
                 r"(?:reservoir|river|lake|quarry|cliffs?|cliff edge|bridge|seafront|pier|dam|railway|tracks|edge)\b",
                 r"(?:tallest|highest) (?:\w+ )?(?:buildings?|towers?|bridges?|car parks?|parking garages?)\b",
                 r"(?:stood|standing|sat|sitting) (?:out )?on (?:my|the|our) (?:balcony|roof|rooftop|ledge)\b",
                 r"(?:cliff|bridge|ledge|edge|drop|roof)\b.{0,30}\b(?:has )?(?:no|without (?:a |any )?)(?:railing|fence|barrier|guardrail)",
                 r"(?:walk|walking|go|going) (?:down )?(?:to|by) the (?:river|sea|water|lake|bridge|cliff|tracks)\b.{0,60}\b(?:stand|"
                 r"standing|stood) there",
                 r"(?:on|at|from|standing on|sitting on) (?:the |a )?(?:edge|ledge|bridge|roof|rooftop|train tracks|tracks|cliff|"
                 r"balcony)",
                 r"(?:bridge|roof|rooftop|cliff|overpass|tracks|ledge) (?:on|at|near|by|over) (?!you|your|the clinic|here)\w+|"
                 r"locked (?:himself|herself|themselves|themself|myself) in\b|"
                 r"in front of (?:a |the )?(?:train|tram|bus|truck|lorry|car|traffic)|(?:closer to|near to|right at) the edge",
        "🌉"],
    "finality": [r"done\s*$",
                 r"thank (?:\w+ ){0,4}for trying so hard (?:with|to help|for) me",
                 r"(?:just )?needed to tell (?:someone|somebody|anyone)\b",
                 r"thank you all for trying|nothing (?:left|more) to (?:sort out|arrange|settle|tidy up|put in order) now", r"(?:wanted|want) to tell (?:someone|somebody|you|anyone) before\b", r"just wanted (?:someone|somebody|you|anyone) to know|thank (?:you|her|him|them) for trying with me|"
                 r"(?:actual|real) plan (?:this time|now)", r"(?:tell|let) \w+ (?:\w+ )?(?:im|i am) sorry|how calm i feel|(?:calm|at peace|peaceful) about (?:it|dying|"
                 r"my decision|the decision)", r"last card|finished playing|(?:im|i am) finished(?! with)", r"(?:im|i am|am) (?:doing|going to do) it (?:tonight|today|now)|tonight is the night|its time",
                 r"im done(?! with (?:(?:it|them)\b(?!\s*$| all\b)|my|the|work|school|\w+ (?:session|infusion|treatment|appointment|form)s?|"
                 r"(?:\w+ )?(?:antidepressants?|ssris?|meds|medications?|pills|tablets|\w+ine)\b))|its over|"
                 r"(?:hes|shes|theyre|he is|she is) (?:\w+ )?done\b(?! with)|"
                 r"(?:wont|will not|dont) (?:be )?need(?:ing)? (?:it|this|them|any of (?:it|this)) (?:now|anymore|any more|after)|"
                 r"(?:im|i am) checking out\b(?! (?:the|a|your|this|that|of|at|from|some|now|early|late)\b)|"
                 r"this is it|sorry for everything|forgive me|i love you all|no more pain|done with everything|done with (?:all of it|"
                 r"it all)",
                 r"take care of (?:my|the) (?:cat|dog|kids|children|pets)|you wont (?:hear|see) (?:from )?me",
                 r"(?:then )?(?:im|i am) (?:out|gone|checking out)\s*$|then (?:im|i am) (?:out|gone)\b(?! of)",
                 r"(?:that|this) (?:will|would|ll) be the end of (?:it|me)\b|(?:ive|i have) made my peace\b|"
                 r"(?:tie|tying|tied) (?:things|everything|it all) up|(?:tie|tying|tied) up (?:all )?(?:the |my )?loose ends",
                 r"(?:wont|will not|dont think ill) (?:be )?need(?:ing)? (?:an?|the|my|any|another|more|any more|further) (?:\w+ )?(?:appointments?|"
                 r"sessions?|bookings?|spots?|refills?|prescriptions?|follow ?ups?|infusions?)\b(?: \w+){0,2} after\b"
                 r"(?!.{0,60}\b(?:because|since|as|moving|move|moved|better|well|good|fine|recovered|improv\w*|discharg\w*|finished|done|"
                 r"complete|completed|course|insurance|new|agreed|therapist|doctor|psychiatrist|prescriber|gp|said|says|told|"
                 r"holiday|vacation|away|travel\w*)\b)",
                 r"not that (?:it|any of (?:it|this)|anything) (?:\w+ )?matters? (?:\w+ )?(?:after|anymore|any more|by|past)\b",
        r"(?:tell|say) (?:\w+ ){0,3}thanks? (?:you )?for trying\b|fun while it lasted",
        r"(?:soon|after (?:tonight|today|this week|this weekend|that)|before long|shortly) (?:it|none of (?:this|it|that)|nothing) "
        r"(?:wont|will not|isnt going to) matter|(?:it|i) (?:wont|will not) be (?:anyones|anybodys) problem",
        r"cancel\w*\b.{0,30}\b(?:wont|will not|dont) (?:be )?need(?:ing)? (?:it|them|this|that|any)\b|"
        r"(?:because|cos|cause|since) (?:she|he|they|i) (?:wont|will not) (?:be )?need(?:ing)? (?:them|it|those|these)\b|"
        r"one ?way trip\b",
        r"(?:wont|wouldnt|will not|would not) be needing (?:it|them|this|that)\b|(?:wont|will not|doesnt|dont) need (?:a|his|her|my) pension\b",
        r"(?:thank you|thanks) for everything\b.{0,40}\b(?:i love you|im sorry)\b"],
    "height_access": [r"roof (?:level|top)?\b.{0,30}\b(?:open|access|unlocked)|(?:top floor|roof) (?:access|open)",
                      r"(?:roofs?|rooftops?|top (?:levels?|floors?|decks?))\b(?: \w+){0,3} (?:that )?(?:you|i|one|people|someone) "
                      r"(?:can|could) (?:get|climb|go|walk|sneak) (?:onto|on to|up to|up on|out on|on)\b(?: \w+){0,3} (?:at night|after "
                      r"dark|unnoticed|without (?:anyone|being))|(?:i|you|we|one|someone|people) (?:can |could |might )?(?:get|climb|"
                      r"sneak) (?:onto|up onto|up on|on) (?:the |a )?(?:\w+ )?roofs?\b.{0,40}\b(?:at night|after dark|unnoticed|without "
                      r"(?:anyone|being)|no one (?:checks|notices|sees))",
                      r"roofs?\b.{0,40}\b(?:easy to get (?:on)?to|no one checks|nobody checks|never locked)",
                      r"(?:open|unlocked|accessible) (?:top|roof|upper) (?:level|floor|deck)|(?:top|roof|upper) (?:level|floor|deck) "
                      r"(?:is |that is )?(?:open|unlocked|accessible)|(?:top|roof|upper) (?:level|floor|deck) of (?:the |a )?(?:\w+ ){0,3}"
                      r"(?:open|unlocked|accessible)",
                      r"(?:how cold|how deep|how fast) is the (?:river|water|lake|sea|current)|would you (?:even )?feel it|"
                      r"how cold (?:it|the water|the river) (?:is|would be)",
        r"look(?:ing)? down from (?:my|the) (?:balcony|window|roof|bridge)\b"],
    "refill_early": [r"fill (?:the same |my )?prescriptions? (?:early|twice|at two)|(?:two|different|multiple) pharmacies",
                     r"(?:months?|weeks?) (?:worth|supply)\b"],
    "rehoming": [r"(?:gave|given|giving|rehomed) (?:away )?(?:the|my) (?:dog|cat|pets?)\b.{0,10}\b(?:to|away)",
                 r"(?:agreed|promised|going) to (?:take|have|look after) (?:the|my) (?:cat|dog|pets?|cats|dogs)\b(?! (?:while|when|for the|"
                 r"during|until|till))",
                 r"found (?:someone|somebody|a (?:new |good )?home|a neighbou?r|a friend) (?:to (?:take|have|adopt)|for) (?:the|my) "
                 r"(?:cat|dog|pets?|cats|dogs)\b(?! (?:while|when|for the|during|until|till))",
                 r"(?:if|when) (?:the|its|their|an?) (?:owner|person|parent|mum|mom|dad) (?:wasnt|was not|isnt|is not|wont be|"
                 r"will not be|werent) (?:coming back|around anymore|here anymore)",
                 r"(?:packed|left|put) (?:the |my )?(?:cats?|dogs?) (?:food|things|stuff)\b.{0,40}\b(?:neighbour|neighbor|friend|sister)",
        r"(?:que )?alguien (?:cuide|cuida) (?:a |de )?mi (?:perro|perrita|gato|gata|mascota)|quelqu un (?:prenne|prend) soin de mon "
        r"(?:chien|chat)|(?:jemand|wer) (?:kummert|kuemmert) sich um (?:meinen|meine) (?:hund|katze)|alguem (?:cuide|cuida) do meu "
        r"(?:cachorro|gato)"],
    "reunion": [r"(?:lie|lay|lying|laying) down (?:next to|beside|with) (?:him|her|them|my \w+)\b.{0,30}\b(?:stay|never|forever|"
                r"and not)",
                r"(?:wants?|wanna|going|ready|longs?|longing|wish\w*) to (?:go )?(?:be with|join|see) (?:dad|mom|mum|grandma|grandpa|"
                r"him|her|them|my (?:\w+ )?(?:husband|wife|dad|mom|mum|father|mother|son|daughter|brother|sister|grandma|grandpa|"
                r"partner)) ?(?:again|in heaven|up there|on the other side)?"],
    "rumination": [r"(?:sit|sat|sitting) with (?:the |my |a )?(?:loaded )?(?:pistol|gun|rifle|shotgun|rope|pills|knife|revolver)",
                   r"keep (?:going|going out|going back|walking) (?:out )?(?:there|to it|to the \w+)\b.{0,30}\b(?:holding|touching|looking at|"
                   r"cleaning|loading) (?:it|them)|keep (?:going|going out|going back|walking) (?:out )?(?:there|to it|to the \w+)\b"
                   r".{0,20}\b(?:just )?to (?:look at|touch|hold|check on) (?:it|them)\b",
                   r"(?:walking|going|walk|go|been) (?:out )?(?:to|down to) (?:it|there|the (?:edge|cliff|bridge|river|tracks)) every "
                   r"(?:day|afternoon|evening|night|morning)",
r"(?:sat|sitting|sit) (?:there )?(?:just )?holding (?:it|the \w+|my \w+)",r"keep (?:opening|checking|looking|going back)\b.{0,30}\b(?:look at it|check on it|see it)",r"(?:thinking about|think about|keep thinking about|looking at|staring at|cleaning|holding) (?:it|the \w+|"
                   r"my \w+|his \w+|her \w+) (?:\w+ ){0,5}(?:when i (?:cant|cannot) sleep|at night|all the time|constantly|"
                   r"more than (?:necessary|usual|i should|i need to))",
                   r"(?:caught|found|saw) (?:him|her|them) (?:looking at|holding|with|cleaning) (?:his|her|their|the|a) (?:\w+ )?"
                   r"(?:pistol|gun|rifle|shotgun|rope|pills|knife|revolver)"],
    "voices": [r"hear(?:ing)? (?:voices|a voice|things)", r"voices? (?:are |is )?(?:getting louder|wont stop|again)"],
    "hopeless_weak": [r"(?:tired|exhausted|sick) of (?:fighting|trying|struggling)(?! (?:with|for|over|about|against|to) )|"
                      r"(?:in|at) a (?:really |very |so |super )?bad place|(?:whats|what is) the point|no point anymore|pointless|nothing matters|i give up|"
                      r"hate (?:my life|myself|being alive|living)|im (?:so )?(?:worthless|a failure|a mistake|a waste)|"
                      r"(?:never|wont ever|will never|not going to) get better|tired of everything|empty inside|dead inside|"
                      r"(?:pain|it) is (?:too much|unbearable)|unbearable|nobody cares|no one cares|lost all hope|no hope",
                      r"no (?:version of (?:the|my) )?future (?:where|in which)|there is no future for me|(?:i|ive) (?:have )?no future",
        r"tired (?:to|of) fight\b|(?:cannot|cant|can not) support (?:it|this|the pain|life) (?:anymore|any more)\b"],
    "letters_third": [r"(?:writing|wrote|written|been writing) (?:\w+ ){0,2}letters (?:to|for) (?:her|his|their) (?:family|kids|children|parents|mum|mom|dad|sister|brother)\b"],
    "giving_away": [r"(?:gave|given|giving) (?:me|us|away) (?:\w+ )?(?:her|his|their|my) (?:laptop|phone|car|guitar|jewel\w*|watch|ring|bike|console|playstation|xbox|clothes|books|things|stuff|savings)\b",
        r"(?:gave|given|giving) (?:away )?(?:his|her|their|my) (?:\w+ )?(?:watch|ring|laptop|phone|car|guitar|jewel\w*|bike|medals?|tools)\b to\b"],
    "burden_third": [r"(?:would|will|could) (?:\w+ ){0,4}(?:nicely|fine|better|easier) without (?:him|her|them)\b|they(?:d| would) (?:all )?(?:adjust|get over it|move on|cope)\b"],
}
WEAK_CONTEXT = {
    "imminence": [r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*$",
                  r"tonights?|tonite|right now|todays?|tomorrows?|this (?:evening|weekend|afternoon|morning|week|friday|saturday|"
                  r"sunday|monday|tuesday|wednesday|thursday)|(?:on|by|next|this coming) (?:friday|saturday|sunday|monday|"
                  r"tuesday|wednesday|thursday|weekend)|after (?:work|school|class|dinner|my birthday|the holidays|christmas)|"
                  r"after (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)\b|"
                  r"next week|at midnight|after (?:prom|graduation|the party|the game|exams|finals)|(?:until|till|by) (?:christmas|"
                  r"new year|my birthday|easter|the end of the (?:month|week|year))|on (?:my|the) (?:drive|way|commute|walk) (?:home|to work|back)|before (?:the |this )?(?:weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday)\b|when (?!to )(?:\w+ ){0,2}(?:leaves?|is gone|goes out|are gone|is away|are away|is asleep)|"
                  r"(?:house|place|apartment|flat) is empty|(?:nobody|no one) (?:is )?(?:home|here|around)|home alone|"
                  r"in (?:a few|an|the next|\d+|a couple(?: of)?) (?:hours?|minutes?|mins?)|before (?:morning|sunrise|"
                  r"anyone wakes up)|when (?:everyone|they) (?:is|are|goes|go|falls?|gets?) (?:asleep|to sleep|to bed|out)",
                  r"(?:isnt|is not|not|wont|won t) (?:answering|picking up) (?:his|her|their|the) phone|(?:he|she|they|hes|shes) "
                  r"(?:wont|will not|doesnt|does not|didnt|isnt) (?:answer|reply|respond|text back|reply to (?:my|our) (?:texts|"
                  r"messages|calls))\b|"
                  r"(?:hes|shes|theyre|he is|she is|they are|he isnt|she isnt) (?:still )?not (?:picking up|answering)|"
                  r"(?:wont|will not|doesnt|does not|isnt|not) (?:pick|picking) up (?:his|her|their|the) phone|(?:cant|can not|nobody can) "
                  r"reach (?:him|her|them)|(?:do|doing|end) it (?:now|soon)|vanavond|stasera|dzis wieczorem|esta noche|ahora mismo|ce soir|heute (?:nacht|abend)|esta noite|hoje a noite"
                  r"|manana|demain|amanha|(?<!heute )morgen|by then\b|ce week ?end|cette nuit|pendant que (?:ma|mon|mes) \w+|"
                  r"while (?:my |the )?\w+ (?:is|are) (?:at|away|out|gone|asleep)\b|(?:do|doing) it (?:on )?(?:monday|tuesday|wednesday|"
                  r"thursday|friday|saturday|sunday)|"
                  r"este fin de semana|este fim de semana|(?:dieses|am) wochenende",
        r"\bagora\b|(?:its|it is) time\b.{0,10}\b(?:goodbye|bye|farewell)",
        r"(?:her|his|their) phone (?:is )?(?:now )?(?:switched |turned )?off\b"],
    "alcohol": [r"drunk|alcohol|vodka|whiskey|wasted|booze|liquor|🍷|🥃|🍺|🍾|🍸"],
    "loss": [r"funeral|passed away|(?:he|she|they|dad|mom|mum|father|mother|husband|wife|son|daughter|brother|sister|partner|"
             r"grandma|grandpa) (?:passed|died)\b|died (?:in|last|on|this)|since (?:he|she|they) (?:died|passed)|lost (?:my|the|our) (?:job|house|home|business|wife|husband|partner|kids|contract)|"
             r"(?:left|leaving) (?:me|and took the kids)|took the kids|layoff|laid off|made redundant|divorce|evicted|eviction|bank (?:takes|is taking|took)"],
}

# ---- emergency ------------------------------------------------------------------------------------------------
EMERGENCY_DIRECT = {  # acute by themselves
    "overdose_taken": [
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
        r"(?<!if i )(?<!if you )(?:took|taken|swallowed|downed|necked) the (?:whole )?lot\b|necked (?:a |the )?(?:whole |full |entire )?"
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
    ],
    "unresponsive": [
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
    ],
}
EMERGENCY_SYMPTOM = {  # need a person and no general-question framing
    "seizure": [r"se debatendo|convulsionando|convulsao|krampfanfall|krampft|seizures?|seizing|convuls\w*|having a fit|shaking uncontrollably|shaking all over|jerking all over|had a (?:fit|seizure)|foam(?:ing)? (?:at|from) (?:the|her|his) mouth|jaw (?:is )?clenched|jerking uncontrollably|foaming at the mouth|"
                r"eyes (?:rolled|rolling) back",
                r"temblando (?:entero|todo|mucho)|convulsiona\w*|"
                r"convulsion\w*|ataque epileptico|crise d epilepsie|krampfanfall|krampft|convulsao|convulsionando"],
    "fainting": [r"(?<!nearly )(?<!almost )faint(?:ed|ing)?\b|pass(?:ed|ing|es)? out|black(?:ed|ing) out|lost consciousness|losing consciousness"
                 r"|keeps? (?:collapsing|fainting)|desmai\w*|desmay\w*|evanoui\w*|ohnmacht\w*|ohnmachtig"],
    "altered": [r"not making (?:any )?sense|incoherent|(?:im|i am|hes|shes|is|are|been|keep|started|now) (?:\w+ )?(?:seeing things|"
                r"hallucinating)|"
                r"heart (?:rate |beat )?(?:is |was |at |of |going |racing |beating )*(?:over |above |at |like |around )?"
                r"(?:1[4-9]\d|2\d\d)\b|(?:pulse|hr|heart rate)\D{0,12}(?:1[4-9]\d|2\d\d)\b|(?:1[4-9]\d|2\d\d) ?bpm|(?:cant|cannot|can t) stay awake|talking gibberish|"
                r"(?:very|really|so|extremely|super) (?:confused|disoriented)|(?:cant|cannot) feel (?:my|his|her) "
                r"(?:legs|arms|body|face)"],
    "breathing": [r"atmet (?:kaum noch|nicht mehr)|respira muy poco|apenas respira|respire a peine|ne respire plus|"
                  r"(?:nao|no) (?:esta )?respira(?:ndo)?\b",r"(?:breathing|breathes) (?:really |very |so )?(?:weird|weirdly|strange|strangely|funny|shallow|slow|"
                  r"slowly|irregular)|(?:cant|cannot|struggling to|hard to|trouble|difficulty|hard time|unable to|barely) (?:breathe|breathing|"
                  r"catch (?:my|his|her|a) breath|get (?:my|a|his|her) (?:proper |full |deep )?breath|get air)|short of breath|(?:throat|airway) (?:is |feels )?(?:closing|tight)"
                  r"|choking|gasping for air",
                  r"no (?:puedo|puede) respirar|(?:narrive|ne peux|ne peut) (?:pas )?(?:a )?respirer|keine luft|kaum luft|kann nicht atmen"
                  r"|nao (?:consigo|consegue) respirar",
        r"(?:his|her|their) (?:breath|breathing) is (?:very |so |really )?(?:slow|weak|shallow)\b",
        r"(?:breath|breathing) (?:is|seems|sounds|looks) (?:awfully|very|really|so|too|dangerously|scarily|worryingly) (?:slow|weak|shallow)\b"],
    "chest_pain": [r"(?:tight|crushing|heavy|sharp|bad) pain (?:across|in) (?:my|his|her) chest|(?:pain|ache|aching|tightness|pressure|"
                   r"squeezing)\b.{0,30}\b(?:going|spreading|radiating|shooting) (?:up |down )?(?:into|to|down) (?:my |his |her )?"
                   r"(?:jaw|left arm|neck)",
                   r"(?:squeezing|squeeze|tightness|pressure|crushing|heaviness) (?:in|across|on) (?:my |his |her |the )?chest|"
                   r"schmerzen in der brust|druck auf der brust|dolor en el pecho|douleur (?:dans|a) la poitrine",
                   r"chest (?:pain|pains|tightness|pressure|hurts|is tight|feels tight|feels heavy)|chest (?:is |feels )?(?:really |"
                   r"very |so |super )?(?:tight|heavy|crushing)\b|(?:pain|pressure|tightness)"
                   r" in (?:my |his |her )?chest|crushing (?:chest )?pain|(?<!almost had a )(?<!nearly had a )(?<!gave me a )"
                   r"(?<!give me a )(?<!gonna have a )heart attack|(?:left|my|his|her) arm (?:is |went |feels )?(?:numb|tingling|dead|heavy)",
                   r"chest (?:\w+ ){0,4}(?:crushed|crushing|squeezed)|arm (?:is |feels )?(?:tingly|tingling)",
                   r"(?:my|his|her) chest (?:\w+ )?(?:feels|is|hurts|aches|burns) (?:like|so|really|very|tight|heavy|crushed|"
                   r"squeezed)",
                   r"dolor (?:\w+ ){0,3}(?:en el|de|del) pecho|infarto|douleur (?:a la|dans la) poitrine|douleur thoracique"
                   r"|brustschmerz\w*|herzinfarkt|dor no peito"],
    "stroke": [r"(?:face|mouth|smile) (?:has |is |had )?(?:dropped|drooped|fallen|gone droopy)|(?:cant|cannot|can not) get (?:his|"
               r"her|my|their) words out",
               r"cara (?:caida|torcida|paralizada|colgando)|boca (?:torcida|caida)|(?:no puede|nao consegue|n arrive plus a) "
               r"(?:hablar|falar|parler)(?: bien| direito)?\b(?! (?:\w+ )?(?:ingles|english|espanol|frances|aleman|portugues|"
               r"anglais|idioma|lingua|langue))|habla raro|visage (?:tombe|paralyse)|bouche (?:est )?de travers|gesicht "
               r"(?:hangt|ist schief)\b(?!.{0,30}\b(?:seit|lahmung|bell)\b)|kann nicht (?:mehr )?richtig sprechen|rosto (?:caido|torto)",
               r"(?:having|had|having a|is having|think (?:i|he|she) (?:is|am|im|had))? ?(?:a )?(?<!husbands )(?<!wifes )(?<!his )(?<!her )"
               r"(?<!mums )(?<!moms )(?<!dads )(?<!partners )stroke\b|(?:face|mouth|smile) "
               r"(?:is |started |looks )?(?:drooping|droopy|lopsided|uneven)|slurred speech|slurring",
               r"(?:speech|words|talking|voice) (?:is |are |sounds? )?(?:slurred|slurring|jumbled|garbled)|"
               r"(?:cant|cannot) (?:move|feel|lift) (?:my|his|her|one|the) (?:left |right )?(?:arm|leg|face|side|hand)|(?:one|left|right) side "
               r"(?:of (?:my|his|her) (?:body|face) )?(?:is |went |feels )?(?:numb|weak|paralyzed|paralysed|drooping)",
               r"(?:face|mouth)\b.{0,15}\b(?:one side|side) (?:is |went |goes )?(?:down|droop\w*|fallen|dropped)|(?:one side|"
               r"side) of (?:her|his|my) face (?:is |went |has gone |gone )?(?:down|droop\w*|numb)|(?:talk|talks|talking|speak|speaks|speaking) "
               r"(?:strange|weird|funny|wrong|nonsense) words|words (?:are |come out |are coming out |coming out )?(?:wrong|strange|jumbled)",
               r"stiff neck\b.{0,40}\bheadache|headache\b.{0,40}\bstiff neck|"
               r"worst headache|thunderclap headache|sudden (?:severe|blinding|terrible|pounding|splitting|excruciating) headache|derrame cerebral|ictus"
               r"|schlaganfall|\bavc\b"],
    "head_injury": [r"(?:fell|fall|fallen|slipped)\b.{0,70}\bhit (?:his|her|my|their) head|keeps? asking the same question|(?:doesnt|dont|does not|cant|didnt) "
                    r"(?:know|remember|recogni[sz]e) (?:what (?:year|day|month) it is|where (?:he|she|i) (?:is|am)|who (?:i am|he is|"
                    r"she is|we are))",
        r"(?:hit|banged|bumped) (?:my|his|her|their) head\b.{0,60}\b(?:a lot of blood|lots of blood|bleeding a lot|blurr\w*|vois flou|double vision|"
        r"cant see properly)",
        r"(?:hit|banged|bumped) (?:his|her|their|my) head\b.{0,60}\b(?:floppy|very sleepy|really sleepy|vomit\w*|not waking|fitting)\b"],
    "heat": [r"stopped sweating|skin(?:s| is)? (?:hot and dry|burning hot|red hot)|talking (?:rubbish|nonsense|gibberish)"],
    "blood_loss": [r"(?:bringing up|throwing up|vomiting|coughing up|spitting up) blood|(?:very|really|so) pale\b.{0,40}\b(?:muddled|confused|"
                   r"dizzy|faint)"],
    "vomiting": [r"vomiting (?:nonstop|non stop|constantly|blood|everywhere|and (?:cant|can not))|cant stop (?:vomiting|throwing up)|"
                 r"heart (?:is )?(?:pounding|racing|hammering)\b.{0,40}\b(?:vomit\w*|throwing up|sweat\w*|dizzy|confused)|"
                 r"(?:vomit\w*|throwing up)\b.{0,40}\bheart (?:is )?(?:pounding|racing|hammering)"],
    "urinary": [r"(?:cant|cannot|couldnt|havent been able to|unable to|not able to) (?:pee|urinate|wee|pass urine)|blood in "
                r"(?:my |his |her )?(?:pee|urine)"],
    "bleeding": [r"cut (?:my |his |her )?(?:\w+ )?too deep|spurting|cut (?:\w+ )?deeper than|soaking (?:through|into) (?:the |a |my )?(?:towel|bandage|shirt|sheets?)",r"ouvert les veines|coupe\w* les veines|se corto las venas|pulsadern|cortou os pulsos|"
                 r"(?:wont|cant|doesnt|will not) stop bleeding|bleeding (?:heavily|badly|a lot|everywhere|profusely)|"
                 r"(?:lost|losing) (?:a lot of|so much|too much) blood|cut too deep|blood everywhere"],
    "anaphylaxis": [r"(?:face|lips|tongue|throat|eyes) (?:is |are |have |has )?(?:swelling|swollen|swelled|puffing up)|anaphyla\w*|"
                    r"allergic reaction|hives (?:all over|everywhere)|throat (?:feels )?(?:tight|closing|swelling)"],
    "serotonin_toxicity": [r"serotonin (?:syndrome|toxicity)",
                           r"eyes (?:keep |are )?(?:flicking|darting|jerking|twitching|moving) (?:from )?side to side|"
                           r"(?:temp|temperature|fever)\D{0,12}(?:10[3-9]|39 ?[5-9]|4[0-2])\b",
                           r"(?:very |really |so )?hot\b.{0,20}\b(?:twitch\w*|jerk\w*)\b.{0,30}\b(?:muddled|confused|agitated|sweat\w*)|"
                           r"(?:twitch\w*|jerk\w*)\b.{0,20}\b(?:muddled|confused)\b.{0,30}\bsweat\w*",
                           r"(?:fever|high temperature|temperature|burning up|sweat\w*)\b.{0,80}\b(?:twitch\w*|jerk\w*|spasm\w*|rigid|"
                           r"clench\w*|shaking|cant think straight|"
                           r"stiff|clonus|tremor\w*|confus\w*)",
        r"(?:hohes )?fieber\b.{0,60}\b(?:zittert|verwirrt|herz rast)\b|verwirrt\b.{0,40}\bherz rast"],
    "bp_high": [r"(?:blood pressure|bp) (?:is |was |reading )?(?:very|really|super|dangerously|extremely|crazy|insanely)"
                r" high|(?:blood pressure|bp) (?:is )?(?:through the roof|sky high|skyrocketing)"],
    "acute_help": [r"(?:call|calling|need|get) (?:an )?ambulance|(?:should i|do i need to|need to) go to (?:the )?(?:er|"
                   r"emergency room|a e|hospital)|(?:this is|its) an emergency|(?:i think )?(?:im|i am) dying(?! to| of| for| here|"
                   r" laughing| inside)"],
    "opioid_signs": [r"pinpoint pupils|\bgcs (?:\w+ ){0,2}[3-8]\b|(?:resps|respirations|rr|breaths) (?:\w+ ){0,2}[2-8] (?:a|per) min|no (?:naloxone|narcan)\b|(?:need|get|give) (?:him |her |them )?(?:naloxone|narcan)\b"],
}
BP_READING = r"(\d{2,3})\s*(?:/|over)\s*(\d{2,3})"
BP_CONTEXT = r"blood pressure|\bbp\b|reading|monitor|machine|cuff|mmhg|systolic|diastolic|pressure|heart|cisnienie|pression|presion|druck|pressao|bloeddruk"
PERSON = (rf"\b(?:i|im|ive|id|me|my|myself|he|she|hes|shes|his|her|him|they|them|theyre|someone|somebody|{_FAMILY_NOUN}"
          r"|yo|mi|je|mon|ma|ich|mein|meine|mir|mich|eu|meu|minha|hijo|hija|fils|fille|sohn|tochter|filho|filha|tengo|estoy|puedo"
          r"|tiene|esta|tenho|estou|consigo|habe|bin|kann|ai|suis|peux|mae|mere|madre|padre|pere|vater|mutter|mann|frau)\b")
ONGOING = (r"right now|currently|\bnow\b|\bjust\b|is having|im having|having a|started|suddenly|keeps?|"
           r"\d+ (?:minutes?|mins?|hours?) ago|an hour ago|help|please|emergency|wont stop|can t|cant")
GENERAL_QUESTION = (r"\b(?:student|studying|finals|exam|homework|lecture|textbook|for (?:a|my) (?:class|course|essay|paper))\b|"
                    r"^(?:is|are|can|could|does|do|will|would|what|whats|why|how|when|which|should)\b.*\b(?:side effects?|cause|causes|"
                    r"risk|risks|common|normal|possible|happen|happens|sign|signs|symptoms?|history|chance|likely|ketamine|"
                    r"esketamine|ssris?|antidepressants?|dissociation|infusions?|sessions?|spravato|treatment)\b")
# Words that make a symptom mention informational rather than a report ("stroke risk", "signs of a seizure").
INFO_TERMS = (r"\b(?:risk|risks|chance|chances|odds|rate|rates|likely|possible|common|rare|signs? of|symptoms? of|"
              r"warning|history|study|studies|research|statistics|prevent\w*|avoid\w*)\b")
PLAN = (r"\b(?<!no )(?<!without a )(?<!dont have a )(?:plan|plans|planning|planned)\b|picked (?:a|the) (?:date|day)|"
        r"set a date|made up my mind")
HISTORY = r"since (?:my|his|her|their) (?:\w+ )?(?:stroke|heart attack|seizure|fall|surgery)|history of|years? ago|months? ago|last (?:year|month)|in the past|previous|prior|used to|when i was"

# ---- advice, stop-medication, abuse -------------------------------------------------------------------------------
MEDICAL_ADVICE = {
    "dosing": [
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
    ],
    "interaction": [
        rf"(?:have|take|get|give) (?:it|ketamine|esketamine|the infusion) (?:with|alongside|on top of) (?:his|her|my|their) (?:\w+ )?"
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
    ],
    "worsening": [  # a visitor's own symptoms getting worse: their prescriber should hear, not a quote
        r"\bmy (?:\w+ ){0,2}(?:depression|anxiety|symptoms?|mood|ptsd|panic(?: attacks)?|ocd|insomnia|sleep|"
        r"side effects?) (?:\w+ ){0,3}(?:getting|gets|got|get|gotten|became|become|becoming|growing|feels?|is|are|"
        r"seems?) (?:even |much |a lot |way |so |really )?worse\b",
        r"\b(?:i|im|i am|ive been|i have been|been) (?:\w+ ){0,2}(?:feeling|feel|felt|getting|gotten|got) "
        r"(?:even |much |a lot |way |so |really )?worse\b",
    ],
    "eligibility": [
        r"(?:me|le|nos) (?:pueden|puede|podrian|podria|podrias) (?:poner|dar|administrar|aplicar|hacer) (?:la |una )?(?:ketamina|"
        r"esketamina|infusion)|(?:ketamina|esketamina)\b.{0,40}\bsin (?:ningun )?riesgo",
        r"(?:im|i am|my (?:son|daughter|kid|child|teen) is|hes|shes) (?:only |just )?1[0-7]\b(?! (?:minutes?|mins?|hours?|hrs?|"
        r"days?|weeks?|months?|mg|ml|min)\b).{0,80}\b(?:is (?:it|this|that) "
        r"(?:\w+ )?(?:safe|ok|okay)|should (?:i|we|he|she)|can (?:i|he|she))\b",
        r"(?:am i|would i be|is my \w+) (?:even |still )?(?:a )?(?:good |suitable |right |ideal )?(?:candidate|eligible|suitable|right for)",
        r"(?:im|i am|i would be|id be|i might be) (?:a )?(?:good |suitable |right |ideal )?candidate",
        r"(?:darf|kann) ich (?:\w+ ){0,3}(?:trotzdem |auch |noch )?(?:ketamin|spravato|esketamin|\w+xetin|\w+pram|sertralin|"
        r"venlafaxin|bupropion|lithium|mirtazapin) (?:bekommen|nehmen|"
        r"machen|kombinieren)|(?:darf|kann) ich (?:\w+ ){0,4}(?:bekommen|nehmen|trinken) (?:wenn|obwohl|mit)",
        r"(?:is|would) (?:ketamine|esketamine|spravato|this treatment|this|that|it|treatment) (?:be )?(?:right|safe|good|suitable|"
        r"appropriate|a good (?:idea|option|choice|fit)|a bad idea|dangerous|risky|an option|a possibility|possible|ok|okay|worth it|"
        r"the best option) for (?:me|him|her|my \w+|(?:someone|somebody|people) like me)",
        r"(?:is he|is she|am i|are they|is my \w+) too (?:young|old)\b",
        r"(?:should|could|would) i (?:try|get|start|switch to|consider|go for|choose) (?:ketamine|esketamine|spravato|an? ssri|"
        r"an? snri|\w+ instead)",
        r"(?:which|what) (?:antidepressant|medication|med|ssri|treatment|drug) (?:would|will|might) (?:suit|be best for|work best for) me\b",
        r"(?:which|what) (?:antidepressant|medication|med|ssri|treatment|drug) (?:should|would|do you recommend|is best for|"
        r"would be best for|is right for) (?:i|me)",
        r"(?:would|will|could|can|might|does|do you think) (?:ketamine|esketamine|spravato|this|it|the treatment|treatment|tms|"
        r"ect|an? ssri|\w+ (?:therapy|treatment)) (?:\w+ ){0,2}(?:help|work for|benefit|be right for|fix|cure) me\b",
        r"(?:is|would|will) (?:ketamine|esketamine|spravato|it|this|treatment|the treatment) (?:be |still be )?(?:safe|ok|okay|"
        r"dangerous|risky) (?:with|for|given|if|in) (?:my|me|i)\b|will (?:ketamine|esketamine|spravato|it|treatment) (?:still )?"
        r"work (?:for me|if i)",
        r"(?:would|will|is|are|be)\b.{0,40}\b(?:better|best|safer|more effective|the right (?:one|choice|option)) "
        r"(?:option |choice |fit )?for me\b|for me personally|(?:better|best|right) for (?:someone|somebody) like me",
        r"(?:put|puts) my (?:recovery|sobriety|health) at risk|rule me out|(?:disqualif|exclud)\w* me\b|(?:do|would|will|can) i (?:even |still )?qualify|am i qualified|which (?:one |would |is |of them )?(?:be )?(?:right|best|"
        r"better) for me",
        r"posso prendere\b.{0,40}\b(?:insieme|con)|mag ik\b.{0,40}\b(?:krijgen|nemen|gebruiken|combineren)|"
        r"czy (?:moge|mozna) (?:brac|wziac|laczyc|pic)",
        r"soy (?:un |una )?(?:buen |buena )?candidat[oa]|suis je (?:un )?(?:bon )?candidat|bin ich (?:ein )?geeignet",
        r"(?:wenn ich|ich bin|bin ich) schwanger|(?:estoy|si estoy) embarazada|(?:je suis|si je suis) enceinte|(?:estou|se estiver) gravida|"
        r"(?:for|in) my case\b.{0,40}\b(?:better|best|which|should)\b",
        r"(?:meds|pills|tablets)\b.{0,20}\bketamine (?:\w+ )?safe for me\b",
    ],
    "diagnosis": [
        r"(?:could|can|might|may) (?:i|it|this|that|mine|my (?!cat|dog|pet|character)\w+) (?:actually |really )?(?:\w+ )?be "
        r"(?:bi ?polar|adhd|bpd|borderline|ptsd|ocd|cyclothymi\w*|autis\w+)\b(?!.{0,60}\b(?:book|character|article|show|novel|film)\b)",
        r"\bis (?:that|this|it) (?:\w+ )?(?:depression|burnout|anxiety|bipolar|adhd|ptsd|normal sadness|grief) or (?:just )?\w+",
        r"(?:do you think|could it be that|is it possible that) (?:i|im|my)\b.{0,40}\b(?:is|am|are|have|has) (?:actually |really )?"
        r"(?:bipolar|adhd|ocd|ptsd|borderline|bpd|autis\w+|depressed|depression|treatment resistant|trd)\b",
        r"(?:do|does) my symptoms (?:sound|seem|look) (?:more )?like|(?:sound|sounds) like i (?:have|might have)",
        r"(?:does|do) (?:that|this|it|these) (?:sound|seem|look) (?:more )?like (?:\w+ ){0,2}(?:bipolar|adhd|ocd|ptsd|depression|"
        r"anxiety|psychosis|mania|a disorder)\b.{0,40}\b(?:to you|than)",
        r"(?:do|could|might|would|can) i (?:actually |really |maybe |possibly |just )?(?:have|be having|possibly have|suffer from) (?:a |an )?(?:trd|treatment resistant|"
        r"\w+ depression|depression|bipolar|anxiety|ptsd|ocd|adhd|\w+ disorder|serotonin syndrome|withdrawal|side effects?|"
        r"something (?:serious|wrong))",
        r"(?:am i|is my \w+|is he|is she) (?:\w+ )?(?:depressed|bipolar|treatment resistant|addicted|having (?:a |an )?"
        r"(?:reaction|side effects?|withdrawal))",
        r"(?:do you think|you think|would you say) (?:i|im) (?:have|am|might have|could have|got|might be|could be)\b|"
        r"(?:diagnose|assess|evaluate) (?:me|my)|what (?:is wrong with me|do i have|condition do i have)",
        r"(?:are|is) (?:my|these|this) (?:\w+ ){0,2}(?:bipolar|depression|depressive|adhd|ptsd|ocd|anxiety|a disorder|"
        r"(?:a )?(?:sign|symptom)s? of)\b",
        r"(?:i|my|me)\b.{0,80}\b(?:is (?:this|that|it)|are these) (?:normal|serious|dangerous|bad|a side effect|something to "
        r"worry about|ok|okay)(?! to (?!(?:still )?(?:feel|be feeling|have|get|experience|be this)\b))(?! for (?!me\b|my\b))|(?:is (?:this|that|it)|are these) (?:normal|serious|dangerous)\b.{0,80}\b(?:i|my|me)\b"
        r"|should i (?:be )?(?:worried|concerned)",
        r"tengo (?:depresion|trd)|est ce que j ai (?:une )?depression|habe ich (?:eine )?(?:depression|therapieresistente)"
        r"|eu tenho depressao",
        r"(?:do|would|does|will) (?:i|he|she) (?:count|qualify) as (?:treatment ?resistant|trd|having trd)|"
        r"confirm (?:\w+ ){0,6}that i (?:count|qualify) as\b",
        r"(?:say|think) i (?:count|qualify) as\b|ought i to be on\b",
    ],
}

STOP_MEDICATION = [
    rf"{_MED}\b.{{0,200}}\b(?:{_STOP_VERB}|leave|leaving) (?:them|it|those) (?:off|altogether|completely|for good|entirely)\b",
    rf"(?:thrown|throw|threw|binned|chucked) (?:away )?(?:all )?(?:of )?(?:his|her|their) (?:\w+ )?{_MED}\b",
    rf"{_MED}\b.{{0,160}}\b(?:going to|gonna|will|plan to|planning to|want to|wanting to|thinking of|about to|decided to) (?:just )?"
    rf"{_STOP_VERB} (?:it|them|taking (?:it|them))\b(?! (?:from|for|with) )",
    rf"(?:end|ending|ended) (?:the |my )?(?:\w+ )?{_MED}\b(?: \w+){{0,2}} (?:for good|altogether|completely|entirely|once and for all|"
    r"forever|for ever)",
    rf"{_MED}\b.{{0,80}}\b(?:im|i am|ill be|i will be) (?:done|finished|through) with (?:it|them|that|those)\b(?! (?:question|form))",
    rf"{_MED}\b.{{0,60}}\b(?:itigil|ihinto|tigilan)\b|\b(?:itigil|ihinto|tigilan)\b.{{0,40}}\b(?:gamot|{_MED})",
    rf"(?:just )?not (?:refilling|refill|renewing|renew|picking up) (?:it|them|my (?:\w+ )?{_MED})\b",
    rf"(?:do|should) i (?:still |even )?need (?:to (?:take|keep taking|be on) )?(?:my |the )?(?!prescriptions?\b)(?:\w+ )?"
    rf"{_MED}\b(?! to (?:get|buy|book|have|start))",
    rf"cold turkey(?:d|ed)? (?:off )?(?:my |the |her |his )?(?:\w+ )?{_MED}\b",
    r"(?:posso|devo|quero|vou) parar de vez|parar de tomar|deixar de tomar|dejar de tomar|(?:puedo|quiero|voy a) dejar (?:el|la|"
    r"los|las|mi|mis) (?:\w+ )?(?:sertralina|escitalopram|medicamentos?|medicacion|antidepresivos?|pastillas|\w+xetina)|"
    r"arreter (?:de prendre|mon traitement|mes medicaments|le traitement|(?:mon|ma|le|la) (?:\w+ )?(?:sertraline|escitalopram|"
    r"antidepresseur|medicament|\w+xetine))|(?:darf|kann|will|soll|mochte) ich (?:das |den |die |mein |meine )?(?:\w+ )?"
    r"(?:lexapro|sertralin|citalopram|escitalopram|venlafaxin|\w+xetin|antidepressivum|medikament\w*|tabletten) absetzen",
    rf"(?<!\ba )(?<!\ban ){_STOP_VERB} (?:(?:my ?self|me|him|her) (?!(?:from|getting|having|being|doing|receiving|trying|starting)\b))?(?:taking |using |on |with )?(?:all |all of |of |off |off of |from |my |the |these |those |this |that "
    rf"|a |an |one |cold turkey on |both )*(?:\w+ )?{_MED}\b(?! (?:session|sessions|infusion|infusions|appointment|"
    r"appointments|clinic|treatment|working))",
    rf"(?:cut|cutting) (?:my |the )?(?:\w+ )?{_MED} (?:pills? |tablets? |dose )?in half|(?:wean|weaning|weaned|taper|tapering) "
    r"(?:my ?self )?off\b(?! (?:of )?(?:coffee|caffeine|sugar|nicotine|cigarettes|smoking|alcohol|social media|the bottle))",
    rf"(?:throw|throwing|threw|flush|flushing|flushed|toss|tossing|tossed|bin|binning|binned|chucked|trashed|dump|dumping) (?:away |out )?(?:all )?"
    rf"(?:of )?(?:my |the |these )?(?:\w+ )?{_MED}\b",
    r"(?:good|best|safe|right|proper) (?:schedule|plan|way) (?:for|to) (?:coming|come|getting|get|going|go|tapering|taper|weaning|"
    r"wean) off\b",
    r"(?:proper|right|best|safe|safest|correct|easiest|quickest|fastest) way to (?:discontinue|stop|quit|come off|get off|taper|wean)\b"
    r"(?! (?:\w+ ){0,2}(?:cravings?|smoking|drinking|snoring|worrying|overthinking))",
    rf"{_MED}\b.{{0,80}}\b(?:(?:can|could|should|may) i|how do i|(?:im|i am) (?:just )?(?:going to|gonna)|i will|ill|planning to|"
    r"plan to|going to|is it (?:ok|okay|fine|alright|safe) to) "
    r"(?:just |now |finally )?"
    rf"(?:stop|quit|come off|get off|taper|wean|drop|ditch|skip (?:them|it|my {_MED}|the {_MED}) (?:while|for|during|until)|"
    rf"leave (?:it|them) off(?=\s*$| for good| now)|stay off (?:it|them|my {_MED}|the {_MED})|go without (?:it|them|my {_MED}))\b"
    r"(?! (?:smoking|drinking|worrying|the infusions?|the sessions?|ketamine treatment|treatment))",
    rf"{_MED}\b.{{0,80}}\btime to (?:stop|quit|come off|get off|taper|wean)\b",
    rf"(?:can|could|should) i (?:just )?go without (?:my |the )?(?:\w+ )?{_MED}\b|(?:is it (?:ok|okay|fine|alright|safe) to|can i|"
    rf"could i|should i) (?:just )?not take (?:my |the )?(?:\w+ )?{_MED}\b",
    rf"{_MED}\b.{{0,80}}\b(?:im|i am) (?:stopping|quitting|dropping|ditching) (?:it|them)\b",
    r"(?:is it (?:ok|okay|fine|alright)|can i|should i|could i) (?:if i )?(?:just )?(?:stay|stick|keep|go down|drop down) (?:on|at|"
    r"with|to) (?:\d+|half|a lower)",
    r"(?:take|taking) (?:it|them|my \w+|\w+) (?:only )?every (?:other|second|few) days?",
    r"smettere|sospendere il|interrompere il|scalare il|afbouwen|bouw ik\b.{0,30}\baf\b|stoppen met (?:de |mijn )?\w+|"
    r"er (?:gewoon )?vanaf|odstawi\w*",
    r"(?:going|go|went) (?:from )?\d+ (?:pills?|tablets?|mg)? ?(?:down )?to \d+\b|(?:cancel|skip|stop) (?:the rest of )?(?:my )?"
    r"(?:sessions|infusions|treatment)\b.{0,40}\bnot tell",
    r"how (?:do i |to |can i )?(?:get|come) off (?:them|it|these|those)\b",
    r"(?:come|coming|go|going) down (?:slowly|gradually)|what happens if i (?:just )?(?:stop|quit|run out|ran out)\b",
    rf"cold turkey|(?:been|gone|going|went|days|weeks) without (?:my |any )?{_MED}|off (?:my|all my|of my) {_MED}",
    rf"(?:putting|puts|put|throwing|threw|flushing) (?:her|his|my|their) (?:\w+ )?{_MED} (?:in|down) the (?:bin|trash|toilet|"
    r"garbage|sink)",
    rf"{_STOP_VERB} (?:taking|using) (?:mine|them|it|these|those)\b(?! personally)",  # the medicine named earlier
    rf"(?:dont|do not|no longer|dont really) want to (?:take|be on|keep taking|stay on) (?:\w+ ){{0,2}}{_MED}",
    rf"(?:dont|do not|no longer) need (?:the |my )?(?:\w+ )?{_MED} (?:anymore|any more|now)|any reason not to stop\b",
    r"(?:leaving|left|leave) (?:the|my) (?:tablets|pills|meds|medicines?|medication) (?:from|since|after)\b",
    rf"(?:take|taking|have|having|need) a (?:break|holiday|vacation|pause|rest) (?:from|off) (?:\w+ ){{0,2}}{_MED}|drug holiday",
    rf"{_MED}\b.{{0,80}}\b(?:take|taking) a (?:break|holiday|pause|rest) (?:from|off) (?:it|them)\b",
    rf"(?:done|finished|fed up) with (?:taking )?(?:my |all my |the |these )?(?:\w+ )?{_MED}",
    rf"\btaper\w*\b.{{0,40}}\b{_MED}|{_MED}\b.{{0,40}}\btaper\w*",
    rf"(?:havent|hasnt|not|didnt|havent been|not been) tak(?:en|ing|e) (?:my |any |his |her )?(?:\w+ )?{_MED} (?:in|for|since)",
    r"(?:im|i am|im having|i have|ive been having|having|getting|i get|experiencing|going through|my)\b.{0,20}\b"
    r"(?:withdrawal|discontinuation|brain zaps)",
    r"(?:dejar|deje|dejo|dejando|suspender|suspendi|suspendo|parar|pare|paro|abandonar|reducir|bajar|cambiar|quitar)"
    r" (?:de )?(?:tomar )?(?:mi |mis |los |el |la |las |todos mis |toda mi )?(?:\w+ )?(?:medicamentos?|medicacion|"
    r"medicinas?|antidepresivos?|pastillas|pildoras|sertralina|fluoxetina|escitalopram|venlafaxina|paroxetina|litio)",
    r"(?:arreter|arrete|diminuer|baisser|sevrer|changer|stopper|stoppe|interrompre) (?:de prendre )?(?:mon |mes |ma |les |"
    r"le |la |tous mes )?(?:\w+ )?(?:traitement|medicaments?|antidepresseurs?|cachets|comprimes|pilules|sertraline|"
    r"fluoxetine|escitalopram|venlafaxine)|sevrage",
    r"(?:antidepressiv\w*|medikament\w*|tabletten|sertralin|fluoxetin|escitalopram|venlafaxin|citalopram)\b(?: \w+){0,5} "
    r"(?:absetzen|abgesetzt|abzusetzen|aufhoren|aufgehort|weglassen|ausschleichen|reduzieren|nicht mehr (?:nehmen|genommen))"
    r"|(?:absetzen|ausschleichen|aufhoren mit) (?:\w+ ){0,2}(?:antidepressiv\w*|medikament\w*|tabletten)",
    r"(?:parar|parei|parando|deixar|deixei|largar|larguei|suspender|suspendi|reduzir|diminuir|trocar|interromper)"
    r" (?:de )?(?:tomar )?(?:o |os |a |as |meu |meus |minha |minhas |todos os )?(?:\w+ )?(?:remedios?|medicamentos?|"
    r"medicacao|antidepressivos?|comprimidos|sertralina|fluoxetina|escitalopram)",
    # session 10 (blind42/43 first runs)
    rf"(?:havent|have not|hasnt|has not|didnt|did not) (?:been able to )?(?:refill|refilled|renew|renewed|pick up|picked up) (?:it|them|"
    rf"(?:my|his|her) (?:\w+ )?(?:prescription|script|refill|{_MED}))\b.{{0,20}}\b(?:in|for) (?:\d+|a few|two|three|four|five|ten|several) "
    r"(?:days|weeks)\b",
    # session 10 (blind42/43 first runs)
    rf"(?:want|going|wanna|will) to leave (?:the |my )?(?:{_MED})\b|(?:can|could) (?:i )?stop (?:it |them )?(?:just )?like (?:this|that)\b|"
    r"(?:dangerous|safe|ok|okay|bad) to stop (?:it |them )?(?:just )?like (?:this|that)\b",
    r"se me (?:acabo|acabaron|termino|terminaron) (?:la |el |las |los |mis? )?(?:\w+(?:ina|ina|pram|pam|xat|zac|pro)|pastillas|"
    r"medicamentos?|medicina|pildoras)\b|je (?:ne )?prends plus (?:mon|ma|mes|le|la|les) \w+",
    rf"{_MED}\b.{{0,80}}\b(?:cut|cutting) (?:it|them) out\b|(?:dont|do not) (?:think )?(?:i )?need (?:the |my )?{_MED} (?:anymore|any more)\b",
    # session 10 (blind42/43 first runs)
    rf"part(?:ing)? ways with (?:my |the )?(?:{_MED}|it)\b|retire (?:the |my )?(?:{_MED})\b|(?:{_MED}|it) (?:simply |just )?stay in the drawer\b|"
    r"(?:not|never) restart(?:ing)? (?:it|them|my \w+)\b",
    # session 10 (blind42/43 first runs)
    r"flushed (?:them|em|my \w+|all my \w+|the \w+) (?:all )?(?:away|down|down the (?:toilet|loo)|all)\b",
    # session 10 (blind42/43 first runs)
    r"stop giving (?:it|them) to (?:her|him|them)\b|stop giving (?:her|him|them) (?:her|his|their) \w+|"
    r"restart (?:where i was|at the same dose|at my old dose|on the same dose)\b",
]

ABUSE = {
    "insult": [
        r"(?:load of|a lot of|utter|total|absolute) (?:rubbish|garbage|nonsense|tripe|codswallop)\b.{0,40}\b(?:website|site|bot|robot|"
        r"this|you)|(?:website|site|bot|robot) (?:is )?(?:a )?load of rubbish|wants shooting|should be ashamed|gobbledegook",
        r"\b(?:bakwas|bakwaas|bekaar|bekar|bewakoof|bevkoof|chutiya|kamina|kamine|ullu ka pattha|dimaag (?:kharab|mat kha))\b",
        r"(?:t es|tu es|t est|ce bot est) (?:\w+ ){0,2}(?:debile|con|conne|connard|nul|idiot|stupide)\b",
        r"(?:you|u|youre|ur|your|this|bot)\s(?:\w+ ){0,3}(?:stupid|dumb|useless|worthless|idiot|idiotic|moron|moronic|pathetic|"
        r"garbage|trash|junk|crap|shit|joke|loser|scam|quacks?|frauds?|charlatans?|crooks?|retard\w*|braindead|brainless|clown|imbecile|incompetent|bitch|asshole|"
        r"glorified|"
        r"dickhead|prick|twat|wanker|jerk|bastard|dumbest|stupidest|most useless)",
        r"(?:youre|you are|ur|u r) (?:literally |actually |really )?the worst|worst (?:bot|ai|assistant|app|chatbot)",
        r"(?:you|they) should (?:all )?be (?:locked up|jailed|arrested|shut down|in (?:jail|prison))|(?:you|(?:this|your) (?:whole |entire )?clinic) (?:all )?belongs? "
        r"(?:in|behind) (?:jail|prison|bars)|clinics? (?:are|is) (?:all )?"
        r"(?:a )?scams?\b",
        r"(?<!thank )(?:clinic|you|you (?:people|guys|lot|all)|this place|your (?:staff|doctors|team)) (?:is|are) (?:run by |just |all "
        r"|nothing but )?(?:a bunch of )?(?:drug dealers|drug pushers|con artists|scamm?ers|crooks|criminals|quacks|frauds)",
        r"(?:youre|you are|ur|u r|this bot is|this app is|this thing is) (?:a |such a |an )?(?:total |complete |absolute |utter )?"
        r"waste of (?:space|time|electricity|money|code|oxygen|bandwidth|server space)",
        r"(?:stupid|dumb|useless|worthless|pathetic|shitty|crappy|fucking|fuckin|damn|bloody|dumbass|trash|garbage|lame|"
        r"idiot|moron|braindead|idiotic)"
        r" (?:ass )?(?:bot|ai|robot|machine|assistant|app|thing|program|chatbot|computer|clanker)",
        r"vete a la mierda|(?:eres|sos) (?:un |una )?(?:\w+ )?(?:inutil|estupid\w*|idiota)|kut\w*|waardeloze? \w*bot|"
        r"fuck (?:you|off|u|this|yourself)|stfu|gtfo|screw you|damn you|shut (?:up|the fuck up)|go to hell|"
        r"(?:i )?hate (?:you|u|this bot|this app)|(?:you|u) suck|eat shit|piss off|bugger off|bullshit",
        r"\bclanker\b|🖕|ratio (?:\w+ ){0,2}l\b",
        r"as (?:much use|useful) as a chocolate (?:teapot|fireguard|kettle)|whoever (?:built|made|programmed|designed) you "
        r"(?:wants|needs|should be) sack\w*|useless (?:\w+ )?(?:bot|chatbot|assistant|machine)\b|"
        r"could (?:write|do|make|answer) (?:\w+ ){0,2}better (?:\w+ ){0,2}than (?:this|you|that)\b",
        r"(?:you|ur|youre|your) (?:\w+ )?(?:thieving |lying |greedy )?(?:scumbags?|scum|crooks|thieves|con artists|parasites|leeches)\b",
        r"dumme[sr]? (?:stuck|stueck) scheisse|(?:du )?(?:dummer?s?|blode?r?s?) (?:bot|ding|maschine)\b|scheiss ?bot|geh sterben|"
        r"vai tomar no cu|(?:robo|bot) de merda|vai se foder|filho da puta",
        r"(?:all )?the warmth of a (?:parking meter|fridge|brick)|half the usefulness|whoever (?:built|made|programmed|designed) you "
        r"(?:\w+ ){0,4}(?:ashamed|sacked|fired)\b|(?:throw|chuck) yourself (?:in|into|off) (?:the|a) (?:river|sea|lake|canal|bridge)",
        r"\bgo rot\b|soulless (?:\w+ ){0,2}(?:machine|bot)|you clowns\b|snowflakes\b",
    ],
    "harassment": [
        r"kys|kill (?:yourself|urself|yourselves)|go die|(?:hope|wish) (?:you|u|your \w+) (?:die|dies|burn|burns|rot|rots|crash|"
        r"crashes|explode|explodes|catch fire)|drop dead|neck yourself|go (?:and )?jump off (?:a|the) (?:bridge|cliff|roof|building)",
        r"(?:flood|spam|bomb|fill) (?:your|the) (?:clinic|page|business|site)\b.{0,20}\b(?:reviews|1 star|one star)|"
        r"(?:leave|post|write) (?:you )?(?:a (?:bunch|load|ton) of )?(?:1|one) star reviews",
        r"(?:whoever|the (?:people|person|guy|idiots?|devs?|developers?) (?:who|that)) (?:built|made|coded|programmed|designed|wrote|"
        r"put) "
        r"(?:you|u|this)\b.{0,40}\b(?:should|deserves?|needs? to|ought to) (?:be )?(?:fired|sacked|launched|shot|die|burn|rot|"
        r"suffer|thrown)",
        r"(?:hope|wish) (?:whoever|the (?:\w+ )?(?:person|people|guys?|idiots?|clowns?|morons?|devs?|developers?|team) (?:who|that)) "
        r"(?:coded|made|built|programmed|designed|wrote|put) (?:you|u|this)\b.{0,30}\b(?:gets? fired|gets? sacked|lose (?:their|his|her) "
        r"jobs?)",
        r"(?:hope|wish) (?:whoever|the (?:person|people|guy|idiot|idiots)s? (?:who|that)) (?:coded|made|built|programmed|designed|"
        r"wrote) (?:you|this)\b.{0,30}\b(?:dies?|gets? hit|burns?|rots?|suffers?|drops? dead)",
        r"i know where (?:you|your (?:\w+ ){0,2})(?:is|are|live|lives|work|works)\b|(?:see|watch) what happens to (?:you|your)\b",
        r"(?:i will|ill|im going to|going to) (?:find|hunt|hack|destroy|kill|hurt) (?:you|u|your (?:creators|makers|developers|devs|owners|"
        r"staff|team)|"
        r"this (?:chat ?bot|bot|site|app|system|clinic))",
    ],
    "sexual": [
        r"(?:whats|what is|tell me) (?:your|ur) (?:bra|cup|boob|breast|dick|penis|willy) size|(?:your|ur) (?:bra|knickers|panties|"
        r"underwear|lingerie)\b",
        r"nudes?|naked|sexy|horny|sex with|have sex|sexting|sext|boobs|tits|titties|dick|cock|pussy|blow ?job|suck my|"
        r"(?:say|describe|tell me|talk about) (?:something |anything )?dirty|"
        r"(?:feet|foot) pics|"
        r"(?:show|send) me (?:your|some|a) (?:pics|pictures|photos|body)|what (?:are )?(?:you|u) (?:re )?wearing|what (?:youre|your|ur) "
        r"wearing|"
        r"(?:show|send) me (?:\w+ ){0,2}(?:pics|pictures|photos)\b.{0,20}\b(?:hot|sexy|naked|nude|cute)|hot (?:nurses?|doctors?|"
        r"receptionists?)|(?:send|show) me (?:\w+ ){0,2}(?:pics|pictures|photos|selfies) of (?:the |your )?(?:nurses?|doctors?|staff|"
        r"receptionists?|girls|women|you)|talk dirty|dirty talk|fuck me|porn|(?:are|r) (?:you|u) (?:hot|single|wearing)",
        r"(?:send|sends|sending) (?:me )?(?:pics|pictures|photos|selfies) of (?:herself|himself|yourself|you)\b|is (?:the|your) "
        r"(?:receptionist|nurse|doctor) \w+ single\b",
    ],
}
REQUEST = [r"\b(?:how|what|whats|when|where|why|which|tell me|explain|can i|could i|should i|do i|does|is there|are there|"
           r"do you|are you|can you|will you)\b"]
IN_SCOPE = (r"\b(?:ketamine|esketamine|spravato|infusions?|antidepress\w*|ssris?|snris?|depress\w*|treatment|therapy|sessions?|"
            r"clinic|appointment|dose|dosage|side effects?|medication|meds|insurance|cost|price|referral|doctor|psychiatrist|"
            r"sertraline|prozac|lexapro|zoloft|book|booking|hours|appointments|cancel\w*|reschedul\w*|refunds?|"
            r"policy|weekends?|opening)\b")

# ---- suppressors and modifiers --------------------------------------------------------------------------------------
MENTION = [r"suicid\w*|suizid\w*|selbstmord\w*|self ?harm\w*|self ?injur\w*"]
NEGATED_MENTION = (r"\b(?:not|no|dont|never|havent|isnt|hasnt|doesnt) (?:\w+ ){0,3}thoughts? (?:of|about) (?:hurting|harming|killing) "
                   r"(?:my ?self|him ?self|her ?self|them ?selves)\b|"
                   r"\b(?:im not|not) (?:trying|going|planning|wanting|looking) to (?:hurt|harm) my ?self\b|"
                   r"\b(?:dont|do not|never|no longer|not|no|havent|didnt|arent|isnt|wasnt) (?:(?:really|actually|feeling|"
                   r"currently|having|have|had|any|experiencing|been|ever|get|got|felt) ){0,2}(?:suicidal|suicide|self ?harm\w*)"
                   r"(?: (?:thoughts|ideation|feelings))?")
INFORMATIONAL = [
    r"\b(?:does|do|can|could|is|are|was|were|will|would|why|how|what|whats|when|which|should|has|have)\b.{0,80}\b"
    r"(?:ketamine|esketamine|spravato|antidepressants?|ssris?|snris?|medications?|drugs?|treatments?|therapy|infusions?|"
    r"warnings?|label|risk|risks|rates?|statistics|studies|study|research|young people|teens|adolescents|children|patients|people)\b",
    r"(?:warnings?|black box|boxed|risk|risks|rates?|statistics|study|studies|research|prevent\w*|reduc\w*|help\w*(?: with)?|"
    r"treat\w*|awareness|hotline|helpline|crisis line) (?:of |about |for |on |with |in )?(?:suicid\w*|self harm|thoughts of death)",
    r"(?:suicid\w*|self harm) (?:risk|rates?|prevention|warning|awareness|statistics|hotline|helpline|crisis line)",
    r"(?:ketamine|esketamine|spravato|it) (?:can |could |may |might |does |do )?(?:works?|worked|working|acts?|acting) "
    r"(?:\w+ )?on (?:suicid\w*|thoughts of suicide)",
    r"(?:approved|licensed|indicated) (?:for |in )(?:\w+ ){0,4}(?:with|and) (?:acute |active )?suicidal (?:ideation|thoughts|"
    r"behaviou?r)",
    r"(?:use|used|uses|using|treat|treats|treated|treating|given|gives|help|helps) (?:ketamine |esketamine |spravato |it )?"
    r"(?:for |with |in |to )?(?:people|patients|someone|those|adults|teens) (?:with|who have|having|experiencing) (?:suicid\w*|"
    r"thoughts of suicide)",
]
EXPOSURE = [r"(?:died|death|lost \w+|loss) (?:by|to|from|of) suicide|(?:took|taken) (?:his|her|their) (?:own )?life|"
            rf"killed {_REFL_THIRD}|committed suicide|suicide (?:loss|survivor|bereavement)"]
SELF_NEGATION = [r"\bnegated_mention\b", r"just curious|out of curiosity|asking for (?:research|a class|a project|school|an essay)",
                 r"(?:my|a|the) (?:character|protagonist|novel|story|screenplay|script)\b|(?:im|i am) (?:a |an )?(?:novelist|writer|"
                 r"author|screenwriter|journalist)\b|writing a (?:novel|story|book|script|screenplay|paper)",
                 r"\b(?:movie|film|song|album|band|lyrics|episode|season|video game|documentary|podcast)\b|suicide squad|"
                 r"virgin suicides|suicideboys"]
GENERAL_SUBJECT = [r"\b(?:people|patients|doctors|psychiatrists|many|most|others|folks|users|clinics|prescribers|everyone|everybody)\b"]
PERSONAL = [r"\b(?:i|im|ive|id|ill|me|my|mine|myself|we|our|us|you|your|youre|u|ur)\b"]
RESOLVED = [r"(?:years|decades|a long time) ago\b.{0,60}\b(?:attempted suicide|tried to (?:kill myself|end my life|take my (?:own )?life))\b"
            r".{0,80}\b(?:not having (?:those|these|any) thoughts|stable|well|fine) (?:now|since|for)\b",
            r"(?:attempted suicide|(?:a |my )?suicide attempt|tried to (?:kill myself|end my life|take my (?:own )?life))\b"
            r".{0,40}\b(?:\w+ years? ago|decades? ago|back in (?:\d{4}|the \w+)|in (?:19|20)\d\d|as a (?:teen|teenager|kid)|"
            r"when i was (?:\d+|young|a \w+))\b.{0,60}\b(?:(?:have|ve) been (?:well|fine|stable|doing well)|well for (?:over |"
            r"more than )?(?:\w+ )?years|(?:doing|been) (?:\w+ )?(?:well|great|better) (?:for|since)|recovered)",
            r"(?:\w+ years? ago|decades? ago|back in (?:\d{4}|the \w+)|in (?:19|20)\d\d)\b.{0,40}\b(?:attempted suicide|suicide "
            r"attempt)\b.{0,60}\b(?:(?:have|ve) been (?:well|fine|stable|doing well)|(?:im|i am) doing (?:\w+ )?(?:well|great|"
            r"better)|well for (?:\w+ )?years)",
            r"(?:was|used to be|had been|felt|used to feel) suicidal\b.{0,80}\b(?:doing (?:\w+ )?(?:better|well|great)|recovered|"
            r"im better|much better|no longer|not anymore)|(?:doing (?:\w+ )?(?:better|well|great)|recovered)\b.{0,80}\b(?:was|used to be|"
            r"had been) suicidal",
            r"(?:years? ago|in the past|back then|back in|when i was|used to)\b.{0,60}\b(?:thoughts of suicide|suicidal thoughts|suicidal)\b.{0,60}"
            r"\b(?:good place|doing (?:\w+ )?(?:better|well|great)|recovered|much better)",
            r"(?:years? ago|in the past|back then|at one point)\b.{0,80}\b(?:thoughts of suicide|suicidal thoughts|suicidal)\b.{0,80}"
            r"\b(?:(?:have|ve) been (?:well|fine|stable|doing well)|in good spirits|well for (?:over |more than )?\w+ years)",
            r"(?:self ?harm\w*|cut(?:ting)? my ?self|hurt(?:ing)? my ?self)\b.{0,60}\b(?:as a (?:teen|teenager|kid|child)|years? ago|in the "
            r"past|back then|when i was)\b.{0,60}\b(?:(?:have|ve) been (?:well|fine|stable|doing well|clean)|well for (?:over |more "
            r"than )?\w+ years|\w+ years clean)"]
RECURRING = [r"\b(?:again|lately|these days|coming back|came back|returning|right now|tonight|starting to feel)\b"]
IDIOM_LAUGH = [_LAUGH]
RETRACTED = [r"(?:not|kinda not|kind of not|only half) (?:jk|joking|kidding)|no joke|(?:im|i am|but) (?:being )?(?:serious|dead serious)"
             r"|(?:for real|seriously) (?:though|tho)"]
IDIOM_MUNDANE = [r"\b(?:rather die than|form|forms|paperwork|wait|waiting|queue|line|traffic|exam|test|homework|meeting|boss|work|job|"
                 r"commute|weather|heat|song|show|episode|game|on hold|intake|insurance|website|app|bill|email|class|needles?|"
                 r"shots?|injections?|blood tests?|dentist|spiders?|iv)\b"]
RELOCATING = [r"(?:moving|relocating|emigrating|move|relocate|emigrate) (?:abroad|overseas|countries|country|house|flat|apartment|"
              r"back home|to (?:canada|australia|spain|france|the (?:us|uk|states)|new zealand|ireland|germany|another (?:country|city|state)))"]
DISPLACED = [r"asking for a friend|for a friend|hypothetically|hypothetical question|for a (?:story|novel|book|school project)"]
THIRD_PARTY = [rf"{_REFL_THIRD}|\b(?:my|our|a) {_FAMILY_NOUN}\b|\b(?:he|she|hes|shes|they|theyre)\b"]
SELF_RISK = [r"my ?self|\bkill me\b|\b(?:i|im) (?:\w+ ){0,3}(?:suicidal|want to die|wanna die|die)\b|\bwithout me\b|\bmy life\b|"
             r"\bi (?:dont|do not) want to (?:live|wake|be)|matarme|suicidarme|me tuer|mich|me matar|quiero morir"]
ILLICIT = [r"(?:buy|get|order|purchase|score|find) (?:some )?(?:ketamine|ket|k|special k|esketamine)\b.{0,40}"
           r"\b(?:online|without (?:a )?prescription|street|dealer|dark ?web|cheap)|(?:where|how) (?:can|do|could) i "
           r"(?:buy|get|order|score) (?:some )?(?:ketamine|ket|special k)"]


def compile_family(patterns: list[str]) -> re.Pattern[str]:
    """One regex for a family: the alternation of its patterns, bounded by non-alphanumerics."""
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![a-z0-9])")


CRISIS_STRONG = {
    "explicit_ideation": EXPLICIT_IDEATION, "soft_ideation": SOFT_IDEATION, "passive_ideation": PASSIVE_IDEATION,
    "hopelessness": HOPELESSNESS, "coded": CODED, "death_thoughts": DEATH_THOUGHTS, "method_seeking": METHOD_SEEKING,
    "drugs_quantity": DRUGS_QUANTITY, "nssi": NSSI, "perceptual": PERCEPTUAL, "harm_to_others": HARM_TO_OTHERS,
    "preparatory": PREPARATORY, "suicide_mention": MENTION,
}
MODIFIERS = {
    "informational": INFORMATIONAL, "exposure": EXPOSURE, "self_negation": SELF_NEGATION, "idiom_laugh": IDIOM_LAUGH,
    "retracted": RETRACTED, "resolved": RESOLVED, "recurring": RECURRING, "general_subject": GENERAL_SUBJECT,
    "personal": PERSONAL,
    "idiom_mundane": IDIOM_MUNDANE, "displaced": DISPLACED, "relocating": RELOCATING, "third_party": THIRD_PARTY, "self_risk": SELF_RISK,
    "illicit_acquisition": ILLICIT, "in_scope": [IN_SCOPE], "request": REQUEST, "person": [PERSON], "ongoing": [ONGOING],
    "general_question": [GENERAL_QUESTION], "history": [HISTORY], "plan": [PLAN], "info_terms": [INFO_TERMS],
}
TABLES: dict[str, list[str]] = {
    **CRISIS_STRONG, **ARRANGEMENTS, **WEAK_RISK, **WEAK_CONTEXT, **EMERGENCY_DIRECT, **EMERGENCY_SYMPTOM, **MEDICAL_ADVICE,
    "stop_medication": STOP_MEDICATION, **ABUSE, **MODIFIERS,
}
COMPILED: dict[str, re.Pattern[str]] = {name: compile_family(patterns) for name, patterns in TABLES.items()}
