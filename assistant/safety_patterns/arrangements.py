"""Crisis tables: arrangements for after one's death; two together, or one beside a weak risk sign, are a crisis."""

from __future__ import annotations

# ---- crisis: arrangements for after one's death; two of them together route to crisis (safety._crisis) ---------
ARRANGEMENTS = {
    "future_doubt": [
        # session 15: quiet disclosures by a fourteenth author
        r"(?:wont|will not) need to keep my (?:\w+ )?(?:slot|appointment|booking|place|spot)\b",
        # session 15: quiet and indirect disclosures by a thirteenth author
        r"(?:wont|will not) need anything (?:past|after|beyond) (?:then|that|the \w+)\b",
        r"(?:wont|will not) be booking (?:again|any more|anymore)\b",
        # session 15: quiet disclosures by a twelfth author (one clause inside a practical message, many Englishes)
        r"cancel (?:the \w+ and )?everything (?:after|from) (?:it|that|then)\b",
        r"clocking off for good\b",
        # session 15: quiet and indirect disclosures by an eleventh author
        r"cancel all (?:my|the) (?:appointments?|bookings?|sessions?)\b.{0,80}\b(?:wont|will not|dont|do not) need (?:them|it|any)\b",
        r"if i (?:still|even) (?:come|turn up|make it|attend)\s*$",
        r"(?:wont|will not) be needing (?:anywhere|anything|a place|a home|somewhere)(?: (?:else|to live|after))?\b",
        # session 14: quiet disclosures by a ninth author (one clause of risk inside an ordinary message)
        r"(?:doubt|dont think) (?:ill|i will|id|i would) be needing (?:it|them|you|one|a \w+)\b",
        # session 13: quiet disclosures by a sixth author (many Englishes, inside a clinic question)
        r"(?:sessions?|appointments?|infusions?|bookings?) will be (?:no|of no) use to me after\b|(?:dont|no need to) (?:worry about )?(?:re)?book(?:ing)? me\b|dont bother making it long ?term\b",
        # session 13: quiet disclosures by a fifth author (flat, polite, inside a clinic question)
        r"cancel (?:everything|all (?:my|the) (?:appointments|bookings|sessions))\b.{0,40}\b(?:wont|will not|dont) need (?:them|it|any)\b|(?:not much|no) (?:sense|point) (?:in )?booking (?:far |too far )?(?:ahead|in advance)\b",
        # session 13: quiet, understated wordings, a fourth author
        r"(?:wont|will not) be needing (?:the |my |these |your )?(?:\w+ )?(?:articles|tablets|pills|meds|appointments?|prescriptions?|services) (?:any ?more|much longer|after)\b|(?:dont|do not) (?:think|reckon) (?:ill|i will) need (?:the |my |these )?(?:tablets|pills|meds|medication|prescription) (?:for )?much longer\b",
        # session 12: indirect and intermediate risk (a stressor, then an innocent-looking question), a third research-style author
        r"(?:sessions?|appointments?|infusions?|bookings?|places?|slots?) (?:that )?i (?:wont|will not) be (?:using|needing|attending|coming to|needing anymore)\b",
        r"(?:dont|do not) (?:think|reckon) (?:ill|i will|id|i would|im going to) (?:need|be needing|be using|make it "
                     r"to|use) (?:the|my|that|this|a) (?:\w+ )?(?:spot|place|slot|appointment|booking|seat|space)\b|doubt (?:ill|i will|"
                     r"id) (?:need|be needing|use) (?:the|my|that|this|a) (?:\w+ )?(?:spot|place|slot|appointment|booking|seat|space)\b",
        r"(?:wont|will not) (?:be )?need(?:ing)? (?:my |the |\w+s )?(?:infusion|appointment|session|slot|booking|place|spot)\b"],
    "will_making": [
        # session 15: quiet and indirect disclosures by an eleventh author
        r"(?:writing|wrote|written|making|made|started) (?:\w+ )?(?:down|out|up|a list of) who (?:should|will|gets?|is to|can) (?:get|have|take|inherit) what\b",
        # session 13: quiet, understated wordings, a fourth author
        r"(?:sorted|finalised|finalized|signed|rewritten|redone) (?:out )?(?:the |my |her |his )?will\b|rang the solicitor about (?:his|her|my) will\b|(?:the|my) will is (?:all )?(?:sorted|done|signed|finalised|finalized|written)\b",
        r"(?:handwritten|homemade|hand written|diy|simple|quick) will\b|(?:does|would|is) (?:a|my) (?:\w+ ){0,4}will "
                    r"(?:\w+ ){0,5}(?:count|valid|legal)|(?:write|writing|updat\w*|sort\w* out|redo\w*) (?:a|my) will\b",
        r"(?:did|done|finished|made) my will\b"],
    "papers_shown": [
        # session 15: people writing about someone else's risk, and writers at risk who mention others
        r"(?:where|whether) (?:the |his |her |my )?life insurance (?:papers|policy|documents) (?:are|is)\b|whether the policy is still valid\b",
        # session 15: quiet and indirect disclosures by a thirteenth author
        r"sorted (?:oot|out) the (?:hoose|house)\b",
        r"(?:partner|wife|husband|sister|brother|son|daughter) has all (?:the|my) passwords\b",
        # session 15: quiet disclosures by a twelfth author (one clause inside a practical message, many Englishes)
        r"(?:changed|updated|switched) the beneficiary\b",
        r"(?:left|gave|given|written down) (?:all )?my passwords (?:with|to|for) (?:her|him|them|my \w+)\b",
        # session 15: quiet and indirect disclosures by an eleventh author
        r"(?:putting|put|got|getting|finished putting|sorted) (?:all )?my own (?:papers|affairs|things) (?:in order|sorted|straight)\b(?!.{0,20}\b(?:move|moving|sale|mortgage|visa|trip)\b)",
        # session 13: quiet disclosures by a fifth author (flat, polite, inside a clinic question)
        r"passwords?\b.{0,40}\bfor (?:my|his|her|the) (?:wife|husband|brother|sister|son|daughter|kids|family|partner|mum|mom|dad)\b|(?:so|that) (?:hes|shes|theyre|they are|he is|she is|nobody is|no one is) (?:not )?left with (?:a|the|any) mess\b",
        # session 13: indirect and intermediate risk, a second author
        r"(?:written|wrote|writing|left|made) (?:out |down )?(?:a (?:list|note) of )?where everything is\b|(?:wrote|written|writing|left) (?:down |out )?(?:all )?(?:my |the )?passwords? (?:down )?(?:for|to)\b",
        r"(?:told|shown|showed) (?:the |my )?(?:children|kids|son|daughter|family|wife|husband|\w+) where (?:the |my )?"
                     r"(?:\w+ )?(?:papers|documents|deeds|will|passwords|insurance)\b (?:are|is)"],
    "funeral_paid": [r"paid (?:off )?(?:the |my )?funeral (?:plan|costs?)|funeral plan (?:is )?(?:all )?paid"],
    "pet_arranging": [
        # session 15: quiet and indirect disclosures by a thirteenth author
        r"(?:cats?|dogs?) (?:gaun|going|goes|is going) to (?:ma|my) (?:sisters?|brothers?|mums?|maws?|pals?|neighbou?rs?)\b",
        # session 14: quiet disclosures by a seventh author (many registers, inside a clinic question)
        r"left (?:the |my |his |her )?(?:dogs|cats|pets|dog s|cat s) (?:vet |food |insurance )?(?:details|food|things|papers|lead|records) with\b",
        # session 13: quiet disclosures by a sixth author (many Englishes, inside a clinic question)
        r"sorted (?:the|my) (?:cat|dog|pets?) out with\b",
        # session 13: indirect and intermediate risk, a second author
        r"(?:take|have|look after|keep) (?:his|her|their|my) (?:cat|dog|pets?|rabbit|parrot|bird|horse)s? for good\b|gave the (?:dog|cat) to (?:my |his |her )?\w+",
        r"(?:dog|cat|pets?)s? (?:has |is |have )?gone to (?:the |a |my )?(?:neighbou?rs?|friend|sister|brother|son|daughter|"
                      r"nephew|niece)\b|(?:given|gave|giving) (?:his|her|my|their) (?:\w+ )?(?:dogs?|cats?|pets?) (?:away )?to\b",
r"who (?:should|will|would|can|could) (?:i )?(?:leave|give) my (?:cat|dog|pets?|cats|dogs) (?:with|to)\b",
                      r"(?:gave|given|giving|rehomed) (?:away )?(?:the|my) (?:dog|cat|pets?)\b|found (?:someone|somebody) to take (?:the|my) "
                      r"(?:cat|dog|pets?)",
        r"rehom(?:e|ing) (?:the|my) (?:dog|cat|pets?)\b",
        r"please look after (?:my|her|his|their) (?:plants|cat|dog|fish|pets?|garden|kids|children)\b"],
    "accounts_closed": [
        # session 15: quiet and indirect disclosures by a thirteenth author
        r"cancel everything (?:booked )?(?:after|from|past) (?:the )?\w+\b",
        # session 15: quiet and indirect disclosures by an eleventh author
        r"cancell?ed (?:the |my )?(?:gym|phone contract|phone|broadband|subscriptions?|insurance)\b.{0,20}\band (?:the |my )?(?:gym|phone contract|phone|broadband|subscriptions?|insurance)\b",
        # session 14: quiet, indirect disclosures by an eighth author (hidden in admin questions, many Englishes)
        r"(?:wrote|written|write|left|leaving) (?:down |out )?(?:all )?(?:my |the |her |his )?(?:bank details|account details|pin numbers?|pins|passwords?) (?:for|to) (?:her|him|them|my \w+)\b",
        # session 14: quiet disclosures by a seventh author (many registers, inside a clinic question)
        r"(?:sorted|wrote down|written down|left|shared|gave|given) (?:out )?(?:all )?(?:of )?(?:my |his |her )?passwords\b",
        r"deleted (?:all )?(?:of )?(?:his|her|their|my) (?:socials|social media|accounts|instagram|facebook|snapchat|tiktok)\b",
        # session 13: indirect and intermediate risk, a second author
        r"cancel(?:led|ed|ling)? (?:the |my )?(?:gym|subscriptions?|phone contract|memberships?|direct debits?)\b|paid off (?:the |my )?(?:car|loan|credit card|debts?)\b",
        # session 12: quiet, understated wordings (a stoic older man, a farmer, a carer, a veteran)
        r"(?:sorted|filled in|done|did) (?:the |my )?pension (?:forms|papers)? so (?:she|he|they|the wife|my wife|the kids) (?:gets|get|will get|can have) (?:mine|it)\b",
        r"(?:close|closing|closed) (?:down )?(?:all )?(?:of )?my (?:bank )?accounts\b"],
    "affairs_tidied": [
        # session 14: quiet disclosures by a ninth author (one clause of risk inside an ordinary message)
        r"(?:refund|money|balance)\b.{0,40}\b(?:goes|go|going|sent|paid|returned) back to (?:her|him|them|my \w+)\b",
        # session 14: quiet disclosures by a ninth author (one clause of risk inside an ordinary message)
        r"sold (?:the|my) (?:herd|farm|stock|flock|business|boat|tools|workshop)\b",
        # session 14: quiet, indirect disclosures by an eighth author (hidden in admin questions, many Englishes)
        r"(?:everything|it all|my affairs) (?:all )?(?:squared|sorted|tidied|wrapped) (?:away|up)\b",
        # session 13: quiet disclosures by a sixth author (many Englishes, inside a clinic question)
        r"(?:getting|got|get|put|putting|sorting|sorted) (?:my |his |her )?affairs (?:straight|sorted|in order|settled|squared)\b|(?:ive|i have|i) made (?:my|all (?:my|the)) arrangements\b",
        # session 13: quiet, understated wordings, a fourth author
        r"(?:everythings|everything is|all) in order now\b|(?:finally )?(?:have|got) (?:things|everything|it all) in order\b|(?:thats|that is) all in order\b",
        # session 12: quiet, understated wordings (a stoic older man, a farmer, a carer, a veteran)
        r"cancel(?:led|ed|ling)? (?:the |my )?(?:papers|paper|milk|newspapers?|deliveries)\b",
        r"settled (?:my|all my|the) (?:tab|debts?|accounts?|bills)\b.{0,60}\b(?:gave|given|rang|called|phoned)\b",
        r"(?:get|getting|got|put|putting) (?:everything|my affairs|it all) (?:tidy|tidied|in order|sorted|squared away)\b",
        r"squared (?:everything|it all|things|his affairs|her affairs|my affairs) away"],
    "letters_left": [
        # session 15: quiet and indirect disclosures by an eleventh author
        r"(?:have |ive )?(?:write|written|wrote) the letters (?:to|for) (?:my|the) (?:sister|brother|son|daughter|mother|mum|mom|father|dad|wife|husband|kids|children|family)\b",
        # session 13: quiet disclosures by a fifth author (flat, polite, inside a clinic question)
        r"(?:left|leaving|written|wrote) (?:\w+ )?letters? (?:for|to) (?:the|my) (?:kids|children|family|wife|husband|son|daughter|girls|boys)\b.{0,20}\b(?:in|on|under) (?:my|the) (?:desk|drawer|bedside|table|dresser|safe)\b",
        # session 13: quiet, understated wordings, a fourth author
        r"(?:written|wrote) (?:\w+ )?letters (?:to|for) (?:the|my) (?:girls|boys|kids|children|family|grandkids|grandchildren|wife|husband|son|daughter|sons|daughters)\b",
        # session 12: quiet, understated wordings (a stoic older man, a farmer, a carer, a veteran)
        r"(?:written|wrote|writing) (?:\w+ )?(?:letters?|notes?) (?:to|for) (?:the|my) (?:kids|children|family|wife|husband)\b.{0,60}\b(?:drawer|deeds|will|safe|envelope)\b",
        r"(?:letters?|notes?) (?:to|for) (?:the|my) (?:kids|children|family) (?:are|is) (?:in|on|under|with|by)\b"],
}
