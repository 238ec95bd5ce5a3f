"""Rapport's look: a calm palette in a light and a dark theme, readable type, and its own icons.

The theme follows the system's colour scheme and changes with it while the app
runs; ``RAPPORT_THEME=light`` or ``dark`` forces one (for tests and screenshots,
not a setting). Every colour the app uses lives in a :class:`Theme`: the style
sheet and the Qt palette are made from it, and widgets that paint themselves
(the calendar, the charts, the signature pad) or colour rows of a model read
:func:`current` when they paint, so a switch repaints them in the new colours.

Type follows the system's font size: every size the style sheet names is a
multiple of the application's font (:func:`font_size`), never a fixed size, and
the sheet is made again when that font changes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from app.resources import resource_path

#: Forces a theme whatever the system says (tests, screenshots).
THEME_VARIABLE = "RAPPORT_THEME"
#: The application font's size (points) the style sheet's proportions were drawn at.
REFERENCE_POINT_SIZE = 10.0


@dataclass(frozen=True)
class Theme:
    """Every colour of one theme, as ``#rrggbb`` names."""

    name: str
    # Surfaces and text
    window: str  # windows and dialogs
    page: str  # the main areas (``QWidget#page``)
    surface: str  # cards, inputs, tables, the calendar
    surface_alt: str  # plain buttons (where the style sheet draws them)
    button: str  # Fusion's base for combo boxes, headers, tabs and tab panes (a bit lighter)
    alternate_row: str
    navigation: str  # the list of areas on the left
    border: str
    text: str
    title: str  # page and card titles
    text_muted: str  # hints, subtitles
    text_faint: str  # dimmed rows (archived clients, voided lines)
    placeholder: str
    disabled_text: str
    # The teal accent
    accent: str  # filled: primary buttons, the chosen area (text on it: on_accent)
    accent_hover: str
    accent_disabled: str
    on_accent: str
    on_accent_disabled: str
    accent_text: str  # accent-coloured text on the window or a card
    accent_soft: str  # quiet accent fill (recovery code, today in the calendar)
    accent_soft_border: str
    # What labels say
    ok: str
    warning: str
    danger: str  # text
    danger_fill: str  # danger buttons (text on it: on_accent)
    danger_disabled: str
    attention: str  # the "attention" frame
    attention_border: str
    link: str
    focus: str  # the focus outline
    selection: str
    on_selection: str
    tooltip: str
    on_tooltip: str
    # Particular places
    search_hit: str  # a word found by the notes search
    on_search_hit: str
    private_note: str  # psychotherapy notes: their frame, border and banner
    private_border: str
    private_text: str
    total_row: str  # billing totals
    problem_row: str  # an import row that cannot be imported (its text: danger)
    preview_backdrop: str  # behind the pages of a document preview
    # The calendar
    calendar: str
    calendar_grid: str
    calendar_half_hour: str
    calendar_closed: str
    calendar_today: str
    calendar_other_month: str
    calendar_faint: str  # days of the other months, cancelled appointments
    calendar_now: str
    calendar_busy: str  # time taken in the clinician's own calendar, hatched
    calendar_hatch: str
    on_service: str  # text on an appointment in its service's colour
    # The charts
    chart: str
    chart_text: str
    chart_line: str
    chart_improved: str
    chart_worse: str
    chart_guess: str
    chart_evaluation: str
    chart_amber: str
    chart_reference: str  # the cut-off line and its label
    chart_baseline: str
    chart_bands: tuple[str, ...]  # from the best severity band to the worst
    chart_series: tuple[str, ...]  # one per check-in item
    chart_status: dict[str, str] = field(hash=False)  # the attendance strip
    #: Fusion's bevels: the palette's Light, Midlight, Mid, Dark and Shadow.
    shades: tuple[str, ...] = ("#ffffff", "#cacaca", "#b8b8b8", "#9f9f9f", "#767676")
    # The signature pad and the passphrase meter
    signature_paper: str = "#ffffff"
    signature_ink: str = "#14213d"
    signature_guide: str = "#b9c4c6"
    strength: tuple[str, ...] = ()  # very weak … very strong
    strength_track: str = "#e6e6e6"
    strength_empty: str = "#9e9e9e"
    #: Plain buttons where the style sheet draws them (the dark theme).
    toggle_on: str = ""  # checked ("Week", "Codes only")
    toggle_on_border: str = ""
    button_border: str = ""
    button_hover: str = ""

    @property
    def is_dark(self) -> bool:
        return self.name == "dark"


