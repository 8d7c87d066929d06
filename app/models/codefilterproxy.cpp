#include "codefilterproxy.h"

#include "codemodel.h"

CodeFilterProxy::CodeFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(false);
}

CodeFilterProxy::~CodeFilterProxy() = default;

void CodeFilterProxy::setResult(SearchResult result)
{
    m_result = std::move(result);
    // One layout change rather than removals and insertions per contiguous range: a view keeps
    // its rows in one vector, so many scattered ranges would cost it quadratic time.
    invalidate();
}

bool CodeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Class rows are kept by recursive filtering exactly when one of their codes is.
    if (!sourceParent.isValid())
        return false;
    return !m_result.filtering || m_result.isShown(std::size_t(sourceParent.row()), std::size_t(sourceRow));
}

QModelIndex CodeFilterProxy::firstMatch() const
{
    for (int classRow = 0; classRow < rowCount(); ++classRow) {
        const QModelIndex classIndex = index(classRow, 0);
        if (rowCount(classIndex) > 0)
            return index(0, 0, classIndex);
    }
    return {};
}

QVariant CodeFilterProxy::data(const QModelIndex &index, int role) const
{
    // While filtering, a class row counts what is shown of it.
    if (role == Qt::DisplayRole && m_result.filtering && index.isValid() && !index.parent().isValid()
        && index.column() == CodeModel::SummaryColumn) {
        const QModelIndex classIndex = index.siblingAtColumn(0);
        return CodeModel::countText(sourceModel()->rowCount(mapToSource(classIndex)), rowCount(classIndex));
    }
    return QSortFilterProxyModel::data(index, role);
}

QModelIndexList CodeFilterProxy::sourceRowsForCopy(const QModelIndexList &indexes) const
{
    QModelIndexList rows;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.model() != this)
            continue;
        const QModelIndex first = index.siblingAtColumn(0);
        rows.append(mapToSource(first));
        if (!first.parent().isValid()) {
            for (int child = 0; child < rowCount(first); ++child)
                rows.append(mapToSource(this->index(child, 0, first)));
        }
    }
    return rows;
}

QMimeData *CodeFilterProxy::mimeData(const QModelIndexList &indexes) const
{
    return sourceModel() ? sourceModel()->mimeData(sourceRowsForCopy(indexes)) : nullptr;
}
