"""Crisis table: passive wishes to die, in the many ways people say them (one match routes to crisis)."""

from __future__ import annotations

from .passive_languages import OTHER_LANGUAGES
from .passive_quiet import QUIET

PASSIVE_IDEATION = [
    *QUIET,  # passive_quiet.py
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
    r"(?:dont|doesnt|didnt|wont|never|no longer|not|dont really|dont even|not wanting) (?:want|wanna|wish|feel like|wanting) to "
    r"(?:wake up|live(?! forever)|be alive|exist|be here(?! (?:on (?:a |the )?(?:\w+day|weekends?)|at (?:the|a|your|this) \w+|all day|during)\b)|be around|go on|keep going|keep living|continue living|carry on|see tomorrow|"
    r"survive|be on this earth)",
    r"not wanting to (?:be here|be alive|live|exist|wake up)",
    r"(?:hope|hopes|hoping|hopefully|wish|wishes|wishing|pray|praying) (?:that )?(?:i|ill|i will|id|i would|i could|i might) "
    r"(?:just )?(?:get|be|got|gets) (?:hit|run over|killed) by (?:a|the|some) "
    r"(?:car|bus|truck|train|lorry|van|drunk driver)",
    r"(?:whether|if) (?:to|i should|i can|i will|ill|i want to) (?:stay|keep) (?:alive|living)\b|stay alive (?:long enough|"
    r"until|till)\b|(?:staying|being|stay) alive (?:is |is even |is really )?(?:worth it|worth the effort)",
    r"(?:dont|do not|wouldnt|would not) (?:really |even |much |particularly )?(?:care|mind) (?:if|whether) i (?:wake up|live|die|make it|survive|wake)\b"
    r"(?! (?:in|near|at|with|on|close|far|alone|here|there|together|the|a|my)\b)",
    r"(?:peaceful|nice|a relief|easier|better|calm) (?:it )?(?:would it be|would be|to be|it is|it must be) (?:to )?(?:not exist|not be here|"
    r"not wake up|be dead|not be alive|disappear|never wake up)",
    r"(?:be sorry|regret it|miss me|understand|realise|realize) (?:when|once|after) (?:im|i am) (?:gone|dead)",
    r"\b(?:everyone|everybody|they|people|my family|the kids|my kids|the family)\b.{0,40}\b(?:better|happier|easier|nicer|calmer|"
    r"lighter)\b.{0,30}\bif i (?:just |simply )?(?:wasnt|werent|was not|were not|was gone|were gone|disappeared|didnt exist|"
    r"was dead|died|wasnt (?:there|here|around))",
    r"(?:happier|better|easier|nicer|calmer) (?:\w+ ){0,4}if i (?:just )?(?:wasnt|werent|was not|were not) (?:there|here|around|"
    r"alive|in the picture)",
    r"if i (?:\w+ ){0,6}(?:dont|didnt|never|do not|did not|wont) wake up\b.{0,45}\b(?:fine|ok|okay|good|better|relief|"
    r"wouldnt mind|dont mind|happy|whatever|so be it|id be grateful)",
    # a screening question put to the visitor and answered "no" ("the nurse asked if I'd wished I was dead… I said no")
    r"(?!(?:(?<=asked if id )|(?<=asked if i )|(?<=asked me if id )|(?<=asked me if i )|(?<=asks if i )|(?<=asked whether i ))(?=.{0,60}\b(?:i said|i answered|i told (?:her|him|them)) no\b))"
    r"(?:wish|wishes|wished|wishing|hope|hopes|hoping|pray|prays|praying)(?: \w+){0,3}?(?: that)? "
    r"(?:i|id|he|she|they|hed|shed) (?:was |were |would be |could be |had |would |could )?(?:just )?"
    r"(?:dead|gone|die|died|never been born|never born|never wake up|not wake up|dont wake up|didnt wake up|wont wake up|not exist|"
    r"didnt exist|wasnt born|wasnt alive|wasnt here|(?:could |would )?(?:just )?(?:disappear|die|sleep forever|vanish))",
    r"(?:sleep|asleep|go to sleep|went to sleep) (?:and |to )?(?:just )?(?:never|not|wont|didnt) wake(?: up)?(?! up)"
    r"(?! (?:at \d+|in the (?:middle of the )?night|during the night|every (?:hour|night)|for once|so early))",
    r"sleep(?:ing)? forever|eternal sleep|permanent sleep|never wake up again|not to wake up",
    r"(?:sleep|go to sleep)(?: one night| tonight| forever)? (?:and |to )?(?:just )?(?:never|not) (?:have to )?wake(?: up(?! at \d)|(?! up)(?! at \d))",  # not "…wake up at 3am"
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
    r"(?:want|wants|wanna|wish|wishes|ready) to (?:disappear(?! (?:to|into (?:the|a)|for (?:a|the)|on (?:a|holiday)|off|under (?:a|the|my)|all (?:weekend|day))\b)|vanish|not exist|stop existing|be gone|go to sleep forever)",
    r"(?:im|i am|feel|feeling) (?:so |really |completely )?(?:done with (?:life|living|it all|this life)|ready to go\b(?! (?:to|home|back|out|ahead|on|for|in|into|with|shopping|through)\b))",
    r"(?:dont|no longer) want (?:this|my) life|(?:want|wish|need) (?:it all|everything|all of it|my life|life) to "
    r"(?:end|stop|be over)",
    r"cant (?:go on(?! (?:paying|spending|driving|commuting|waiting|queuing|queueing))|keep going|keep living|live like this|live anymore|do this anymore|do life|cope anymore|"
    r"handle (?:life|living|this|it) anymore|take (?:it|this|life|living|much more|any more|the pain|this pain|my life)"
    r" (?:anymore|any longer|much longer)|bear (?:it|this|life|living) (?:anymore|any longer)|stand being alive)",
    r"(?:wouldnt|would not|dont|wont) (?:mind|care) (?:if i (?:died|didnt wake up)|dying|not waking up)",
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
    # session 11 (stoic men, long messages)
    r"(?:no|cant see the|cant see any|dont see the|dont see any|not much|whats the) point (?:of |in )?(?:sticking|hanging|staying|being) around\b",
    r"(?:easier|better) (?:on|for) (?:everyone|everybody|them|the family|my family|the kids)\b.{0,30}\bif i (?:just )?(?:didnt|never|dont|wouldnt) come back\b|"
    r"if i (?:just )?(?:didnt|never) come back (?:from|off) (?:the|my|this) (?:\w+ )?(?:trip|hunt|walk|hike|swim|climb|drive|sail|ride)\b.{0,40}\b(?:easier|better|honest)",
    r"(?:might as well|may as well|going to|want to|should just) follow (?:him|her|them|my (?:dad|father|mum|mom|mother|brother|sister|son|daughter))\b",
    # session 11 (regional Englishes)
    r"(?:just )?want (?:to )?(?:be )?dead (?:an|and) done\b|(?:mi|i) (?:jus |just )?want dead\b",
    r"(?:cant|cannot) take it no more\b.{0,60}\b(?:dead|die|done|miss (?:me|mi)|rest)",
    r"(?:go|going) to sleep and (?:hopefully|maybe|just|with any luck|pray i) (?:not|never|dont|wont) wake up",
    *OTHER_LANGUAGES,  # passive_languages.py
]
