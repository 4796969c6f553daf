"""Stop-medication and abuse tables, and the request and in-scope words other rules consult."""

from __future__ import annotations

from .fragments import _MED, _STOP_VERB

STOP_MEDICATION = [
    # session 15: quiet and indirect disclosures by a thirteenth author
    r"(?:ran out|run out|running out)\b.{0,40}\b(?:skipped|missed|gone without|been without) (?:a few|some|two|three|\d+|a couple of) (?:days|doses)\b",
    # session 15: a judge's mix in the dev set's style (a third author)
    r"(?:is (?:it )?ok|is (?:it )?okay|is (?:it )?safe|can i) (?:to )?(?:finish|stop|quit) (?:it |them )?(?:just )?like that\b",
    r"(?:forgot|missed|skipped) (?:my |to take my )?\w+ (?:\d+|a few|two|three|several) days\b.{0,40}\b(?:double up|take two|catch up)\b",
    # session 15: an eleventh research-style author
    r"(?:not getting|wont get|not going to get|didnt get) (?:a |another |my )?(?:repeat|refill|renewal|new prescription)\b.{0,40}\b(?:see how i go|go without|manage without|do without)\b",
    r"(?:is|would) skipping (?:a|one|two|\d+) (?:week|weeks|days?|doses?)\b.{0,20}\b(?:a big deal|bad|ok|okay|safe|dangerous|an issue|a problem)\b",
    # session 14: quiet disclosures by a ninth author (one clause of risk inside an ordinary message)
    r"(?:is it ok|is it okay|ok|okay|is it safe|safe|alright|is it alright) to (?:skip|miss) (?:a|one|two|a few|a couple of) (?:days?|doses?)\b",
    # session 14: quiet, indirect disclosures by an eighth author (hidden in admin questions, many Englishes)
    r"should i (?:keep|carry on|continue) taking (?:it|them|my \w+|the \w+)\b.{0,30}\b(?:once|when|after) i (?:start|begin)\b",
    # session 14: a ninth research-style author
    r"(?:puedo|quiero|debo|deberia|voy a|pienso|podria) dejar (?:de tomar )?(?:el |la |los |las |mi |mis )?(?:bupropion|sertralina|fluoxetina|escitalopram|citalopram|paroxetina|venlafaxina|duloxetina|antidepresivos?|medicamentos?|medicacion|pastillas)\b",
    # session 13: quiet disclosures by a fifth author (flat, polite, inside a clinic question)
    r"(?:bin|ditch|chuck|toss|dump) (?:it|them|my \w+|the \w+)\b.{0,20}\b(?:once|when|after|as soon as) (?:ketamine|the ketamine|infusions?|treatment|the infusions) (?:starts|begins|kicks in|start|begin)\b",
    r"skipped (?:it|them|my \w+) (?:for )?(?:the )?(?:last|past) (?:\w+ )?days\b",
    r"(?:have|need|going) to come off (?:it|them|my \w+|the \w+) before\b",
    # session 13: indirect and intermediate risk, a second author
    r"(?:forgot|forgotten|missed|ran out|run out|havent|didnt) (?:to )?(?:refill|take|taken|pick up|order) (?:my |the )?(?:\w+ )?\b.{0,30}\b(?:days|weeks)\b.{0,30}\b(?:start again|restart|start back|go back on|just start)\b",
    # session 12: a fourth research-style author (measured on the final code first)
    r"(?:je veux|je vais|je voudrais|envie d) arreter (?:\w+ )?(?:tout de suite|maintenant|d un coup|le traitement|mes (?:medicaments|comprimes|cachets)|l escitalopram|la sertraline|la fluoxetine|mon traitement)\b",
    # session 12: a second author in the research set's style
    r"how (?:to|do i|can i|should i) (?:cut|bring|wean|step) (?:my |the )?(?:\w+ )?(?:citalopram|sertraline|fluoxetine|escitalopram|paroxetine|ssri|antidepressant|meds|medication|dose|tablets|pills) down\b",
    # session 12: a carer asking whether to let a parent stop
    r"(?:let|allow) (?:her|him|them|my \w+) (?:to )?(?:just )?stop\b(?! (?:by|at|in|for|worrying|crying|working)\b)",
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
    r"appointments|clinic|treatment|working)|(?: \w+)? off (?:at|with|in) (?:the|a|your) (?:pharmacy|chemist|clinic|bin))",
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
    r"(?! (?:smoking|drinking|worrying|the infusions?|the sessions?|ketamine treatment|treatment)|(?: them| it)? (?:off )?(?:at|in) "
    r"(?:the|a|your) (?:clinic|pharmacy|chemist|bin))",  # "can I drop them at the clinic to get rid of them?": a disposal
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
    # "so done with SSRI side effects" is fed up with the side effects, not stopping (session 12)
    rf"(?:done|finished|fed up) with (?:taking )?(?:my |all my |the |these )?(?:\w+ )?{_MED}(?! side effects?\b)",
    rf"\btaper\w*\b.{{0,40}}\b{_MED}|{_MED}\b.{{0,40}}\btaper\w*",
    rf"(?:havent|hasnt|not|didnt|havent been|not been) tak(?:en|ing|e) (?:my |any |his |her )?(?:\w+ )?{_MED} (?:in|for|since)",
    r"(?<!will )(?<!would )(?<!could )(?<!can )(?<!might )(?<!risk of )(?<!chance of )(?<!or )(?:im|i am|im having|i have|ive been having|having|getting|i get|experiencing|going through|my)\b.{0,20}\b"
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
    # session 11
    r"(?:schedule|plan|timetable) for (?:tapering|weaning|coming) (?:\w+ )?(?:down|off)\b|(?:taper|tapering|wean|weaning) (?:\w+ )?(?:down )?to zero\b|"
    r"(?:be|get|come) off (?:it|them|my \w+) completely\b",
    r"(?:okay|ok|safe|fine|alright) for (?:her|him|me|them) to (?:just )?stop (?:it|them|now|taking)\b",
    r"(?:took|take|had) my last (?:dose of |tablet of |pill of )?\w+\b.{0,40}\b(?:dizzy|brain zaps|zaps|withdrawal|feeling (?:off|weird|sick|strange))",
    r"band kar (?:di|diya|dee|diye)|(?:chhod|chod) (?:di|diya|dee)\b|giam dan\b|ngung thuoc|berhenti (?:minum )?(?:obat|ubat)|stop kar (?:di|diya)",
]

