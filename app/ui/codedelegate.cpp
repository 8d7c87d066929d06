#include "codedelegate.h"

#include "models/codemodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
// `text` laid out on one line, however wide.
void layOutLine(QTextLayout &layout)
{
    layout.beginLayout();
    layout.createLine().setNumColumns(int(layout.text().size()));
    layout.endLayout();
}

// `text` on one line in `area`, vertically centred, cut with an ellipsis where it does not fit.
// Shaping is what a cell costs: the text is shaped once, and a cut text once more.
void drawLine(QPainter *painter, const QRectF &area, Qt::Alignment alignment, const QFont &font, const QString &text)
{
    QTextLayout layout(text, font, painter->device());
    layout.setCacheEnabled(true); // else the glyphs are dropped at endLayout() and shaped again to draw
    layOutLine(layout);
    if (layout.lineAt(0).naturalTextWidth() > area.width()) {
        const QString ellipsis = u"\u2026"_s;
        const QTextLine whole = layout.lineAt(0);
        const qreal room = area.width() - QFontMetricsF(font, painter->device()).horizontalAdvance(ellipsis);
        int cut = whole.xToCursor(room, QTextLine::CursorBetweenCharacters);
        while (cut > 0 && whole.cursorToX(cut) > room)
            cut = layout.previousCursorPosition(cut);
        layout.setText(text.left(cut).trimmed() + ellipsis);
        layOutLine(layout);
    }
    const QTextLine line = layout.lineAt(0);
    qreal x = area.left();
    if (alignment & Qt::AlignRight)
        x = area.right() - line.naturalTextWidth();
    else if (alignment & Qt::AlignHCenter)
        x = area.center().x() - line.naturalTextWidth() / 2;
    layout.draw(painter, QPointF(x, area.top() + (area.height() - line.height()) / 2));
}
} // namespace

void CodeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.parent().isValid())
        option->font.setBold(true);
    else if (!index.data(CodeModel::RegisteredRole).toBool())
        option->font.setItalic(true);
}

void CodeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget *widget = item.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The style draws the row without its text (background, selection, focus), and says where
    // the text goes; with no text to measure, neither costs a text layout.
    const QString text = std::exchange(item.text, QString());
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    if (text.isEmpty())
        return;
    // The text as the style places it: inside the focus frame's margin, in the text colour of
    // the row's state.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget).adjusted(margin, 0, -margin, 0);
    QPalette::ColorGroup group = item.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(item.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setFont(item.font);
    painter->setPen(item.palette.color(group, item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    drawLine(painter, area, QStyle::visualAlignment(item.direction, item.displayAlignment), item.font, text);
    painter->restore();
}