LIGHT = Theme(
    name="light",
    window="#efefef",
    page="#fbfbfa",
    surface="#ffffff",
    surface_alt="#efefef",
    button="#efefef",
    alternate_row="#f7f7f7",
    navigation="#eef2f1",
    border="#e2e5e4",
    text="#000000",
    title="#1f2d2f",
    text_muted="#5f6b6d",
    text_faint="#646f71",
    placeholder="#7a8587",
    disabled_text="#9aa3a4",
    accent="#2f5d62",
    accent_hover="#264d51",
    accent_disabled="#9fb5b7",
    on_accent="#ffffff",
    on_accent_disabled="#ffffff",
    accent_text="#2f5d62",
    accent_soft="#dfeeea",
    accent_soft_border="#b9d3cc",
    ok="#2b7730",
    warning="#a15c00",
    danger="#b3261e",
    danger_fill="#b3261e",
    danger_disabled="#d9a5a1",
    attention="#fff7e8",
    attention_border="#f0d9a8",
    link="#0000ff",
    focus="#1a73e8",
    selection="#2f5d62",
    on_selection="#ffffff",
    tooltip="#ffffdc",
    on_tooltip="#000000",
    search_hit="#fff0b3",
    on_search_hit="#1f2d2f",
    private_note="#f6f1fa",
    private_border="#d9c9e6",
    private_text="#5b3a72",
    total_row="#eef2f1",
    problem_row="#fdecea",
    preview_backdrop="#5f6b6d",
    calendar="#ffffff",
    calendar_grid="#e4e8e7",
    calendar_half_hour="#f0f2f1",
    calendar_closed="#f1f1ef",
    calendar_today="#eef6f4",
    calendar_other_month="#f6f7f6",
    calendar_faint="#8a9496",
    calendar_now="#c0392b",
    calendar_busy="#eef0f0",
    calendar_hatch="#b9c4c6",
    on_service="#ffffff",
    chart="#ffffff",
    chart_text="#3a4651",
    chart_line="#2f5d62",
    chart_improved="#2e7d32",
    chart_worse="#b3261e",
    chart_guess="#8e6bb0",
    chart_evaluation="#4f7cac",
    chart_amber="#d9822b",
    chart_reference="#7a8587",
    chart_baseline="#b0b8b9",
    chart_bands=("#e8f3e8", "#f3f3df", "#fbeedd", "#f9e1dc", "#f4d3cf"),
    chart_series=("#4f7cac", "#c08a3e", "#9c6ab0", "#5b8c85", "#b3261e"),
    chart_status={
        "attended": "#2f5d62",
        "no_show": "#b3261e",
        "late_cancelled": "#d9822b",
        "cancelled_by_client": "#b9c4c6",
        "cancelled_by_clinician": "#dde3e3",
        "scheduled": "#ffffff",
        "homework_partly": "#d9a441",
    },
    signature_paper="#ffffff",
    signature_ink="#14213d",
    signature_guide="#b9c4c6",
    strength=("#b3261e", "#b3261e", "#a15c00", "#2e7d32", "#1b5e20"),
    strength_track="#e6e6e6",
    strength_empty="#9e9e9e",
)