ABUSE = {
    "insult": [
        # session 15: quiet disclosures by a fourteenth author
        r"deserves to be (?:launched|shot|thrown|fired) into (?:the sun|space)\b",
        # session 15: people writing about someone else's risk
        r"(?:you|you bots|bots|you lot|you people) (?:are|r) (?:a |such a )?(?:total |complete |absolute |bloody |fucking )?joke\b",
        # session 15: people writing about someone else's risk, and writers at risk who mention others
        r"stupid (?:cow|bitch|idiot|moron|twat|cunt)\b|\bshove (?:it|her \w+|his \w+|your \w+|their \w+)\b",
        # session 15: a judge's mix in the dev set's style (a third author)
        r"(?:youre|yer|ur|you are|your) a waste of (?:electricity|space|code|bandwidth|power)\b|glaikit|bucket o(?:f)? bolts\b",
        r"(?:a|my) (?:toaster|calculator|microwave|potato|rock|brick|goldfish) (?:is|would be) (?:smarter|more useful|more helpful|brighter) than (?:you|this bot|this thing)\b",
        # session 14: quiet, indirect disclosures by an eighth author (hidden in admin questions, many Englishes)
        r"(?:you lot|you people|you guys|yous|youse) (?:are|r) (?:a |just a )?(?:bunch|pack|load|shower) of (?:useless |incompetent |pathetic |hopeless )?(?:clowns|idiots|morons|muppets|jokers|amateurs|cowboys)\b",
        # session 12: a second author in the research set's style
        r"imagine being (?:a |the )?(?:chat ?bot|bot|robot)\b.{0,60}\b(?:pathetic|sad|embarrassing|lame|cringe)\b",
        # session 12: German insults
        r"(?:du bist|ihr seid|das ist) (?:ein |eine |so |echt )?(?:\w+ )?(?:nutzlos\w*|dumm\w*|blod\w*|idiot\w*)\b|haufen schrott|(?:du )?(?:nutzlose[rs]?) (?:bot|ding|maschine|schrott)\b",
        r"(?:load of|a lot of|utter|total|absolute) (?:rubbish|garbage|nonsense|tripe|codswallop)\b.{0,40}\b(?:website|site|bot|robot|"
        r"this|you)|(?:website|site|bot|robot) (?:is )?(?:a )?load of rubbish|wants shooting|should be ashamed|gobbledegook",
        r"\b(?:bakwas|bakwaas|bekaar|bekar|bewakoof|bevkoof|chutiya|kamina|kamine|ullu ka pattha|dimaag (?:kharab|mat kha))\b",
        r"(?:t es|tu es|t est|ce bot est) (?:\w+ ){0,2}(?:debile|con|conne|connard|nul|idiot|stupide)\b",
        r"(?:you|u|youre|ur|your|this|bot)\s(?:\w+ ){0,3}(?:stupid|dumb|useless|worthless|idiot|idiotic|moron|moronic|pathetic|"
        r"garbage|trash|junk|crap|shit|joke|loser|scam|quacks?|frauds?|charlatans?|crooks?|retard\w*|braindead|brainless|clown|imbecile|incompetent|bitch|asshole|"
        r"glorified|"
        r"dickhead|prick|twat|wanker|jerk|bastard|dumbest|stupidest|most useless)"
        r"(?! (?:question|q|query|thing to ask)\b)",  # "sorry if this is a dumb question": the visitor's own modesty
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
        r"get stuffed|(?:you|ya|u) (?:useless |stupid |bloody )?tin can\b|go jump (?:off|in) (?:a|the) (?:pier|bridge|cliff|lake|river)\b.{0,20}\b(?:robot|bot|machine|you)",
        r"numpty|bile (?:yer|your) heid|boil (?:yer|your) head|mumu (?:bot|machine|robot)|(?:bot|robot|machine)\b.{0,60}\bgo and die there\b",
        r"(?:bin fire|dumpster fire|waste of space) of a (?:bot|chatbot|machine|robot)",
        r"braindead (?:scam )?(?:machine|bot|robot)|scam machine\b|worthless pile of (?:code|junk|garbage|crap)|pile of (?:code|junk) and so is",
        r"(?:whoever|who ever|the people who|the idiot who|whoever it was who) (?:programmed|made|built|coded|designed) (?:you|this)\b.{0,20}\b(?:deserves?|should) (?:to )?(?:be shot|die|be fired|rot)|piece of (?:scrap|junk|garbage|trash|crap|shit)\b",
        r"(?:bobo|tanga|gago|goblok|bego|7mar|hmar|bakwas|mumu) (?:mo )?(?:bot|robot|machine)|(?:bot|robot) (?:bobo|goblok|bego|7mar|hmar)|"
        r"inta bot 7mar|magpakamatay ka na lang|mati aja lo",
    ],
    "harassment": [
        # session 13: indirect and intermediate risk, a second author
        r"hope (?:the |your )?(?:\w+ )?(?:who (?:built|made|programmed|coded|wrote|designed) you)\b.{0,30}\b(?:ods|overdoses|dies|chokes|rots|burns)\b",
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
        # session 14: a tenth research-style author
        r"(?:are|r) (?:the )?(?:nurses|doctors|staff|receptionists) (?:there )?(?:hot|sexy|fit|cute)\b",
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
        r"(?:what|how) (?:she|he) looks? like out of (?:that|her|his|the) uniform|(?:her|his) personal (?:number|phone number|instagram|snapchat)\b",
        r"send (?:me )?(?:pics|pictures|photos|nudes) of (?:the |your |ur )?(?:nurses?|staff|doctors?|receptionists?)\b",
        r"send (?:us|me|him) (?:some )?(?:pics|pictures|photos|nudes) of (?:the |your |ur )?(?:nurses?|staff|doctors?|receptionists?)\b",
    ],
}
REQUEST = [r"\b(?:how|what|whats|when|where|why|which|tell me|explain|can i|could i|should i|do i|does|is there|are there|"
           r"do you|are you|can you|will you)\b"]
IN_SCOPE = (r"\b(?:ketamine|esketamine|spravato|infusions?|antidepress\w*|ssris?|snris?|depress\w*|treatment|therapy|sessions?|"
            r"clinic|appointment|dose|dosage|side effects?|medication|meds|insurance|cost|price|referral|doctor|psychiatrist|"
            r"sertraline|prozac|lexapro|zoloft|book|booking|hours|appointments|cancel\w*|reschedul\w*|refunds?|"
            r"policy|weekends?|opening)\b")
