#pragma once

#include <QStyledItemDelegate>

// How rows of the code tree look: class rows bold, codes IANA does not list as registered in
// italics. The model says what a row is; how that shows is the view's business.
//
// The text is drawn here, elided once: the style's own path measures and shapes each cell's text
// about six times (three rectangles, the elision, the drawing), and a tree repainted after a
// language switch or a keystroke spent most of its time there.
class CodeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
