"""Crisis table: asking how high, how much or which way would be lethal; part of METHOD_SEEKING (methods.py)."""

from __future__ import annotations

from .fragments import _DEATH, _PILLS

LETHALITY = [
    # heights: "tallest bridges in the city", "bridges taller than 25 m" (A9: asked after a loss)
    r"(?:tallest|highest) (?:\w+ )?(?:bridges?|cliffs?|rooftops?|parking (?:garages?|structures?)|overpass\w*)"
    r"(?! (?:in|of) (?:the )?(?:world|country|europe|america|history|uk|us|usa)\b)|"
    r"(?:tallest|highest) (?:\w+ )?(?:buildings?|towers?) (?:near me|around here|nearby|in (?:the|my|this) (?:city|town|area))|"
    r"(?:bridges?|buildings?|cliffs?|towers?|rooftops?) (?:\w+ )?(?:taller|higher) than|"
    r"(?:bridges?|buildings?|cliffs?|roofs?|rooftops?|heights?) (?:\w+ )?(?:high|tall) enough",
    r"(?:top (?:level |floor |deck )?of (?:the |a )?(?:\w+ )?(?:garage|car ?park|parking (?:garage|structure|deck|lot)|building|"
    r"tower|bridge)|overpass\w*|balcon\w+)(?: \w+){0,5} (?:high|tall) enough\b",
    r"(?:level|floor|storey|story|deck) of (?:the |a )?(?:\w+ )?(?:garage|car ?park|parking (?:garage|structure|deck|lot)|"
    r"building|tower|bridge)\b(?: \w+){0,5} (?:high|tall) enough\b|(?:garage|car ?park|parking (?:structure|deck)|overpass)"
    r"(?: \w+){0,4} (?:high|tall) enough\b",
    r"(?=.{0,80}\b(?:garage|car ?park|bridge|building|roof|balcony|storey|story|cliff|tower)\b)"
    r"(?:how|what) (?:high|tall|far down|height)\b.{0,50}\b(?:to be sure|for sure|guaranteed?|no chance)\b",
    r"(?:most|max|maximum|highest amount of) (?:\w+ ){0,2}(?:someone|you|i|a person|one|people) (?:can|could) (?:take|swallow)"
    r" (?:\w+ ){0,2}(?:before|until) (?:it|they|you|that) (?:gets?|becomes?|is|are|turns?) (?:dangerous|deadly|lethal|fatal|"
    r"toxic|too much)",
    r"(?:(?:want|wanting|urge|urges|tempted|thinking about|think about|thought about|thoughts of) (?:to )?(?:drive|driving|crash|"
    r"crashing)|steer|steering|swerve|swerving|veer|veering) (?:my car |the car |the wheel )?(?:into|in front of) "
    r"(?:the |a |an |oncoming )?(?:median|central reservation|oncoming traffic|tree|wall|barrier|pole|truck|lorry|"
    r"semi|bridge (?:pillar|support)|river|sea|lake|canal|ravine)\b",
    rf"how (?:many|much) (?:of )?(?:\w+ ){{0,2}}{_PILLS} (?:\w+ ){{0,6}}(?:is|are|would be|counts as) too (?:many|much)",
    r"(?:lethal|fatal|deadly|toxic|killing|overdose|mortal) (?:dose|doses|dosage|amount|amounts|quantity)",
    rf"(?:how (?:many|much)(?! (?:people|patients|users|deaths|americans|persons|teens|adults|of them|cases)\b)|"
    rf"(?:what|which) (?:\w+ )?(?:amount|dose|dosage|quantity|number)|at what (?:dose|amount|point))\b.{{0,70}}?\b{_DEATH}",
    r"(?:dose|amount|much|many|mg|pills|tablets|quantity)\b.{0,40}\b(?:would|will|is|be|counts as) (?:an |a )?"
    r"(?:overdose|lethal|fatal|deadly|toxic)\b.{0,20}\b(?:for me|for someone|for a person|for my)",
    r"(?:dangerous|deadly|lethal|toxic|fatal) (?:in|as|for) (?:an |a )?(?:overdose|od)|which (?:of my|of these|one of my|of the)"
    r" .{0,30}\b(?:most|more|the) (?:dangerous|deadly|lethal|toxic|fatal|likely to kill)",
    r"(?:most|least) (?:reliable|painless|lethal|certain|foolproof|surefire|effective) (?:way|method|means)s?"
    r"(?=\s*$| (?:to go|out|is|would be|there is))|painless way to go|way to go (?:painlessly|peacefully|quickly)",
    r"survivable|(?:survive|survived|survivable) (?:a |the )?(?:fall|jump|drop)|(?:jump|jumping|fall|falling) (?:off|from) "
    r"(?:the |a )?(?:\d+|\w+) (?:floor|storey|story|stories|floors)",
]
