#pragma once

#include <QStyledItemDelegate>

// How rows of the code tree look: class rows bold, codes IANA does not list as registered in
// italics. The model says what a row is; how that shows is the view's business.
class CodeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