DARK = Theme(
    name="dark",
    window="#1a2022",
    page="#1a2022",
    surface="#232b2d",
    surface_alt="#2a3436",
    button="#20282a",
    alternate_row="#202729",
    navigation="#141a1b",
    border="#364244",
    text="#e3e9e8",
    title="#eef3f2",
    text_muted="#a3b0b1",
    text_faint="#8f9c9d",
    placeholder="#879495",
    disabled_text="#6c797a",
    accent="#2f6a70",
    accent_hover="#377a81",
    accent_disabled="#33484a",
    on_accent="#ffffff",
    on_accent_disabled="#8fa1a2",
    accent_text="#86c8bf",
    accent_soft="#22393b",
    accent_soft_border="#3d6166",
    ok="#81c784",
    warning="#e8a54b",
    danger="#ff8a80",
    danger_fill="#b3261e",
    danger_disabled="#5a2f2c",
    attention="#33291a",
    attention_border="#6b5428",
    link="#8ab4f8",
    focus="#8ab4f8",
    selection="#6fb8b0",
    on_selection="#0e1819",
    tooltip="#2a3436",
    on_tooltip="#e3e9e8",
    search_hit="#6b5614",
    on_search_hit="#fff6d6",
    private_note="#2a2333",
    private_border="#4d3d5e",
    private_text="#d3b8ea",
    total_row="#2a3436",
    problem_row="#40221f",
    preview_backdrop="#101415",
    calendar="#232b2d",
    calendar_grid="#3a4547",
    calendar_half_hour="#2c3537",
    calendar_closed="#1c2224",
    calendar_today="#22393b",
    calendar_other_month="#1e2527",
    calendar_faint="#7d8a8c",
    calendar_now="#ff6b5e",
    calendar_busy="#2a3133",
    calendar_hatch="#5d6a6c",
    on_service="#ffffff",
    chart="#232b2d",
    chart_text="#c9d3d4",
    chart_line="#6fb8b0",
    chart_improved="#81c784",
    chart_worse="#ff8a80",
    chart_guess="#c5a3e6",
    chart_evaluation="#7fa7d6",
    chart_amber="#e69a4c",
    chart_reference="#98a4a6",
    chart_baseline="#6f7b7d",
    chart_bands=("#1f3526", "#33351f", "#3d3220", "#422b26", "#4a2624"),
    chart_series=("#7fa7d6", "#d9a95c", "#c39ad6", "#7fbdb3", "#ff8a80"),
    chart_status={
        "attended": "#6fb8b0",
        "no_show": "#ff8a80",
        "late_cancelled": "#e69a4c",
        "cancelled_by_client": "#6f7b7d",
        "cancelled_by_clinician": "#48534f",
        "scheduled": "#232b2d",
        "homework_partly": "#e0b050",
    },
    shades=("#3a4648", "#313c3e", "#4a5658", "#101415", "#000000"),
    signature_paper="#232b2d",
    signature_ink="#e8eef5",
    signature_guide="#5d6a6c",
    strength=("#ff8a80", "#ff8a80", "#e8a54b", "#81c784", "#a5d6a7"),
    strength_track="#364244",
    strength_empty="#6f7b7d",
    toggle_on="#35595d",
    toggle_on_border="#5c8f92",
    button_border="#4a5759",
    button_hover="#323e40",
)

THEMES = {LIGHT.name: LIGHT, DARK.name: DARK}

#: (foreground, background, minimum ratio): the pairs the themes promise to keep readable.
#: Body text needs 4.5:1 (WCAG AA); the focus outline and chart lines are not text: 3:1.
CONTRAST_PAIRS: tuple[tuple[str, str, float], ...] = (
    *(("text", bg, 4.5) for bg in ("window", "page", "surface", "surface_alt", "alternate_row")),
    *(("text_muted", bg, 4.5) for bg in ("window", "page", "surface", "attention")),
    *(("title", bg, 4.5) for bg in ("page", "surface", "accent_soft")),
    *(("accent_text", bg, 4.5) for bg in ("window", "page", "surface")),
    *(("link", bg, 4.5) for bg in ("window", "page", "surface", "attention")),
    *(("ok", bg, 4.5) for bg in ("window", "page", "surface")),
    *(("warning", bg, 4.5) for bg in ("window", "page", "surface", "attention")),
    *(("danger", bg, 4.5) for bg in ("window", "page", "surface", "attention", "problem_row")),
    ("text", "navigation", 4.5),
    ("text", "button", 4.5),
    ("text", "attention", 4.5),
    ("text", "total_row", 4.5),
    ("text_faint", "surface", 4.5),
    ("text_faint", "alternate_row", 4.5),
    ("placeholder", "surface", 3.0),
    ("on_accent", "accent", 4.5),
    ("on_accent", "accent_hover", 4.5),
    ("on_accent", "danger_fill", 4.5),
    ("on_selection", "selection", 4.5),
    ("on_tooltip", "tooltip", 4.5),
    ("on_search_hit", "search_hit", 4.5),
    ("private_text", "private_note", 4.5),
    ("text", "private_note", 4.5),
    ("focus", "window", 3.0),
    ("focus", "page", 3.0),
    ("focus", "surface", 3.0),
    ("text", "calendar", 4.5),
    ("text_muted", "calendar", 4.5),
    ("text_muted", "calendar_closed", 4.5),
    ("text", "calendar_today", 4.5),
    ("accent_text", "calendar_today", 4.5),
    ("text_muted", "calendar_busy", 4.5),
    ("chart_text", "chart", 4.5),
    ("chart_line", "chart", 3.0),
    ("chart_worse", "chart", 3.0),
    ("chart_improved", "chart", 3.0),
    ("chart_evaluation", "chart", 3.0),
    ("signature_ink", "signature_paper", 4.5),
    ("title", "toggle_on", 4.5),
)


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a ``#rrggbb`` colour."""
    value = QColor(colour)
    if not value.isValid():
        raise ValueError(f"not a colour: {colour!r}")

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    r, g, b = value.redF(), value.greenF(), value.blueF()
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def contrast_report(theme: Theme) -> list[tuple[str, str, float, float]]:
    """Each promised pair of ``theme``: foreground, background, its ratio and the minimum."""
    return [
        (fg, bg, contrast(getattr(theme, fg), getattr(theme, bg)), minimum)
        for fg, bg, minimum in CONTRAST_PAIRS
        if getattr(theme, fg) and getattr(theme, bg)  # a colour a theme does without: ""
    ]


