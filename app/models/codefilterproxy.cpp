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

const CodeModel *CodeFilterProxy::codeModel() const
{
    return qobject_cast<const CodeModel *>(sourceModel());
}

bool CodeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Registry and class rows are kept by recursive filtering exactly when one of their entries is.
    const CodeModel *model = codeModel();
    if (!model)
        return true;
    const CodeModel::Node node = model->childNode(sourceRow, sourceParent);
    if (node.level != CodeModel::Node::Level::Entry)
        return false;
    return !m_result.filtering
           || m_result.isShown(node.kind, std::size_t(node.classIndex), std::size_t(node.entryIndex));
}

QModelIndex CodeFilterProxy::firstMatch(const QModelIndex &parent) const
{
    for (int row = 0; row < rowCount(parent); ++row) {
        const QModelIndex child = index(row, 0, parent);
        if (!hasChildren(child))
            return child;
        if (const QModelIndex found = firstMatch(child); found.isValid())
            return found;
    }
    return {};
}

namespace {

// The entries below `parent` in `model`: rows without children.
int leafCount(const QAbstractItemModel &model, const QModelIndex &parent)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        count += model.hasChildren(child) ? leafCount(model, child) : 1;
    }
    return count;
}

} // namespace

QVariant CodeFilterProxy::data(const QModelIndex &index, int role) const
{
    // While filtering, a registry or class row counts what is shown of it.
    if (role == Qt::DisplayRole && m_result.filtering && index.isValid() && index.column() == CodeModel::SummaryColumn
        && sourceModel()->hasChildren(mapToSource(index.siblingAtColumn(0)))) {
        const QModelIndex row = index.siblingAtColumn(0);
        return CodeModel::countText(leafCount(*sourceModel(), mapToSource(row)), leafCount(*this, row));
    }
    return QSortFilterProxyModel::data(index, role);
}

void CodeFilterProxy::appendWithDescendants(const QModelIndex &index, QModelIndexList *rows) const
{
    rows->append(mapToSource(index));
    for (int child = 0; child < rowCount(index); ++child)
        appendWithDescendants(this->index(child, 0, index), rows);
}

QModelIndexList CodeFilterProxy::sourceRowsForCopy(const QModelIndexList &indexes) const
{
    QModelIndexList rows;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.model() != this)
            continue;
        const QModelIndex first = index.siblingAtColumn(0);
        appendWithDescendants(first, &rows);
    }
    return rows;
}

QMimeData *CodeFilterProxy::mimeData(const QModelIndexList &indexes) const
{
    return sourceModel() ? sourceModel()->mimeData(sourceRowsForCopy(indexes)) : nullptr;
}
