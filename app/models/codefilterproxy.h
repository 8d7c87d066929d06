#pragma once

#include "core/searchresult.h"

#include <QSortFilterProxyModel>

// Shows the rows a SearchResult shows, over a CodeModel; class rows stay above their shown codes
// through recursive filtering. It decides nothing itself: CatalogSearch did.
class CodeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeFilterProxy)

public:
    explicit CodeFilterProxy(QObject *parent = nullptr);
    ~CodeFilterProxy() override;

    void setResult(SearchResult result);
    const SearchResult &result() const { return m_result; }

    // The first code row in view order, or an invalid index when nothing is shown.
    QModelIndex firstMatch() const;
    // Source rows for a copy or a drag of `indexes`: a class row brings its shown codes.
    QModelIndexList sourceRowsForCopy(const QModelIndexList &indexes) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    SearchResult m_result;
};