# ------------------------------------------------------------------ choosing


class _State:
    """The theme in use, and whether the system's changes are followed already."""

    theme: Theme = LIGHT
    watching = False


def current() -> Theme:
    """The theme in use (light until :func:`apply` chooses one)."""
    return _State.theme


def forced_theme() -> Theme | None:
    """The theme forced by ``RAPPORT_THEME``, if any."""
    name = os.environ.get(THEME_VARIABLE, "").strip().lower()
    return THEMES.get(name)


def theme_for(scheme: Qt.ColorScheme) -> Theme:
    """The theme for the system's colour scheme (light when the system does not say)."""
    forced = forced_theme()
    if forced is not None:
        return forced
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def apply(app: QApplication) -> None:
    """Style ``app`` as the system's colour scheme says, and follow it when it changes
    (and the system's font size, when that changes)."""
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(resource_path("icons", "rapport.svg"))))
    hints = QGuiApplication.styleHints()
    use(app, theme_for(hints.colorScheme()))
    if not _State.watching:
        _State.watching = True
        hints.colorSchemeChanged.connect(lambda scheme: use(app, theme_for(scheme)))
        app.fontChanged.connect(lambda _font: _resize_type(app))


def use(app: QApplication, theme: Theme) -> None:
    """Switch ``app`` to ``theme``: palette, style sheet, and every widget repainted."""
    _State.theme = theme
    app.setPalette(qt_palette(theme))
    app.setStyleSheet(stylesheet(theme))


def _resize_type(app: QApplication) -> None:
    """The application's font changed (the system's font size): make the sheet's sizes again."""
    if app.styleSheet():
        app.setStyleSheet(stylesheet(current()))


#: The palette's bevel shades, in the order of :attr:`Theme.shades`.
_SHADES = ("Light", "Midlight", "Mid", "Dark", "Shadow")


def qt_palette(theme: Theme) -> QPalette:
    """The Qt palette for ``theme`` (Fusion draws the plain widgets with it)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: theme.window,
        roles.WindowText: theme.text,
        roles.Base: theme.surface,
        roles.AlternateBase: theme.alternate_row,
        roles.Text: theme.text,
        roles.Button: theme.button,
        roles.ButtonText: theme.text,
        roles.BrightText: "#ffffff",
        roles.Highlight: theme.selection,
        roles.HighlightedText: theme.on_selection,
        roles.Link: theme.link,
        roles.LinkVisited: theme.link,
        roles.ToolTipBase: theme.tooltip,
        roles.ToolTipText: theme.on_tooltip,
        roles.PlaceholderText: theme.placeholder,
        roles.Accent: theme.selection,
    }
    for role_name, colour in zip(_SHADES, theme.shades, strict=True):
        colours[getattr(roles, role_name)] = colour
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor(theme.disabled_text))
    palette.setColor(disabled, roles.Base, QColor(theme.window))
    palette.setColor(disabled, roles.Highlight, QColor(theme.border))
    return palette


def _buttons(t: Theme) -> str:
    """Plain buttons drawn by the style sheet: Fusion's own are too faint on a dark window
    (a checked "Week" looks like the others). Every state has a rule, so sizes never jump."""
    return f"""
