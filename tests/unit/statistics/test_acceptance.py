"""The bulk approval's single sampling plan: sample size per class, the draw, the verdict, the journal words."""
import random

import pytest

from ocsge_review.statistics import acceptance
from ocsge_review.errors import InputError


def test_sample_size_is_ten_percent_of_each_class_at_least_one_each_and_five_in_all():
    plan = acceptance.Plan()
    assert plan.allocation({"CS1.1.1.1": 120, "CS2.2.1": 31, "CS1.2.2": 1}) == {
        "CS1.1.1.1": 12, "CS2.2.1": 4, "CS1.2.2": 1}
    assert plan.size({"CS1.1.1.1": 120, "CS2.2.1": 31, "CS1.2.2": 1}) == 17
    assert plan.size({"CS1.1.1.1": 23}) == 5            # the least sample
    assert plan.size({"CS1.1.1.1": 3}) == 3             # a lot smaller than that: all of it
    assert acceptance.Plan(share=0.5).size({"a": 10, "b": 10}) == 10


def test_draw_takes_each_class_share_and_tops_up_reproducibly():
    lot = [(i, "a") for i in range(100)] + [(100 + i, "b") for i in range(20)] + [(200, "c")]
    plan = acceptance.Plan()
    sample = acceptance.draw(lot, plan, random.Random(3))
    assert sample == acceptance.draw(lot, plan, random.Random(3))
    assert len(sample) == len(set(sample)) == 13
    assert sum(1 for i in sample if i < 100) == 10 and sum(1 for i in sample if 100 <= i < 200) == 2
    assert 200 in sample
    small = acceptance.draw([(i, "a") for i in range(8)], plan, random.Random(1))
    assert len(small) == 5 and set(small) <= set(range(8))


def test_verdict_refuses_past_the_acceptance_number_and_accepts_only_a_checked_sample():
    plan = acceptance.Plan(acceptance=1)
    sample = [1, 2, 3, 4, 5]
    assert not acceptance.verdict(plan, sample, {1: True, 2: False}).accepted
    assert not acceptance.verdict(plan, sample, {1: True, 2: False}).refused
    assert acceptance.verdict(plan, sample, {1: True, 2: False, 3: True, 4: True, 5: True}).accepted
    assert acceptance.verdict(plan, sample, {1: False, 2: False}).refused
    zero = acceptance.verdict(acceptance.Plan(), sample, {1: True, 2: False, 3: True, 4: True, 5: True})
    assert zero.refused and not zero.accepted


def test_journal_comments_name_the_plan_and_the_outcome_and_a_failed_lot_has_none():
    plan = acceptance.Plan()
    assert acceptance.sample_comment(plan, 46, 6) == (
        "échantillon de contrôle : plan simple n = 6, c = 0 (10 % par classe), lot de 46")
    passed = acceptance.verdict(plan, [1, 2], {1: True, 2: True})
    assert acceptance.bulk_comment(passed, 46) == (
        "approbation groupée : plan simple n = 2, c = 0 (10 % par classe), lot de 46 ; "
        "échantillon contrôlé : 2 élément(s), 0 rejeté(s) ; lot accepté")
    with pytest.raises(InputError, match="1 rejet"):
        acceptance.bulk_comment(acceptance.verdict(plan, [1, 2], {1: True, 2: False}), 46)
    assert "12,5 %" in acceptance.sample_comment(acceptance.Plan(share=0.125), 8, 1)


@pytest.mark.parametrize("share, c", [(0, 0), (1.5, 0), (0.1, -1)])
def test_a_plan_out_of_range_is_refused_in_french(share, c):
    with pytest.raises(InputError, match="Plan d'échantillonnage"):
        acceptance.Plan(share=share, acceptance=c)


def test_the_blind_answer_is_kept_in_the_journal_comment_agreeing_or_not():
    assert acceptance.blind_comment(("CS1.1.1.1", "US6.1"), ("CS1.1.1.1", "US6.1")) == (
        "contrôle à l'aveugle concordant : le validateur a répondu CS1.1.1.1 / US6.1")
    assert acceptance.blind_comment(("CS1.1.1.1", "US6.1"), ("CS2.1.1.1", "US1.1")) == (
        "contrôle à l'aveugle discordant : le validateur a répondu CS1.1.1.1 / US6.1, le photo-interprète "
        "CS2.1.1.1 / US1.1")
