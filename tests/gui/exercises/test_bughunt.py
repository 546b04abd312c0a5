"""The bug hunt in the Exercises tab: a class code, the gradient check of the mystery net, guesses counted."""
import pytest

from engine import BUGS, bug_layer, bugs_of_layer, mystery_bug
from gui.exercises.store import ExerciseStore
from gui.exercises.tab import ExercisesTab


@pytest.fixture
def tab(qtbot, tmp_path):
    t = ExercisesTab(store=ExerciseStore(tmp_path / "exercises"))
    qtbot.addWidget(t)
    t.resize(1280, 760)
    t.show()
    t.select("bug-hunt")
    yield t
    t.shutdown()


def choose(hunt, layer, bug=None):
    hunt.layer_box.setCurrentIndex(hunt.layer_box.findData(layer))
    if bug is not None:
        hunt.mistake_box.setCurrentIndex(hunt.mistake_box.findData(bug))


def test_a_hunt_from_code_to_found(qtbot, tab):
    hunt = tab.hunt
    assert tab.pages.currentWidget() is hunt and not tab.right.isVisible()
    assert not hunt.check_button.isVisible()
    assert not hunt.start_hunt()  # no code yet
    hunt.code_edit.setText("MATH-3B")
    assert hunt.start_hunt()
    name = mystery_bug("MATH-3B")
    with qtbot.waitSignal(hunt.checkFinished, timeout=60_000) as blocker:
        assert hunt.run_check()
    wrong = [p for p, _rel, ok in blocker.args[0] if not ok]
    assert wrong == list(BUGS[name].affects)
    assert ">wrong<" in hunt.evidence.text()
    layer = bug_layer(name)
    other_layer = next(x for x in ("Relu", "Affine", "SoftmaxWithLoss", "Sigmoid") if x != layer)
    choose(hunt, other_layer)
    assert hunt.submit() == "wrong" and "Not that layer" in hunt.verdict.text() and hunt.tries == 1
    others = [b for b in bugs_of_layer(layer) if b != name]
    if others:
        choose(hunt, layer, others[0])
        assert hunt.submit() == "right-layer"
    choose(hunt, layer, name)
    assert hunt.submit() == "right"
    assert "Found it" in hunt.verdict.text() and f"Tries: {hunt.tries}" in hunt.verdict.text()
    assert not hunt.guess_button.isEnabled()
    tab.select("relu")
    assert tab.pages.currentIndex() == 0 and tab.right.isVisible()


def test_two_students_with_one_code_hunt_the_same_bug(qtbot, tab, tmp_path):
    other = ExercisesTab(store=ExerciseStore(tmp_path / "other"))
    qtbot.addWidget(other)
    for t in (tab, other):
        t.hunt.code_edit.setText(" physics-2 ")
        t.hunt.start_hunt()
    assert tab.hunt.net_label.text() == other.hunt.net_label.text()
    choose(tab.hunt, bug_layer(mystery_bug("PHYSICS-2")), mystery_bug("PHYSICS-2"))
    choose(other.hunt, bug_layer(mystery_bug("PHYSICS-2")), mystery_bug("PHYSICS-2"))
    assert tab.hunt.submit() == other.hunt.submit() == "right"
    other.shutdown()