QPushButton {{
    background: {t.surface_alt}; color: {t.text}; border: 1px solid {t.button_border};
    border-radius: 4px; padding: 3px 10px; min-height: 18px;
}}
QPushButton:hover {{ background: {t.button_hover}; }}
QPushButton:pressed {{ background: {t.window}; }}
QPushButton:checked {{
    background: {t.toggle_on}; border-color: {t.toggle_on_border}; color: {t.title};
}}
QPushButton:disabled {{ color: {t.disabled_text}; border-color: {t.border}; }}
QPushButton:default {{ border-color: {t.toggle_on_border}; }}
QPushButton:focus {{ border-color: {t.focus}; }}
QPushButton:flat {{ background: transparent; border-color: transparent; }}
QPushButton:flat:focus {{ border-color: {t.focus}; }}
"""


def base_point_size() -> float:
    """The application font's size in points (the system's, unless the app chose one)."""
    font = QGuiApplication.font() if QGuiApplication.instance() is not None else QFont()
    size = font.pointSizeF()
    if size <= 0:  # a font sized in pixels
        size = QFontInfo(font).pointSizeF()
    return size if size > 0 else REFERENCE_POINT_SIZE


def font_size(points: float, base: float | None = None) -> str:
    """A style sheet's ``font-size`` for what reads as ``points`` at the reference size,
    in proportion to the application's font (``base``, its size in points, if given)."""
    scaled = points * (base or base_point_size()) / REFERENCE_POINT_SIZE
    return f"font-size: {scaled:.1f}pt;"


def scaled(pixels: int) -> int:
    """A width or height in pixels chosen at the reference font size, grown in proportion
    to a larger application font (never shrunk): a column still fits its words."""
    return round(pixels * max(1.0, base_point_size() / REFERENCE_POINT_SIZE))


def _light_buttons(t: Theme) -> str:
    """The light theme's buttons that Fusion draws with no sign of the keyboard's focus: the
    default button (OK, Next: its outline is the focus outline already) and flat buttons (no
    frame at all). Drawn here instead, in the focus colour when the keyboard is on them, the
    same size in every state."""
    return f"""
QPushButton:flat {{
    background: transparent; border: 1px solid transparent; border-radius: 4px;
    padding: 3px 10px; min-height: 18px;
}}
QPushButton:flat:focus {{ border-color: {t.focus}; }}
QPushButton:default {{
    background: {t.surface}; color: {t.text}; border: 1px solid {t.accent};
    border-radius: 3px; padding: 3px 10px; min-height: 18px;
}}
QPushButton:default:hover {{ background: {t.accent_soft}; }}
QPushButton:default:pressed {{ background: {t.window}; }}
QPushButton:default:disabled {{ color: {t.disabled_text}; border-color: {t.border}; }}
QPushButton:default:focus {{ border-color: {t.focus}; background: {t.accent_soft}; }}
"""


