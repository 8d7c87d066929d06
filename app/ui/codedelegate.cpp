#include "codedelegate.h"

#include "models/codemodel.h"

void CodeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.parent().isValid())
        option->font.setBold(true);
    else if (!index.data(CodeModel::RegisteredRole).toBool())
        option->font.setItalic(true);
}
