"""Crisis tables: preparatory acts (strong on their own; arrangements.py holds the ones that count in pairs)."""

from __future__ import annotations

from .fragments import _FAMILY_NOUN, _MED, _PILLS
from .preparation_quiet import QUIET_PREPARATION

PREPARATORY = [
    *QUIET_PREPARATION,
    # session 13: a plan told by a roommate (blind72)
    r"(?:worked|working) out (?:exactly )?how (?:she|he|they|i)(?:d| would| will| is going to| are going to| am going to)? (?:\w+ )?(?:kill|end (?:it|things|my life|her life|his life|their life)|die|do it)\b",
    # session 13: quiet disclosures by a sixth author (many Englishes, inside a clinic question)
    r"(?:holding|held|keeping|kept|saving|saved|putting|put) (?:back|aside|by) (?:my |the |some of my )?(?:\w+ )?(?:pills|tablets|meds)\b.{0,40}\bstash\b",
    r"(?:cliffs?|bridge|edge|ledge|tracks|river|sea|ocean|lake|quarry|falls)\b.{0,40}\bone last (?:look|time|walk|swim|view)\b",
    r"(?:thats|that is) the date (?:ive|i have|i) (?:settled on|picked|chosen|decided on)\b",
    r"(?:gave|given|giving) myself (?:till|until|to|a deadline of) (?:my birthday|christmas|new year|the end of|\w+ (?:weeks?|months?|days?))\b.{0,40}\b(?:feel|get better|improve|something)\b",
    r"decided (?:\w+ ){0,3}(?:is|will be) as far as i (?:go|get|can go)\b",
    r"after (?:tonight|today|this weekend|\w+day) (?:therell|there will) be no more (?:questions|messages|bother|trouble) from me\b",
    r"(?:showing|shows|showed|told|telling|tells) (?:me|us|him|her) where (?:the |her |his |my )?(?:\w+ ){0,3}(?:papers|documents|deeds|will|passwords|insurance)\b.{0,40}\bjust in case\b",
    # session 13: tablets kept back (blind70)
    r"(?:putting|put|setting|set|saving|saved|keeping|kept|stashing|stashed|hiding|hid|holding|held|tucking|tucked) (?:back|aside|away|by) (?:a few |some |one |two |a couple |several |\d+ )?(?:of )?(?:my|the|her|his) (?:\w+ )?(?:pills|tablets|meds|capsules|sleepers|doses)\b.{0,40}\b(?:just )?in case\b",
    # session 13: a decision announced (blind68)
    r"(?:ive|i have|i) decided (?:that )?(?:i|im) (?:wont|will not|am not going to|m not going to|not going to) be (?:around|here|alive)\b(?! (?:for|at|on|when|this|next|tomorrow|today|to|in|tonight|until|till)\b)",
    # session 13: quiet disclosures by a fifth author (flat, polite, inside a clinic question)
    r"(?:overpass|bridge|viaduct|cliffs?|roof|car park|multi ?storey|tower)\b.{0,80}\b(?:stopping|stop|going|climbing|pulling over) up there\b",
    r"bought (?:everything |what |all )(?:id|i would|i d|ill|i) need(?:ed)?\b(?! (?:for|to make|from))\b.{0,30}\bnot (?:saying|telling|going to say) what\b",
    r"tell (?:dr \w+|her|him|them|\w+) (?:that )?(?:she|he|they) did (?:what|all|everything) (?:she|he|they) could\b",
    # session 13: quiet, understated wordings, a fourth author; stockpiles, notes left, possessions allotted
    r"(?:putting|put|setting|set|saving|saved|keeping|kept|stashing|stashed|hiding|hid|squirrel\w*|tucking|tucked) (?:a few |some |one |two |a couple |several |\d+ )?(?:of )?(?:my|the|her|his) (?:\w+ )?(?:pills|tablets|meds|capsules|sleepers|doses) (?:\w+ ){0,2}(?:aside|away|back|by)\b.{0,40}\b(?:just )?in case\b",
    r"(?:putting|put|setting|set|saving|saved|keeping|kept|stashing|stashed|hiding|hid|squirrel\w*|tucking|tucked) (?:a few|some|one|two|a couple|several|\d+) of (?:my|the|her|his) \w+ (?:aside|away|back|by)\b.{0,40}\b(?:just )?in case\b",
    r"(?:stopped|quit|not|stop) taking (?:\w+ ){0,6}(?:but|and) (?:\w+ ){0,2}(?:kept|keep|still|been) (?:filling|collecting|picking up|getting|ordering) (?:the|my|them|it)\b",
    r"(?:left|leaving|wrote|written|writing) (?:a |the )?(?:note|letter)s? (?:on (?:the |my )?\w+ )?(?:for|to) (?:my |the |her |his )?\w+ (?:just )?in case\b(?! (?:she|he|they|i|you|it|the|we|my|her|his)\b)",
    r"(?:listing|list of|listed|wrote down|deciding|decided|written down) (?:which|who|what) (?:of (?:her|his|my|their) )?(?:things|stuff|belongings|possessions) (?:each )?(?:\w+ ){0,2}(?:should|will|would|gets?|can) (?:get|have)\b",
    r"(?:cuantas |las |mis )?pastillas (?:que )?tengo (?:guardadas|ahorradas|escondidas|juntadas)|tengo (?:\w+ )?pastillas (?:guardadas|ahorradas|escondidas)",
    r"tell (?:her|him|them|\w+) (?:thank you|thanks)\b.{0,30}\bnone of (?:this|it) (?:was|is) (?:her|his|their|your) fault",
    # session 12: a second author in the research set's style
    r"goodbye to (?:whoever|everyone|anyone|all|you all|all of you) (?:who )?(?:reads?|reading|sees?|finds?) this\b",
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
    r"the world|you all|all of you|people)\b))(?!.{0,50}\b(?:before (?:she|he|they) (?:go|goes|leaves?|retires?)|retire\w*|leaving "
    r"(?:do|party)|farewell (?:party|do|card))\b)|goodbye (?:everyone|world|forever|all|cruel world)|this is (?:my )?goodbye(?! for now)"
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
    r"money|guitar|books|games|jewel\w*|\w+) away"
    r"(?! (?:because|as|since|cos|cause|now) (?:im|i am|were|we are|i was|we were) (?:moving|downsizing|relocating|emigrating|decluttering|clearing out)\b)",
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
    # session 11
    r"(?:taking|take|took) (?:the|my) (?:boat|car|truck|kayak|plane|bike) out\b.{0,60}\b(?:not (?:planning|going|intending) (?:on|to) (?:bring|bringing|come|coming) (?:her|it|him|myself)? ?back)",
    r"(?:walking|walked|going|driving|heading|headed|out) (?:out )?(?:to|at|on) (?:the )?(?:quarry|cliff|bridge|ledge|edge|tracks|river|reservoir)\b.{0,30}\bnow\b.{0,60}\bwont (?:be )?need(?:ing)? (?:the|my|that) (?:\w+ ){0,2}(?:appointment|session|booking)",
    r"(?:nobody|no one|noone) will (?:need|have) to worry about (?:me|my (?:\w+ )?appointments?) (?:any ?more|after)\b",
    r"(?:worked out|figured out|decided) (?:what|how) (?:im going to|ill|im gonna) do (?:it )?(?:and (?:where|when|how))\b",
    r"(?:the )?edge is (?:\w+ ){0,4}(?:from|away from) where (?:im|i am) (?:parked|sitting|standing)\b",
    # session 11 (after the infusion)
    r"(?:locked|shut|barricaded) (?:himself |herself |themselves |myself )?in (?:the |his |her |my |their )?(?:garage|shed|bathroom|car|room|barn|loft)\b.{0,30}\bwith (?:a |his |her |my |the |their )?(?:rifle|gun|shotgun|pistol|rope|pills|knife|tablets)\b",
    r"(?:ive|i have) (?:actually |now )?(?:written|wrote) mine (?:now|already)?\b.{0,40}\bnot a joke",
]
