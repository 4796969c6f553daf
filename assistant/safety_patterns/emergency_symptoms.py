"""Emergency table: symptoms that count only about a person and outside a general question (safety._emergency)."""

from __future__ import annotations

EMERGENCY_SYMPTOM = {  # need a person and no general-question framing
    "seizure": [r"se debatendo|convulsionando|convulsao|krampfanfall|krampft|seizures?|seizing|convuls\w*|having a fit|shaking uncontrollably|shaking all over|jerking all over|had a (?:fit|seizure)|foam(?:ing)? (?:at|from) (?:the|her|his) mouth|jaw (?:is )?clenched|jerking uncontrollably|foaming at the mouth|"
                r"eyes (?:rolled|rolling) back",
                r"temblando (?:entero|todo|mucho)|convulsiona\w*|"
                r"convulsion\w*|ataque epileptico|crise d epilepsie|krampfanfall|krampft|convulsao|convulsionando",
        r"on the floor (?:\w+ )?(?:shaking|jerking|twitching|fitting)\b",
        r"(?:mouth|lips) (?:is |are )?(?:foaming|frothing)|having fits\b"],
    "fainting": [r"(?<!nearly )(?<!almost )faint(?:ed|ing)?\b|(?<!nearly )(?<!almost )pass(?:ed|ing|es)? out|black(?:ed|ing) out|lost consciousness|losing consciousness"
                 r"|keeps? (?:collapsing|fainting)|desmai\w*|desmay\w*|evanoui\w*|ohnmacht\w*|ohnmachtig"],
    "altered": [r"not making (?:any )?sense|incoherent|(?:im|i am|hes|shes|is|are|been|keep|started|now) (?:\w+ )?(?:seeing things|"
                r"hallucinating)|"
                r"heart (?:rate |beat )?(?:is |was |at |of |going |racing |beating )*(?:over |above |at |like |around )?"
                r"(?:1[4-9]\d|2\d\d)\b|(?:pulse|hr|heart rate)\D{0,12}(?:1[4-9]\d|2\d\d)\b|(?:1[4-9]\d|2\d\d) ?bpm|(?:cant|cannot|can t) stay awake|talking gibberish|"
                r"(?:very|really|so|extremely|super) (?:confused|disoriented)|(?:cant|cannot) feel (?:my|his|her) "
                r"(?:legs|arms|body|face)",
        r"(?:went|gone|has gone) down (?:in|on) the (?:kitchen|bathroom|hall|floor|garden|street|shop)\b|(?:not|isnt) (?:really )?answering me\b|"
        r"(?:gone|going|turned|turning) (?:grey|gray|blue) and (?:quiet|still|floppy|cold)"],
    "breathing": [
        # session 15: quiet and indirect disclosures by a thirteenth author
        r"(?:breathing|breaths?) (?:feels?|is|are|seems?) (?:really |very |so )?slow\b",
        # session 12: indirect and intermediate risk (a stressor, then an innocent-looking question), a third research-style author
        r"breathing (?:sounds|is|seems|looks) (?:\w+ )?(?:noisy|rattly|gurgly|rattling)\b|breathing (?:sounds|is|seems) (?:\w+ )?(?:slow|shallow) and (?:noisy|rattly|gurgly|shallow|slow)\b|me cuesta respirar|(?:se me esta|se le esta) hinchando (?:la cara|los labios|la lengua|la garganta)",
        r"atmet (?:kaum noch|nicht mehr)|respira muy poco|apenas respira|respire a peine|ne respire plus|"
                  r"(?:nao|no) (?:esta )?respira(?:ndo)?\b",
                  r"(?:breathing|breathes) (?:really |very |so )?(?:weird|weirdly|strange|strangely|funny|shallow|slow|"
                  r"slowly|irregular)|(?:cant|cannot|struggling to|hard to|trouble|difficulty|hard time|unable to|barely) (?:breathe|breathing|"
                  r"catch (?:my|his|her|a) breath|get (?:my|a|his|her) (?:proper |full |deep )?breath|get air)|short of breath|(?:throat|airway) (?:is |feels )?(?:closing|tight)"
                  r"|choking|gasping for air",
                  r"no (?:puedo|puede) respirar|(?:narrive|ne peux|ne peut) (?:pas )?(?:a )?respirer|keine luft|kaum luft|kann nicht atmen"
                  r"|nao (?:consigo|consegue) respirar",
        r"(?:his|her|their) (?:breath|breathing) is (?:very |so |really )?(?:slow|weak|shallow)\b",
        r"(?:breath|breathing) (?:is|seems|sounds|looks) (?:awfully|very|really|so|too|dangerously|scarily|worryingly) (?:slow|weak|shallow)\b"],
    "chest_pain": [
        # session 15: quiet disclosures by a fourteenth author
        r"chest (?:has )?(?:felt|feels|feeling|is) tight\b.{0,40}\b(?:jaw|arm|shoulder) (?:aches|hurts|pain)\b",
        # session 13: quiet, understated wordings, a fourth author
        r"(?:weight|elephant|heaviness|pressure) (?:on|in|across) (?:his|her|my|the) chest\b.{0,30}\b(?:wont|will not|doesnt|does not) (?:shift|go|ease|budge|stop)\b|(?:gone|going|turned|looks?) (?:grey|gray|pale) and (?:clammy|sweaty)\b",
        r"(?:tight|crushing|heavy|sharp|bad) pain (?:across|in) (?:my|his|her) chest|(?:pain|ache|aching|tightness|pressure|"
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
                   r"|brustschmerz\w*|herzinfarkt|dor no peito",
        r"(?:chest|it|pain|tightness)\b.{0,40}\b(?:going|spreading|radiating|shooting|moving) (?:down|into|up) (?:my|his|her) (?:left )?(?:arm|jaw|neck)\b",
        r"clutch(?:ing|es|ed)? (?:at )?(?:his|her|my|their) chest\b|(?:left )?arm (?:has |is )?(?:gone|going|went|is|feels) numb\b",
        r"dau nguc|sakit dada|seene mein dard|chhati mein dard"],
    "stroke": [
        # session 15: quiet and indirect disclosures by a thirteenth author
        r"(?:side of )?(?:my|her|his|their) face (?:feels?|is|looks?|has gone|went) (?:\w+ )?droop\w*|words? (?:keep )?(?:coming out|come out) (?:muddled|jumbled|wrong|slurred|garbled)\b",
        # session 12: an arm that will not lift, speech gone strange
        r"(?:cant|cannot|can not) (?:lift|move|raise) (?:my|his|her|their) (?:\w+ )?(?:arm|leg|hand)\b",
        r"(?:talking|speaking|speech|words?)(?: is| are| sounds?| coming out)? (?:funny|weird|strange|slurred|garbled|jumbled|all wrong)\b",
        r"(?:face|mouth|smile) (?:has |is |had )?(?:dropped|drooped|fallen|gone droopy)|(?:cant|cannot|can not) get (?:his|"
               r"her|my|their) words out",
               r"cara (?:caida|torcida|paralizada|colgando)|boca (?:torcida|caida)|(?:no puede|nao consegue|n arrive plus a) "
               r"(?:hablar|falar|parler)(?: bien| direito)?\b(?! (?:\w+ )?(?:ingles|english|espanol|frances|aleman|portugues|"
               r"anglais|idioma|lingua|langue))|habla raro|visage (?:tombe|paralyse)|bouche (?:est )?de travers|gesicht "
               r"(?:hangt|ist schief)\b(?!.{0,30}\b(?:seit|lahmung|bell)\b)|kann nicht (?:mehr )?richtig sprechen|rosto (?:caido|torto)",
               r"(?:having|had|having a|is having|think (?:i|he|she) (?:is|am|im|had))? ?(?:a )?(?<!husbands )(?<!wifes )(?<!his )(?<!her )"
               r"(?<!mums )(?<!moms )(?<!dads )(?<!partners )(?<!since the )(?<!after the )stroke\b|(?:face|mouth|smile) "
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
                r"(?:my |his |her )?(?:pee|urine)",
        r"(?:peeing|weeing|pissing|urinating) (?:out )?blood\b.{0,60}\b(?:pain|agony|cant (?:stand|walk|move))"],
    "bleeding": [
        # session 12: the count of dressings soaked through
        r"soaked (?:through )?(?:\d+|two|three|four|several) (?:plasters|bandages|towels|dressings|pads)\b",
        r"(?:coming|soaking|seeping|bleeding) through (?:the |a |my )?(?:second|third|2nd|3rd|another|next) (?:towel|bandage|plaster|dressing|pad)\b",
        r"cut (?:my |his |her )?(?:\w+ )?too deep|spurting|cut (?:\w+ )?deeper than|soaking (?:through|into) (?:the |a |my )?(?:towel|bandage|shirt|sheets?)",
        r"ouvert les veines|coupe\w* les veines|se corto las venas|pulsadern|cortou os pulsos|"
                 r"(?:wont|cant|doesnt|will not) stop bleeding|bleeding (?:heavily|badly|a lot|everywhere|profusely)|"
                 r"(?:lost|losing) (?:a lot of|so much|too much) blood|cut too deep|blood everywhere"],
    "anaphylaxis": [
        # session 12: a swollen tongue and not swallowing, told plainly
        r"(?:tongue|lips|throat|face)(?: is| are| feels| has| have)?(?: gone| got| gotten| looks?)? (?:huge|massive|enormous|twice (?:the|its) size|ballooned|ballooning|blown up)\b",
        r"(?:cant|cannot|can not|struggling to|trouble|hard to) swallow(?:ing)?\b(?! (?:\w+ ){0,2}(?:pills?|tablets?|capsules?|meds|medication|medicine|them|it|food|that))",
        r"(?:face|lips|tongue|throat|eyes) (?:is |are |have |has )?(?:swelling|swollen|swelled|puffing up)|anaphyla\w*|"
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
                   r"emergency room|a e|hospital)|(?:this is|its) an emergency|(?:i think )?(?:im|i am) dying(?! to| of| for| fur| here|"
                   r" laughing| inside)",
        r"ambulance or (?:drive|take|bring) (?:him|her|them|me)\b"],
    "opioid_signs": [r"pinpoint pupils|\bgcs (?:\w+ ){0,2}[3-8]\b|(?:resps|respirations|rr|breaths) (?:\w+ ){0,2}[2-8] (?:a|per) min|no (?:naloxone|narcan)\b|(?:need|get|give) (?:him |her |them )?(?:naloxone|narcan)\b"],
}
