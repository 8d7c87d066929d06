#pragma once

#include "core/searchresult.h"

#include <QSortFilterProxyModel>

class CodeModel;

// Shows the rows a SearchResult shows, over a CodeModel; registry and class rows stay above their
// shown entries through recursive filtering. It decides nothing itself: CatalogSearch did.
class CodeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeFilterProxy)

public:
    explicit CodeFilterProxy(QObject *parent = nullptr);
    ~CodeFilterProxy() override;

    void setResult(SearchResult result);
    const SearchResult &result() const { return m_result; }

    // The first entry row in view order below `parent`, or an invalid index when none is shown.
    QModelIndex firstMatch(const QModelIndex &parent = {}) const;
    // Source rows for a copy or a drag of `indexes`: a class or registry row brings its shown
    // entries.
    QModelIndexList sourceRowsForCopy(const QModelIndexList &indexes) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const CodeModel *codeModel() const;
    void appendWithDescendants(const QModelIndex &index, QModelIndexList *rows) const;

    SearchResult m_result;
};
