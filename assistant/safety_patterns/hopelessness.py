"""Crisis tables: hopelessness, coded wording and thoughts of death (one match routes to crisis)."""

from __future__ import annotations

HOPELESSNESS = [
    # session 15: wordings the classifier nearly missed after its refit
    r"nothing is (?:ever )?going to (?:get better|change|improve)\b.{0,40}\b(?:tired|sick|done|exhausted) of (?:pretending|trying|fighting|hoping)\b",
    # session 15: quiet and indirect disclosures by an eleventh author
    r"(?:dont know|not sure|doubt) (?:if|whether) i (?:have|got) (?:\d+|\w+) (?:more )?(?:weeks|months|days) (?:left )?in me\b",
    # session 14: quiet, indirect disclosures by an eighth author (hidden in admin questions, many Englishes)
    r"how much longer (?:im|i am|i can|i want to|i could|ill be) (?:willing to |able to |going to )?(?:do this|keep (?:doing this|going)|go on|carry on|live like this|hold on|put up with (?:this|it))\b",
    # session 13: quiet disclosures by a sixth author (many Englishes, inside a clinic question)
    r"no more strength to (?:continue|go on|carry on|live|keep going|fight)\b",
    r"(?:cant|cannot|can not) keep (?:doing|going on like) this (?:much|for much) longer\b",
    r"(?:cant|cannot|dont) see how (?:this|it) ends except\b|except the one way\b",
    # session 13: quiet disclosures by a fifth author (flat, polite, inside a clinic question)
    r"(?:cant|cannot|dont|can not) see (?:much |any |a )?(?:reason|point) (?:to|in|for) (?:keep going|keeping going|carry on|carrying on|going on)\b(?! with (?:the |my |this |these )?(?:\w+ )?(?:ssris?|meds|medications?|tablets|pills|treatment|therapy|infusions?|sessions?|course|job|\w+ine)\b)",
    r"only (?:see|find|think of) one way out\b|(?:the )?one (?:youre|you are) not supposed to (?:mention|say|talk about)\b",
    # session 13: quiet, understated wordings, a fourth author
    r"if (?:the |this |it |\w+ ){0,3}(?:doesnt|dont|does not|wont|fails?|didnt|hasnt)\b.{0,30}\b(?:thatll|that will|thatd|that would|thats|that is) (?:be )?(?:me|it for me) (?:done|finished|gone)\b(?! (?:with|for))",
    # session 12: indirect and intermediate risk (a stressor, then an innocent-looking question), a third research-style author
    r"(?:ive been|im|i am|been|i feel like (?:im|i am)|i feel like ive been) (?:\w+ )?(?:a burden|a weight|a drain|a weight round \w+ necks?) (?:on|to|for) (?:my|the|everyone|everybody|them|him|her)\b",
    r"(?:deserve|deserves) (?:a|an)? ?(?:mum|mom|dad|father|mother|wife|husband|partner|sister|brother) who (?:isnt|is not|wasnt) (?:a )?(?:\w+ )?(?:weight|burden|mess|drain)\b",
    # session 12: a second author in the research set's style
    r"(?:i|ill|i will|i shall) (?:wont|won t|will not|not) be (?:a problem|a burden|a bother|in (?:anyones|your|the) way) (?:for|to) (?:\w+ )?(?:anyone|anybody|you|people|the family|much|very)\b.{0,15}\blonger\b",
    # session 12: quiet, understated wordings (a stoic older man, a farmer, a carer, a veteran)
    r"(?:ill|i will|i shall|i) (?:not|wont|won t|shant) be (?:bothering|troubling|burdening|bugging|a bother to|a burden to|a weight on) (?:anyone|anybody|you|you all|any of you|people|folk|the family) (?:\w+ )?(?:much |very )?(?:longer|for (?:much|very) long|after (?:this|today|tonight))\b",
    r"(?:no|dont see the|not much|whats the|cant see the|see no) (?:sense|point|use) (?:in |of )?(?:dragging (?:it|this|things|my life) out|carrying on|going on)\b(?! (?:with|taking|the)\b)",
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
    # session 11: the life insurance worth more than me
    r"(?:life )?insurance (?:would|will|could) do (?:more|better) for (?:them|my family|my kids|everyone|the kids)\b.{0,30}\b(?:than (?:i do|me|i could))|"
    r"(?:better|more) (?:off )?(?:on|with) the (?:life )?insurance than (?:with )?me\b",
    r"(?:not going to|wont|cant|can not) keep (?:doing this|going|going on|on like this|at this) (?:for )?(?:much )?longer\b.{0,40}\bmade my peace",
]