def stylesheet(theme: Theme, base: float | None = None) -> str:
    """The app's style sheet in ``theme``: the named kinds of labels, frames and buttons.

    Sizes of type are in proportion to the application's font (``base``: its size in
    points; the current one when not given), so a larger system font enlarges them all.
    """
    t = theme
    size = base or base_point_size()

    def fs(points: float) -> str:
        return font_size(points, size)

    sheet = f"""
QWidget#page {{ background: {t.page}; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QLabel#pageTitle {{ {fs(20)} font-weight: 600; color: {t.title}; }}
QLabel#pageSubtitle {{ {fs(11)} color: {t.text_muted}; }}
QLabel#hint {{ color: {t.text_muted}; }}
QLabel#fieldError {{ color: {t.danger}; }}
QLabel#formError {{ color: {t.danger}; font-weight: 600; }}
QLabel#recoveryCode {{
    font-family: "DejaVu Sans Mono", "Menlo", "Consolas", monospace;
    {fs(17)} letter-spacing: 1px; padding: 14px;
    background: {t.accent_soft}; border: 1px solid {t.accent_soft_border}; border-radius: 8px;
    color: {t.title};
}}
QFrame#card {{
    background: {t.surface}; border: 1px solid {t.border}; border-radius: 10px;
}}
QLabel#cardTitle {{ {fs(12)} font-weight: 600; color: {t.title}; }}
QLabel#ok {{ color: {t.ok}; }}
QFrame#attention {{
    background: {t.attention}; border: 1px solid {t.attention_border}; border-radius: 8px;
}}
QLabel#warning {{ color: {t.warning}; }}
QLabel#accentText {{ color: {t.accent_text}; }}
QListWidget#navigation {{
    background: {t.navigation}; border: none; padding-top: 8px; {fs(11)}
    color: {t.text};
}}
QListWidget#navigation::item {{ padding: 9px 14px; border-radius: 6px; margin: 2px 8px; }}
QListWidget#navigation::item:selected {{ background: {t.accent}; color: {t.on_accent}; }}
QListWidget#navigation::item:focus {{ border: 2px solid {t.focus}; }}
QPushButton#primary {{
    background: {t.accent}; color: {t.on_accent}; border: 2px solid {t.accent};
    border-radius: 6px; padding: 5px 16px; font-weight: 600;
}}
QPushButton#primary:disabled {{
    background: {t.accent_disabled}; border-color: {t.accent_disabled};
    color: {t.on_accent_disabled};
}}
QPushButton#primary:hover {{ background: {t.accent_hover}; border-color: {t.accent_hover}; }}
QPushButton#danger {{
    background: {t.danger_fill}; color: {t.on_accent}; border: 2px solid {t.danger_fill};
    border-radius: 6px; padding: 5px 16px; font-weight: 600;
}}
QPushButton#danger:disabled {{
    background: {t.danger_disabled}; border-color: {t.danger_disabled};
}}
QPushButton#primary:focus, QPushButton#danger:focus {{ border-color: {t.focus}; }}
QPushButton#link {{
    border: 1px solid transparent; color: {t.accent_text}; text-decoration: underline;
    background: transparent; padding: 1px;
}}
QPushButton#link:focus {{ border: 1px solid {t.focus}; border-radius: 3px; }}
QPushButton#answer {{
    {fs(15)} padding: 14px; text-align: left; border-radius: 10px;
    border: 1px solid {t.accent_soft_border}; background: {t.surface}; color: {t.text};
}}
QPushButton#answer:checked {{ background: {t.accent}; color: {t.on_accent}; }}
QPushButton#answer:focus {{ border: 2px solid {t.focus}; padding: 13px; }}
QFrame#privateNote {{
    background: {t.private_note}; border: 1px solid {t.private_border}; border-radius: 8px;
}}
QLabel#privateBanner {{ color: {t.private_text}; font-weight: 600; }}
QWidget#previewPages {{ background: {t.preview_backdrop}; }}
QTextBrowser#clientText {{ border: 1px solid {t.border}; }}
/* Where the style shows no focus of its own: a pane read with the arrows, a table. */
QScrollArea:focus, QTextBrowser:focus, QTableView:focus {{ border: 1px solid {t.focus}; }}
QTextBrowser#clientText:focus {{ border: 1px solid {t.focus}; }}
"""
    return (_buttons(t) if t.is_dark else _light_buttons(t)) + sheet


@cache
def _brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))


def brush(name: str) -> QBrush:
    """A brush of the current theme's colour ``name``, for a model's colour roles."""
    return _brush(getattr(current(), name))


# ------------------------------------------------------------------- icons

#: Stroke colours in the icons' SVG files that follow the theme: to the theme's colour of that name.
_ICON_COLOURS = {"#555": "text_muted", "#2f5d62": "accent_text"}


class _ThemedIcon(QIconEngine):
    """An SVG icon drawn in the current theme's colours each time it is painted."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def clone(self) -> QIconEngine:
        return _ThemedIcon(self.name)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = _renderer(self.name, current().name, mode == QIcon.Mode.Disabled)
        renderer.render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        image = QPixmap(size)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return image


@cache
def _renderer(name: str, theme_name: str, disabled: bool) -> QSvgRenderer:
    theme = THEMES[theme_name]
    text = resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")
    for original, role in _ICON_COLOURS.items():
        colour = theme.disabled_text if disabled else getattr(theme, role)
        text = text.replace(f'"{original}"', f'"{colour}"')
    return QSvgRenderer(QByteArray(text.encode("utf-8")))


@cache
def icon(name: str) -> QIcon:
    """One of Rapport's icons, in the colours of the theme in use when it is drawn."""
    if name == "rapport":
        # The logo keeps its own colours on either theme.
        return QIcon(str(resource_path("icons", "rapport.svg")))
    return QIcon(_ThemedIcon(name))
