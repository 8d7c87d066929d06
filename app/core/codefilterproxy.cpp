#include "codefilterproxy.h"

#include "catalogloader.h"
#include "codemodel.h"

CodeFilterProxy::CodeFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(false);
}

CodeFilterProxy::~CodeFilterProxy() = default;

void CodeFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (QAbstractItemModel *previous = this->sourceModel())
        disconnect(previous, nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(sourceModel);
    // Connected after the base class, so that it has taken in a reset before we refilter.
    if (sourceModel)
        connect(sourceModel, &QAbstractItemModel::modelReset, this, &CodeFilterProxy::refilter);
    // A language switch changes the search texts: the same query may now match other codes.
    if (auto *codeModel = qobject_cast<CodeModel *>(sourceModel)) {
        connect(codeModel, &CodeModel::searchTextChanged, this, [this] {
            if (isFiltering())
                refilter();
        });
    }
    refilter();
}

void CodeFilterProxy::setQueryText(const QString &text)
{
    if (text == m_queryText)
        return;
    m_queryText = text;
    m_query = SearchQuery::parse(text);
    refilter();
}

void CodeFilterProxy::setIncludeDescriptionMatches(bool include)
{
    if (include == m_includeDescriptionMatches)
        return;
    m_includeDescriptionMatches = include;
    refilter();
}

void CodeFilterProxy::refilter()
{
    using Match = SearchQuery::Match;
    // Codes, their texts and the cause tables are read from the CodeModel directly: this loop
    // runs on every keystroke over every row.
    const auto *codeModel = qobject_cast<const CodeModel *>(sourceModel());
    const std::vector<CodeClass> noClasses;
    const std::vector<CodeClass> &classes = codeModel ? codeModel->catalog().classes() : noClasses;
    const QList<int> causeTargets =
        (m_query.cause() != 0 && codeModel)
            ? codeModel->catalog().q850().causeToResponse.value(m_query.cause())
            : QList<int>();
    m_matches.assign(classes.size(), {});
    m_totalCount = 0;
    m_unknownCode = 0;
    int nameMatches = 0;
    int descriptionMatches = 0;
    for (std::size_t classRow = 0; classRow < classes.size(); ++classRow) {
        const std::vector<SipCode> &codes = classes[classRow].codes;
        auto &row = m_matches[classRow];
        row.reserve(codes.size());
        m_totalCount += int(codes.size());
        for (std::size_t codeRow = 0; codeRow < codes.size(); ++codeRow) {
            Match match = Match::Names;
            if (m_query.cause() != 0) {
                match = causeTargets.contains(codes[codeRow].code) ? Match::Names : Match::None;
            } else if (!m_query.isEmpty()) {
                const CodeModel::SearchText &text = codeModel->searchText(int(classRow), int(codeRow));
                match = m_query.match(codes[codeRow].code, text.names, text.description);
            }
            row.push_back(match);
            nameMatches += match == Match::Names;
            descriptionMatches += match == Match::Description;
        }
    }
    const int single = m_query.singleCode();
    if (nameMatches + descriptionMatches == 0 && single >= CatalogLoader::MinimumCode
        && single <= CatalogLoader::MaximumCode && codeModel && !codeModel->catalog().find(single)) {
        m_unknownCode = single;
        const int fallback = Catalog::fallbackFor(single);
        for (std::size_t classRow = 0; classRow < classes.size(); ++classRow) {
            for (std::size_t codeRow = 0; codeRow < classes[classRow].codes.size(); ++codeRow) {
                if (classes[classRow].codes[codeRow].code == fallback) {
                    m_matches[classRow][codeRow] = Match::Names;
                    ++nameMatches;
                }
            }
        }
    }
    const bool showDescriptionMatches = m_includeDescriptionMatches || nameMatches == 0;
    m_threshold = showDescriptionMatches ? Match::Description : Match::Names;
    m_matchCount = nameMatches + (showDescriptionMatches ? descriptionMatches : 0);
    m_hiddenDescriptionMatches = showDescriptionMatches ? 0 : descriptionMatches;
    // One layout change rather than removals and insertions per contiguous range: a view keeps
    // its rows in one vector, so many scattered ranges would cost it quadratic time.
    invalidate();
    emit matchesChanged();
}

bool CodeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Class rows are kept by recursive filtering exactly when one of their codes is.
    if (!sourceParent.isValid())
        return false;
    const std::size_t classRow = std::size_t(sourceParent.row());
    if (classRow >= m_matches.size() || std::size_t(sourceRow) >= m_matches[classRow].size())
        return false;
    return m_matches[classRow][std::size_t(sourceRow)] >= m_threshold;
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
    // While filtering, a class row counts what is visible of it.
    if (role == Qt::DisplayRole && isFiltering() && index.isValid() && !index.parent().isValid()
        && index.column() == CodeModel::SummaryColumn) {
        const QModelIndex classIndex = index.siblingAtColumn(0);
        return tr("%1 of %n code(s)", nullptr, sourceModel()->rowCount(mapToSource(classIndex)))
            .arg(rowCount(classIndex));
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
