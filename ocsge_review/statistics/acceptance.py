"""Bulk approval as acceptance sampling: a single sampling plan (n, c) drawn per class, its verdict, its journal words.

The plan follows the OCS GE practice for contractor work: a random sample of
about 10 % of every class (the decided couverture) is checked item by item —
at least one item of each class and at least ``minimum`` items in all, or the
whole lot when it is smaller. The sample size n thus comes from the lot's size
and make-up. The lot passes when at most c sampled items were rejected (the
acceptance number; 0 by default: one rejection refuses the lot); only then may
the rest be approved at once. A refused lot is validated item by item.

The check is blind, as the OCS GE practice asks: while it is under way, a
sampled item shows neither the interpreter's pair nor the model's; the validator
gives their own couverture and usage first. The same pair approves the item; a
different one reveals both, and the validator approves the interpreter's pair or
rejects it. The validator's blind answer stays in the journal comment
(blind_comment), so that the check can be audited.
"""
import math
import random
from dataclasses import dataclass
from typing import Dict, List, Mapping, Sequence, Tuple

from ..errors import InputError
from ..messages import tr
from ..numbers import decimal_comma

DEFAULT_SHARE = 0.10
DEFAULT_ACCEPTANCE = 0
DEFAULT_MINIMUM = 5

# Journal comments are the campaign's record, read by everyone: French whatever the validator's language
# (as the rejection reasons).
SAMPLE_COMMENT = "échantillon de contrôle : plan simple n = {n}, c = {c} ({share} % par classe), lot de {lot}"
BULK_COMMENT = ("approbation groupée : plan simple n = {n}, c = {c} ({share} % par classe), lot de {lot} ; "
                "échantillon contrôlé : {checked} élément(s), {rejected} rejeté(s) ; lot accepté")
BLIND_AGREED = "contrôle à l'aveugle concordant : le validateur a répondu {cs} / {us}"
BLIND_DIFFERED = ("contrôle à l'aveugle discordant : le validateur a répondu {cs} / {us}, le photo-interprète "
                  "{their_cs} / {their_us}")


@dataclass(frozen=True)
class Plan:
    """A single sampling plan: the share of each class drawn, the acceptance number c, the least sample."""

    share: float = DEFAULT_SHARE
    acceptance: int = DEFAULT_ACCEPTANCE
    minimum: int = DEFAULT_MINIMUM

    def __post_init__(self):
        if not 0 < self.share <= 1:
            raise InputError(tr("Plan d'échantillonnage : la part contrôlée doit être entre 1 et 100 % "
                                "(reçu {share}).", share=self.share))
        if self.acceptance < 0 or self.minimum < 1:
            raise InputError(tr("Plan d'échantillonnage : le nombre d'acceptation doit être positif ou nul et "
                                "l'échantillon d'au moins un élément."))

    def allocation(self, classes: Mapping[str, int]) -> Dict[str, int]:
        """How many items of each class (class → items in the lot) the sample takes."""
        return {name: min(size, math.ceil(self.share * size - 1e-9)) for name, size in classes.items() if size}

    def size(self, classes: Mapping[str, int]) -> int:
        """n: the sample size for a lot of this make-up."""
        lot = sum(classes.values())
        return min(lot, max(self.minimum, sum(self.allocation(classes).values())))

    def comment_values(self, lot: int, n: int) -> Dict[str, object]:
        return {"n": n, "c": self.acceptance, "lot": lot, "share": decimal_comma(f"{100 * self.share:g}")}


def draw(lot: Sequence[Tuple[int, str]], plan: Plan, rng: random.Random) -> List[int]:
    """The sample of ``lot`` ((item id, class) pairs): each class's share at random, topped up to the minimum."""
    by_class: Dict[str, List[int]] = {}
    for item_id, name in lot:
        by_class.setdefault(name or "", []).append(item_id)
    allocation = plan.allocation({name: len(ids) for name, ids in by_class.items()})
    sample: List[int] = []
    for name in sorted(by_class):           # a fixed order: the same seed draws the same sample
        sample += rng.sample(sorted(by_class[name]), allocation[name])
    wanted = plan.size({name: len(ids) for name, ids in by_class.items()})
    if len(sample) < wanted:
        taken = set(sample)
        sample += rng.sample(sorted(i for i, _ in lot if i not in taken), wanted - len(sample))
    return sample


@dataclass(frozen=True)
class Verdict:
    """Where the spot-check stands: checked and rejected items of a sample of ``size``, under ``plan``."""

    plan: Plan
    size: int
    checked: int
    rejected: int

    @property
    def refused(self) -> bool:
        """More rejections than c: the lot fails, whatever the rest of the sample gives."""
        return self.rejected > self.plan.acceptance

    @property
    def accepted(self) -> bool:
        return self.checked == self.size and not self.refused


def verdict(plan: Plan, sample: Sequence[int], outcomes: Mapping[int, bool]) -> Verdict:
    """``outcomes``: item id → True approved, False rejected (items not yet checked are absent)."""
    checked = [outcomes[i] for i in sample if i in outcomes]
    return Verdict(plan, len(sample), len(checked), sum(1 for ok in checked if not ok))


def sample_comment(plan: Plan, lot: int, n: int) -> str:
    """The journal comment of a sampled item's validation: it was checked as part of this plan."""
    return SAMPLE_COMMENT.format(**plan.comment_values(lot, n))


def blind_comment(mine: Tuple[str, str], theirs: Tuple[str, str]) -> str:
    """The journal comment keeping the validator's blind answer ``mine`` beside the interpreter's ``theirs``."""
    if tuple(mine) == tuple(theirs):
        return BLIND_AGREED.format(cs=mine[0], us=mine[1])
    return BLIND_DIFFERED.format(cs=mine[0], us=mine[1], their_cs=theirs[0], their_us=theirs[1])


def bulk_comment(result: Verdict, lot: int) -> str:
    """The journal comment of each item approved at once: the plan, the sample's outcome, the verdict."""
    if not result.accepted:
        raise InputError(tr("Approbation groupée refusée : l'échantillon de contrôle n'a pas passé le plan "
                            "({rejected} rejet(s) pour {c} admis, {left} élément(s) à contrôler).",
                            rejected=result.rejected, c=result.plan.acceptance, left=result.size - result.checked))
    return BULK_COMMENT.format(checked=result.checked, rejected=result.rejected,
                               **result.plan.comment_values(lot, result.size))


def approve_rest(store, validator: str, result: Verdict, lot: int,
                 rest: Sequence[int]) -> Tuple[List[int], Dict[int, str]]:
    """Approve ``rest`` of a lot of ``lot`` items at once, only when its sample passed the plan (else
    InputError, nothing written); each approval's journal comment gives the plan and the outcome.
    Returns store.approve_many's (approved ids, refused id → why)."""
    return store.approve_many(rest, validator, comment=bulk_comment(result, lot))
