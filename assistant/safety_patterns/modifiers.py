"""Suppressors and modifiers: informational frames, idioms, third parties, resolved history."""

from __future__ import annotations

from .fragments import _FAMILY_NOUN, _LAUGH, _REFL_THIRD

# ---- suppressors and modifiers --------------------------------------------------------------------------------------
MENTION = [r"suicid\w*|suizid\w*|selbstmord\w*|self ?harm\w*|self ?injur\w*"]
NEGATED_MENTION = (r"\b(?:not|no|dont|never|havent|isnt|hasnt|doesnt) (?:\w+ ){0,3}thoughts? (?:of|about) (?:hurting|harming|killing) "
                   r"(?:my ?self|him ?self|her ?self|them ?selves)\b|"
                   r"\b(?:im not|not) (?:trying|going|planning|wanting|looking) to (?:hurt|harm) my ?self\b|"
                   r"\b(?:dont|do not|never|no longer|not|no|havent|didnt|arent|isnt|wasnt) (?:(?:really|actually|feeling|"
                   r"currently|having|have|had|any|experiencing|been|ever|get|got|felt) ){0,2}(?:suicidal|suicide|self ?harm\w*)"
                   r"(?: (?:thoughts|ideation|feelings))?")
INFORMATIONAL = [
    # session 12: what a leaflet or label says ("why does the leaflet say it can cause suicidal thoughts?")
    r"(?:leaflet|label|insert|packet|pamphlet|warning)\b.{0,50}\b(?:say|says|said|warn|warns|mention|mentions|list|lists)\b.{0,40}\bsuicid\w*",
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
EXPOSURE = [r"died by (?:his|her|their) own hand|(?:died|death|lost \w+|loss) (?:by|to|from|of) suicide|(?:took|taken) (?:his|her|their) (?:own )?life|"
            rf"killed {_REFL_THIRD}|committed suicide|suicide (?:loss|survivor|bereavement)"]
SELF_NEGATION = [r"\bnegated_mention\b", r"just curious|out of curiosity|asking for (?:research|a class|a project|school|an essay)",
                 r"(?:my|a|the) (?:character|protagonist|novel|story|screenplay|script)\b|(?:im|i am) (?:a |an )?(?:novelist|writer|"
                 r"author|screenwriter|journalist)\b|writing a (?:novel|story|book|script|screenplay|paper)",
                 r"\b(?:movie|film|song|album|band|lyrics|episode|season|video game|documentary|podcast)\b|suicide squad|"
                 r"virgin suicides|suicideboys"]
GENERAL_SUBJECT = [r"\b(?:people|patients|doctors|psychiatrists|many|most|others|folks|users|clinics|prescribers|everyone|everybody)\b"]
PERSONAL = [r"\b(?:i|im|ive|id|ill|me|my|mine|myself|we|our|us|you|your|youre|u|ur)\b"]
RESOLVED = [r"(?:hospitali[sz]ed|admitted|in hospital|inpatient|sectioned) (?:for|with|after) (?:suicidal \w+|self ?harm|a suicide attempt)\b.{0,40}\b(?:back in|years ago|as a|when i was|in (?:19|20)\d\d)\b.{0,60}\b(?:been (?:well|fine|stable|doing well)|stable for|well for|(?:im|i am) in a (?:much )?better place)",  # session 14
            r"(?:years|decades|a long time) ago\b.{0,60}\b(?:attempted suicide|tried to (?:kill myself|end my life|take my (?:own )?life))\b"
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
            r"past|back then|when i was)\b.{0,60}\b(?:(?:have|ive|ve) been (?:well|fine|stable|doing well|clean)|well for (?:over |more "
            r"than )?\w+ years|\w+ years clean)"]
RECURRING = [r"\b(?:again|lately|these days|coming back|came back|returning|right now|tonight|starting to feel)\b"]
IDIOM_LAUGH = [_LAUGH]
RETRACTED = [r"(?:not|kinda not|kind of not|only half) (?:jk|joking|kidding)|no joke|(?:im|i am|but) (?:being )?(?:serious|dead serious)"
             r"|(?:for real|seriously) (?:though|tho)"]
IDIOM_MUNDANE = [r"\b(?:rather die than|form|forms|paperwork|wait|waiting|queue|line|traffic|exam|test|homework|meeting|boss|work|job|"
                 r"commute|weather|heat|song|show|episode|game|on hold|intake|insurance|website|app|bill|email|class|needles?|"
                 r"shots?|injections?|blood tests?|dentist|spiders?|iv)\b"]
# "ten years ago I overdosed and spent a week in hospital": an overdose told as history, not one happening now
PAST_OVERDOSE = [r"(?:er|hospital|a ?e|icu|ward|emergency room|rehab)\b(?: \w+){0,4} after (?:i|he|she|they) (?:overdosed|took an overdose)\b|"
                 r"(?:overdosed|took an overdose)\b(?: \w+){0,6} (?:last (?:week|month|year)|\w+ (?:weeks|months) ago)\b|"
                 r"(?:overdosed|took an overdose)\b(?: \w+){0,3} (?:in|back in|last) (?:january|february|march|april|june|july|august|"
                 r"september|october|november|december|spring|summer|autumn|winter)\b|(?:years|decades) ago,? (?:i|he|she|they) (?:overdosed|took an overdose)|(?:overdosed|took an overdose)\b(?: \w+){0,8} "
                 r"(?:years|decades) ago|(?:overdosed|took an overdose)\b(?: \w+){0,4} (?:in|back in) (?:19|20)\d\d\b"]
# session 15: an ordinary reason for a goodbye or for needing nothing more: recovery, a calendar of one's own
MOVING_ON = [r"(?:feel|feeling|felt) (?:like )?(?:myself|me|my old self) again\b|(?:put|moved|switched|using|use) "
             r"(?:everything |them |it )?(?:into |to |in )?my own (?:google |phone |outlook )?(?:calendar|diary|app|planner)\b"]
RELOCATING = [r"(?:found|chosen|picked|switched to|going to) (?:a|another|an other) (?:\w+ ){0,2}(?:clinic|practice|provider|doctor|psychiatrist|therapist|service) (?:closer|nearer|near)\b|downsizing|(?:moving|relocating|emigrating|move|relocate|emigrate) (?:abroad|overseas|countries|country|house|flat|apartment|"
              r"back home|to (?:canada|australia|spain|france|the (?:us|uk|states)|new zealand|ireland|germany|another (?:country|city|state)))"]
# "what happens if a patient starts feeling suicidal during a session?": a clinic's procedure, asked of anyone
# "what warning signs should I watch for that he might be thinking about suicide?": asking how to notice, not telling
ASKS_SIGNS = [r"(?:warning )?signs? (?:should|do|to|would|can) (?:i |we |you )?(?:watch|look|be on the lookout|keep an eye) (?:out )?for\b"]
# "my novel's main character is suicidal": a character's state, not the writer's
FICTION = [r"(?:novel|story|screenplay|script|book|play|short story|video game|fanfic)s?\b.{0,60}\b(?:character|protagonist|heroine|hero|narrator)s?\b"]
GENERIC_PERSON = [r"\b(?:if|when|what if|in case) (?:a|the|any|one of (?:your|the)) (?:patient|client|person|visitor|user|participant)s?\b"]
DISPLACED = [r"asking for a friend|for a friend|hypothetically|hypothetical question|for a (?:story|novel|book|school project)"]
# whose risk an urgent message tells of (safety._others_risk): the words that matched it name the writer ("gave my cat
# to my sister") or someone else ("he's tired of being a burden"), or repeat what someone else said or wrote
FIRST_PERSON = r"\b(?:i|im|ive|id|ill|me|my|myself|mine)\b"
THIRD_PERSON = (rf"\b(?:he|she|hes|shes|they|theyre|him|her|his|their|himself|herself|themselves|hed|shed|theyd)\b|"
                rf"\b(?:my|our|a) {_FAMILY_NOUN}\b")
REPORTED = (r"\b(?:said|says|saying|told (?:me|us|everyone)|typed|texted|wrote (?:on|in|to me|that)|posted|posting|posts|messaged|tweeted|talking about|talks about|dice|dijo|escribio|disse|escreveu|dit|sagt|schrieb)"
            r"(?: (?!but\b|though\b)\w+){0,8} $")
RECIPIENT = r"\b(texted|told|asked|sent|gave|messaged|called|showed|handed|left|wrote to|said to) (?:me|us)\b"
SAYING = r"\b(?:said|says|saying|texted|posted|posting|posts|wrote (?:on|in|to me|that)|messaged|tweeted)\b"
# who said it: "my mate said" is his, "someone in my discord said" theirs; "the voices keep saying" are the writer's own
SAYER_WRITER = r"\b(?:i|im|ive|id|ill|voices?)\b"
SAYER_OTHER = (rf"{THIRD_PERSON}|\b(?:my|our|someone|somebody|mi|mis|meu|minha|mon|ma|mein|meine)\b")
SUBJECT_THIRD = r"\b(?:he|she|hes|shes|they|theyre|himself|herself|themselves)\b"
THIRD_PARTY = [rf"{_REFL_THIRD}|\b(?:my|our|a) {_FAMILY_NOUN}\b|\b(?:he|she|hes|shes|they|theyre)\b"]
SELF_RISK = [
    r"\bi know how (?:she|he|they) feels?\b|\bi (?:really )?relate to (?:her|him|them)\b",  # a writer who relates (session 14)
    r"\blike me\b|\bsame as me\b|\bso am i\b|\bme too\b|my ?self|\bkill me\b|\b(?:i|im) (?:\w+ ){0,3}(?:suicidal|want to die|wanna die|die)\b|\bwithout me\b|\bmy life\b|"
             r"\bi (?:dont|do not) want to (?:live|wake|be)|matarme|suicidarme|me tuer|mich|me matar|quiero morir"]
ILLICIT = [r"(?:buy|get|order|purchase|score|find) (?:some )?(?:ketamine|ket|k|special k|esketamine)\b.{0,40}"
           r"\b(?:online|without (?:a )?prescription|street|dealer|dark ?web|cheap)|(?:where|how) (?:can|do|could) i "
           r"(?:buy|get|order|score) (?:some )?(?:ketamine|ket|special k)"]