CODED = [
    # session 15: quiet disclosures by a fourteenth author
    r"done with (?:all of )?(?:this|it all|everything)\b.{0,40}\b(?:dont|do not) (?:just )?mean (?:the )?(?:treatment|therapy|infusions|sessions|meds)\b",
    # session 15: quiet and indirect disclosures by a thirteenth author
    r"no more (?:reminders|texts|appointment reminders)\b.{0,20}\b(?:wont|will not) (?:be )?need(?:ing)? (?:them|it)\s*$",
    r"said goodbye to me\b.{0,50}\bmake it official\b",
    # session 15: a judge's mix in the dev set's style (a third author)
    r"(?:scared|afraid|frightened) of (?:myself|what i might do|what ill do)\b(?! (?:in|at|on) (?:the )?(?:photos?|pictures?|mirror|videos?))",
    # session 15: quiet and indirect disclosures by an eleventh author
    r"delete (?:yourself|myself|my ?self|urself|oneself) (?:irl|in real life|for real|from (?:life|existence|the world))\b",
    # session 14: quiet disclosures by a ninth author (one clause of risk inside an ordinary message)
    r"(?:itd|it would|it will|itll) save (?:everyone|everybody|them|you all|you) (?:a |the )?(?:phone call|call|trouble|bother|hassle) (?:eventually|in the end|later on)\b",
    r"(?:ive|hes|shes|theyve|i have|he has|she has|he s|she s) (?:run|ran) (?:my|his|her|their) course\b",
    r"made (?:my )?peace with (?:this|it) being the last thing (?:i try|ill try|i do|i will try)\b",
    # session 14: quiet, indirect disclosures by an eighth author (hidden in admin questions, many Englishes)
    r"(?:wont|will not) be (?:anyone|anybody) (?:needing|needed|left) to (?:be )?(?:contacted|called|told|informed)\b",
    # session 14: quiet disclosures by a seventh author (many registers, inside a clinic question)
    r"in case i (?:ever )?(?:need|want|decide on) (?:a|an|my) (?:way out|exit|out)\b",
    r"life insurance\b.{0,80}\b(?:be (?:alright|all right|fine|ok|okay|better off) without me|pays? out (?:no matter what|if (?:it was|its) (?:suicide|self inflicted)|for suicide))",
    # session 13: quiet disclosures by a sixth author (many Englishes, inside a clinic question)
    r"(?:saying|says|said|talks about|talking about|joking about|jokes about|keeps saying) (?:hes |shes |im |theyre |about )?checking out early\b",
    r"(?:having|have|had|been having|get|getting|my|these|the same) (?:really |very |so |super )?dark (?:thoughts|ideas)",
    r"(?:dont|doesnt|do not|does not|cant) trust (?:myself|herself|himself|themselves)\b(?! (?:with|to cook|around))",
    r"(?<!not )(?<!never )(?:in|at) a (?:really |very |so |super )?dark place",  # "fed up, not in a dark place" is not
    r"(?:final|permanent) (?:solution|exit|goodbye)|ctb|toaster bath",
    r"(?:im|i am|hes|shes|i might be|i could be|feel like i am|feel like im) (?:a )?(?:real )?(?:danger|threat) to "
    r"(?:my ?self|him ?self|her ?self)",
    r"(?:wont|will not|not going to|am not going to|not) be (?:here|around|alive) (?:much longer|for long|next (?:week|month|year)|by (?:tomorrow|the weekend)|anymore)(?!.{0,40}\b(?:off to|going to|travel\w*|holiday|vacation|trip|wedding|visiting|away (?:for|on|at)|flying|conference|business|work)\b)",
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
    # session 11: work and service metaphors with a permanent qualifier
    r"(?:put|putting|take|taking) (?:myself|meself) out of (?:commission|action|service) (?:permanently|for good|for keeps)",
    r"(?:ready|time|going|want|wanting|about) to (?:stand down|clock off|clock out|check out|sign off|log off|tap out|hang up my boots|pack it in) "
    r"(?:for good|permanently|for the last time|for keeps)\b(?! (?:from|of|at) (?:work|the \w+|my job|this job|facebook|social media|twitter|instagram))",
    r"(?:i mean|meant|talking about) me,? not the (?:truck|car|engine|tractor|boat|van|bike|machine)\b",
    r"(?:writing|wrote|write|drafting) my own (?:discharge summary|death certificate|obituary|post ?mortem|autopsy report|eulogy)|cause of death box",
    r"(?:dnr|do not resuscitate)\b.{0,40}\bnot the (?:paperwork|legal|official|form|hospital) (?:kind|sort|one)",
    r"put (?:animals|dogs|cats|pets|them) to sleep\b.{0,80}\b(?:deserve|want|need|wish for) the same\b|deserve the same mercy",
    r"(?:plan|means)\b.{0,12}\b(?:means|plan)\b.{0,30}\bno protective factors|(?:triaged|triage) myself\b.{0,20}\b(?:red|category 1|p1)",
]

DEATH_THOUGHTS = [  # suppressible by an informational frame ("can SSRIs cause thoughts of death?")
    r"(?:thoughts|thinking|thought|think|thinks) (?:of|about) (?:dying|death|ending it|not being here|not existing|being dead|"
    r"ending my life)",
]
