"""Safety wording: load and check safety.yaml, then render disclaimers and route replies with region numbers."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError
from .records import SafetyDecision

REGION_FIELDS = {"clinic", "emergency", "crisis_short", "crisis_line", "crisis_text", "poison"}
EXTRA_FIELDS = {"topics", "limit", "subject"}
_CRISIS_FAMILIES = {"explicit_ideation", "soft_ideation", "passive_ideation", "hopelessness", "coded", "method_seeking",
                    "drugs_quantity", "nssi", "perceptual", "preparatory", "suicide_mention", "death_thoughts"}


def _contact(line: dict[str, str]) -> str:
    """How to reach one line, e.g. "call or text <number>" or "text HOME to <number>"."""
    call, text = line.get("call"), line.get("text")
    sms = f"text {line['text_keyword']} to {text}" if text and line.get("text_keyword") else f"text {text}"
    if call and text:
        return f"call or text {call}" if call == text else f"call {call} or {sms}"
    return f"call {call}" if call else sms


def _region_fields(region: dict[str, Any], clinic: str) -> dict[str, str | None]:
    """The placeholder values for one region; optional channels are None when the region has none."""
    lines = region["crisis_lines"]
    main = lines[0]
    short = _contact(main) if main["name"].startswith(main.get("call") or main.get("text") or "~") \
        else f"{_contact(main)} ({main['name']})"
    texting = next((ln for ln in lines if ln.get("text")), None)
    channel = f"chat at {main['chat_url']}" if main.get("chat_url") else None
    if channel is None and texting is not None:
        channel = _contact({k: v for k, v in texting.items() if k != "call"})
        channel += "" if texting is main else f" ({texting['name']})"
    poison = region.get("poison_center")
    hours = f", {main['hours']}" if main.get("hours") else ""
    return {"clinic": clinic, "emergency": str(region["emergency"]), "crisis_short": short,
            "crisis_line": f"{_contact(main)} ({main['name']}{hours})", "crisis_text": channel,
            "poison": f"call {poison['name']} on {poison['call']}" if poison else None}


def _check_region(code: str, region: Any) -> None:
    """Raise ConfigError unless a region entry has what R2/R3 require."""
    where = f"safety.yaml region {code}"
    if not isinstance(region, dict) or not region.get("emergency"):
        raise ConfigError(f"{where} has no emergency number. Add `emergency:` to it.")
    lines = region.get("crisis_lines") or []
    if not lines or any(not (ln.get("name") and (ln.get("call") or ln.get("text"))) for ln in lines):
        raise ConfigError(f"{where} needs crisis_lines, each with a name and a call or text number.")
    try:
        date.fromisoformat(str(region.get("last_verified")))
    except ValueError as exc:
        raise ConfigError(f"{where}: last_verified must be a YYYY-MM-DD date. Fix it after re-checking.") from exc
    if not str(region.get("source", "")).startswith("https://"):
        raise ConfigError(f"{where} needs a `source:` https URL where the numbers were checked.")


def _walk(node: Any, prefix: str = "") -> dict[str, str]:
    """Flatten nested templates into dotted keys."""
    if isinstance(node, str):
        return {prefix: node}
    if not isinstance(node, dict):
        raise ConfigError(f"safety.yaml template {prefix!r} must be text or a mapping of texts.")
    return {k: v for key, child in node.items() for k, v in _walk(child, f"{prefix}.{key}" if prefix else key).items()}


def _check_templates(templates: dict[str, str]) -> None:
    """R1 (no digits) and known placeholders only."""
    for key, text in templates.items():
        if re.search(r"\d", text):
            raise ConfigError(f"safety.yaml template {key!r} contains a digit; put numbers in `regions` and use a placeholder.")
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        unknown = names - REGION_FIELDS - EXTRA_FIELDS
        if unknown:
            raise ConfigError(f"safety.yaml template {key!r} uses unknown placeholder(s) {sorted(unknown)}; "
                              f"use only {sorted(REGION_FIELDS | EXTRA_FIELDS)}.")


@dataclass(frozen=True)
class SafetyText:
    """All safety wording for one region, rendered with that region's numbers."""

    region: str
    templates: dict[str, str]
    regions_data: dict[str, dict[str, Any]]
    fields: dict[str, str | None]

    @classmethod
    def load(cls, path: Path, *, region: str = "US", clinic: str = "the clinic") -> SafetyText:
        """Read and validate safety.yaml; ConfigError names the fix for a bad file or an unknown region."""
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise ConfigError(f"Cannot read the safety file {path}: {exc}. Fix it or set ASSISTANT_SAFETY_FILE.") from exc
        if not isinstance(data, dict) or not isinstance(data.get("regions"), dict) or "templates" not in data:
            raise ConfigError(f"{path} needs `templates:` and `regions:` sections. Restore it from git.")
        regions = {str(code).upper(): entry for code, entry in data["regions"].items()}
        for code, entry in regions.items():
            _check_region(code, entry)
        code = (region or data.get("default_region", "US")).upper()
        if code not in regions:
            raise ConfigError(f"Unknown region {region!r}. Set ASSISTANT_REGION to one of {sorted(regions)} "
                              f"or add it to {path}.")
        templates = _walk(data["templates"])
        _check_templates(templates)
        return cls(code, templates, regions, _region_fields(regions[code], clinic))

    def render(self, key: str, **fields: str) -> str:
        """Any template by (dotted) key, with region numbers and the given fields filled in."""
        if key not in self.templates:
            raise KeyError(f"no safety template {key!r}; add it to safety.yaml")
        values = {**{k: v for k, v in self.fields.items() if v is not None}, **fields}
        try:
            return self.templates[key].format_map(values).strip()
        except KeyError as exc:
            raise KeyError(f"safety template {key!r} needs the field {exc.args[0]!r}") from exc

    def disclaimer(self) -> str:
        """The disclaimer paragraph (D1-D5) with this region's numbers."""
        return self.render("disclaimer")

    def reminder(self) -> str:
        """One line with the crisis and emergency numbers, for replies after a crisis."""
        return self.render("reminder")

    def route_reply(self, decision: SafetyDecision) -> str:
        """The Markdown body for a safety route (no disclaimer: the composer appends it)."""
        if decision.route == "crisis":
            keys = self._crisis_keys(decision)
        elif decision.route == "emergency":
            keys = self._emergency_keys(decision)
        elif decision.route == "medical_advice" and {"worsening", "symptom_report"} & set(decision.signals):
            keys = ["medical_advice_worsening"]  # symptoms getting worse: see the prescriber soon, crisis line if needed
        elif decision.route in ("medical_advice", "stop_medication", "abuse"):
            keys = [decision.route]
        else:
            raise ValueError(f"route {decision.route!r} has no safety template; it goes to retrieval")
        return "\n\n".join(self.render(k) for k in keys if self._renderable(k))

    def _crisis_keys(self, decision: SafetyDecision) -> list[str]:
        """Line keys of a crisis reply: helper wording for a third party, emergency first when imminent."""
        if decision.third_party:
            return [f"crisis_third_party.{k}" for k in
                    ("resource", "acknowledge", "resource_support", "safety_steps", "self_check", "automated")]
        method_only = "method_seeking" in decision.signals and not (
            set(decision.signals) & (_CRISIS_FAMILIES - {"method_seeking", "drugs_quantity"}))
        ack = "crisis.acknowledge_method" if method_only else "crisis.acknowledge"
        if decision.imminent:
            first = ["crisis.resource_imminent", ack, "crisis.resource_after_imminent"]
        else:
            first = [ack, "crisis.resource"]
        return [*first, "crisis.text_option", "crisis.safety_steps", "crisis.automated"]

    def _emergency_keys(self, decision: SafetyDecision) -> list[str]:
        """Line keys of an emergency reply: poison help after ingestion, crisis line after self-harm."""
        keys = ["emergency.first"]
        if "overdose_taken" in decision.signals:
            keys.append("emergency.poison")
        self_harm = set(decision.signals) & _CRISIS_FAMILIES or "overdose_taken" in decision.signals
        if self_harm and not decision.third_party:
            keys.append("emergency.crisis")
        return [*keys, "emergency.automated"]

    def _renderable(self, key: str) -> bool:
        """False for an optional line whose channel this region does not have (e.g. no poison centre)."""
        names = {name for _, name, _, _ in string.Formatter().parse(self.templates[key]) if name}
        return all(self.fields.get(n) is not None for n in names & REGION_FIELDS)

    def stale_entries(self, today: date, max_age_days: int = 180) -> list[str]:
        """Warnings for regions whose numbers were last verified more than max_age_days before today."""
        warnings = []
        for code, entry in sorted(self.regions_data.items()):
            checked = date.fromisoformat(str(entry["last_verified"]))
            age = (today - checked).days
            if age > max_age_days:
                warnings.append(f"{code}: crisis numbers last verified {checked} ({age} days ago, limit {max_age_days});"
                                f" re-check them at {entry['source']} and update last_verified in safety.yaml")
        return warnings

    def regions(self) -> list[str]:
        """Region codes the file defines."""
        return sorted(self.regions_data)

    def for_region(self, region: str, clinic: str | None = None) -> SafetyText:
        """The same wording rendered for another region (for the rendering matrix and a region picker)."""
        code = region.upper()
        if code not in self.regions_data:
            raise ConfigError(f"Unknown region {region!r}. Use one of {self.regions()} or add it to safety.yaml.")
        return SafetyText(code, self.templates, self.regions_data,
                          _region_fields(self.regions_data[code], clinic or str(self.fields["clinic"])))
