"""Crisis tables: weak context (a time, drink, a loss) that counts only beside a weak risk family."""

from __future__ import annotations

WEAK_CONTEXT = {
    "imminence": [r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*$",
                  # session 15: someone at risk who no longer answers ("he's no answerin the door")
                  r"(?:no|not|isnt|wont) answer(?:ing|in)? (?:the |his |her |their )?(?:door|phone|calls|texts)\b",
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
        r"(?:her|his|their) phone (?:is )?(?:now )?(?:switched |turned )?off\b",
        r"(?:phone|mobile|she|he|they|it)\b.{0,20}\b(?:goes|going|went|is going|keeps going) (?:straight |right )?to voicemail|"
        r"(?:she|he|they|hes|shes|theyre|mum|mom|dad|friend|brother|sister|son|daughter|husband|wife|partner)\b.{0,20}\b(?:not|isnt|wont|"
        r"dont|doesnt|didnt|wasnt|stopped) (?:\w+ )?(?:pick(?:ing)? up|answer(?:ing)?)\b",
        r"(?:his|her|their|my) phone (?:is |s |has been |was )?(?:off|switched off|turned off|dead)\b(?! (?:for|during) (?:the |my |his |her )?(?:session|infusion|appointment|flight|meeting|class))"],
    "alcohol": [r"drunk|alcohol|vodka|whiskey|wasted|booze|liquor|🍷|🥃|🍺|🍾|🍸"],
    "loss": [
        # session 13: indirect and intermediate risk, a second author
        r"dumped me|lost my (?:scholarship|place|flat|savings|licence|license)|repossess\w*|bankrupt\w*|foreclos\w*|lost custody|miscarriage|(?:hiv|cancer|terminal|ms|parkinsons|dementia) diagnosis|(?:my )?(?:wife|husband|partner) (?:moved|walked) out",
        # session 12: indirect and intermediate risk (a stressor, then an innocent-looking question), a third research-style author
        r"(?:got |been |was )let go\b|(?:got|was|been) fired\b|lost my (?:brother|sister|mum|mom|dad|son|daughter|husband|wife|partner|best friend)\b|(?:moved out|walked out) and took the (?:kids|children)",
        r"funeral|passed away|(?:he|she|they|dad|mom|mum|father|mother|husband|wife|son|daughter|brother|sister|partner|"
             r"grandma|grandpa) (?:passed|died)\b|died (?:in|last|on|this)|since (?:he|she|they) (?:died|passed)|lost (?:my|the|our) (?:job|house|home|business|wife|husband|partner|kids|contract)|"
             r"(?:left|leaving) (?:me|and took the kids)|took the kids|layoff|laid off|made redundant|divorce|evicted|eviction|bank (?:takes|is taking|took)"],
}
