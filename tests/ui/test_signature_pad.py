"""The signature pad keeps what is drawn as vector strokes, relative to its width."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from ui.widgets.signature_pad import SignaturePad


def _draw(qtbot: QtBot, pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for x, y in points[1:]:
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def test_drawn_strokes_are_kept_as_relative_vectors(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 150)
    pad.show()
    assert pad.is_empty()
    with qtbot.waitSignal(pad.sig_changed):
        _draw(qtbot, pad, [(40, 90), (80, 60), (120, 100), (160, 50), (200, 95)])
    _draw(qtbot, pad, [(260, 80), (330, 70)])
    strokes = pad.strokes()
    assert len(strokes) == 2
    assert strokes[0][0] == (0.08, 0.18)  # 40/500, 90/500
    assert all(0 <= x <= 1 and 0 <= y <= 150 / 500 for s in strokes for x, y in s)
    pad.clear()
    assert pad.is_empty() and pad.strokes() == ()


def test_a_single_click_is_not_a_signature(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.show()
    qtbot.mouseClick(pad, Qt.MouseButton.LeftButton, pos=QPoint(50, 50))
    assert pad.is_empty()
