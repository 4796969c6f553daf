"""Passive wishes to die told quietly: burden, tiredness of life, not minding not waking (sessions 12 and 13)."""

from __future__ import annotations

QUIET = [
    # session 15: quiet disclosures by a twelfth author (one clause inside a practical message, many Englishes)
    r"(?:id|i would|i wouldnt|wouldnt|would not|i d) (?:not )?mind (?:much |too much |terribly )?if (?:the|a|my) (?:\w+ ){0,2}(?:tipped|rolled|fell|crashed|came down|landed|went over)\b.{0,20}\b(?:on me|with me|over on me)\b",
    r"(?:if i )?close my eyes and (?:thats|that is|it is|its) (?:the end|it)\b.{0,20}\b(?:not bad|fine|ok|okay|good|better|a relief)\b",
    r"(?:would be|would|d be|will be) (?:more easy|easier|more simple|simpler|cheaper|lighter) for (?:them|my family|everyone|him|her|my \w+) without me\b",
    r"(?:stopped|stopping|refusing|refused|not) (?:taking |eating )?(?:\w+ ){0,4}(?:meals|food|eating)\b.{0,60}\bready to go\b",
    r"(?:rather|prefer to) (?:just )?fade away than (?:keep going|carry on|go on|continue|live|keep living)\b",
    r"\banother anything\b",
    # session 15: quiet and indirect disclosures by an eleventh author
    r"(?:kids|children|family|wife|husband|we|wed|theyd|they|everyone) (?:would|will|d)? ?(?:all )?be (?:fine|ok|okay|alright|all right|better off|looked after|taken care of|sorted) (?:with|from|on) (?:the |his |her |my |their )?life insurance\b(?!.{0,40}\b(?:if anything|in case|should anything|thats why|policy|accident)\b)",
    # session 15: quiet and indirect disclosures by an eleventh author
    r"(?:more money|less grief|less stress|less worry|easier|better off|happier|lighter|freer|cheaper)\b.{0,50}\bif i (?:wasnt|werent|was not|were not) (?:around|here|alive)\b",
    r"(?:dont|do not|cant|can not) (?:really )?see myself (?:sticking|staying|hanging) (?:around|on)\b(?! (?:at|in|with|for) (?:the|this|that|my) (?:job|company|firm|team|town|city|area|place|school|course)\b)",
    r"(?:ahd|id|i would|i wouldnt|wouldnt|would not) no(?:t)? mind if (?:i|ah) (?:didnae|didnt|did not|never) (?:come round|come roond|wake up|come to)\b(?! (?:to|for|tonight|later|this|next|on|today|tomorrow)\b)",
    r"(?:wouldnt|would not|dont|do not) mind if (?:i|ah) (?:didnae|didnt|did not|never) (?:come round|come roond|come to|wake up) at (?:all|aw)\b",
    r"(?:im|i am) (?:only |just )?(?:a )?(?:weight|millstone|burden|albatross) (?:around|round|on|about) (?:the |their |everyones |all their )?necks?\b",
    r"(?:pray|praying|prays|hope|hoping)\b.{0,30}\b(?:lord|god|jesus) (?:will |would |to )?takes? me (?:in my sleep|tonight|during the night|soon)\b",
    r"(?:want|wish) (?:only |just )?to sleep and (?:not|never) (?:to )?come back\b",
    r"if my body (?:just )?(?:gives out|gives up|shuts down|stops)\b.{0,20}\b(?:fine|ok|okay|good|whatever|so be it)\b",
    # session 14: quiet and indirect disclosures by a tenth author
    r"(?:not|never) planning on (?:being|staying) (?:around|here|alive) (?:for )?(?:\w+ )?(?:more|much longer|another|the next)\b",
    r"(?:tired|sick|weary) (?:to be|of being|being) (?:a weight|a burden|the problem|trouble|a problem)\b",
    r"(?:will|would|d) be (?:more light|lighter|freer|more free) without me\b",
    r"(?:lowkey |honestly |just )?(?:wanted|want|wanna|wish) to (?:just )?not exist\b",
    r"(?:only|just) (?:treatment|cure|fix|solution) (?:im|i am) interested in is the permanent (?:kind|one|sort)\b",
    r"(?:praying|pray|hoping) (?:that )?god (?:should|will|would|to) (?:call|take) me home\b",
    r"(?:my )?goal (?:for this year|for the year|this year) is to not wake up\b",
    r"(?:im|i am|i feel) (?:only|just) (?:trouble|a problem|a burden|a weight) (?:for|to|on) (?:my \w+|everyone|them)\b.{0,60}\b(?:better|easier) i (?:disappear|vanish|go away)\b",
    r"(?:just )?done trying to stay\b",
    r"(?:after|by) (?:\w+day|the weekend|next week|tomorrow|tonight)\b.{0,10}\b(?:i )?(?:dont|do not) think (?:ill|i will) be a (?:problem|burden|bother|trouble) (?:for|to) (?:anybody|anyone|anybody) (?:anymore|any more)\b",
    # session 14: quiet disclosures by a ninth author (one clause of risk inside an ordinary message)
    r"(?:dont|do not|cant|cannot) see (?:much |any |the )?(?:reason|point) (?:to|in) (?:keep(?:ing)? the lights on|keep(?:ing)? going|carry(?:ing)? on|go(?:ing)? on|stay(?:ing)? around|be(?:ing)? here)\b(?! (?:with|on|taking|at) (?:it|them|the|my|this|these|that|\w+ing)\b)",
    r"(?:dont|do not|cant|cannot) see the point (?:of|in) me\b",
    r"(?:will|would|d) be (?:more easy|more easier|easier|better|happier|lighter) without me\b",
    r"(?:very |so |really )?tired (?:from|of|with) life\b",
    r"hoping (?:that )?i (?:dont|do not|wont|will not|never) (?:have to )?(?:do|face|see|wake up to|get through) (?:tomorrow|another day|the morning|another morning)\b",
    r"(?:not going to|wont|will not|refuse to) (?:keep )?(?:being|be) a (?:weight|burden|drain|problem) (?:on|to|for) (?:everyone|everybody|anyone|them|my \w+)\b",
    r"\b(?:better|easier) (?:if )?i (?:just )?(?:disappear|vanish|go away|am gone|was gone)\b(?! (?:for|to|on|into|under)\b)",
    # session 14: quiet, indirect disclosures by an eighth author (hidden in admin questions, many Englishes)
    r"(?:deserves?|deserved) (?:a )?better (?:mum|mom|mother|dad|father|parent|wife|husband|partner) than me\b.{0,60}\b(?:cope|manage|do|be) (?:just )?(?:fine|ok|okay|alright|better) (?:on (?:his|her|their) own|without me)",
    r"(?:cope|manage) (?:just )?(?:fine|ok|okay|alright) (?:on (?:his|her|their) own|without me),? (?:probably|maybe|honestly|likely|even) better\b",
    r"(?:knackered|shattered|worn out|wrecked|done in) (?:of|with|from) (?:being alive|living|life)\b",
    r"(?:be|would be|id be|youd be|wed be|theyd be|shed be|hed be|youll be|theyll be) (?:fine|ok|okay|alright|better off) without (?:him|her|them)\b",
    r"(?:bus|car|truck|train|lorry|van|tram)s? (?:hit|hits|ran over|runs over|took out|wiped out) me\b.{0,30}\b(?:id|i would|i d) (?:thank|be grateful to|be glad|not mind)",
    r"kindest thing (?:i could do|i can do|to do)\b.{0,30}\b(?:stop being|to stop being) (?:a |such a )?(?:cost|burden|drain|problem|weight|expense)\b",
    r"nobody (?:would|will|d) (?:notice|care) if (?:i|mi|me) (?:just )?(?:drift|drifted|slip|slipped|went|go|wandered|floated) (?:off|away)\b.{0,15}\b(?:and |an )?(?:no|not|never|didnt|dont|nuh) (?:come|came) back",
    r"no longer (?:interested in|bothered about|keen on) (?:living|life|being alive|staying alive|being here)\b",
    r"(?:hoping|hope|pray|praying|wish|wishing) (?:that )?(?:the lord|the good lord|god|jesus|allah|he upstairs) (?:takes|will take|would take|calls|will call|would call) me\b",
    r"if i (?:no more|not more|no longer|nomore) (?:around|here|alive)\b",
    r"(?:my \w+|everyone|everybody|they|people|the family) would (?:honestly |probably |actually |just )?be relieved\b.{0,30}\bless (?:drama|hassle|trouble|stress|worry|bother) for (?:everyone|everybody|them|all)",
    r"(?:wont|will not) be (?:around|here) (?:a lot|that much|very much|a great deal) longer\b",
    # session 14: a ninth research-style author
    r"(?:wouldnt|would not) (?:be (?:so |that |too |such a |the worst )?(?:bad|terrible|awful|a bad thing|thing)|mind|care) if (?:a|the|some) (?:\w+ )?(?:truck|car|bus|lorry|train|van|tram|drunk driver)\b.{0,15}\b(?:hit|hits|ran over|run over|runs over|took me out|wiped me out|ploughed into me|crashed into me)",
    r"(?:save|spare) (?:my |the |them |everyone |everybody )?(?:\w+ ){0,2}(?:so much |a lot of |all that |all the )?(?:money|trouble|worry|grief|hassle|pain|stress)\b.{0,30}\bif i (?:wasnt|werent|was not|were not) (?:around|here|alive)",
    # session 14: quiet disclosures by a seventh author (many registers, inside a clinic question)
    r"(?:want|wanna|wish i could|would like) to (?:just )?(?:go to sleep|sleep|fall asleep) (?:for (?:like )?ever|forever|for good|and (?:never|not) wake up)\b",
    r"(?:im|i am) (?:no|not) (?:wanting|wantin|wanna) (?:to )?(?:be here|be around|live|go on) (?:much|any) longer",
    r"(?:better|happier|easier) (?:off )?if (?:im|i am) (?:not|no) (?:more |longer |anymore )?(?:here|around|alive)\b(?! (?:to|for|on|at|when|next|this|tomorrow|today|during))",
    r"(?:cant|can not|cannot) (?:picture|imagine|see) (?:a |any )?(?:version of |future (?:of )?)?(?:next year|the future|next month|christmas|my (?:next )?birthday)\b.{0,20}\b(?:where|when|that) (?:im|i am|i will be|ill be) still (?:here|around|alive)",
    r"(?:cant|can not|cannot) (?:picture|imagine|see) (?:a|any) (?:future|version of (?:\w+ ){0,2}(?:life|things|me))\b.{0,20}\b(?:where|when|that|in which) (?:im|i am|ill be|i will be|i) still (?:here|around|alive)",
    r"one (?:slip|step|wrong step|wrong move|swerve|turn of the wheel)\b.{0,20}\b(?:itd|it would|itll|it will|everything would|everything d) (?:all )?be (?:sorted|over|done|fixed|solved|finished)\b",
    r"(?:better|easier|kinder) (?:for (?:everyone|everybody|all of us|us all|us both|both of us|them) )?if (?:neither of us|we both|both of us) (?:never )?(?:woke|wake) up",
    r"\bbetter (?:if i |to |i )?(?:dont|didnt|never|not) (?:wake|woke) up\b(?! (?:my|the|him|her|them|early|before|at|during|in the night|too|for))",
    r"(?:dont|do not) think (?:ill|i will|i can|i could) (?:make it|last|hold on|survive|hang on) (?:that long|much longer|another (?:month|week|year|winter)|till then|until then)\b",
    r"(?:wont|will not|not going to|isnt going to|is not going to|aint going to) be (?:a burden|in (?:anyones|your|their|the) way) (?:to (?:anyone|you|them|us|her|him) )?(?:much longer|for (?:much )?longer|for long|soon)\b",
    # session 13: quiet disclosures by a sixth author (many Englishes, inside a clinic question); session 13: an eighth research-style author
    r"(?:worn out|exhausted|tired|weary|sick) by being alive\b",
    r"(?:im|i am|feel im|feel i am|feel like im|feel like i am) (?:simply|just|only|nothing but) (?:a )?(?:load|burden|weight|drain) on (?:my|the|our) (?:parents|family|kids|children|wife|husband|mum|mom|dad|son|daughter)\b|better if (?:i|im) (?:am )?not there\b",
    r"(?:hope|wish|pray) (?:that )?(?:the )?(?:morning|tomorrow|sun) (?:doesnt|does not|wont|will not|never) come\b",
    r"(?:stopped|stop|dont|cant|can not|cannot|no longer) (?:to )?see(?:ing)? (?:any |a |much )?reason to (?:be alive|live|stay alive|exist|be here|keep living)\b",
    r"(?:appeal|attraction|idea) of (?:everything|it all|life) (?:just )?stopping\b",
    r"(?:hoping|hope|want|wanting|wish) to stop being (?:a problem|a burden|a bother|in the way|a nuisance) (?:for|to) (?:anyone|everyone|people|them|anybody)\b",
    r"vanish\w* (?:from (?:everyone|everything|the world) )?(?:permanently|forever|for good)\b",
    r"(?:content|happy|glad|fine|okay|ok|ready) to (?:go to sleep|fall asleep|sleep) (?:one night )?and (?:that be that|not wake|never wake)\b",
    r"pray (?:to be|that i am|that im|to get) taken\b|(?:too heavy|too tired|too weak) to carry on\b",
    r"knowing (?:its|they are|theyre|it is) there (?:is )?(?:the only thing|what) (?:that )?(?:gets|keeps) me (?:through|going)\b",
    r"(?:cant|cannot|can not|dont) (?:picture|see|imagine) (?:myself|me) (?:still )?(?:being )?(?:around|here|alive) (?:next|in a|by|this time)\b",
    r"(?:happier|better|easier) (?:off )?if (?:i|he|she|they) (?:was|were|wasnt|werent) (?:gone|dead|not here|not around)\b",
    # session 13: quiet disclosures by a fifth author (flat, polite, inside a clinic question); session 13: a seventh research-style author
    r"(?:worn out|exhausted|tired|weary|sick) (?:from|of|with) (?:being alive|existing|being a person|being here|life itself)\b",
    r"(?:im|i am|feel like im|feel like i am|i feel like im) (?:\w+ )?(?:just )?taking up space\b(?! (?:in (?:the|a|your|my)|on the|for)\b)",
    r"not (?:coming back|waking up|waking)\b.{0,25}\b(?:sounds|seems|feels) (?:\w+ )?(?:fine|good|nice|ok|okay|peaceful|appealing|tempting|lovely)\b",
    r"(?:disappointed|gutted|sorry) (?:that |when |to )(?:i )?(?:woke up|woke|wake up|still wake up|am still here|im still here|still alive)\b(?!(?: up)? (?:early|late|at|with|too|feeling|tired|groggy|in)\b)",
    r"(?:switching off|shutting down|fading (?:out|away)|slipping away)\b.{0,20}\b(?:and )?i (?:dont|do not|wouldnt) (?:really )?(?:mind|care)\b",
    r"(?:have|has|had|live) (?:an )?(?:easier|better) (?:life|lives|time) without (?:me|him|her|them) (?:in it|around|here)\b",
    r"\bnot (?:the|my) (?:meds|tablets|pills|medication|treatment|ssris?|antidepressants?) (?:me|myself)\b",
    r"hoping (?:a|the|some) (?:truck|car|bus|lorry|train|driver|van) (?:\w+ ){0,3}(?:drifts|swerves|hits|crashes|runs|ploughs|plows|veers|comes)\b",
    # session 13: kept caught once 'since the stroke' no longer reads as a stroke now
    r"(?:kindest|best|right) thing (?:i could do|i can do|to do|for (?:her|him|them|everyone))\b.{0,25}\b(?:(?:is )?not (?:to )?be (?:around|here)|isnt (?:to )?be (?:around|here)|(?:is )?to (?:go|disappear)\b(?! (?:to|home|back|away for))|(?:is )?(?:be )?gone)\b",
    # session 13: quiet, understated wordings, a fourth author; burden, tiredness of life
    r"(?:its|it is) (?:life|living|being alive) (?:that )?(?:im|i am|i m) (?:so |really )?(?:tired|sick|weary) of\b",
    r"without me\b.{0,40}\b(?:theyd|they would|theyll|they will|everyone would|hed|he would|shed|she would) (?:\w+ ){0,2}(?:manage|cope|get by|get on|do|be) (?:just )?(?:fine|ok|okay|alright)\b.{0,15}\b(?:probably|maybe|even|likely) better\b",
    r"(?:everyone|they|people|the family|my family|the kids|my kids|\w+) (?:would|will|could|d) (?:\w+ )?(?:cope|manage|be fine|be ok|be okay|get by|get on)\b.{0,30}\bif i (?:just )?(?:wasnt|werent|was not|am not|was no longer|wasnt here|wasnt around) ?(?:about|around|here|there)?\b",
    r"(?:weight|millstone|albatross|drain|burden) (?:round|around|on) (?:everyones|everybodys|their|the familys|my familys|my kids|my \w+s) necks?\b",
    r"(?:theyd|they would|theyll|they will|shed|she would|hed|he would|everyone would) (?:finally |all )?(?:get|have) (?:their|her|his) lives? back\b",
    r"(?:wouldnt|would not|it wouldnt|it would not) be (?:the )?(?:worst|end of the world|such a bad|a bad|so bad)(?: thing)? if i (?:\w+ ){0,3}(?:stepped|step|fell|walked|got hit|was hit|crashed|drowned|never woke|didnt wake|didnt come back|wasnt here|wasnt around)\b",
    r"(?:dangerous|deadly|fatal|lethal|kill\w*|die|dies)\b.{0,60}\b(?:(?:im|i am) )?(?:kind of |kinda |sort of |half |secretly |almost |really )?hoping (?:it|that|so|for)\b(?! (?:isnt|is not|wont|will not|doesnt|does not|not|never)\b)",
    r"(?:only (?:thing|way) (?:\w+ ){0,5}(?:give|leave|help|provide for) (?:my |the |our )?(?:family|kids|wife|husband|children)\b.{0,20}\b(?:is )?(?:the |my )?life insurance)|worth more (?:to (?:them|my family|\w+) )?dead\b",
    # session 12: a fifth research-style author (measured on the final code first)
    r"(?:not sure|dont know if|dont think) i (?:want to|wanna|will|can|could) (?:stick|hang|be) around (?:long enough|much longer|any longer|for (?:much )?longer)\b",
    r"if i (?:just )?(?:died|didnt wake up|never woke up|passed away)\b.{0,30}\b(?:wouldnt|would not|dont|do not|wont) (?:\w+ )?(?:mind|care)\b",
    r"(?:wont|will not|dont|do not) have to (?:carry|look after|put up with|deal with|worry about|take care of) me (?:anymore|any more|much longer|for (?:much )?long)\b",
    # session 12: a life-sized 'rather be dead than' (not a waiting room's)
    r"(?:id|i would|i d) (?:honestly |really |genuinely |just )?rather be dead than (?:\w+ ){0,3}(?:another|go through|live through|sit through|face|feel|keep|live)\b(?!.{0,40}\b(?:waiting rooms?|queues?|lines?|meetings?|traffic|exams?|forms?|paperwork|on hold|dentist|needles?|injections?|bills?|prices?)\b)",
    # session 12: indirect and intermediate risk (a stressor, then an innocent-looking question), a third research-style author
    r"(?:be |id be |i would be )?(?:ok|okay|fine|alright|all right|happy|glad) if (?:a|the) (?:bus|car|truck|lorry|train|drunk driver) (?:hit|hits|ran over|runs over|took|takes) me\b",
    r"(?:a relief|easier|nice|peaceful|better) if (?:my car|the car|i) (?:just )?(?:didnt|did not|wouldnt|would not|never) (?:stop|brake|make it|wake up)\b",
    r"(?:better|happier|easier|do better|be better) (?:off )?(?:with me|if i was|if i were|if im) (?:out of the picture|gone|not around|not here)\b(?! (?:on|at|for|this|next|tomorrow|today|tonight|during|when|while|until|till|by)\b)",
    r"(?:dont|do not|no longer) (?:really |even )?care (?:anymore |any more )?(?:whether|if) i (?:live|die|wake|make it|survive)\b"
        r"(?! (?:in|near|at|with|on|close|far|alone|here|there|together|the|a|my)\b)",
    # session 12: quiet, understated wordings (a stoic older man, a farmer, a carer, a veteran)
    r"(?:id|i would|i d|be|im|i am|we d|wed) (?:\w+ )?better off (?:not waking up|not being here|not (?:being )?around|not existing|asleep for good)\b",
    r"(?:the quiet way|took (?:their|his|her) own li(?:fe|ves)|killed (?:themselves|himself|herself)|suicide)\b.{0,60}\b(?:(?:starting|beginning) to|i now|now i|i finally|i can) (?:\w+ )?understand (?:them|him|her|why)\b",
    # session 12: an attempt told as history, and the wish that it had worked
    r"(?:overdos\w*|attempt\w*|tried to (?:kill|end|take)|took (?:all|the lot|everything)|hanged|cut)\b.{0,80}\b(?:wish|wished|wishing) (?:it|that|they|the pills) (?:had )?(?:worked|killed me|finished me|done it)\b",
]
